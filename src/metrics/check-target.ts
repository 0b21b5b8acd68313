import { compareRatioToPct, leastPartMeeting } from '../internal/exact-ratio.js';
import type { ActivityBase } from '../models/snapshot.js';
import { checkedCounts, type CoverageCounts } from './coverage.js';
import { readTarget, type Target, type TargetCondition, type TargetMetric, type TargetOperator } from './target.js';

/**
 * The outcome of a target or a condition: `'met'`, `'not-met'`, or `'unknown'` when a needed
 * input is missing (no `activeParticipants`) or a ratio is undefined (a base of 0). A string
 * rather than `boolean | 'unknown'`, whose `'unknown'` would be truthy in `if (check.met)`.
 *
 * @category Coverage and targets
 */
export type TargetStatus = 'met' | 'not-met' | 'unknown';

/**
 * What every {@link ConditionCheck} reports, whatever its status: the condition itself.
 *
 * @example
 * ```ts
 * const condition: ConditionCheckBasis = { metric: 'coverage', base: undefined, operator: '>=', requiredPct: 95 };
 * ```
 *
 * @category Coverage and targets
 */
export interface ConditionCheckBasis {
  /** What was measured. */
  readonly metric: TargetMetric;
  /** The activity base for `activityRate`; `undefined` for the population-based metrics. */
  readonly base: ActivityBase | undefined;
  /** `>=` or `>`. */
  readonly operator: TargetOperator;
  /** The threshold, in percent. */
  readonly requiredPct: number;
}

/**
 * How one condition of a target fared. It narrows on `status`: a measured condition (`'met'`,
 * `'not-met'`) has numbers, an `'unknown'` one has none, and a met one is 0 people short.
 *
 * @example
 * ```ts
 * const check: ConditionCheck = {
 *   metric: 'coverage', base: undefined, operator: '>=', requiredPct: 95,
 *   measuredPct: 90, gapPp: 5, peopleShort: 5, status: 'not-met',
 * };
 * check.status === 'not-met' ? check.gapPp : 0;
 * // => 5
 * ```
 *
 * @category Coverage and targets
 */
export type ConditionCheck = ConditionCheckBasis &
  (
    | {
        /** Met, decided exactly (19 of 20 meets 95%). */
        readonly status: 'met';
        /** The measured value in percent. */
        readonly measuredPct: number;
        /** `requiredPct - measuredPct`: 0 on an exact tie, negative for a margin above. */
        readonly gapPp: number;
        /** Nobody is short. */
        readonly peopleShort: 0;
      }
    | {
        /** Not met, decided exactly (18 999 of 20 000 misses 95%). */
        readonly status: 'not-met';
        /** The measured value in percent. */
        readonly measuredPct: number;
        /** `requiredPct - measuredPct` in percentage points, positive (or 0 for a `>` condition on a tie). */
        readonly gapPp: number;
        /**
         * The least number of extra people in the numerator (participants for coverage, active
         * participants otherwise), the denominator held fixed, that meets the condition;
         * `undefined` when it cannot be met that way: an activity rate over participants can only
         * rise to 100% by activating existing participants.
         */
        readonly peopleShort: number | undefined;
      }
    | {
        /** Not measurable: a missing `activeParticipants` or a base of 0. */
        readonly status: 'unknown';
        /** Not measured. */
        readonly measuredPct: undefined;
        /** Not measured. */
        readonly gapPp: undefined;
        /** Not measured. */
        readonly peopleShort: undefined;
      }
  );

/**
 * How counts fared against a target: every condition, the overall status, and the coverage gap.
 * It narrows on `status`: a met target is 0 people short, and a target not met on a measured
 * coverage has a number of people short. `peopleShort` stays `undefined` for a `'not-met'`
 * target only when coverage itself could not be measured (a population of 0, or a target with
 * no coverage condition) and another condition failed; `coverageMeasured` tells the two apart.
 *
 * @example
 * ```ts
 * const check: TargetCheck = checkTarget({ population: 20, participants: 18 }, UHC_2015_2019);
 * check.status === 'not-met' && check.coverageMeasured ? check.peopleShort : 0;
 * // => 1
 * ```
 *
 * @category Coverage and targets
 */
