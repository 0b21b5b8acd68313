import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertCount, assertRecord, fail } from '../internal/assert.js';
import { compareRatioToPct, leastPartMeeting, ratioMeets } from '../internal/exact-ratio.js';
import { ownField, readOwnFields } from '../internal/copy-input.js';
import { workMeter } from '../internal/work-meter.js';
import type { ComparisonOperator } from '../metrics/comparison-operator.js';
import type { ActivityBase } from '../models/snapshot.js';
import { pctMeets, printedPctFor, readPrintedAwardPcts, type PrintedAwardPcts } from './printed-award-pct.js';
import {
  ensureAwardScheme,
  type AwardAlternative,
  type AwardCondition,
  type AwardMetric,
  type AwardMetricCondition,
  type AwardScheme,
  type AwardTier,
} from './award-scheme.js';

/**
 * What {@link classifyAward} reads: counts (a {@link Snapshot} fits) and named flags. A field
 * that is absent makes the conditions that need it `unknown`, never `failed`.
 *
 * When a source printed only percentages, give them instead of the counts they summarise:
 * `coveragePct` instead of `population` and `participants`, `activeCoveragePct` (active
 * participants / population) instead of `activeParticipants`; giving both a percentage and its
 * counts is an error. A printed percentage is compared exactly as given (98 meets `>= 98`,
 * 97.99 does not); it measures coverage conditions and activity rates over the population, and
 * nothing else (an activity rate over participants, the Pemda share: `unknown`). Its
 * `peopleShort` is 0 when met and `undefined` when not: a percentage alone does not say how many
 * people are missing.
 *
 * @example
 * ```ts
 * const input: AwardInput = {
 *   population: 874_796,
 *   participants: 850_000,
 *   activeParticipants: 697_086,
 *   flags: { noContributionArrears: true },
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardInput {
  /** Population the shares are measured against. */
  readonly population: number;
  /** People registered in JKN; at least `activeParticipants` and `segments.pbpuPemda`. */
  readonly participants: number;
  /** Participants entitled to care; needed by `activityRate` conditions. */
  readonly activeParticipants?: number;
  /** Active participants / population as printed, in percent, when the count is not known; not with `activeParticipants`. */
  readonly activeCoveragePct?: number;
  /** Segment counts; `pbpuPemda` is needed by `pemdaShare` conditions. */
  readonly segments?: {
    /** People registered and paid by the regional government (PBPU Pemda), a count. */
    readonly pbpuPemda?: number;
  };
  /** Yes/no facts by name, e.g. `{ noContributionArrears: true, uhcPrioritas: false }`. */
  readonly flags?: Readonly<Record<string, boolean>>;
}

/**
 * An {@link AwardInput} whose coverage is known only as printed: `coveragePct` instead of
 * `population` and `participants` (see {@link AwardInput} for the rules). Conditions that need
 * the population (the Pemda share) or participants (an activity rate over participants) are
 * `unknown`.
 *
 * @example
 * ```ts
 * // A source prints "cakupan 98,2%, keaktifan 86%" and no counts.
 * const printed: AwardPctInput = { coveragePct: 98.2, activeCoveragePct: 86 };
 * classifyAward(printed, UHC_AWARDS_2026).tier?.id;
 * // => 'madya'
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardPctInput {
  /** Coverage as printed, in percent (`98.2` for 98,2%). */
  readonly coveragePct: number;
  /** Not with `coveragePct`. */
  readonly population?: never;
  /** Not with `coveragePct`. */
  readonly participants?: never;
  /** Active participants / population as printed, in percent. */
  readonly activeCoveragePct?: number;
  /** Participants entitled to care, when counted; not with `activeCoveragePct`. */
  readonly activeParticipants?: number;
  /** Segment counts; without the population they measure nothing. */
  readonly segments?: {
    /** People registered and paid by the regional government (PBPU Pemda), a count. */
    readonly pbpuPemda?: number;
  };
  /** Yes/no facts by name. */
  readonly flags?: Readonly<Record<string, boolean>>;
}

