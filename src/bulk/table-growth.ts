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
 * Scratch lives in the outputs: memory touched for the first time is what large tables pay
 * most for (on some virtual machines tens of microseconds a 4 KiB page), and the outputs are
 * touched anyway. A walk writes each step's rows, reading a grid or an order kept in the change
 * arrays' memory; then one pass computes the changes over it.
 *
 * @internal
 */
export function growthOf(data: TableData): TableGrowth {
  const { rowCount } = data;
  // Every region has at least one row, and one row fewer steps than rows.
  const stepCount = rowCount - data.regionCodes.length;
  const steps: Steps = {
    fromRows: new Int32Array(stepCount),
    toRows: new Int32Array(stepCount),
    participantsChange: new Float64Array(stepCount),
    coverageChangePp: new Float64Array(stepCount),
    undefinedSteps: [],
  };
  const cells = data.regionCodes.length * data.dates.length;
  // The grid costs 4 bytes a cell, in the outputs' memory while it fits there.
  if (cells <= 2 * rowCount) stepsThroughGrid(data, steps);
  else stepsThroughSort(data, steps);
  computeChanges(data, steps);
  return Object.freeze({ ...steps, undefinedSteps: Object.freeze(steps.undefinedSteps) });
}

/** The arrays of a {@link TableGrowth}, filled by one of the two walks and then {@link computeChanges}. */
interface Steps {
  readonly fromRows: Int32Array;
  readonly toRows: Int32Array;
  readonly participantsChange: Float64Array;
  readonly coverageChangePp: Float64Array;
  readonly undefinedSteps: number[];
}

/** `length` integers of scratch: in the memory of `output` (written over later) when they fit, else fresh. */
function scratchIn(output: Float64Array, length: number): Int32Array {
  return length <= 2 * output.length ? new Int32Array(output.buffer, output.byteOffset, length) : new Int32Array(length);
}

/**
 * The changes of every step from its two rows, with the same expressions as growthBetween;
 * overwrites whatever scratch the walk kept in the change arrays. A step's earlier row is
 * usually the previous step's later row, whose counts are still at hand.
 */
function computeChanges(data: TableData, steps: Steps): void {
  const { population, participants } = data;
  const { fromRows, toRows, participantsChange, coverageChangePp, undefinedSteps } = steps;
  let lastRow = -1;
  let lastPopulation = 0;
  let lastParticipants = 0;
  for (let step = 0; step < fromRows.length; step += 1) {
    const from = fromRows[step] as number;
    const to = toRows[step] as number;
    const fromPopulation = from === lastRow ? lastPopulation : (population[from] as number);
    const fromParticipants = from === lastRow ? lastParticipants : (participants[from] as number);
    const toPopulation = population[to] as number;
    const toParticipants = participants[to] as number;
    participantsChange[step] = toParticipants - fromParticipants;
    // Each coverage is participants * 100 / population.
    if (fromPopulation === 0 || toPopulation === 0) {
      undefinedSteps.push(step);
      coverageChangePp[step] = 0;
    } else {
      coverageChangePp[step] = (toParticipants * 100) / toPopulation - (fromParticipants * 100) / fromPopulation;
    }
    lastRow = to;
    lastPopulation = toPopulation;
    lastParticipants = toParticipants;
  }
}

/**
 * Steps of a table with most (region, date) cells present (every village every month): each
 * row is written to its cell of a region-by-date grid, reading the columns in row order; the
 * grid is then walked in order, whatever order the rows came in.
 */
function stepsThroughGrid(data: TableData, steps: Steps): void {
  const { rowCount, codeIndex, dateIndex } = data;
  const { fromRows, toRows } = steps;
  const dateCount = data.dates.length;
  const cells = data.regionCodes.length * dateCount;
  const gridRows = scratchIn(steps.coverageChangePp, cells).fill(-1);
  for (let row = 0; row < rowCount; row += 1) gridRows[(codeIndex[row] as number) * dateCount + (dateIndex[row] as number)] = row;
  let step = 0;
  for (let regionStart = 0; regionStart < cells; regionStart += dateCount) {
    let previous = -1;
    for (let cell = regionStart; cell < regionStart + dateCount; cell += 1) {
      const row = gridRows[cell] as number;
      if (row < 0) continue;
      if (previous >= 0) {
        fromRows[step] = previous;
        toRows[step] = row;
        step += 1;
      }
      previous = row;
    }
  }
}

/** Steps of a sparse table (regions reporting on few of the dates): rows sorted by region then date. */
function stepsThroughSort(data: TableData, steps: Steps): void {
  const { rowCount, codeIndex } = data;
  const { fromRows, toRows } = steps;
  // Rows by region then date: a stable counting sort by date, then one by region.
  const byDate = scratchIn(steps.participantsChange, rowCount);
  orderByKey(data.dateIndex, data.dates.length, undefined, byDate);
  const order = scratchIn(steps.coverageChangePp, rowCount);
  orderByKey(codeIndex, data.regionCodes.length, byDate, order);
  let step = 0;
  for (let index = 1; index < rowCount; index += 1) {
    const from = order[index - 1] as number;
    const to = order[index] as number;
    if (codeIndex[from] !== codeIndex[to]) continue;
    fromRows[step] = from;
    toRows[step] = to;
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