export type TargetCheck = TargetCheckBasis &
  (
    | {
        /** Every condition is met. */
        readonly status: 'met';
        /** Whether the target has a coverage condition and the population is positive. */
        readonly coverageMeasured: boolean;
        /** Nobody is short. */
        readonly peopleShort: 0;
      }
    | {
        /** A condition is not met and coverage was measured. */
        readonly status: 'not-met';
        /** Coverage was measured. */
        readonly coverageMeasured: true;
        /** Extra participants needed to meet the coverage condition(s); 0 when only another condition fails. */
        readonly peopleShort: number;
        /** The coverage gap in percentage points (the largest over the coverage conditions). */
        readonly gapPp: number;
      }
    | {
        /** A condition is not met; coverage was not measured. */
        readonly status: 'not-met';
        /** Coverage was not measured (a population of 0, or no coverage condition). */
        readonly coverageMeasured: false;
        /** Not measured. */
        readonly peopleShort: undefined;
        /** Not measured. */
        readonly gapPp: undefined;
      }
    | {
        /** No condition fails, and at least one could not be measured. */
        readonly status: 'unknown';
        /** Whether the target has a coverage condition and the population is positive. */
        readonly coverageMeasured: boolean;
        /** Extra participants needed for the coverage condition(s); `undefined` when not measured. */
        readonly peopleShort: number | undefined;
      }
  );

/**
 * What every {@link TargetCheck} reports, whatever its status.
 *
 * @example
 * ```ts
 * const basis: TargetCheckBasis = checkTarget({ population: 20, participants: 19 }, UHC_2015_2019);
 * basis.gapPp;
 * // => 0
 * ```
 *
 * @category Coverage and targets
 */
export interface TargetCheckBasis {
  /** The `id` of the target checked. */
  readonly targetId: string;
  /**
   * `'met'` when every condition is met, `'not-met'` when any is not met (even if another is
   * unknown), otherwise `'unknown'`.
   */
  readonly status: TargetStatus;
  /** One check per condition, in the target's order. */
  readonly conditions: readonly ConditionCheck[];
  /**
   * The coverage gap in percentage points (the largest over the coverage conditions);
   * `undefined` when the target has no coverage condition or the population is 0.
   */
  readonly gapPp: number | undefined;
  /** Whether the target has a coverage condition and the population is positive. */
  readonly coverageMeasured: boolean;
  /**
   * Extra participants needed to meet the coverage condition(s), 0 when met; `undefined` when
   * coverage was not measured. Activity conditions report their own `peopleShort` in `conditions`.
   */
  readonly peopleShort: number | undefined;
}

/** One condition's check; the counts are validated. */
function checkCondition(
  condition: TargetCondition,
  population: number,
  participants: number,
  activeParticipants: number | undefined,
): ConditionCheck {
  const { metric, operator, thresholdPct } = condition;
  const base = condition.metric === 'activityRate' ? condition.base : undefined;
  // Coverage divides participants, the other metrics active participants; by the population
  // unless an activity rate names participants as its base.
  const part = metric === 'coverage' ? participants : activeParticipants;
  const whole = base === 'participants' ? participants : population;
  if (part === undefined || whole === 0) {
    return Object.freeze({
      metric,
      base,
      operator,
      requiredPct: thresholdPct,
      measuredPct: undefined,
      gapPp: undefined,
      peopleShort: undefined,
      status: 'unknown' as const,
    });
  }
  const sign = compareRatioToPct(part, whole, thresholdPct);
  // On an exact tie the float quotient may be off by one ulp: report the tie exactly.
  const measuredPct = sign === 0 ? thresholdPct : (part * 100) / whole;
  const gapPp = thresholdPct - measuredPct;
  if (operator === '>' ? sign > 0 : sign >= 0) {
    return Object.freeze({ metric, base, operator, requiredPct: thresholdPct, measuredPct, gapPp, peopleShort: 0 as const, status: 'met' as const });
  }
  const least = leastPartMeeting(whole, thresholdPct, operator === '>');
  // With participants fixed, activity over participants rises only by activating non-active
  // participants: it cannot pass them. Other numerators are uncapped.
  const reachable = base !== 'participants' || least <= participants;
  return Object.freeze({
    metric,
    base,
    operator,
    requiredPct: thresholdPct,
    measuredPct,
    gapPp,
    peopleShort: reachable ? least - part : undefined,
    status: 'not-met' as const,
  });
}