/**
 * A three-valued verdict: `unknown` when the input lacks what the verdict needs.
 *
 * @example
 * ```ts
 * classifyAward({ population: 100, participants: 99 }, UHC_AWARDS_2026).tiers.map((tier) => tier.outcome);
 * // => ['unknown', 'unknown', 'unknown']
 * ```
 *
 * @category Awards and ranking
 */
export type AwardOutcome = 'met' | 'failed' | 'unknown';

/**
 * How one metric condition fared. `measuredPct` divides by `base`; `marginPp` is how far the
 * measured value lies on the passing side of the threshold (negative: short), unrounded, and
 * its sign always agrees with the exact verdict; `peopleShort` is how many more people the
 * numerator needs, the denominator held fixed (0 when met; `undefined` for `<` and `<=`
 * conditions that failed, and when unknown). When `measuredPct` is `undefined`, `missing`
 * names the absent input fields, or is empty when the base is 0.
 *
 * @example
 * ```ts
 * const kudus = { population: 874_796, participants: 850_000, activeParticipants: 697_086 };
 * const activity = classifyAward(kudus, UHC_AWARDS_2024).tiers[0]?.alternatives[0]?.conditions[1];
 * activity?.kind === 'metric' && [activity.outcome, activity.peopleShort];
 * // => ['failed', 46_491]
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardMetricResult {
  /** Discriminant. */
  readonly kind: 'metric';
  /** What was measured. */
  readonly metric: AwardMetric;
  /** What the measured value divides by. */
  readonly base: ActivityBase;
  /** The comparison. */
  readonly operator: ComparisonOperator;
  /** The threshold in percent. */
  readonly thresholdPct: number;
  /** The measured value in percent, unrounded; `undefined` when it cannot be measured. */
  readonly measuredPct: number | undefined;
  /** Percentage points on the passing side of the threshold (negative: short). */
  readonly marginPp: number | undefined;
  /**
   * More people the numerator needs to meet the threshold; 0 when met; `undefined` when it cannot
   * be measured, or for an activity rate over participants that activation alone cannot reach.
   */
  readonly peopleShort: number | undefined;
  /** Input fields that were absent, e.g. `['activeParticipants']`. */
  readonly missing: readonly string[];
  /** The exact verdict. */
  readonly outcome: AwardOutcome;
  /** The condition's note, if it has one. */
  readonly note?: string;
}

/**
 * How one flag condition fared: `actual` is the input's flag, `undefined` when absent.
 *
 * @example
 * ```ts
 * const result = classifyAward({ population: 10, participants: 10, flags: { noContributionArrears: false } }, UHC_AWARDS_2024);
 * result.tiers[0]?.alternatives[0]?.conditions[2];
 * // => { kind: 'flag', flag: 'noContributionArrears', expected: true, actual: false, missing: [], outcome: 'failed' }
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardFlagResult {
  /** Discriminant. */
  readonly kind: 'flag';
  /** The flag's name. */
  readonly flag: string;
  /** The value the condition needs. */
  readonly expected: boolean;
  /** The value given, or `undefined`. */
  readonly actual: boolean | undefined;
  /** `['flags.<name>']` when the flag was absent. */
  readonly missing: readonly string[];
  /** `met` when `actual === expected`. */
  readonly outcome: AwardOutcome;
  /** The condition's note, if it has one. */
  readonly note?: string;
}

/**
 * How a disjunction fared: `met` when any part is met, `failed` when all failed, else `unknown`.
 *
 * @example
 * ```ts
 * const result = classifyAward({ population: 100, participants: 100, activeParticipants: 100 }, UHC_AWARDS_2026);
 * const waiver = result.tiers[0]?.alternatives[0]?.conditions[2];
 * waiver?.kind === 'any' && waiver.conditions.map((part) => part.outcome);
 * // => ['unknown', 'met']
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardAnyResult {
  /** Discriminant. */
  readonly kind: 'any';
  /** Each part's result, in the scheme's order. */
  readonly conditions: readonly AwardConditionResult[];
  /** The verdict of the disjunction. */
  readonly outcome: AwardOutcome;
  /** The condition's note, if it has one. */
  readonly note?: string;
}

