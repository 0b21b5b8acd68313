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
 * held by nothing else; their buffers may be up to an eighth longer than they are (zeros past
 * the end): copy an array (`slice()`) before handing its `.buffer` on.
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
 * touched anyway. A nearly full grid is laid in the outputs themselves; otherwise a walk writes
 * each step's rows, reading a grid or an order kept in the change arrays' memory, and one pass
 * then computes the changes.
 *
 * @internal
 */
export function growthOf(data: TableData): TableGrowth {
  const { rowCount } = data;
  const stepCount = rowCount - data.regionCodes.length;
  const cells = data.regionCodes.length * data.dates.length;
  // Every region has at least one row, and one row fewer steps than rows.
  if (cells <= stepCount + (stepCount >> 3)) return growthInPlace(data, stepCount, cells);
  const steps: Steps = {
    fromRows: new Int32Array(stepCount),
    toRows: new Int32Array(stepCount),
    participantsChange: new Float64Array(stepCount),
    coverageChangePp: new Float64Array(stepCount),
    undefinedSteps: [],
  };
  // A grid of rows costs 4 bytes a cell, in the outputs' memory while it fits there.
  if (cells <= 2 * rowCount) stepsThroughGrid(data, steps);
  else stepsThroughSort(data, steps);
  computeChanges(data, steps);
  return Object.freeze({ ...steps, undefinedSteps: Object.freeze(steps.undefinedSteps) });
}

/**
 * Growth of a table with nearly every (region, date) cell present: the region-by-date grid of
 * each row's number and counts is laid in the outputs themselves (allocated one slot a cell, then
 * cut to the steps), and walked in order; step s is written only after cell s was read.
 */
function growthInPlace(data: TableData, stepCount: number, cells: number): TableGrowth {
  const { rowCount, codeIndex, dateIndex, population, participants } = data;
  const dateCount = data.dates.length;
  const fromRows = new Int32Array(cells);
  const toRows = new Int32Array(cells).fill(-1);
  const participantsChange = new Float64Array(cells);
  const coverageChangePp = new Float64Array(cells);
  const undefinedSteps: number[] = [];
  // The grid: toRows holds each cell's row, participantsChange its participants, coverageChangePp its population.
  for (let row = 0; row < rowCount; row += 1) {
    const cell = (codeIndex[row] as number) * dateCount + (dateIndex[row] as number);
    toRows[cell] = row;
    participantsChange[cell] = participants[row] as number;
    coverageChangePp[cell] = population[row] as number;
  }
  let step = 0;
  for (let regionStart = 0; regionStart < cells; regionStart += dateCount) {
    let previousRow = -1;
    let previousPopulation = 0;
    let previousParticipants = 0;
    for (let cell = regionStart; cell < regionStart + dateCount; cell += 1) {
      const row = toRows[cell] as number;
      if (row < 0) continue;
      const people = coverageChangePp[cell] as number;
      const members = participantsChange[cell] as number;
      if (previousRow >= 0) {
        // step < cell: this overwrites only cells already read.
        fromRows[step] = previousRow;
        toRows[step] = row;
        writeChange(participantsChange, coverageChangePp, undefinedSteps, step, previousPopulation, previousParticipants, people, members);
        step += 1;
      }
      previousRow = row;
      previousPopulation = people;
      previousParticipants = members;
    }
  }
  // The cells past the last step are cut off; clear what the grid left in them.
  fromRows.fill(0, stepCount);
  toRows.fill(0, stepCount);
  participantsChange.fill(0, stepCount);
  coverageChangePp.fill(0, stepCount);
  return Object.freeze({
    fromRows: fromRows.subarray(0, stepCount),
    toRows: toRows.subarray(0, stepCount),
    participantsChange: participantsChange.subarray(0, stepCount),
    coverageChangePp: coverageChangePp.subarray(0, stepCount),
    undefinedSteps: Object.freeze(undefinedSteps),
  });
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
    writeChange(participantsChange, coverageChangePp, undefinedSteps, step, fromPopulation, fromParticipants, toPopulation, toParticipants);
    lastRow = to;
    lastPopulation = toPopulation;
    lastParticipants = toParticipants;
  }
}

/**
 * Writes step `step`'s changes from the counts of its earlier and later rows, with the same
 * expressions as growthBetween: the one place where both ways of finding steps compute a change.
 */
function writeChange(
  participantsChange: Float64Array,
  coverageChangePp: Float64Array,
  undefinedSteps: number[],
  step: number,
  fromPopulation: number,
  fromParticipants: number,
  toPopulation: number,
  toParticipants: number,
): void {
  participantsChange[step] = toParticipants - fromParticipants;
  // Each coverage is participants * 100 / population.
  if (fromPopulation === 0 || toPopulation === 0) {
    undefinedSteps.push(step);
    coverageChangePp[step] = 0;
  } else {
    coverageChangePp[step] = (toParticipants * 100) / toPopulation - (fromParticipants * 100) / fromPopulation;
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
