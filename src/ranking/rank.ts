import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertOneOf, assertOptions, assertRecord, fail, readArray } from '../internal/assert.js';
import { runCallerCode } from '../internal/caller-code.js';
import { readOwnFields } from '../internal/copy-input.js';
import { workMeter } from '../internal/work-meter.js';

/**
 * How equal keys share ranks: `competition` (standard, "1224": tied items share the best rank
 * and the next rank skips), `dense` ("1223": no gaps) or `ordinal` ("1234": input order breaks
 * ties, so every rank is distinct).
 *
 * @example
 * ```ts
 * rank([3, 2, 2, 1], { keys: [{ value: (n) => n, direction: 'desc' }], ties: 'dense' }).map((e) => e.rank);
 * // => [1, 2, 2, 3]
 * ```
 *
 * @category Awards and ranking
 */
export type TiePolicy = 'competition' | 'dense' | 'ordinal';

/**
 * One sort key: a number per item (or `undefined` when the item has none), and whether higher
 * (`desc`) or lower (`asc`) is better. Values are compared exactly unless `precision` asks to
 * compare them as printed with that many decimals (`2`: 98.456 and 98.464 both print 98.46 and
 * tie). `name` names the key in errors.
 *
 * @example
 * ```ts
 * const byCoverage: RankKey<{ coveragePct: number }> = {
 *   name: 'coveragePct',
 *   value: (region) => region.coveragePct,
 *   direction: 'desc',
 *   precision: 2,
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface RankKey<T> {
  /** The item's value; `undefined` when it has none (such items go last). */
  readonly value: (item: T) => number | undefined;
  /** `desc`: higher is better; `asc`: lower is better. */
  readonly direction: 'asc' | 'desc';
  /** A name for errors, e.g. `coveragePct`. */
  readonly name?: string;
  /** Decimal places (0-20) to round to before comparing; exact when absent. */
  readonly precision?: number;
}

/**
 * Options of {@link rank}.
 *
 * @example
 * ```ts
 * const options: RankOptions<{ score: number }> = {
 *   keys: [{ value: (item) => item.score, direction: 'desc' }],
 *   ties: 'dense',
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface RankOptions<T> {
  /** At least one key; later keys break ties of earlier ones. */
  readonly keys: readonly RankKey<T>[];
  /** The tie policy; `competition` by default. */
  readonly ties?: TiePolicy;
}

/**
 * One ranked item: the item as given, its rank (1 is best), whether another item has equal
 * keys (under `ordinal` such items get distinct ranks but are still `tied`), and its index in
 * the input.
 *
 * @example
 * ```ts
 * rank([5, 9], { keys: [{ value: (n) => n, direction: 'desc' }] })[0];
 * // => { item: 9, rank: 1, tied: false, index: 1 }
 * ```
 *
 * @category Awards and ranking
 */
export interface RankEntry<T> {
  /** The item, as given (not copied). */
  readonly item: T;
  /** 1 is best. */
  readonly rank: number;
  /** Whether another item has the same keys. */
  readonly tied: boolean;
  /** The item's index in the input. */
  readonly index: number;
}

const TIE_POLICIES: readonly TiePolicy[] = ['competition', 'dense', 'ordinal'];
const MAX_PRECISION = 20;

/**
 * A validated key: the reader, direction, label for errors and rounding. Not part of the public API.
 *
 * @internal
 */
export interface ReadKey<T> {
  readonly value: (item: T) => number | undefined;
  readonly descending: boolean;
  readonly label: string;
  readonly precision: number | undefined;
}

/**
 * Validates `options.keys`-like input (`allowEmpty` for callers that rank by other keys too).
 * Not part of the public API.
 *
 * @internal
 */
