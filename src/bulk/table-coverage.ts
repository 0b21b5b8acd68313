import { readTable, type SnapshotTable, type TableData } from './snapshot-table.js';

/**
 * The coverage of every row of a table. `coverageRatio[i]` is row `i`'s participants /
 * population, exactly as {@link coverageRatio} computes it; rows whose population is 0 have no
 * coverage: they are listed in `undefinedRows` and hold 0 in `coverageRatio` (never `NaN`).
 *
 * `coverageRatio` is a fresh array that nothing else holds (typed arrays cannot be frozen):
 * writing to it changes neither the table nor another result.
 *
 * @example
 * ```ts
 * const coverage: TableCoverage = tableCoverage(
 *   tableFromSnapshots([{ regionCode: '18', asOf: '2024-07-01', population: 0, participants: 0 }]),
 * );
 * [Array.from(coverage.coverageRatio), coverage.undefinedRows];
 * // => [[0], [0]]
 * ```
 *
 * @category Bulk tables
 */
export interface TableCoverage {
  /** Per row: participants / population, a fraction of one that may exceed 1; 0 for rows in `undefinedRows`. */
  readonly coverageRatio: Float64Array;
  /** The rows (ascending) whose population is 0, so that their coverage is undefined. */
  readonly undefinedRows: readonly number[];
}

/**
 * Coverage of validated columns; shared with the roll-up and the pipeline.
 *
 * @internal
 */
export function coverageOf(data: TableData): TableCoverage {
  const { rowCount, population, participants } = data;
  const coverageRatio = new Float64Array(rowCount);
  const undefinedRows: number[] = [];
  for (let row = 0; row < rowCount; row += 1) {
    const people = population[row] as number;
    if (people === 0) undefinedRows.push(row);
    // `+ 0`: a -0 participants count gives coverage 0, not -0.
    else coverageRatio[row] = (participants[row] as number) / people + 0;
  }
  return Object.freeze({ coverageRatio, undefinedRows: Object.freeze(undefinedRows) });
}

/**
 * Coverage (cakupan kepesertaan) of every row of a table at once: participants / population,
 * identical to {@link coverageRatio} row by row.
 *
 * @param table - a table from {@link tableFromSnapshots}, {@link tableFromColumns} or a
 *   {@link tableRollUp}
 * @returns the ratios in row order and the rows without a coverage, frozen (see
 *   {@link TableCoverage})
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `table` is not a table.
 *
 * @example
 * ```ts
 * const table = tableFromSnapshots([
 *   { regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 },
 *   { regionCode: '35.71', asOf: '2023-03-01', population: 1_000, participants: 1_018 },
 * ]);
 * Array.from(tableCoverage(table).coverageRatio);
 * // => [0.95, 1.018]
 * ```
 *
 * @category Bulk tables
 */
export function tableCoverage(table: SnapshotTable): TableCoverage {
  return coverageOf(readTable(table, ['table']));
}