/**
 * How one condition fared: a {@link AwardMetricResult}, {@link AwardFlagResult} or {@link AwardAnyResult}.
 *
 * @example
 * ```ts
 * const results: readonly AwardConditionResult[] =
 *   classifyAward({ population: 100, participants: 96 }, UHC_AWARDS_2024).tiers[0]?.alternatives[0]?.conditions ?? [];
 * results.map((result) => result.outcome);
 * // => ['met', 'unknown', 'unknown']
 * ```
 *
 * @category Awards and ranking
 */
export type AwardConditionResult = AwardMetricResult | AwardFlagResult | AwardAnyResult;

/**
 * How one alternative fared: `met` when all its conditions are met, `failed` when any failed,
 * else `unknown`.
 *
 * @example
 * ```ts
 * classifyAward({ population: 100, participants: 96 }, UHC_AWARDS_2023).tiers[0]?.alternatives[0]?.outcome;
 * // => 'met'
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardAlternativeResult {
  /** Each condition's result, in the scheme's order. */
  readonly conditions: readonly AwardConditionResult[];
  /** The verdict of the conjunction. */
  readonly outcome: AwardOutcome;
  /** The alternative's note, if it has one. */
  readonly note?: string;
}

/**
 * How one tier fared: `met` when any alternative is met, `failed` when all failed, else
 * `unknown`. For an `incomplete` tier, `met` means its published conditions are met.
 *
 * @example
 * ```ts
 * classifyAward({ population: 100, participants: 96 }, UHC_AWARDS_2024).tiers.map((tier) => [tier.id, tier.outcome]);
 * // => [['utama', 'unknown'], ['madya', 'met']]
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardTierResult {
  /** The tier's id. */
  readonly id: string;
  /** The tier's name. */
  readonly name: string;
  /** Whether unpublished cut-offs also apply to the tier. */
  readonly incomplete: boolean;
  /** Each alternative's result, in the scheme's order. */
  readonly alternatives: readonly AwardAlternativeResult[];
  /** The verdict of the tier. */
  readonly outcome: AwardOutcome;
  /** The tier's note, if it has one. */
  readonly note?: string;
}

/**
 * The decision for one region under one scheme. `tier` is the best tier met. Tiers ranked
 * above it whose outcome is `unknown` are listed in `undecidedHigherTierIds`: the region may
 * qualify for them once the missing inputs are known, so `tier` is a floor, not a verdict,
 * until that list is empty. With no tier met, the list names every `unknown` tier.
 *
 * @example
 * ```ts
 * const result = classifyAward({ population: 100, participants: 96 }, UHC_AWARDS_2024);
 * [result.tier?.id, result.undecidedHigherTierIds];
 * // => ['madya', ['utama']]
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardClassification {
  /** The scheme's id. */
  readonly schemeId: string;
  /** The scheme's name. */
  readonly schemeName: string;
  /** The best tier met, or `undefined` when none is. */
  readonly tier: AwardTierResult | undefined;
  /** Ids of tiers above `tier` (all tiers when none is met) whose outcome is `unknown`, best first. */
  readonly undecidedHigherTierIds: readonly string[];
  /** Every tier's result, best first. */
  readonly tiers: readonly AwardTierResult[];
}

interface AwardFacts {
  readonly population: number | undefined;
  readonly participants: number | undefined;
  readonly pcts: PrintedAwardPcts;
  readonly activeParticipants: number | undefined;
  readonly pbpuPemda: number | undefined;
  /** The input's own flags, read once. */
  readonly flags: ReadonlyMap<string, boolean> | undefined;
}

// Classifications built here; explainAward accepts only these, so it never walks a foreign shape.
const classifications = /* @__PURE__ */ new WeakSet<object>();