export function readRankKeys<T>(value: unknown, path: IssuePath, allowEmpty = false): readonly ReadKey<T>[] {
  // A private copy, each key read once; a hole is refused (readArray).
  const given = readArray(value, path);
  if (given.length === 0 && !allowEmpty) fail('EMPTY_INPUT', path, value, 'must hold at least one key');
  return given.map((key, index): ReadKey<T> => {
    const keyPath = [...path, index];
    assertRecord(key, keyPath);
    const fields = readOwnFields(key, keyPath);
    assertOptions(fields, ['value', 'direction', 'name', 'precision'], keyPath);
    const { value: read, direction, name, precision } = fields;
    if (typeof read !== 'function') fail('INVALID_TYPE', [...keyPath, 'value'], read, 'must be a function');
    assertOneOf(direction, ['asc', 'desc'], [...keyPath, 'direction']);
    if (name !== undefined && typeof name !== 'string')
      fail('INVALID_TYPE', [...keyPath, 'name'], name, 'must be a string');
    if (
      precision !== undefined &&
      (typeof precision !== 'number' || !Number.isInteger(precision) || precision < 0 || precision > MAX_PRECISION)
    ) {
      fail('INVALID_OPTION', [...keyPath, 'precision'], precision, `must be an integer from 0 to ${MAX_PRECISION}`);
    }
    return {
      value: read as (item: T) => number | undefined,
      descending: direction === 'desc',
      label: name ?? `keys[${index}]`,
      precision,
    };
  });
}

/** The comparable value of one key of one item: validated, rounded when asked. */
function keyValue<T>(item: T, index: number, key: ReadKey<T>): number | undefined {
  const path = ['items', index, key.label];
  // The key function is the caller's code: what it throws reaches the caller as INPUT_THREW.
  const value: unknown = runCallerCode(path, () => key.value(item));
  if (value === undefined) return undefined;
  if (typeof value !== 'number') fail('INVALID_TYPE', path, value, 'must be a number or undefined');
  if (!Number.isFinite(value)) fail('INVALID_NUMBER', path, value, 'must be a finite number or undefined');
  // toFixed rounds the exact binary value as printing does; + 0 makes -0 a plain 0.
  return (key.precision === undefined ? value : Number(value.toFixed(key.precision))) + 0;
}

/** Negative when `a` ranks before `b`; undefined values go last whatever the direction. */
function compareValues(
  a: readonly (number | undefined)[],
  b: readonly (number | undefined)[],
  keys: readonly { readonly descending: boolean }[],
): number {
  workMeter.steps += 1;
  for (const [k, key] of keys.entries()) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    // Distinct finite doubles never subtract to 0, and an overflow to Infinity keeps the sign.
    return key.descending ? y - x : x - y;
  }
  return 0;
}

/**
 * Ranks items by one or more keys with an explicit tie policy.
 *
 * Keys are compared exactly (`0.1 + 0.2` does not tie with `0.3`) unless a key sets
 * `precision`. An item whose value for a key is `undefined` goes after every item that has one,
 * in either direction, and ties with the other `undefined` items on that key (the next key
 * decides). Ranks do not depend on input order except under `ordinal`, where input order breaks
 * ties; entries with equal keys keep input order under every policy.
 *
 * Each item is read once, and each key function called once per item; an array with a hole is
 * refused. Work grows as n log n in the number of items (one sort).
 *
 * @param items - the items; not mutated
 * @param options - {@link RankOptions}: `keys` (at least one), `ties` (`competition` by default)
 * @returns frozen entries in rank order, one per item
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `items` is not an array, a key's `value` is
 *   not a function or returns something other than a number or `undefined`; `INVALID_NUMBER`
 *   naming the item index and key (`items[3].coveragePct`) when a value is `NaN` or infinite;
 *   `EMPTY_INPUT` when `keys` is empty; `INVALID_OPTION` for an unknown option or key field, or
 *   a `direction`, `ties` or `precision` outside its set; `INVALID_TYPE` at `items[i]` for the
 *   first hole of a sparse array; `INPUT_THREW` (the original error as `cause`) when a key
 *   function, a getter or a proxy of the input throws: at `items[i]` for a revoked proxy of an
 *   item (whether or not a key function reads it), at `items` or `options.keys` for a revoked
 *   proxy of the list.
 *
 * @example
 * ```ts
 * const scores = [90, 95, 95, 80];
 * rank(scores, { keys: [{ value: (n) => n, direction: 'desc' }] }).map((e) => e.rank);
 * // => [1, 1, 3, 4]
 * rank(scores, { keys: [{ value: (n) => n, direction: 'desc' }], ties: 'dense' }).map((e) => e.rank);
 * // => [1, 1, 2, 3]
 * rank(scores, { keys: [{ value: (n) => n, direction: 'desc' }], ties: 'ordinal' }).map((e) => [e.index, e.rank]);
 * // => [[1, 1], [2, 2], [0, 3], [3, 4]]
 * ```
 *
 * @example
 * ```ts
 * // Coverage printed with 2 decimals: 98.456 and 98.464 both print 98,46 and tie only when asked.
 * const coverage = [98.456, 98.464];
 * rank(coverage, { keys: [{ value: (pct) => pct, direction: 'desc', precision: 2 }] }).map((e) => e.rank);
 * // => [1, 1]
 * ```
 *
 * @category Awards and ranking
 */
