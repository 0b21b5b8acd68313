import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertFiniteNumber, assertOneOf, assertOptions, assertRecord, fail, readArray } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import { readOwnFields } from '../internal/copy-input.js';
import { workMeter } from '../internal/work-meter.js';
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

/** How deep `any` conditions may nest: deeper than any real rule set. */
const MAX_CONDITION_DEPTH = 16;

/**
 * The most conditions a scheme may hold, counted as classification reports them: once per place
 * a condition appears (a condition object listed in two places counts twice). It bounds the work
 * and the size of a classification and its explanation, whatever the shape of the scheme.
 */
const MAX_SCHEME_CONDITIONS = 10_000;

// Schemes built here are frozen and valid: classification can skip validating them again.
const definedSchemes = /* @__PURE__ */ new WeakSet<object>();
// Each defined scheme's tier positions by id, computed once: lookups by id are constant time.
const tierPositions = /* @__PURE__ */ new WeakMap<object, ReadonlyMap<string, number>>();

/** A validated condition with what its places need to know: nesting below it, conditions inside. */
interface ReadCondition {
  readonly condition: AwardCondition;
  /** Levels of `any` nested in it, itself included (0 for a metric or a flag). */
  readonly height: number;
  /** Conditions it stands for, itself included, counted once per place. */
  readonly count: number;
}

/**
 * One validation of one scheme: each distinct condition object is validated once and its frozen
 * copy shared by every place that lists it, so a scheme that lists one object at many places
 * costs its number of places, not the number of paths through it; a condition that contains
 * itself is refused.
 */
interface SchemeReading {
  readonly done: Map<object, ReadCondition>;
  readonly open: Set<object>;
  conditions: number;
}

function readText(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string' || value.trim() === '') fail('INVALID_TYPE', path, value, 'must be a non-empty string');
  return value;
}

function readNote(record: Readonly<Record<string, unknown>>, path: IssuePath): { readonly note?: string } {
  return record['note'] === undefined ? {} : { note: readText(record['note'], [...path, 'note']) };
}

/** A record's own fields, each read once, after checking it is a record with only `known` keys. */
function readFields(value: unknown, path: IssuePath, known: readonly string[]): Readonly<Record<string, unknown>> {
  assertRecord(value, path);
  const fields = readOwnFields(value, path);
  assertOptions(fields, known, path);
  return fields;
}

function readList(value: unknown, path: IssuePath, what: string): readonly unknown[] {
  const list = readArray(value, path);
  if (list.length === 0) fail('EMPTY_INPUT', path, value, `must hold at least one ${what}`);
  workMeter.steps += list.length;
  return list;
}

/** Refuses conditions at `path` that bring the scheme above `MAX_SCHEME_CONDITIONS`. */
function refuseConditions(path: IssuePath, value: unknown): never {
  return fail('INVALID_OPTION', path, value, `must not bring the scheme above ${MAX_SCHEME_CONDITIONS} conditions (each counted at every place it is listed)`);
}

/** Counts `added` more conditions of the scheme; refuses it past `MAX_SCHEME_CONDITIONS`. */
function countConditions(reading: SchemeReading, added: number, path: IssuePath, value: unknown): void {
  reading.conditions += added;
  if (reading.conditions > MAX_SCHEME_CONDITIONS) refuseConditions(path, value);
}

function readConditions(value: unknown, path: IssuePath, depth: number, reading: SchemeReading): readonly ReadCondition[] {
  return readList(value, path, 'condition').map((condition, index) =>
    readCondition(condition, [...path, index], depth, reading),
  );
}

function readCondition(value: unknown, path: IssuePath, depth: number, reading: SchemeReading): ReadCondition {
  assertRecord(value, path);
  const known = reading.done.get(value);
  if (known !== undefined) {
    // Listed again: validated already, but this place may sit deeper than the first.
    if (depth + known.height > MAX_CONDITION_DEPTH) {
      fail('INVALID_OPTION', path, value, `must not nest 'any' conditions more than ${MAX_CONDITION_DEPTH} deep`);
    }
    return known;
  }
  if (reading.open.has(value)) fail('INVALID_OPTION', path, value, 'must not contain itself');
  reading.open.add(value);
  const read = readNewCondition(value, path, depth, reading);
  reading.open.delete(value);
  reading.done.set(value, read);
  return read;
}