/** A count read once from the input's own fields; -0 is 0 (no "-0,00%" in an explanation). */
/** A count, `-0` read as 0; `optional` when the field may be left out (the message of a `null` says so). */
function readCount(value: unknown, path: IssuePath, optional = false): number {
  assertCount(value, path, optional);
  return value + 0;
}

function readFacts(input: unknown): AwardFacts {
  assertRecord(input, []);
  // Own fields only, each read once: a getter is not asked twice, a polluted prototype not at all.
  const fields = readOwnFields(input, []);
  const pcts = readPrintedAwardPcts(fields);
  const population = pcts.coveragePct === undefined ? readCount(fields['population'], ['population']) : undefined;
  const participants = pcts.coveragePct === undefined ? readCount(fields['participants'], ['participants']) : undefined;
  const atMostParticipants = (value: unknown, path: IssuePath): number | undefined => {
    if (value === undefined) return undefined;
    const count = readCount(value, path, true);
    if (participants !== undefined && count > participants) {
      fail('INCONSISTENT_COUNTS', path, value, `must not exceed participants (${participants})`);
    }
    return count;
  };
  const active = atMostParticipants(fields['activeParticipants'], ['activeParticipants']);
  let pbpuPemda: number | undefined;
  const segments = fields['segments'];
  if (segments !== undefined) {
    assertRecord(segments, ['segments']);
    pbpuPemda = atMostParticipants(readOwnFields(segments, ['segments'])['pbpuPemda'], ['segments', 'pbpuPemda']);
  }
  let flags: ReadonlyMap<string, boolean> | undefined;
  const givenFlags = fields['flags'];
  if (givenFlags !== undefined) {
    assertRecord(givenFlags, ['flags']);
    const read = new Map<string, boolean>();
    for (const [name, value] of Object.entries(readOwnFields(givenFlags, ['flags']))) {
      if (typeof value !== 'boolean') fail('INVALID_TYPE', ['flags', name], value, 'must be a boolean');
      read.set(name, value);
    }
    flags = read;
  }
  return {
    population,
    participants,
    pcts,
    activeParticipants: active,
    pbpuPemda,
    flags,
  };
}

function all(outcomes: readonly AwardOutcome[]): AwardOutcome {
  if (outcomes.includes('failed')) return 'failed';
  return outcomes.every((outcome) => outcome === 'met') ? 'met' : 'unknown';
}

function any(outcomes: readonly AwardOutcome[]): AwardOutcome {
  if (outcomes.includes('met')) return 'met';
  return outcomes.every((outcome) => outcome === 'failed') ? 'failed' : 'unknown';
}

/**
 * The scheme part's own note: a scheme without one has no `note` field, and a polluted
 * `Object.prototype` must not lend it one.
 */
function noteOf(source: { readonly note?: string }): { readonly note?: string } {
  const note = ownField(source, 'note');
  return note === undefined ? {} : { note: note as string };
}

