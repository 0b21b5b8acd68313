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
  const { rowCount } = data;
  // Every region has at least one row, and one row fewer steps than rows.
  const steps: Steps = {
    fromRows: new Int32Array(rowCount - data.regionCodes.length),
    toRows: new Int32Array(rowCount - data.regionCodes.length),
    participantsChange: new Float64Array(rowCount - data.regionCodes.length),
    coverageChangePp: new Float64Array(rowCount - data.regionCodes.length),
    undefinedSteps: [],
  };
  const cells = data.regionCodes.length * data.dates.length;
  // The grid costs 20 bytes a cell: used when cells are at most twice the rows.
  if (cells <= 2 * rowCount) stepsThroughGrid(data, steps);
  else stepsThroughSort(data, steps);
  return Object.freeze({ ...steps, undefinedSteps: Object.freeze(steps.undefinedSteps) });
}

/** The arrays of a {@link TableGrowth}, filled by one of the two walks. */
interface Steps {
  readonly fromRows: Int32Array;
  readonly toRows: Int32Array;
  readonly participantsChange: Float64Array;
  readonly coverageChangePp: Float64Array;
  readonly undefinedSteps: number[];
}

/** Records step `step` from row `from` to row `to`, with the same expressions as growthBetween. */
function recordStep(
  steps: Steps,
  step: number,
  from: number,
  to: number,
  fromPopulation: number,
  fromParticipants: number,
  toPopulation: number,
  toParticipants: number,
): void {
  steps.fromRows[step] = from;
  steps.toRows[step] = to;
  steps.participantsChange[step] = toParticipants - fromParticipants;
  // Each coverage is participants * 100 / population.
  if (fromPopulation === 0 || toPopulation === 0) steps.undefinedSteps.push(step);
  else steps.coverageChangePp[step] = (toParticipants * 100) / toPopulation - (fromParticipants * 100) / fromPopulation;
}

/**
 * Steps of a table with most (region, date) cells present (every village every month): each row
 * and its counts are written to its cell of a region-by-date grid, reading the columns in row
 * order; the grid is then walked in order. Every read is sequential, whatever order the rows
 * came in, so time per row stays flat as tables outgrow the caches.
 */
function stepsThroughGrid(data: TableData, steps: Steps): void {
  const { rowCount, codeIndex, dateIndex, population, participants } = data;
  const dateCount = data.dates.length;
  const cells = data.regionCodes.length * dateCount;
  const gridRows = new Int32Array(cells).fill(-1);
  const gridPopulation = new Float64Array(cells);
  const gridParticipants = new Float64Array(cells);
  for (let row = 0; row < rowCount; row += 1) {
    const cell = (codeIndex[row] as number) * dateCount + (dateIndex[row] as number);
    gridRows[cell] = row;
    gridPopulation[cell] = population[row] as number;
    gridParticipants[cell] = participants[row] as number;
  }
  let step = 0;
  for (let regionStart = 0; regionStart < cells; regionStart += dateCount) {
    let previous = -1;
    for (let cell = regionStart; cell < regionStart + dateCount; cell += 1) {
      const row = gridRows[cell] as number;
      if (row < 0) continue;
      if (previous >= 0) {
        recordStep(
          steps,
          step,
          gridRows[previous] as number,
          row,
          gridPopulation[previous] as number,
          gridParticipants[previous] as number,
          gridPopulation[cell] as number,
          gridParticipants[cell] as number,
        );
        step += 1;
      }
      previous = cell;
    }
  }
}

/** Steps of a sparse table (regions reporting on few of the dates): rows sorted by region then date. */
function stepsThroughSort(data: TableData, steps: Steps): void {
  const { rowCount, codeIndex, population, participants } = data;
  // Rows by region then date: a stable counting sort by date, then one by region.
  const byDate = new Int32Array(rowCount);
  orderByKey(data.dateIndex, data.dates.length, undefined, byDate);
  const order = new Int32Array(rowCount);
  orderByKey(codeIndex, data.regionCodes.length, byDate, order);
  let step = 0;
  for (let index = 1; index < rowCount; index += 1) {
    const from = order[index - 1] as number;
    const to = order[index] as number;
    if (codeIndex[from] !== codeIndex[to]) continue;
    recordStep(steps, step, from, to, population[from] as number, participants[from] as number, population[to] as number, participants[to] as number);
    step += 1;
  }
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