function readNewCondition(value: object, path: IssuePath, depth: number, reading: SchemeReading): ReadCondition {
  workMeter.steps += 1;
  const fields = readOwnFields(value, path);
  const kind = fields['kind'];
  assertOneOf(kind, CONDITION_KINDS, [...path, 'kind']);
  switch (kind) {
    case 'metric': {
      assertOptions(fields, ['kind', 'metric', 'base', 'operator', 'thresholdPct', 'note'], path);
      const metric = fields['metric'];
      assertOneOf(metric, METRICS, [...path, 'metric']);
      const base = fields['base'];
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
      const operator = fields['operator'];
      assertOneOf(operator, OPERATORS, [...path, 'operator']);
      const thresholdPct = fields['thresholdPct'];
      assertFiniteNumber(thresholdPct, [...path, 'thresholdPct'], { min: 0 });
      const condition: AwardMetricCondition = Object.freeze({
        kind,
        metric,
        ...(base === undefined ? {} : { base }),
        operator,
        // -0 is 0: a threshold of -0 must not print as "-0%".
        thresholdPct: thresholdPct + 0,
        ...readNote(fields, path),
      });
      return { condition, height: 0, count: 1 };
    }
    case 'flag': {
      assertOptions(fields, ['kind', 'flag', 'expected', 'note'], path);
      const flag = readText(fields['flag'], [...path, 'flag']);
      const expected = fields['expected'];
      if (typeof expected !== 'boolean') fail('INVALID_TYPE', [...path, 'expected'], expected, 'must be a boolean');
      return { condition: Object.freeze({ kind, flag, expected, ...readNote(fields, path) }), height: 0, count: 1 };
    }
    case 'any': {
      assertOptions(fields, ['kind', 'conditions', 'note'], path);
      if (depth >= MAX_CONDITION_DEPTH) {
        fail('INVALID_OPTION', [...path, 'conditions'], fields['conditions'], `must not nest 'any' conditions more than ${MAX_CONDITION_DEPTH} deep`);
      }
      const parts = readConditions(fields['conditions'], [...path, 'conditions'], depth + 1, reading);
      let height = 0;
      let count = 1;
      for (const part of parts) {
        height = Math.max(height, part.height);
        count += part.count;
        // Checked as it grows: a part may stand for up to the limit, so the sum stays small.
        if (count > MAX_SCHEME_CONDITIONS) refuseConditions([...path, 'conditions'], fields['conditions']);
      }
      const conditions = Object.freeze(parts.map((part) => part.condition));
      return { condition: Object.freeze({ kind, conditions, ...readNote(fields, path) }), height: height + 1, count };
    }
  }
}

function readAlternative(value: unknown, path: IssuePath, reading: SchemeReading): AwardAlternative {
  const fields = readFields(value, path, ['conditions', 'note']);
  const parts = readConditions(fields['conditions'], [...path, 'conditions'], 0, reading);
  for (const part of parts) countConditions(reading, part.count, [...path, 'conditions'], fields['conditions']);
  return Object.freeze({ conditions: Object.freeze(parts.map((part) => part.condition)), ...readNote(fields, path) });
}

function readTier(value: unknown, path: IssuePath, reading: SchemeReading): AwardTier {
  const fields = readFields(value, path, ['id', 'name', 'alternatives', 'incomplete', 'note']);
  const id = readText(fields['id'], [...path, 'id']);
  const name = readText(fields['name'], [...path, 'name']);
  const alternatives = readList(fields['alternatives'], [...path, 'alternatives'], 'alternative').map(
    (alternative, index) => readAlternative(alternative, [...path, 'alternatives', index], reading),
  );
  const incomplete = fields['incomplete'];
  if (incomplete !== undefined && typeof incomplete !== 'boolean') {
    fail('INVALID_TYPE', [...path, 'incomplete'], incomplete, 'must be a boolean');
  }
  return Object.freeze({
    id,
    name,
    alternatives: Object.freeze(alternatives),
    ...(incomplete === undefined ? {} : { incomplete }),
    ...readNote(fields, path),
  });
}

function readScheme(input: unknown, path: IssuePath): AwardScheme {
  const fields = readFields(input, path, ['id', 'name', 'source', 'decided', 'note', 'tiers']);
  const id = readText(fields['id'], [...path, 'id']);
  const name = readText(fields['name'], [...path, 'name']);
  const source = readText(fields['source'], [...path, 'source']);
  const decided = fields['decided'];
  if (decided !== undefined) assertDayNumber(decided, [...path, 'decided']);
  const reading: SchemeReading = { done: new Map(), open: new Set(), conditions: 0 };
  const tiers = readList(fields['tiers'], [...path, 'tiers'], 'tier').map((tier, index) =>
    readTier(tier, [...path, 'tiers', index], reading),
  );
  const positions = new Map<string, number>();
  tiers.forEach((tier, index) => {
    // Tiers are referred to by id (classification, ranking within tiers): an id must name one tier.
    if (positions.has(tier.id))
      fail('INVALID_OPTION', [...path, 'tiers', index, 'id'], tier.id, 'must be unique among the tier ids');
    positions.set(tier.id, index);
  });
  const scheme: AwardScheme = Object.freeze({
    id,
    name,
    source,
    ...(decided === undefined ? {} : { decided: decided as string }),
    ...readNote(fields, path),
    tiers: Object.freeze(tiers),
  });
  definedSchemes.add(scheme);
  tierPositions.set(scheme, positions);
  return scheme;
}

/**
 * Validates an award scheme given as plain data and returns a deeply frozen copy. Unknown fields
 * are rejected, so a misspelt `thresholdPct` cannot silently drop a condition.
 *
 * @param input - an {@link AwardSchemeInput}: `{ id, name, source, decided?, note?, tiers }`, tiers best first
 * @returns the scheme, frozen, holding only the known fields
 * Only own fields are read, each once. A condition object may be listed at several places
 * (it is validated once and shared); `any` conditions nest at most 16 deep, and a scheme holds
 * at most 10 000 conditions,
 * counted at every place they are listed, so classifying and explaining stay linear in its size.
 *
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when a field has the wrong type or a text is
 *   empty, or a list has a hole; `INVALID_OPTION` for an unknown field, a metric, base, operator
 *   or kind outside its set, a `base` on a metric other than `activityRate`, a duplicate tier id,
 *   `any` conditions nested too deep, a condition that contains itself, or more conditions than
 *   the limit; `INPUT_THREW` when a getter or proxy of the input throws; `INVALID_NUMBER` when a
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

/**
 * The position of each tier of a scheme returned by {@link ensureAwardScheme}, by id, best
 * first from 0. Not part of the public API.
 *
 * @internal
 */
export function tierPositionsOf(scheme: AwardScheme): ReadonlyMap<string, number> {
  return tierPositions.get(scheme) ?? new Map();
}