function measureMetric(condition: AwardMetricCondition, facts: AwardFacts): AwardMetricResult {
  const { metric, operator, thresholdPct } = condition;
  const base: ActivityBase =
    metric === 'activityRate' ? (ownField(condition, 'base') as ActivityBase | undefined) ?? 'population' : 'population';
  const fixed = { kind: 'metric', metric, base, operator, thresholdPct } as const;
  const printed = printedPctFor(condition, facts.pcts);
  if (printed !== undefined) {
    const met = pctMeets(printed, operator, thresholdPct);
    const margin = operator === '>=' || operator === '>' ? printed - thresholdPct : thresholdPct - printed;
    return Object.freeze({
      ...fixed,
      measuredPct: printed,
      marginPp: margin === 0 ? 0 : margin,
      peopleShort: met ? 0 : undefined,
      missing: Object.freeze([]),
      outcome: met ? 'met' : 'failed',
      ...noteOf(condition),
    });
  }
  const whole = base === 'population' ? facts.population : facts.participants;
  const part = metric === 'coverage' ? facts.participants : metric === 'activityRate' ? facts.activeParticipants : facts.pbpuPemda;
  const missing = [
    ...(part !== undefined ? [] : metric === 'activityRate' ? ['activeParticipants'] : ['segments.pbpuPemda']),
    // Only a percentage-only input lacks the base count.
    ...(whole !== undefined ? [] : [base]),
  ];
  if (part === undefined || whole === undefined || whole === 0) {
    return Object.freeze({
      ...fixed,
      measuredPct: undefined,
      marginPp: undefined,
      peopleShort: undefined,
      missing: Object.freeze(missing),
      outcome: 'unknown',
      ...noteOf(condition),
    });
  }
  const measuredPct = (part * 100) / whole;
  const met = ratioMeets(part, whole, operator, thresholdPct);
  // The float difference gives the size; the exact comparison gives the sign, so a value a hair
  // from the threshold never shows a margin that contradicts the verdict.
  const raising = operator === '>=' || operator === '>';
  const above = compareRatioToPct(part, whole, thresholdPct);
  const marginPp = (raising ? above : -above) * Math.abs(measuredPct - thresholdPct);
  const needed = raising ? leastPartMeeting(whole, thresholdPct, operator === '>') : undefined;
  // Over participants, activation alone cannot make more active people than there are participants.
  const reachable = needed !== undefined && !(metric === 'activityRate' && base === 'participants' && needed > whole);
  const peopleShort = met ? 0 : reachable ? needed - part : undefined;
  return Object.freeze({
    ...fixed,
    measuredPct,
    marginPp: marginPp === 0 ? 0 : marginPp,
    peopleShort,
    missing: Object.freeze([]),
    outcome: met ? 'met' : 'failed',
    ...noteOf(condition),
  });
}

/**
 * What one classification knows: the facts, and the result of each distinct condition object
 * judged so far. A condition listed at several places of a scheme is judged once and its frozen
 * result shared, so the work is linear in the scheme's conditions.
 */
interface Judging {
  readonly facts: AwardFacts;
  readonly judged: Map<AwardCondition, AwardConditionResult>;
}

function judgeCondition(condition: AwardCondition, judging: Judging): AwardConditionResult {
  workMeter.steps += 1;
  const known = judging.judged.get(condition);
  if (known !== undefined) return known;
  const result = judgeNewCondition(condition, judging);
  judging.judged.set(condition, result);
  return result;
}

function judgeNewCondition(condition: AwardCondition, judging: Judging): AwardConditionResult {
  const { facts } = judging;
  switch (condition.kind) {
    case 'metric':
      return measureMetric(condition, facts);
    case 'flag': {
      const { flag, expected } = condition;
      const actual = facts.flags?.get(flag);
      return Object.freeze({
        kind: 'flag',
        flag,
        expected,
        actual,
        missing: Object.freeze(actual === undefined ? [`flags.${flag}`] : []),
        outcome: actual === undefined ? 'unknown' : actual === expected ? 'met' : 'failed',
        ...noteOf(condition),
      });
    }
    case 'any': {
      const conditions = Object.freeze(condition.conditions.map((part) => judgeCondition(part, judging)));
      return Object.freeze({
        kind: 'any',
        conditions,
        outcome: any(conditions.map((part) => part.outcome)),
        ...noteOf(condition),
      });
    }
  }
}

function judgeAlternative(alternative: AwardAlternative, judging: Judging): AwardAlternativeResult {
  const conditions = Object.freeze(alternative.conditions.map((condition) => judgeCondition(condition, judging)));
  return Object.freeze({ conditions, outcome: all(conditions.map((c) => c.outcome)), ...noteOf(alternative) });
}

function judgeTier(tier: AwardTier, judging: Judging): AwardTierResult {
  workMeter.steps += 1;
  const alternatives = Object.freeze(tier.alternatives.map((alternative) => judgeAlternative(alternative, judging)));
  return Object.freeze({
    id: tier.id,
    name: tier.name,
    incomplete: ownField(tier, 'incomplete') === true,
    alternatives,
    outcome: any(alternatives.map((a) => a.outcome)),
    ...noteOf(tier),
  });
}

