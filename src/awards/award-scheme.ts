import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, assertFiniteNumber, assertOneOf, assertOptions, assertRecord, fail } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import type { ComparisonOperator } from '../metrics/comparison-operator.js';
import type { ActivityBase, IsoDate } from '../models/snapshot.js';

/**
 * A metric an award condition measures, always as a percentage:
 * `coverage` (participants / population), `activityRate` (active participants / the condition's
 * `base`) and `pemdaShare` (residents registered and paid by the regional government, the
 * `pbpuPemda` segment, / population).
 *
 * @example
 * ```ts
 * const metric: AwardMetric = 'pemdaShare';
 * ```
 *
 * @category Awards and ranking
 */
export type AwardMetric = 'coverage' | 'activityRate' | 'pemdaShare';

/**
 * A yes/no fact about a region that no count carries, looked up by name in the input's `flags`:
 * `noContributionArrears` (the regional government's JKN contributions are paid up) and
 * `uhcPrioritas` (the region holds BPJS "UHC Prioritas" status); any other name is allowed.
 *
 * @example
 * ```ts
 * const flag: AwardFlag = 'uhcPrioritas';
 * ```
 *
 * @category Awards and ranking
 */
export type AwardFlag = 'noContributionArrears' | 'uhcPrioritas' | (string & {});

/**
 * A condition on a metric: `metric  operator  thresholdPct`, compared exactly.
 * `base` says what an activity rate divides by; it is required for `activityRate` and absent for
 * the other metrics (both divide by population).
 *
 * @example
 * ```ts
 * const activity: AwardMetricCondition = {
 *   kind: 'metric',
 *   metric: 'activityRate',
 *   base: 'population',
 *   operator: '>=',
 *   thresholdPct: 85,
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardMetricCondition {
  /** Discriminant. */
  readonly kind: 'metric';
  /** What is measured. */
  readonly metric: AwardMetric;
  /** The activity rate's denominator; only (and always) for `activityRate`. */
  readonly base?: ActivityBase;
  /** How the measured percentage is compared with the threshold. */
  readonly operator: ComparisonOperator;
  /** The threshold in percent (`95` for 95%). */
  readonly thresholdPct: number;
  /** Why the condition reads as it does, e.g. an assumption about the base. */
  readonly note?: string;
}

/**
 * A condition on a named flag of the input: holds when the flag equals `expected`.
 *
 * @example
 * ```ts
 * const paidUp: AwardFlagCondition = { kind: 'flag', flag: 'noContributionArrears', expected: true };
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardFlagCondition {
  /** Discriminant. */
  readonly kind: 'flag';
  /** The flag's name in the input's `flags`. */
  readonly flag: AwardFlag;
  /** The value the flag must have. */
  readonly expected: boolean;
  /** Why the condition reads as it does. */
  readonly note?: string;
}

/**
 * A condition that holds when at least one of its conditions holds. It models waivers: the 2026
 * Utama rule "Pemda-registered >= 18% (waived when activity is 100%)" is
 * `any [pemdaShare >= 18, activityRate >= 100]`. A disjunction is used rather than an `unless`
 * field on a metric condition because it needs no second semantics (a waiver is just another way
 * to pass), nests, and reports each side's outcome and margin like any other condition.
 *
 * @example
 * ```ts
 * const pemdaOrFullActivity: AwardAnyCondition = {
 *   kind: 'any',
 *   conditions: [
 *     { kind: 'metric', metric: 'pemdaShare', operator: '>=', thresholdPct: 18 },
 *     { kind: 'metric', metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 100 },
 *   ],
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardAnyCondition {
  /** Discriminant. */
  readonly kind: 'any';
  /** At least one; the condition holds when any of them holds. */
  readonly conditions: readonly AwardCondition[];
  /** Why the condition reads as it does, e.g. "waived when activity is 100%". */
  readonly note?: string;
}

/**
 * One condition of an award alternative: a metric threshold, a flag, or a disjunction of conditions.
 *
 * @example
 * ```ts
 * const conditions: AwardCondition[] = [
 *   { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 98 },
 *   { kind: 'flag', flag: 'noContributionArrears', expected: true },
 * ];
 * ```
 *
 * @category Awards and ranking
 */
