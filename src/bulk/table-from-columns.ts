import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertRecord, fail, refuse } from '../internal/assert.js';
import { runCallerCode } from '../internal/caller-code.js';
import { readOwnField } from '../internal/copy-input.js';
import type { IsoDate } from '../models/snapshot.js';
import { readColumn, type ColumnVector } from './column-vector.js';
import { isCount } from './is-count.js';
import { throwRowError, type RowField } from './row-error.js';
import { registerTable, type SnapshotTable } from './snapshot-table.js';
import { TableEncoder } from './table-encoder.js';

/**
 * A numeric column: a plain array, any typed array of numbers (`Float64Array`, `Uint32Array`,
 * `Int32Array`, ...), a 64-bit integer array (`BigInt64Array`, as DuckDB's `BIGINT` arrives), or
 * a {@link ColumnVector} (an Apache Arrow or flechette column). It is read, never kept: the table
 * copies what it needs.
 *
 * @category Bulk tables
 */
export type CountColumn =
  | readonly number[]
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | BigInt64Array
  | BigUint64Array
  | ColumnVector;

/**
 * Snapshots as parallel columns: entry `i` of every column is row `i`. All columns have the
 * length of `regionCode`. Columns of an Apache Arrow or flechette table (`table.getChild(name)`)
 * can be passed as they are (see {@link ColumnVector}).
 *
 * @example
 * ```ts
 * const columns: SnapshotColumns = {
 *   regionCode: ['18.01', '18.72'],
 *   asOf: ['2024-07-01', '2024-07-01'],
 *   population: new Uint32Array([800, 200]),
 *   participants: [760, 196],
 * };
 * ```
 *
 * @category Bulk tables
 */
export interface SnapshotColumns {
  /** Kemendagri region codes, dotted or not. */
  readonly regionCode: readonly string[] | ColumnVector;
  /** ISO dates `YYYY-MM-DD` (text: cast an Arrow or SQL date to text first). */
  readonly asOf: readonly IsoDate[] | ColumnVector;
  /** Population per row: non-negative safe integers. */
  readonly population: CountColumn;
  /** Participants per row: non-negative safe integers. */
  readonly participants: CountColumn;
  /**
   * Active participants per row, at most `participants`; an entry not reported is `undefined` in an
   * array, a null in a {@link ColumnVector} (an Arrow column's missing value). A null in an array
   * is refused (`INVALID_COUNT`), as {@link tableFromSnapshots} refuses it.
   */
  readonly activeParticipants?: CountColumn | readonly (number | undefined)[] | undefined;
}

const COLUMN_NAMES: readonly string[] = ['regionCode', 'asOf', 'population', 'participants', 'activeParticipants'];

/**
 * The entries of column `name`, read already, or a thrown `INVALID_TYPE` at `['columns', name]`
 * when it is not a column of `length` entries.
 */
function columnOf(value: unknown, name: string, length: number, numeric: boolean): ArrayLike<unknown> {
  const path = ['columns', name];
  const column = readColumn(value, path, numeric);
  if (column.length !== length) {
    fail('INVALID_TYPE', path, value, `must have ${length} entries, as columns.regionCode has`);
  }
  return column.entries;
}

/** Column entries are read in the order the per-snapshot validation reads a row's fields. */
const FIELDS: readonly RowField[] = ['regionCode', 'asOf', 'population', 'participants', 'activeParticipants'];
const READING_NOTHING = -1;

