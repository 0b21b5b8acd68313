import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, assertFiniteNumber, assertOneOf, assertRecord, fail, refuseUnknownKey } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import type { ActivityBase, IsoDate } from '../models/snapshot.js';
import type { ComparisonOperator } from './comparison-operator.js';
import { copyInput, keepAsGiven } from '../internal/copy-input.js';

/**
 * What a target condition measures: `coverage` (participants / population), `activeCoverage`
 * (active participants / population) or `activityRate` (active participants over an explicit base).
 *
 * @category Coverage and targets
 */
export type TargetMetric = 'coverage' | 'activeCoverage' | 'activityRate';

/**
 * The operators a target may use. Targets are floors ("at least", "more than"), so only `>=` and
 * `>`: a ceiling would make "people short" meaningless.
 *
 * @category Coverage and targets
 */
export type TargetOperator = Extract<ComparisonOperator, '>=' | '>'>;

/**
 * What kind of rule a target is. Two kinds are in force at the same time and must not be confused:
 *
 * - `uhc-status`: the threshold for calling a region "UHC" (BPJS Kesehatan's status, and the UHC
 *   awards): coverage >= 95% up to 2024 (the 2023 and 2024 awards), coverage > 98% and
 *   activity > 80% from 2025.
 * - `plan`: a national medium-term plan (RPJMN) goal for the country, with a deadline: 98% by 2024
 *   (RPJMN 2020-2024), 98,6% and activity 80% by 2029 (RPJMN 2025-2029, as reported).
 *
 * On 14 Mar 2023 a regency at 96% was "UHC" (seed 002, Klaten) while the plan asked for 98%.
 *
 * @category Coverage and targets
 */
export type TargetKind = 'uhc-status' | 'plan';

/**
 * One threshold of a target: `metric operator thresholdPct`, e.g. coverage `>=` 95. An
 * `activityRate` condition names its `base`; the other metrics have none.
 *
 * @example
 * ```ts
 * const activity: TargetCondition = { metric: 'activityRate', base: 'population', operator: '>', thresholdPct: 80 };
 * ```
 *
 * @category Coverage and targets
 */
export type TargetCondition =
  | {
      /** Coverage or active coverage: both divide by the population. */
      readonly metric: 'coverage' | 'activeCoverage';
      /** No base: the metric fixes it. */
      readonly base?: never;
      /** `>=` (at least) or `>` (more than). */
      readonly operator: TargetOperator;
      /** The threshold in percent (`98.6` for 98,6%). */
      readonly thresholdPct: number;
    }
  | {
      /** Activity rate: active participants over `base`. */
      readonly metric: 'activityRate';
      /** What active participants are divided by; sources disagree, so it is always stated. */
      readonly base: ActivityBase;
      /** `>=` (at least) or `>` (more than). */
      readonly operator: TargetOperator;
      /** The threshold in percent (`80` for 80%). */
      readonly thresholdPct: number;
    };

/**
 * A text for people in both languages of this library: Indonesian (`id`) and English (`en`).
 * Pick one with {@link targetName} or `text[locale]`.
 *
 * @example
 * ```ts
 * const name: LocalizedText = { id: 'Cakupan 99% pada 2029', en: 'Coverage 99% by 2029' };
 * name.id;
 * // => 'Cakupan 99% pada 2029'
 * ```
 *
 * @category Coverage and targets
 */