export type AwardCondition = AwardMetricCondition | AwardFlagCondition | AwardAnyCondition;

/**
 * One way to meet a tier: every condition must hold.
 *
 * @example
 * ```ts
 * const madyaByPemda: AwardAlternative = {
 *   conditions: [
 *     { kind: 'metric', metric: 'pemdaShare', operator: '>=', thresholdPct: 25 },
 *     { kind: 'metric', metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 80 },
 *   ],
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardAlternative {
  /** At least one; all must hold. */
  readonly conditions: readonly AwardCondition[];
  /** Why the alternative reads as it does. */
  readonly note?: string;
}

/**
 * A tier of an award (Utama, Madya, Pratama): met when any alternative holds. `incomplete` marks
 * a tier whose published conditions are known to be only part of the rule (2024 Madya: only the
 * coverage cut-off was published); meeting it means meeting the published conditions.
 *
 * @example
 * ```ts
 * const tier: AwardTier = {
 *   id: 'uhc',
 *   name: 'Penghargaan UHC',
 *   alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }] }],
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardTier {
  /** Unique within the scheme, e.g. `utama`. */
  readonly id: string;
  /** As printed, e.g. `Utama`. */
  readonly name: string;
  /** At least one; the tier is met when any of them holds. */
  readonly alternatives: readonly AwardAlternative[];
  /** `true` when other, unpublished cut-offs also apply. */
  readonly incomplete?: boolean;
  /** What is known or assumed about the tier. */
  readonly note?: string;
}

/**
 * An award scheme as dated data: its tiers, best first. Build one with {@link defineAwardScheme}.
 *
 * @example
 * ```ts
 * UHC_AWARDS_2026.tiers.map((tier) => tier.id);
 * // => ['utama', 'madya', 'pratama']
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardScheme {
  /** A stable identifier, e.g. `uhc-awards-2026`. */
  readonly id: string;
  /** A name for people, e.g. `UHC Awards 2026`. */
  readonly name: string;
  /** Where the criteria were published. */
  readonly source: string;
  /** The date the awards were decided or presented. */
  readonly decided?: IsoDate;
  /** What is known, unknown or assumed about the scheme as a whole. */
  readonly note?: string;
  /** At least one, best first, with unique ids. */
  readonly tiers: readonly AwardTier[];
}

/**
 * What {@link defineAwardScheme} accepts: the fields of an {@link AwardScheme} as plain data
 * (tiers best first, each with its alternatives and conditions). Unknown fields are rejected at
 * runtime too; an {@link AwardScheme} is itself a valid input.
 *
 * @example
 * ```ts
 * const input: AwardSchemeInput = {
 *   id: 'uhc-95',
 *   name: 'UHC 95%',
 *   source: 'RPJMN 2015-2019',
 *   tiers: [{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }] }] }],
 * };
 * defineAwardScheme(input).tiers.length;
 * // => 1
 * ```
 *
 * @category Awards and ranking
 */
export interface AwardSchemeInput {
  /** A stable identifier, non-empty. */
  readonly id: string;
  /** A name for people, non-empty. */
  readonly name: string;
  /** Where the criteria were published, non-empty. */
  readonly source: string;
  /** The date the awards were decided or presented, `YYYY-MM-DD`. */
  readonly decided?: string | undefined;
  /** What is known, unknown or assumed about the scheme, non-empty. */
  readonly note?: string | undefined;
  /** At least one tier, best first, with unique ids. */
  readonly tiers: readonly AwardTier[];
}

const METRICS: readonly AwardMetric[] = ['coverage', 'activityRate', 'pemdaShare'];
const BASES: readonly ActivityBase[] = ['participants', 'population'];
const OPERATORS: readonly ComparisonOperator[] = ['>=', '>', '<=', '<'];
const CONDITION_KINDS: readonly AwardCondition['kind'][] = ['metric', 'flag', 'any'];

