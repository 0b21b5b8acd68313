import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, fail } from '../internal/assert.js';
import { rethrowFromCallerCode, runCallerCode } from '../internal/caller-code.js';

/**
 * A column object of a columnar table library, accepted by {@link tableFromColumns} as it is:
 * an Apache Arrow `Vector` (`table.getChild('population')` of `apache-arrow`) or a flechette
 * `Column` (`@uwdata/flechette`) fits, and so does anything else with these members. The library
 * depends on neither package: it reads only these four members, each once per column.
 *
 * `toArray()` is read when the column has no nulls: Arrow returns a view of its buffer for a
 * single-chunk numeric column, so counts are read without a copy. With nulls, entries are read
 * one by one through `at(i)`: a null count is an error, a null active count means "not reported".
 *
 * @example
 * ```ts
 * const population: ColumnVector = {
 *   length: 2,
 *   nullCount: 0,
 *   at: (index) => [800, 200][index] ?? null,
 *   toArray: () => new Int32Array([800, 200]),
 * };
 * tableFromColumns({
 *   regionCode: ['18.01', '18.72'],
 *   asOf: ['2024-07-01', '2024-07-01'],
 *   population,
 *   participants: [760, 196],
 * }).rowCount;
 * // => 2
 * ```
 *
 * @category Bulk tables
 */
export interface ColumnVector {
  /** The number of entries. */
  readonly length: number;
  /** How many entries are null. */
  readonly nullCount: number;
  /** Entry `index`, `null` for a null entry. */
  at(index: number): unknown;
  /** Every entry at once: a typed array (of numbers or bigints) or an array. */
  toArray(): ArrayLike<unknown>;
}

/** The members of a {@link ColumnVector}, each read once; `undefined` when one has another type. */
function vectorMembers(value: object): ColumnVector | undefined {
  // A plain object's members are its own: an inherited `toArray` does not make it a column.
  const prototype: unknown = Object.getPrototypeOf(value);
  const plain = prototype === Object.prototype || prototype === null;
  const member = (key: keyof ColumnVector): unknown => (!plain || Object.hasOwn(value, key) ? (value as Partial<Record<keyof ColumnVector, unknown>>)[key] : undefined);
  const length = member('length');
  const nullCount = member('nullCount');
  const at = member('at');
  const toArray = member('toArray');
  if (typeof length !== 'number' || typeof nullCount !== 'number' || typeof at !== 'function' || typeof toArray !== 'function') return undefined;
  return { length, nullCount, at: at.bind(value) as ColumnVector['at'], toArray: toArray.bind(value) as ColumnVector['toArray'] };
}

/** Whether a value is a typed array (not a DataView). */
function isTypedArray(value: unknown): value is ArrayLike<unknown> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** Whether `length` can be the length of an array: entries beyond it cannot exist. */
function isArrayLength(length: number): boolean {
  return Number.isInteger(length) && length >= 0 && length <= 2 ** 32 - 1;
}

/**
 * The entries of a column argument as something indexable, and how many there are, or a thrown
 * `INVALID_TYPE` at `path`. An array or typed array is returned as it is; a {@link ColumnVector}
 * through `toArray()` (no nulls) or `at(i)` (nulls as `undefined`, so that a null active count
 * is an absent one); a 64-bit integer array (Arrow's and DuckDB's BIGINT) is converted to
 * numbers, where a value beyond the safe integers stays unsafe and is rejected as a count.
 *
 * Each member of a vector (`length`, `nullCount`, `at`, `toArray`) is read once, and each entry
 * through `at(i)` once. What the caller's code throws (a getter, a proxy trap, `toArray`)
 * reaches the caller as `INPUT_THREW` at `path` (at `[...path, i]` for `at(i)`).
 *
 * @internal Used by {@link tableFromColumns}.
 */
export function readColumn(value: unknown, path: IssuePath, numeric: boolean): { readonly entries: ArrayLike<unknown>; readonly length: number } {
  const entries = runCallerCode(path, () => entriesOf(value, path, numeric));
  return { entries, length: runCallerCode(path, () => entries.length) };
}

/** The entries of {@link readColumn}, which turns what the caller's code throws into `INPUT_THREW`. */
function entriesOf(value: unknown, path: IssuePath, numeric: boolean): ArrayLike<unknown> {
  let entries: unknown = value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isTypedArray(value)) {
    const vector = vectorMembers(value);
    if (vector !== undefined && vector.nullCount === 0) {
      entries = vector.toArray();
    } else if (vector !== undefined) {
      const { length, at } = vector;
      if (!isArrayLength(length)) fail('INVALID_TYPE', path, value, 'must have a length of 0 to 2^32 - 1');
      const list = new Array<unknown>(length);
      let index = 0;
      try {
        for (; index < length; index += 1) list[index] = at(index) ?? undefined;
      } catch (error) {
        rethrowFromCallerCode([...path, index], error);
      }
      entries = list;
    }
  }
  if (entries instanceof BigInt64Array || entries instanceof BigUint64Array) return Float64Array.from(entries, Number);
  if (Array.isArray(entries)) {
    // Holes are refused before anything is allocated by length (src/internal/dense-array.ts).
    assertArray(entries, path);
    return entries;
  }
  if (numeric && isTypedArray(entries)) return entries;
  const kinds = numeric ? 'an array, a typed array or a column vector of counts' : 'an array or a column vector';
  return fail('INVALID_TYPE', path, value, `must be ${kinds}`);
}
