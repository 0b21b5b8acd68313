import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from '../internal/assert.js';
import type { IsoDate } from '../models/snapshot.js';

/**
 * Many snapshots held column by column, for computing a metric over every row at once: build one
 * with {@link tableFromSnapshots} (from an array of objects) or {@link tableFromColumns} (from
 * arrays), validated once, then pass it to {@link tableCoverage}, {@link tableRollUp},
 * {@link tableGrowth}, {@link tableRank} and {@link tableCountMeeting}.
 *
 * Rows keep the order of the input they were built from: row `i` is the input's item `i`, and
 * every row-level error path starts with that index. The counts themselves are not visible on
 * the table; read a row back with {@link tableRow}. A table is immutable: it is frozen and its
 * columns are private, so a result computed from it can never be invalidated. It is read by the
 * functions of the build (ESM or CJS) that made it.
 *
 * @example
 * ```ts
 * const table: SnapshotTable = tableFromSnapshots([
 *   { regionCode: '1872', asOf: '2024-07-01', population: 200, participants: 196 },
 *   { regionCode: '18.01', asOf: '2024-07-01', population: 800, participants: 760 },
 * ]);
 * [table.rowCount, table.regionCodes, table.dates];
 * // => [2, ['18.01', '18.72'], ['2024-07-01']]
 * ```
 *
 * @category Bulk tables
 */
export interface SnapshotTable {
  /** The number of rows. */
  readonly rowCount: number;
  /** The distinct region codes of the rows, normalised (dotted) and sorted. */
  readonly regionCodes: readonly string[];
  /** The distinct dates of the rows, sorted (ISO dates sort chronologically as text). */
  readonly dates: readonly IsoDate[];
}

/**
 * The columns behind a {@link SnapshotTable}: validated, and never written after they are built.
 *
 * @internal Shared by the bulk operations; not part of the public API.
 */
export interface TableData {
  readonly rowCount: number;
  /** Sorted distinct normalised codes; `codeIndex` points into it. */
  readonly regionCodes: readonly string[];
  /**
   * Per code of `regionCodes`: its {@link dottedCodeKey} (`18.72` is 1872000000), NaN for `ID`.
   * The codes as numbers, so that a roll-up finds parents without reading 84 000 strings that a
   * parsed file scatters over the heap (a cache miss each).
   */
  readonly codeKeys: Float64Array;
  /** Sorted distinct ISO dates; `dateIndex` points into it. */
  readonly dates: readonly IsoDate[];
  /** Per row: the index of its code in `regionCodes`. */
  readonly codeIndex: Int32Array;
  /** Per row: the index of its date in `dates`. */
  readonly dateIndex: Int32Array;
  /** Per row: non-negative safe integers. */
  readonly population: Float64Array;
  /** Per row: non-negative safe integers. */
  readonly participants: Float64Array;
  /** Per row: active participants, or {@link ABSENT} (NaN) where not reported; `undefined` when no row reported them. */
  readonly active: Float64Array | undefined;
  /** Per date: how many rows it has. */
  readonly dateRowCounts: Int32Array;
  /** The greatest population and participants of any row (0 for an empty table): bound products for exact arithmetic. */
  readonly maxPopulation: number;
  readonly maxParticipants: number;
}

/**
 * Validated columns with what every operation reuses computed once: rows per date and the
 * greatest counts.
 *
 * @internal Used by the table builders and by operations that return tables.
 */
export function withSummary(
  columns: Omit<TableData, 'dateRowCounts' | 'maxPopulation' | 'maxParticipants'>,
): TableData {
  // Every field read before the loop: code compiled while the loop runs then meets no property
  // access it has not seen (which would send it back to the interpreter).
  const { rowCount, regionCodes, codeKeys, dates, codeIndex, dateIndex, population, participants, active } = columns;
  const dateRowCounts = new Int32Array(dates.length);
  let maxPopulation = 0;
  let maxParticipants = 0;
  for (let row = 0; row < rowCount; row += 1) {
    const date = dateIndex[row] as number;
    dateRowCounts[date] = (dateRowCounts[date] as number) + 1;
    const people = population[row] as number;
    const members = participants[row] as number;
    if (people > maxPopulation) maxPopulation = people;
    if (members > maxParticipants) maxParticipants = members;
  }
  // Every field named, in one literal: a spread gave each table a hidden class of its own, and
  // every operation reading a new table (a roll-up's parents, each call) left its optimised code.
  return { rowCount, regionCodes, codeKeys, dates, codeIndex, dateIndex, population, participants, active, dateRowCounts, maxPopulation, maxParticipants };
}

/**
 * Marks a row without active participants in {@link TableData.active}. NaN, because it
 * propagates through sums: a parent's sum is absent as soon as one child's count is, which is
 * exactly {@link rollUp}'s rule. Internal only: no public result ever holds it.
 *
 * @internal
 */
export const ABSENT: number = Number.NaN;

/** The columns of every table this build made; a WeakMap keeps them out of reach of callers. */
const COLUMNS = new WeakMap<SnapshotTable, TableData>();

/**
 * Freezes the public face of validated columns and remembers the columns behind it.
 *
 * @internal Used by the table builders and by operations that return tables.
 */
export function registerTable(data: TableData): SnapshotTable {
  const table: SnapshotTable = Object.freeze({
    rowCount: data.rowCount,
    regionCodes: data.regionCodes,
    dates: data.dates,
  });
  COLUMNS.set(table, data);
  return table;
}

/**
 * The columns of a table argument, or a thrown `INVALID_TYPE` naming the argument.
 *
 * @internal Shared by the bulk operations; not part of the public API.
 */
export function readTable(value: unknown, path: IssuePath): TableData {
  const data = typeof value === 'object' && value !== null ? COLUMNS.get(value as SnapshotTable) : undefined;
  if (data === undefined) {
    fail('INVALID_TYPE', path, value, 'must be a SnapshotTable built by tableFromSnapshots or tableFromColumns');
  }
  return data;
}
