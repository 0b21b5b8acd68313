import { orderByKey } from './row-order.js';
import { readTable, type SnapshotTable, type TableData } from './snapshot-table.js';

/**
 * Period-over-period growth of every region of a table: one step per pair of consecutive dates
 * of a region (dates the region has rows for), ordered by region code then date. Step `s` goes
 * from row `fromRows[s]` to row `toRows[s]`; its changes are those {@link growthBetween} gives
 * for the two rows, bit for bit.
 *
 * Steps where either population is 0 have no coverage change: they are listed in
 * `undefinedSteps` and hold 0 in `coverageChangePp` (never `NaN`). The arrays are fresh and
 * held by nothing else.
 *
 * @example
 * ```ts
 * const growth: TableGrowth = tableGrowth(
 *   tableFromSnapshots([
 *     { regionCode: '18', asOf: '2024-01-01', population: 1_000, participants: 900 },
 *     { regionCode: '18', asOf: '2024-02-01', population: 1_000, participants: 950 },
 *   ]),
 * );
 * [Array.from(growth.fromRows), Array.from(growth.toRows), Array.from(growth.coverageChangePp)];
 * // => [[0], [1], [5]]
 * ```
 *
 * @category Bulk tables
 */
export interface TableGrowth {
  /** Per step: the earlier row. */
  readonly fromRows: Int32Array;
  /** Per step: the later row, of the same region and its next date. */
  readonly toRows: Int32Array;
  /** Per step: new participants (people); negative when participants fell. */
  readonly participantsChange: Float64Array;
  /** Per step: the coverage change in percentage points; 0 for steps in `undefinedSteps`. */
  readonly coverageChangePp: Float64Array;
  /** The steps (ascending) whose coverage change is undefined: a population of 0 at either end. */
  readonly undefinedSteps: readonly number[];
}

/**
 * {@link tableGrowth} of validated columns; shared with the pipeline.
 *
 * @internal
 */
export function growthOf(data: TableData): TableGrowth {
  const { rowCount, codeIndex, population, participants } = data;
  // Rows by region then date: a stable counting sort by date, then one by region.
  const byDate = new Int32Array(rowCount);
  orderByKey(data.dateIndex, data.dates.length, undefined, byDate);
  const order = new Int32Array(rowCount);
  orderByKey(codeIndex, data.regionCodes.length, byDate, order);

  // Every region has at least one row, and one row fewer steps than rows.
  const stepCount = rowCount - data.regionCodes.length;
  const fromRows = new Int32Array(stepCount);
  const toRows = new Int32Array(stepCount);
  const participantsChange = new Float64Array(stepCount);
  const coverageChangePp = new Float64Array(stepCount);
  const undefinedSteps: number[] = [];
  let step = 0;
  for (let index = 1; index < rowCount; index += 1) {
    const from = order[index - 1] as number;
    const to = order[index] as number;
    if (codeIndex[from] !== codeIndex[to]) continue;
    const fromPopulation = population[from] as number;
    const toPopulation = population[to] as number;
    const fromParticipants = participants[from] as number;
    const toParticipants = participants[to] as number;
    fromRows[step] = from;
    toRows[step] = to;
    participantsChange[step] = toParticipants - fromParticipants;
    // The same expressions as growthBetween: each coverage is participants * 100 / population.
    if (fromPopulation === 0 || toPopulation === 0) undefinedSteps.push(step);
    else coverageChangePp[step] = (toParticipants * 100) / toPopulation - (fromParticipants * 100) / fromPopulation;
    step += 1;
  }
  return Object.freeze({
    fromRows,
    toRows,
    participantsChange,
    coverageChangePp,
    undefinedSteps: Object.freeze(undefinedSteps),
  });
}

/**
 * Growth from each date of each region to its next date, for every region of a table at once:
 * the participants change and the coverage change in percentage points, identical to
 * {@link growthBetween} of the two rows. Dates need not be evenly spaced: a step spans from one
 * date of the region to the next one it has.
 *
 * @param table - a table from {@link tableFromSnapshots}, {@link tableFromColumns} or a
 *   {@link tableRollUp}
 * @returns the steps, ordered by region code then date, frozen (see {@link TableGrowth})
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `table` is not a table.
 *
 * @example
 * ```ts
 * const table = tableFromSnapshots([
 *   { regionCode: '18.72', asOf: '2024-02-01', population: 250, participants: 200 },
 *   { regionCode: '18.01', asOf: '2024-01-01', population: 100, participants: 90 },
 *   { regionCode: '18.72', asOf: '2024-01-01', population: 200, participants: 160 },
 * ]);
 * const growth = tableGrowth(table);
 * [Array.from(growth.fromRows), Array.from(growth.toRows), Array.from(growth.participantsChange)];
 * // => [[2], [0], [40]]
 * growth.coverageChangePp[0];
 * // => 0
 * ```
 *
 * @category Bulk tables
 */
export function tableGrowth(table: SnapshotTable): TableGrowth {
  return growthOf(readTable(table, ['table']));
}