// Schemes built here are frozen and valid: classification can skip validating them again.
const definedSchemes = /* @__PURE__ */ new WeakSet<object>();

function readText(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string' || value.trim() === '') fail('INVALID_TYPE', path, value, 'must be a non-empty string');
  return value;
}

function readNote(record: Readonly<Record<string, unknown>>, path: IssuePath): { readonly note?: string } {
  return record['note'] === undefined ? {} : { note: readText(record['note'], [...path, 'note']) };
}

function readList(value: unknown, path: IssuePath, what: string): readonly unknown[] {
  assertArray(value, path);
  if (value.length === 0) fail('EMPTY_INPUT', path, value, `must hold at least one ${what}`);
  // A dense copy: the callers' map would skip the holes of a sparse array instead of reporting them.
  return Array.from(value);
}

// Deeper than any real rule set; a condition that contains itself reaches it too.
const MAX_CONDITION_DEPTH = 16;

function readCondition(value: unknown, path: IssuePath, depth = 0): AwardCondition {
  assertRecord(value, path);
  const kind = value['kind'];
  assertOneOf(kind, CONDITION_KINDS, [...path, 'kind']);
  switch (kind) {
    case 'metric': {
      assertOptions(value, ['kind', 'metric', 'base', 'operator', 'thresholdPct', 'note'], path);
      const metric = value['metric'];
      assertOneOf(metric, METRICS, [...path, 'metric']);
      const base = value['base'];
      if (metric === 'activityRate') {
        assertOneOf(base, BASES, [...path, 'base']);
      } else if (base !== undefined) {
        fail(
          'INVALID_OPTION',
          [...path, 'base'],
          base,
          `applies only to activityRate (${metric} always divides by population)`,
        );
      }
      const operator = value['operator'];
      assertOneOf(operator, OPERATORS, [...path, 'operator']);
      const thresholdPct = value['thresholdPct'];
      assertFiniteNumber(thresholdPct, [...path, 'thresholdPct'], { min: 0 });
      return Object.freeze({
        kind,
        metric,
        ...(base === undefined ? {} : { base }),
        operator,
        thresholdPct,
        ...readNote(value, path),
      });
    }
    case 'flag': {
      assertOptions(value, ['kind', 'flag', 'expected', 'note'], path);
      const flag = readText(value['flag'], [...path, 'flag']);
      const expected = value['expected'];
      if (typeof expected !== 'boolean') fail('INVALID_TYPE', [...path, 'expected'], expected, 'must be a boolean');
      return Object.freeze({ kind, flag, expected, ...readNote(value, path) });
    }
    case 'any': {
      assertOptions(value, ['kind', 'conditions', 'note'], path);
      if (depth >= MAX_CONDITION_DEPTH) {
        fail('INVALID_OPTION', [...path, 'conditions'], value['conditions'], `must not nest 'any' conditions more than ${MAX_CONDITION_DEPTH} deep (or contain itself)`);
      }
      const conditions = readList(value['conditions'], [...path, 'conditions'], 'condition').map((condition, index) =>
        readCondition(condition, [...path, 'conditions', index], depth + 1),
      );
      return Object.freeze({ kind, conditions: Object.freeze(conditions), ...readNote(value, path) });
    }
  }
}

function readAlternative(value: unknown, path: IssuePath): AwardAlternative {
  assertRecord(value, path);
  assertOptions(value, ['conditions', 'note'], path);
  const conditions = readList(value['conditions'], [...path, 'conditions'], 'condition').map((condition, index) =>
    readCondition(condition, [...path, 'conditions', index]),
  );
  return Object.freeze({ conditions: Object.freeze(conditions), ...readNote(value, path) });
}