/**
 * Builds a {@link SnapshotTable} from parallel columns: the fastest way in when the data is
 * already columnar (a CSV parser's columns, an Arrow or flechette table's columns, a DuckDB
 * result), with no object per row. The columns are read once and copied; they are not kept or
 * mutated. A {@link ColumnVector} without nulls is read through `toArray()`, which for a
 * single-chunk Arrow numeric column is a view of its buffer, not a copy.
 *
 * Each column is an own field of `columns` (an inherited one is absent), read once; each entry,
 * and each member of a column vector, is read once too, a duplicate or a bad row included.
 *
 * @param columns - {@link SnapshotColumns}: `regionCode`, `asOf`, `population`, `participants`
 *   and optionally `activeParticipants`, all of one length
 * @returns the table, frozen, rows in column order
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `columns` is not an object, has a key that
 *   is not a column, a column is missing, not an array (or typed array, or column vector), or of another length
 *   than `regionCode` (`['columns', 'population']`); for row `i`, in field order:
 *   `INVALID_TYPE` / `INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` at `['columns', 'regionCode', i]`,
 *   `INVALID_DATE` at `['columns', 'asOf', i]`, `INVALID_COUNT` at `['columns', 'population', i]`
 *   (and the other counts), `INCONSISTENT_COUNTS` at `['columns', 'activeParticipants', i]`;
 *   `DUPLICATE_SNAPSHOT` at `['columns', 'regionCode', i]` (its value is the code, normalised)
 *   for a row repeating an earlier row's region (compared normalised) and date.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input
 *   is read (a getter, a proxy trap, a revoked proxy, a column vector's `toArray()` or `at(i)`), at
 *   the column (`['columns', 'asOf']`) or the entry (`['columns', 'asOf', 3]`); the original is its
 *   `cause`
 *
 * @example
 * ```ts
 * const table = tableFromColumns({
 *   regionCode: ['1801', '1872'],
 *   asOf: ['2024-07-01', '2024-07-01'],
 *   population: new Float64Array([800, 200]),
 *   participants: [760, 196],
 * });
 * tableRow(table, 1);
 * // => { regionCode: '18.72', asOf: '2024-07-01', population: 200, participants: 196 }
 * ```
 *
 * @example
 * ```ts
 * try {
 *   tableFromColumns({ regionCode: ['18'], asOf: ['2024-07-01'], population: [1.5], participants: [1] });
 * } catch (error) {
 *   if (isUhcMetricsError(error)) {
 *     [error.code, error.path];
 *     // => ['INVALID_COUNT', ['columns', 'population', 0]]
 *   }
 * }
 * ```
 *
 * @category Bulk tables
 */
export function tableFromColumns(columns: SnapshotColumns): SnapshotTable {
  const input: unknown = columns;
  assertRecord(input, ['columns']);
  // Listing a proxy's keys is the caller's code (a revoked proxy throws there first).
  for (const key of runCallerCode(['columns'], () => Object.keys(input))) {
    if (!COLUMN_NAMES.includes(key)) {
      refuse('INVALID_TYPE', ['columns', key], readOwnField(input, key, ['columns']), `is not a column (columns: ${COLUMN_NAMES.join(', ')})`);
    }
  }
  // Each column is an own field, read once; what its getter throws names the column.
  const field = (name: string): unknown => readOwnField(input, name, ['columns']);
  const { entries: codes, length: rowCount } = readColumn(field('regionCode'), ['columns', 'regionCode'], false);
  const dates = columnOf(field('asOf'), 'asOf', rowCount, false);
  const people = columnOf(field('population'), 'population', rowCount, true);
  const members = columnOf(field('participants'), 'participants', rowCount, true);
  const activeColumn = field('activeParticipants');
  const actives = activeColumn === undefined ? undefined : columnOf(activeColumn, 'activeParticipants', rowCount, true);

  const encoder = new TableEncoder(rowCount);
  // A duplicate's error shows the code the encoder kept (normalised): the column is not read twice.
  const pathOf = (index: number): IssuePath => ['columns', 'regionCode', index];
  const valueOf = (index: number): unknown => encoder.codeOf(index);
  // An array may be a proxy or have getters: whatever they throw names the entry being read.
  let reading = READING_NOTHING;
  let index = 0;
  try {
    for (; index < rowCount; index += 1) {
      // Each entry read once, in the order the per-snapshot validation reads a row's fields.
      reading = 0;
      const code = codes[index];
      reading = 1;
      const date = dates[index];
      reading = 2;
      const count = people[index];
      reading = 3;
      const member = members[index];
      reading = 4;
      const active = actives === undefined ? undefined : actives[index];
      reading = READING_NOTHING;
      const ok =
        encoder.code(code, index) &&
        encoder.date(date, index) &&
        isCount(count) &&
        isCount(member) &&
        (active === undefined || (isCount(active) && active <= member));
      if (!ok) {
        encoder.assertNoDuplicateBefore(index, pathOf, valueOf);
        throwRowError(code, date, count, member, active, (field) => ['columns', field, index]);
      }
      encoder.setCounts(index, count as number, member as number, active as number | undefined);
    }
  } catch (error) {
    if (reading === READING_NOTHING) throw error;
    encoder.assertNoDuplicateBefore(index, pathOf, valueOf);
    runCallerCode(['columns', FIELDS[reading] as RowField, index], () => {
      throw error;
    });
  }
  encoder.assertNoDuplicateBefore(rowCount, pathOf, valueOf);
  return registerTable(encoder.finish());
}
