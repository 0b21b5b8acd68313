import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, fail } from '../internal/assert.js';

/**
 * A column object of a columnar table library, accepted by {@link tableFromColumns} as it is:
 * an Apache Arrow `Vector` (`table.getChild('population')` of `apache-arrow`) or a flechette
 * `Column` (`@uwdata/flechette`) fits, and so does anything else with these members. The library
 * depends on neither package: it reads only these four members.
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

/** Whether a value has the members of a {@link ColumnVector}. */
function isColumnVector(value: unknown): value is ColumnVector {
  if (typeof value !== 'object' || value === null) return false;
  const column = value as Partial<Record<keyof ColumnVector, unknown>>;
  return typeof column.length === 'number' && typeof column.nullCount === 'number' && typeof column.at === 'function' && typeof column.toArray === 'function';
}

/** Whether a value is a typed array (not a DataView). */
function isTypedArray(value: unknown): value is ArrayLike<unknown> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/**
 * The entries of a column argument as something indexable, or a thrown `INVALID_TYPE` at `path`.
 * An array or typed array is returned as it is; a {@link ColumnVector} through `toArray()` (no
 * nulls) or `at(i)` (nulls as `undefined`, so that a null active count is an absent one); a
 * 64-bit integer array (Arrow's and DuckDB's BIGINT) is converted to numbers, where a value
 * beyond the safe integers stays unsafe and is rejected as a count.
 *
 * @internal Used by {@link tableFromColumns}.
 */
export function readColumn(value: unknown, path: IssuePath, numeric: boolean): ArrayLike<unknown> {
  let entries: unknown = value;
  if (!Array.isArray(value) && !isTypedArray(value) && isColumnVector(value)) {
    if (value.nullCount === 0) {
      entries = value.toArray();
    } else {
      const list = new Array<unknown>(value.length);
      for (let index = 0; index < value.length; index += 1) list[index] = value.at(index) ?? undefined;
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