export function rank<T>(items: readonly T[], options: RankOptions<T>): readonly RankEntry<T>[] {
  const given = readRankItems<T>(items);
  const fields = readRankOptions(options, ['keys', 'ties']);
  const keys = readRankKeys<T>(fields['keys'], ['options', 'keys']);
  return rankBy(given, keys, readTiePolicy(fields['ties'])).entries;
}

/**
 * The caller's items, each read once into a private dense list; the items themselves are not
 * copied: key functions get them, and entries give them back, as given (identity kept). A
 * revoked proxy (of the list or of an item) is the caller's code failing and reaches the caller
 * as `INPUT_THREW` at its path, even when no key function would have touched the item; a `-0`
 * item is `0` (no `-0` comes out). Not part of the public API.
 *
 * @internal
 */
export function readRankItems<T>(items: unknown): T[] {
  const given = readArray(items, ['items']);
  for (const [index, item] of given.entries()) {
    if (item === 0) given[index] = 0;
    // Array.isArray throws on a revoked proxy, and only then: a live item is not read.
    else if ((typeof item === 'object' && item !== null) || typeof item === 'function') {
      runCallerCode(['items', index], () => Array.isArray(item));
    }
  }
  return given as T[];
}

/**
 * The options of a ranking function: a record with only `known` keys, its own fields read once.
 * Not part of the public API.
 *
 * @internal
 */
export function readRankOptions(options: unknown, known: readonly string[]): Readonly<Record<string, unknown>> {
  assertRecord(options, ['options']);
  const fields = readOwnFields(options, ['options']);
  assertOptions(fields, known);
  return fields;
}

/**
 * `ties` as given, `competition` when absent. Not part of the public API.
 *
 * @internal
 */
export function readTiePolicy(value: unknown): TiePolicy {
  // Only a missing value means the default: `null` is rejected like any other bad value.
  const ties = value === undefined ? 'competition' : value;
  assertOneOf(ties, TIE_POLICIES, ['options', 'ties']);
  return ties;
}

/**
 * Ranks validated input; also returns each item's key values by input index.
 * Not part of the public API.
 *
 * @internal
 */
export function rankBy<T>(
  items: readonly T[],
  keys: readonly ReadKey<T>[],
  ties: TiePolicy,
): { readonly entries: readonly RankEntry<T>[]; readonly values: readonly (readonly (number | undefined)[])[] } {
  // `items` is a private dense copy (readArray): each item was read once, and is given back as read.
  const order = Array.from({ length: items.length }, (_, index) => index);
  const values = order.map((index) => keys.map((key) => keyValue(items[index] as T, index, key)));
  const compare = (a: number, b: number): number => compareValues(values[a] ?? [], values[b] ?? [], keys);
  // Array#sort is stable: equal keys keep input order, which is what ordinal ranks by.
  order.sort(compare);
  const entries: RankEntry<T>[] = [];
  let groupRank = 0;
  let groupCount = 0;
  order.forEach((index, position) => {
    const previous = order[position - 1];
    const next = order[position + 1];
    const sameAsPrevious = previous !== undefined && compare(previous, index) === 0;
    const sameAsNext = next !== undefined && compare(index, next) === 0;
    if (!sameAsPrevious) {
      groupCount += 1;
      groupRank = position + 1;
    }
    const rankNumber = ties === 'ordinal' ? position + 1 : ties === 'dense' ? groupCount : groupRank;
    entries.push(
      Object.freeze({ item: items[index] as T, rank: rankNumber, tied: sameAsPrevious || sameAsNext, index }),
    );
  });
  return { entries: Object.freeze(entries), values };
}