/**
 * Classifies a region under an award scheme: every tier, alternative and condition with its
 * measured value, threshold, exact verdict and margin, and the best tier met.
 *
 * Three-valued logic: a condition whose input is absent (or whose base is 0) is `unknown`, not
 * `failed`; an alternative is `met` when all its conditions are, `failed` when any is; a tier is
 * `met` when any alternative is, `failed` when all are. A tier with an `unknown` outcome is never
 * claimed; a lower tier that is `met` still is, and `undecidedHigherTierIds` flags that the
 * region might qualify for more.
 *
 * @param input - counts and flags of one region (a {@link Snapshot} fits), or printed
 *   percentages when counts are not known ({@link AwardPctInput})
 * @param scheme - the scheme, e.g. {@link UHC_AWARDS_2026}; validated unless built by {@link defineAwardScheme}
 * @returns the classification, deeply frozen
 * Only the input's own fields are read, each once (a flag inherited from `Object.prototype` is
 * absent); a condition listed at several places of the scheme is judged once.
 *
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `input`, `segments` or `flags` is not an
 *   object or a flag is not a boolean; `INPUT_THREW` when a getter or proxy of the input throws
 *   (the original error is the `cause`); `INVALID_COUNT` when a count is not a non-negative safe
 *   integer; `INCONSISTENT_COUNTS` when `activeParticipants` or `segments.pbpuPemda` exceeds
 *   `participants`; `INVALID_NUMBER` when `coveragePct` or `activeCoveragePct` is not a finite
 *   number >= 0; `INVALID_TYPE` when a percentage is given with the counts it stands for
 *   (`coveragePct` with `population` or `participants`, `activeCoveragePct` with
 *   `activeParticipants`); and the codes of {@link defineAwardScheme}, under `scheme`, for a
 *   scheme not built by it that is invalid.
 *
 * @example
 * ```ts
 * // Kabupaten Kudus, Aug 2024: 697.086 active of 874.796 residents (79,69%); participants illustrative.
 * const kudus = { population: 874_796, participants: 850_000, activeParticipants: 697_086 };
 * const result = classifyAward(kudus, UHC_AWARDS_2024);
 * result.tier?.id;
 * // => 'madya'
 * result.tiers[0]?.outcome;
 * // => 'failed'
 * ```
 *
 * @example
 * ```ts
 * classifyAward({ population: 100_000, participants: 96_000 }, UHC_AWARDS_2026).tier;
 * // => undefined
 * ```
 *
 * @category Awards and ranking
 */
export function classifyAward(input: AwardInput | AwardPctInput, scheme: AwardScheme): AwardClassification {
  const facts = readFacts(input);
  const valid = ensureAwardScheme(scheme, ['scheme']);
  const judging: Judging = { facts, judged: new Map() };
  const tiers = Object.freeze(valid.tiers.map((tier) => judgeTier(tier, judging)));
  const best = tiers.findIndex((tier) => tier.outcome === 'met');
  const above = best === -1 ? tiers : tiers.slice(0, best);
  const classification: AwardClassification = Object.freeze({
    schemeId: valid.id,
    schemeName: valid.name,
    tier: best === -1 ? undefined : tiers[best],
    undecidedHigherTierIds: Object.freeze(above.filter((tier) => tier.outcome === 'unknown').map((tier) => tier.id)),
    tiers,
  });
  classifications.add(classification);
  return classification;
}

/**
 * Whether `value` is a classification returned by {@link classifyAward}; throws `INVALID_TYPE`
 * under `path` otherwise. Not part of the public API.
 *
 * @internal
 */
export function assertAwardClassification(value: unknown, path: IssuePath): asserts value is AwardClassification {
  if (typeof value !== 'object' || value === null || !classifications.has(value)) {
    fail('INVALID_TYPE', path, value, 'must be a classification returned by classifyAward');
  }
}