export interface LocalizedText {
  /** Indonesian. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * A coverage target as dated data: every condition must hold (a conjunction). A target applies
 * from `validFrom` to `validUntil`, both inclusive (open-ended without `validUntil`).
 *
 * @example
 * ```ts
 * const plan: Target = {
 *   id: 'RPJMN_2020_2024',
 *   name: { id: 'Target nasional cakupan JKN RPJMN 2020-2024', en: 'RPJMN 2020-2024 national JKN coverage target' },
 *   kind: 'plan',
 *   source: 'Perpres 18/2020 (RPJMN 2020-2024)',
 *   validFrom: '2020-01-01',
 *   validUntil: '2024-12-31',
 *   deadline: '2024-12-31',
 *   conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }],
 * };
 * ```
 *
 * @category Coverage and targets
 */
export interface Target {
  /** A stable identifier, e.g. `'RPJMN_2020_2024'`. */
  readonly id: string;
  /** A name for people, in Indonesian and English; {@link targetName} picks one. */
  readonly name: LocalizedText;
  /** Whether it is a UHC status threshold or a plan goal; see {@link TargetKind}. */
  readonly kind: TargetKind;
  /** Where the rule was set or printed. */
  readonly source: string;
  /** First day the target applies (inclusive). */
  readonly validFrom: IsoDate;
  /** Last day the target applies (inclusive); absent when still in force. */
  readonly validUntil?: IsoDate;
  /** The date by which a plan wanted the target reached. */
  readonly deadline?: IsoDate;
  /** Caveats about the source (second-hand report, an assumed base, ...). */
  readonly note?: string;
  /** The conditions, all of which must hold; at least one. */
  readonly conditions: readonly TargetCondition[];
}

/**
 * What {@link defineTarget} accepts: the fields of a {@link Target}, with `name` either a
 * {@link LocalizedText} or one string used in both languages (a rule named in one language by
 * its source). Unknown fields are rejected at runtime too.
 *
 * @example
 * ```ts
 * const input: TargetInput = {
 *   id: 'LAMPUNG_2025',
 *   name: 'Target UHC Provinsi Lampung 2025',
 *   kind: 'plan',
 *   source: 'RPJMD Lampung',
 *   validFrom: '2025-01-01',
 *   conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }],
 * };
 * defineTarget(input).name;
 * // => { id: 'Target UHC Provinsi Lampung 2025', en: 'Target UHC Provinsi Lampung 2025' }
 * ```
 *
 * @category Coverage and targets
 */
export interface TargetInput {
  /** A stable identifier, non-empty. */
  readonly id: string;
  /** A name for people: one for both languages, or one per language. */
  readonly name: string | LocalizedText;
  /** `uhc-status` or `plan`; see {@link TargetKind}. */
  readonly kind: TargetKind;
  /** Where the rule was set or printed, non-empty. */
  readonly source: string;
  /** First day the target applies, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day the target applies, `YYYY-MM-DD`, not before `validFrom`. */
  readonly validUntil?: string | undefined;
  /** The date by which a plan wanted the target reached, `YYYY-MM-DD`, not before `validFrom`. */
  readonly deadline?: string | undefined;
  /** Caveats about the source, non-empty. */
  readonly note?: string | undefined;
  /** At least one condition, all of which must hold. */
  readonly conditions: readonly TargetCondition[];
}

const TARGET_KEYS: readonly string[] = [
  'id',
  'name',
  'kind',
  'source',
  'validFrom',
  'validUntil',
  'deadline',
  'note',
  'conditions',
];
const CONDITION_KEYS: readonly string[] = ['metric', 'base', 'operator', 'thresholdPct'];
const KINDS: readonly TargetKind[] = ['uhc-status', 'plan'];
const METRICS: readonly TargetMetric[] = ['coverage', 'activeCoverage', 'activityRate'];
const OPERATORS: readonly TargetOperator[] = ['>=', '>'];
const BASES: readonly ActivityBase[] = ['participants', 'population'];

/** Rejects keys outside `known`: a misspelt `thresholdPc` must not be silently dropped. */
function assertKnownKeys(value: Readonly<Record<string, unknown>>, known: readonly string[], path: IssuePath): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      refuseUnknownKey('INVALID_OPTION', path, key, value[key], known, 'field');
    }
  }
}

/** A non-empty string field. */
function readText(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string' || value.trim() === '') fail('INVALID_TYPE', path, value, 'must be a non-empty string');
  return value;
}

const NAME_KEYS: readonly string[] = ['id', 'en'];

/** A name: one non-empty string for both languages, or `{ id, en }`, each non-empty. */
function readName(value: unknown, path: IssuePath): LocalizedText {
  if (typeof value === 'string') {
    const name = readText(value, path);
    return Object.freeze({ id: name, en: name });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_TYPE', path, value, 'must be a non-empty string or { id, en }');
  }
  const record = value as Readonly<Record<string, unknown>>;
  assertKnownKeys(record, NAME_KEYS, path);
  return Object.freeze({ id: readText(record['id'], [...path, 'id']), en: readText(record['en'], [...path, 'en']) });
}

/** An optional ISO date no earlier than `validFromDay`. */
function readLaterDate(value: unknown, path: IssuePath, validFromDay: number): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (assertDayNumber(value, path) < validFromDay) fail('INVALID_DATE', path, value, 'must not be before validFrom');
  return value as IsoDate;
}

