import { compareRatioToPct, leastPartMeeting } from '../internal/exact-ratio.js';
import type { ActivityBase } from '../models/snapshot.js';
import { readCoverageCounts, type CoverageCounts } from './coverage.js';
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
 * How one condition of a target fared.
 *
 * @example
 * ```ts
 * const check: ConditionCheck = {
 *   metric: 'coverage', base: undefined, operator: '>=', requiredPct: 95,
 *   measuredPct: 90, gapPp: 5, peopleShort: 5, status: 'not-met',
 * };
 * ```
 *
 * @category Coverage and targets
 */
export interface ConditionCheck {
  /** What was measured. */
  readonly metric: TargetMetric;
  /** The activity base for `activityRate`; `undefined` for the population-based metrics. */
  readonly base: ActivityBase | undefined;
  /** `>=` or `>`. */
  readonly operator: TargetOperator;
  /** The threshold, in percent. */
  readonly requiredPct: number;
  /** The measured value in percent; `undefined` when it cannot be measured. */
  readonly measuredPct: number | undefined;
  /**
   * `requiredPct - measuredPct` in percentage points: positive when short, negative for a margin
   * above, exactly 0 when the ratio equals the threshold; `undefined` when not measured.
   */
  readonly gapPp: number | undefined;
  /**
   * The least number of extra people in the numerator (participants for coverage, active
   * participants otherwise), the denominator held fixed, that meets the condition; 0 when met.
   * `undefined` when not measured, or when the condition cannot be met that way: an activity
   * rate over participants can only rise to 100% by activating existing participants.
   */
  readonly peopleShort: number | undefined;
  /** Whether the condition holds, computed exactly (19 of 20 meets 95%). */
  readonly status: TargetStatus;
}

/**
 * How counts fared against a target: every condition, the overall status, and the coverage gap.
 *
 * @example
 * ```ts
 * const check: TargetCheck = checkTarget({ population: 20, participants: 18 }, UHC_2015_2019);
 * [check.status, check.peopleShort];
 * // => ['not-met', 1]
 * ```
 *
 * @category Coverage and targets
 */
export interface TargetCheck {
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
  /**
   * Extra participants needed to meet the coverage condition(s), 0 when met; `undefined` when the
   * target has no coverage condition or the population is 0. Activity conditions report their
   * own `peopleShort` in `conditions`.
   */
  readonly peopleShort: number | undefined;
}

/** What a condition divides, and the most the numerator may reach with the denominator fixed. */
function fractionOf(
  condition: TargetCondition,
  counts: CoverageCounts,
): { readonly part: number | undefined; readonly whole: number; readonly maxPart: number } {
  const { population, participants, activeParticipants } = counts;
  if (condition.metric === 'coverage') return { part: participants, whole: population, maxPart: Infinity };
  if (condition.metric === 'activityRate' && condition.base === 'participants') {
    // With participants fixed, activity rises only by activating non-active participants.
    return { part: activeParticipants, whole: participants, maxPart: participants };
  }
  // Over the population, newly registered active participants count too: no cap.
  return { part: activeParticipants, whole: population, maxPart: Infinity };
}

function checkCondition(condition: TargetCondition, counts: CoverageCounts): ConditionCheck {
  const { metric, operator, thresholdPct } = condition;
  const base = condition.metric === 'activityRate' ? condition.base : undefined;
  const { part, whole, maxPart } = fractionOf(condition, counts);
  if (part === undefined || whole === 0) {
    return Object.freeze({
      metric,
      base,
      operator,
      requiredPct: thresholdPct,
      measuredPct: undefined,
      gapPp: undefined,
      peopleShort: undefined,
      status: 'unknown',
    });
  }
  const sign = compareRatioToPct(part, whole, thresholdPct);
  const met = operator === '>' ? sign > 0 : sign >= 0;
  // On an exact tie the float quotient may be off by one ulp: report the tie exactly.
  const measuredPct = sign === 0 ? thresholdPct : (part * 100) / whole;
  const least = leastPartMeeting(whole, thresholdPct, operator === '>');
  const peopleShort = met ? 0 : least <= maxPart ? least - part : undefined;
  return Object.freeze({
    metric,
    base,
    operator,
    requiredPct: thresholdPct,
    measuredPct,
    gapPp: thresholdPct - measuredPct,
    peopleShort,
    status: met ? 'met' : 'not-met',
  });
}

/** The largest defined value, or `undefined` when there is none. */
function maxDefined(values: readonly (number | undefined)[]): number | undefined {
  let max: number | undefined;
  for (const value of values) if (value !== undefined && (max === undefined || value > max)) max = value;
  return max;
}

/**
 * {@link checkTarget} on counts and a target already validated.
 *
 * @internal Lets callers that validated a batch skip validating each row again.
 */
export function evaluateTarget(counts: CoverageCounts, target: Target): TargetCheck {
  const conditions = Object.freeze(target.conditions.map((condition) => checkCondition(condition, counts)));
  const statuses = conditions.map((condition) => condition.status);
  const status: TargetStatus = statuses.includes('not-met')
    ? 'not-met'
    : statuses.includes('unknown')
      ? 'unknown'
      : 'met';
  const coverage = conditions.filter((condition) => condition.metric === 'coverage');
  const measured = coverage.every((condition) => condition.status !== 'unknown');
  return Object.freeze({
    targetId: target.id,
    status,
    conditions,
    gapPp: measured ? maxDefined(coverage.map((condition) => condition.gapPp)) : undefined,
    peopleShort: measured ? maxDefined(coverage.map((condition) => condition.peopleShort)) : undefined,
  });
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
  return evaluateTarget(readCoverageCounts(counts, []), readTarget(target, ['target']));
}