/** The larger of a running maximum and a value; `undefined` values are skipped, ties keep the first. */
function maxDefined(max: number | undefined, value: number | undefined): number | undefined {
  return value !== undefined && (max === undefined || value > max) ? value : max;
}

/**
 * {@link checkTarget} on counts and a target already validated.
 *
 * @internal Lets callers that validated a batch skip validating each row again.
 */
export function evaluateTarget(counts: CoverageCounts, target: Target): TargetCheck {
  const { population, participants, activeParticipants } = counts;
  // One pass, no intermediate arrays: this runs once per row of a large input.
  const checks: ConditionCheck[] = [];
  let notMet = false;
  let unknown = false;
  let coverageConditions = 0;
  let coverageUnknown = false;
  let coverageGap: number | undefined;
  let coverageShort: number | undefined;
  for (const condition of target.conditions) {
    const check = checkCondition(condition, population, participants, activeParticipants);
    checks.push(check);
    if (check.status === 'not-met') notMet = true;
    else if (check.status === 'unknown') unknown = true;
    if (check.metric !== 'coverage') continue;
    coverageConditions += 1;
    if (check.status === 'unknown') coverageUnknown = true;
    coverageGap = maxDefined(coverageGap, check.gapPp);
    coverageShort = maxDefined(coverageShort, check.peopleShort);
  }
  const conditions = Object.freeze(checks);
  const status: TargetStatus = notMet ? 'not-met' : unknown ? 'unknown' : 'met';
  const coverageMeasured = coverageConditions > 0 && !coverageUnknown;
  const gapPp = coverageMeasured ? coverageGap : undefined;
  const peopleShort = coverageMeasured ? coverageShort : undefined;
  const targetId = target.id;
  if (status === 'met') return Object.freeze({ targetId, status, conditions, gapPp, coverageMeasured, peopleShort: 0 });
  if (status === 'not-met' && coverageMeasured) {
    // Measured coverage conditions always have a gap and a count: participants are uncapped.
    return Object.freeze({ targetId, status, conditions, gapPp: gapPp as number, coverageMeasured, peopleShort: peopleShort as number });
  }
  if (status === 'not-met') {
    return Object.freeze({ targetId, status, conditions, gapPp: undefined, coverageMeasured: false, peopleShort: undefined });
  }
  return Object.freeze({ targetId, status, conditions, gapPp, coverageMeasured, peopleShort });
}

/**
 * Checks counts against a target: each condition exactly (19 of 20 meets 95%, 18 999 of 20 000
 * does not; exactly 98% is not "more than 98%"), with the gap in percentage points and the least
 * number of people short.
 *
 * A population of 0 leaves every population-based ratio undefined: those conditions are
 * `'unknown'`, never met and never failed. A missing `activeParticipants` makes activity
 * conditions `'unknown'`; the target is then `'unknown'` unless another condition is `'not-met'`.
 *
 * @param counts - population, participants and, for activity conditions, active participants
 * @param target - a preset such as {@link RPJMN_2020_2024}, or one from {@link defineTarget}
 * @returns the overall status, one check per condition, and the coverage `gapPp` and
 *   `peopleShort`, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `counts` is not an object; `INVALID_COUNT`
 *   when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`; any code of {@link defineTarget} for a malformed
 *   `target` (paths start with `'target'`).
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // Bengkulu, Nov 2021: 80,62% of 2.032.767 people (seed 001), against 98% by 2024.
 * const bengkulu = { population: 2_032_767, participants: Math.round(0.8062 * 2_032_767) };
 * checkTarget(bengkulu, RPJMN_2020_2024).peopleShort;
 * // => 353295
 * checkTarget({ population: 20, participants: 19 }, UHC_2015_2019).status;
 * // => 'met'
 * checkTarget({ population: 100, participants: 99 }, BPJS_UHC_2025).status;
 * // => 'unknown'
 * ```
 *
 * @category Coverage and targets
 */
export function checkTarget(counts: CoverageCounts, target: Target): TargetCheck {
  // The counts are read into an object that never leaves: no freeze (issue 18). A target this
  // build validated (a preset, one from defineTarget) is recognised by identity, not read again.
  return evaluateTarget(checkedCounts(counts, []), readTarget(target, ['target']));
}