function readCondition(value: unknown, path: IssuePath): TargetCondition {
  assertRecord(value, path);
  assertKnownKeys(value, CONDITION_KEYS, path);
  const { metric, base, operator, thresholdPct } = value;
  assertOneOf(metric, METRICS, [...path, 'metric']);
  assertOneOf(operator, OPERATORS, [...path, 'operator']);
  assertFiniteNumber(thresholdPct, [...path, 'thresholdPct'], { min: 0 });
  if (metric === 'activityRate') {
    assertOneOf(base, BASES, [...path, 'base']);
    return Object.freeze({ metric, base, operator, thresholdPct });
  }
  if (base !== undefined) {
    fail('INVALID_OPTION', [...path, 'base'], base, `must be absent: metric '${metric}' always divides by the population`);
  }
  return Object.freeze({ metric, operator, thresholdPct });
}

/** Targets this module built: deeply frozen and valid, so they are returned as they are. */
const VALIDATED: WeakSet<object> = /* @__PURE__ */ new WeakSet();

/**
 * Validates a target at `path` inside a larger input and returns a frozen copy (the target itself
 * when this module built it, so presets keep their identity and loops skip re-validation).
 *
 * @internal Shared by the target functions in this folder; not part of the public API.
 */
export function readTarget(value: unknown, path: IssuePath): Target {
  if (typeof value === 'object' && value !== null && VALIDATED.has(value)) return value as Target;
  value = copyInput(value, path);
  assertRecord(value, path);
  assertKnownKeys(value, TARGET_KEYS, path);
  const id = readText(value['id'], [...path, 'id']);
  const name = readName(value['name'], [...path, 'name']);
  const kind = value['kind'];
  assertOneOf(kind, KINDS, [...path, 'kind']);
  const source = readText(value['source'], [...path, 'source']);
  const validFrom = value['validFrom'];
  const validFromDay = assertDayNumber(validFrom, [...path, 'validFrom']);
  const validUntil = readLaterDate(value['validUntil'], [...path, 'validUntil'], validFromDay);
  const deadline = readLaterDate(value['deadline'], [...path, 'deadline'], validFromDay);
  const note = value['note'] === undefined ? undefined : readText(value['note'], [...path, 'note']);
  const conditions = value['conditions'];
  assertArray(conditions, [...path, 'conditions']);
  if (conditions.length === 0) fail('EMPTY_INPUT', [...path, 'conditions'], conditions, 'must hold at least one condition');
  const target: Target = Object.freeze({
    id,
    name,
    kind,
    source,
    validFrom: validFrom as IsoDate,
    ...(validUntil === undefined ? {} : { validUntil }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(note === undefined ? {} : { note }),
    // Array.from, not map: map skips the holes of a sparse array instead of reporting them.
    conditions: Object.freeze(Array.from(conditions, (condition, index) => readCondition(condition, [...path, 'conditions', index]))),
  });
  VALIDATED.add(keepAsGiven(target));
  return target;
}

/**
 * Defines a target from untrusted input (a config file, a form): validates every field and
 * returns a frozen copy. Use it for rules the presets do not cover (a province's own goal, the
 * 2029 political target of 99%).
 *
 * @param input - a {@link TargetInput}: the fields of a {@link Target}, `name` one string or `{ id, en }`
 * @returns the target, frozen with its conditions, `name` in both languages
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `input`, a condition or a text field has the
 *   wrong type or a text is empty (`name` neither a string nor `{ id, en }`); `INVALID_OPTION` for an unknown field, a `kind`, `metric`,
 *   `operator` or `base` outside its set, a missing `base` on an `activityRate` condition or a
 *   `base` on another metric; `INVALID_DATE` when a date is not a real `YYYY-MM-DD` date or
 *   `validUntil` / `deadline` is before `validFrom`; `INVALID_NUMBER` when `thresholdPct` is not a
 *   finite number >= 0; `EMPTY_INPUT` when `conditions` is empty.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const target = defineTarget({
 *   id: 'POLITICAL_2029',
 *   name: { id: 'Cakupan 99% pada 2029', en: 'Coverage 99% by 2029' },
 *   kind: 'plan',
 *   source: 'ANTARA, 27 Jan 2026',
 *   validFrom: '2026-01-27',
 *   deadline: '2029-12-31',
 *   conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 99 }],
 * });
 * Object.isFrozen(target.conditions[0]);
 * // => true
 * checkTarget({ population: 1_000, participants: 990 }, target).status;
 * // => 'met'
 * ```
 *
 * @category Coverage and targets
 */
export function defineTarget(input: TargetInput): Target {
  return readTarget(input, []);
}