function readTier(value: unknown, path: IssuePath): AwardTier {
  assertRecord(value, path);
  assertOptions(value, ['id', 'name', 'alternatives', 'incomplete', 'note'], path);
  const id = readText(value['id'], [...path, 'id']);
  const name = readText(value['name'], [...path, 'name']);
  const alternatives = readList(value['alternatives'], [...path, 'alternatives'], 'alternative').map(
    (alternative, index) => readAlternative(alternative, [...path, 'alternatives', index]),
  );
  const incomplete = value['incomplete'];
  if (incomplete !== undefined && typeof incomplete !== 'boolean') {
    fail('INVALID_TYPE', [...path, 'incomplete'], incomplete, 'must be a boolean');
  }
  return Object.freeze({
    id,
    name,
    alternatives: Object.freeze(alternatives),
    ...(incomplete === undefined ? {} : { incomplete }),
    ...readNote(value, path),
  });
}

function readScheme(input: unknown, path: IssuePath): AwardScheme {
  assertRecord(input, path);
  assertOptions(input, ['id', 'name', 'source', 'decided', 'note', 'tiers'], path);
  const id = readText(input['id'], [...path, 'id']);
  const name = readText(input['name'], [...path, 'name']);
  const source = readText(input['source'], [...path, 'source']);
  const decided = input['decided'];
  if (decided !== undefined) assertDayNumber(decided, [...path, 'decided']);
  const tiers = readList(input['tiers'], [...path, 'tiers'], 'tier').map((tier, index) =>
    readTier(tier, [...path, 'tiers', index]),
  );
  const seen = new Set<string>();
  tiers.forEach((tier, index) => {
    // Tiers are referred to by id (classification, ranking within tiers): an id must name one tier.
    if (seen.has(tier.id))
      fail('INVALID_OPTION', [...path, 'tiers', index, 'id'], tier.id, 'must be unique among the tier ids');
    seen.add(tier.id);
  });
  const scheme: AwardScheme = Object.freeze({
    id,
    name,
    source,
    ...(decided === undefined ? {} : { decided: decided as string }),
    ...readNote(input, path),
    tiers: Object.freeze(tiers),
  });
  definedSchemes.add(scheme);
  return scheme;
}

/**
 * Validates an award scheme given as plain data and returns a deeply frozen copy. Unknown fields
 * are rejected, so a misspelt `thresholdPct` cannot silently drop a condition.
 *
 * @param input - an {@link AwardSchemeInput}: `{ id, name, source, decided?, note?, tiers }`, tiers best first
 * @returns the scheme, frozen, holding only the known fields
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when a field has the wrong type or a text is empty;
 *   `INVALID_OPTION` for an unknown field, a metric, base, operator or kind outside its set, a
 *   `base` on a metric other than `activityRate`, or a duplicate tier id; `INVALID_NUMBER` when a
 *   threshold is not a finite number >= 0; `INVALID_DATE` when `decided` is not a real
 *   `YYYY-MM-DD` date; `EMPTY_INPUT` when `tiers`, `alternatives` or `conditions` is empty.
 *
 * @example
 * ```ts
 * const scheme = defineAwardScheme({
 *   id: 'uhc-2015-2019',
 *   name: 'UHC (RPJMN 2015-2019)',
 *   source: 'RPJMN 2015-2019',
 *   tiers: [
 *     {
 *       id: 'uhc',
 *       name: 'UHC',
 *       alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }] }],
 *     },
 *   ],
 * });
 * Object.isFrozen(scheme.tiers[0]);
 * // => true
 * ```
 *
 * @example
 * ```ts
 * try {
 *   defineAwardScheme({ id: 'x', name: 'x', source: 'x', tiers: [] });
 * } catch (error) {
 *   if (isUhcMetricsError(error)) {
 *     [error.code, error.path];
 *     // => ['EMPTY_INPUT', ['tiers']]
 *   }
 * }
 * ```
 *
 * @category Awards and ranking
 */
export function defineAwardScheme(input: AwardSchemeInput): AwardScheme {
  return readScheme(input, []);
}

/**
 * A scheme known to be valid: one built by {@link defineAwardScheme}, or else `value` validated
 * now with errors reported under `path`. Not part of the public API.
 *
 * @internal
 */
export function ensureAwardScheme(value: unknown, path: IssuePath): AwardScheme {
  return typeof value === 'object' && value !== null && definedSchemes.has(value)
    ? (value as AwardScheme)
    : readScheme(value, path);
}
