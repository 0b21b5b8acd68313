import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertOneOf, assertOptions, fail } from '../internal/assert.js';
import { compareText, LEVEL_ORDER } from '../metrics/region-counts.js';
import { readExpectedChildren, type RollUpOptions, type RollUpTo } from '../metrics/roll-up.js';
import type { RegionLevel } from '../models/region-code.js';
import { depthOfKey, regionParents, wantedDepth, type RegionParents } from './region-parents.js';
import { readTable, registerTable, withSummary, type SnapshotTable, type TableData } from './snapshot-table.js';
import { coverageOf, type TableCoverage } from './table-coverage.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Parents summed per date: a table of the parents (one row per parent and date, sorted by code
 * then date, as {@link rollUp} orders its rows), the coverage of the sums, and how many children
 * each parent row sums (a fresh array held by nothing else).
 *
 * @example
 * ```ts
 * const { parents, coverage, childCounts }: TableRollUp = tableRollUp(
 *   tableFromSnapshots([
 *     { regionCode: '18.01', asOf: '2024-07-01', population: 1_000, participants: 990 },
 *     { regionCode: '18.72', asOf: '2024-07-01', population: 3_000, participants: 2_850 },
 *   ]),
 * );
 * [tableRow(parents, 0), Array.from(coverage.coverageRatio), Array.from(childCounts)];
 * // => [{ regionCode: '18', asOf: '2024-07-01', population: 4000, participants: 3840 }, [0.96], [2]]
 * ```
 *
 * @category Bulk tables
 */
export interface TableRollUp {
  /** One row per parent and date: summed population, participants and (when every child reported them) active participants. */
  readonly parents: SnapshotTable;
  /** The coverage of each parent row: summed participants / summed population (weighted, never a mean of ratios). */
  readonly coverage: TableCoverage;
  /** Per parent row: the number of children summed. */
  readonly childCounts: Int32Array;
  /**
   * Per parent row: the expected children absent on its date, sorted, as {@link RollUpRow}'s
   * `missingChildren`; `undefined` when `expectedChildren` was not given or does not list the parent.
   */
  readonly missingChildren: readonly (readonly string[] | undefined)[];
}

const TARGETS: readonly RollUpTo[] = ['parent', 'district', 'regency', 'province', 'country'];
/** Sums are kept per (parent, date) cell, all cells, up to this many cells per row plus a constant. */
const DENSE_CELLS_PER_ROW = 1;

/** The level name of a depth, for messages. */
function levelName(depth: number): RegionLevel {
  return LEVEL_ORDER[depth] as RegionLevel;
}

/** The error {@link rollUp} gives for a row at or above the level it should roll up to. */
function levelError(data: TableData, row: number, to: RollUpTo): never {
  const code = data.codeIndex[row] as number;
  const depth = depthOfKey(data.codeKeys[code] as number);
  const wanted = wantedDepth(to, depth);
  return fail(
    'INVALID_REGION_CODE',
    [row, 'regionCode'],
    data.regionCodes[code],
    `must be below the ${levelName(Math.max(wanted, 0))} level to roll up to '${to}' (it is the ${levelName(depth)} level)`,
  );
}

/**
 * Replays {@link rollUp}'s checks on the rows of one (parent, date) cell, in row order, and
 * throws the first error: children of mixed levels, or a sum past `Number.MAX_SAFE_INTEGER`.
 * Called only for cells flagged as failing, so that the error is the one {@link rollUp} gives.
 */
function replayCell(data: TableData, parents: RegionParents, cell: number): void {
  const dateCount = data.dates.length;
  const parentCode = parents.parentCodes[Math.floor(cell / dateCount)] as string;
  const asOf = data.dates[cell % dateCount] as string;
  let first = -1;
  let population = 0;
  let participants = 0;
  for (let row = 0; row < data.rowCount; row += 1) {
    const code = data.codeIndex[row] as number;
    if ((parents.parentOf[code] as number) * dateCount + (data.dateIndex[row] as number) !== cell) continue;
    const depth = depthOfKey(data.codeKeys[code] as number);
    if (first < 0) first = row;
    const firstCode = data.codeIndex[first] as number;
    const firstDepth = depthOfKey(data.codeKeys[firstCode] as number);
    if (depth !== firstDepth) {
      fail(
        'MIXED_REGIONS',
        [row, 'regionCode'],
        data.regionCodes[code],
        `is a ${levelName(depth)}, but index ${first} (${data.regionCodes[firstCode] as string}) rolled into ${parentCode} on ${asOf} is a ${levelName(firstDepth)}`,
      );
    }
    population += data.population[row] as number;
    if (!Number.isSafeInteger(population)) {
      fail('INVALID_COUNT', [row, 'population'], data.population[row], 'makes the roll-up sum exceed Number.MAX_SAFE_INTEGER');
    }
    participants += data.participants[row] as number;
    if (!Number.isSafeInteger(participants)) {
      fail('INVALID_COUNT', [row, 'participants'], data.participants[row], 'makes the roll-up sum exceed Number.MAX_SAFE_INTEGER');
    }
  }
}

/**
 * Sums a table's regions into their parent regions, per date, as {@link rollUp} does row by
 * row: population, participants and (when every child reported them) active participants, and
 * the coverage of the sums, weighted by population. Parents are derived from the codes as
 * {@link parentRegionCode} derives them, once per distinct code.
 *
 * The sums equal {@link rollUp}'s exactly (they are integers below 2^53), and so do the
 * coverages. `to` also takes `'regency'` and `'district'`, so a table of villages rolls up to
 * its 514 regencies in one step; the result is what rolling up level by level gives.
 *
 * @param table - a table from {@link tableFromSnapshots}, {@link tableFromColumns} or a
 *   previous roll-up
 * @param options - {@link RollUpOptions}, as for {@link rollUp}: `to`: `'parent'` (default),
 *   `'district'`, `'regency'`, `'province'` or `'country'`; `expectedChildren`: parent code to
 *   child codes, to report the children missing (`missingChildren`)
 * @returns the parents as a table with its coverage and child counts, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `table` is not a table or `options` not an
 *   object; `INVALID_OPTION` for an unknown option or `to`, or an `expectedChildren` entry naming
 *   a parent twice or a child outside its parent (`INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` for a
 *   bad code in it); and, as {@link rollUp} reports
 *   them: `INVALID_REGION_CODE` at `[row, 'regionCode']` for the first row at or above the
 *   level rolled up to; `MIXED_REGIONS` when children of one parent on one date are of
 *   different levels; `INVALID_COUNT` when a sum would exceed `Number.MAX_SAFE_INTEGER`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const villages = tableFromSnapshots([
 *   { regionCode: '18.72.01.1001', asOf: '2024-07-01', population: 300, participants: 300 },
 *   { regionCode: '18.72.02.1001', asOf: '2024-07-01', population: 100, participants: 92 },
 * ]);
 * const { parents, coverage } = tableRollUp(villages, { to: 'regency' });
 * [parents.regionCodes, Array.from(coverage.coverageRatio)];
 * // => [['18.72'], [0.98]]
 * ```
 *
 * @category Bulk tables
 */
export function tableRollUp(table: SnapshotTable, options?: RollUpOptions): TableRollUp {
  options = copyInput(options, ['options']);
  const data = readTable(table, ['table']);
  return rollUpData(data, readRollUpOptions(options, ['options']));
}

/**
 * Validated {@link RollUpOptions}: the target (`parent` by default) and the expected children.
 *
 * @internal
 */
export interface RollUpSettings {
  readonly to: RollUpTo;
  readonly expected: ReadonlyMap<string, ReadonlySet<string>> | undefined;
}

/**
 * The settings of {@link RollUpOptions}, `parent` by default; errors under `path`.
 *
 * @internal Shared with the pipeline.
 */
export function readRollUpOptions(value: unknown, path: IssuePath): RollUpSettings {
  assertOptions(value, ['to', 'expectedChildren'], path);
  // Only a missing `to` means the default: null is a bad value, as in rollUp.
  const given = value?.['to'];
  const to = given === undefined ? 'parent' : given;
  assertOneOf(to, TARGETS, [...path, 'to']);
  return { to, expected: readExpectedChildren(value?.['expectedChildren'], [...path, 'expectedChildren']) };
}

/** Per output row, the expected children absent from its (parent, date) cell. */
function missingChildrenOf(
  data: TableData,
  parents: RegionParents,
  expected: ReadonlyMap<string, ReadonlySet<string>> | undefined,
  codeOut: Int32Array,
  dateOut: Int32Array,
): readonly (readonly string[] | undefined)[] {
  // Filled, not mapped: a callback per output row cost more than the rest of a large roll-up's bookkeeping.
  if (expected === undefined) return Object.freeze(new Array<undefined>(codeOut.length).fill(undefined));
  const dateCount = data.dates.length;
  const present = new Map<number, Set<string>>();
  for (let row = 0; row < data.rowCount; row += 1) {
    const code = data.codeIndex[row] as number;
    const parent = parents.parentOf[code] as number;
    if (!expected.has(parents.parentCodes[parent] as string)) continue;
    const cell = parent * dateCount + (data.dateIndex[row] as number);
    let children = present.get(cell);
    if (children === undefined) present.set(cell, (children = new Set()));
    children.add(data.regionCodes[code] as string);
  }
  return Object.freeze(
    Array.from(codeOut, (parent, index) => {
      const wanted = expected.get(parents.parentCodes[parent] as string);
      if (wanted === undefined) return undefined;
      const children = present.get(parent * dateCount + (dateOut[index] as number));
      return Object.freeze([...wanted].filter((code) => children?.has(code) !== true).sort(compareText));
    }),
  );
}

/** The sums of each (parent, date) cell, one slot per cell that holds a row. */
interface CellSums {
  /**
   * Per output row (cell order, that is parent code then date): its slot; `undefined` when
   * every slot is an output row, in order, so that the sums are the output columns as they are.
   */
  readonly slotOfOutput: Int32Array | undefined;
  /** Per slot: its cell `parent * dateCount + date`; `undefined` when slots are cells (a dense grid). */
  readonly cellOfSlot: Float64Array | undefined;
  /** Per slot: 1 when a child is of another level than the first child; `undefined` when the codes share one level. */
  readonly mixed: Uint8Array | undefined;
  readonly population: Float64Array;
  readonly participants: Float64Array;
  /** Per slot: summed active participants; NaN (`ABSENT`) once a child lacks them. */
  readonly active: Float64Array | undefined;
  readonly children: Int32Array;
}

/** Throws {@link rollUp}'s error for the first row whose code has no parent at `to`, if any has none. */
function assertParentsFound(data: TableData, parents: RegionParents, to: RollUpTo): void {
  if (!parents.someWithout) return;
  const { codeIndex } = data;
  for (let row = 0; row < data.rowCount; row += 1) {
    if ((parents.parentOf[codeIndex[row] as number] as number) < 0) levelError(data, row, to);
  }
}

/**
 * The slot of every row: its cell `parent * dateCount + date` while the cells are few (a dense
 * grid, cell order being output order), else a compact slot per distinct cell. Every row has a
 * parent ({@link assertParentsFound}).
 */
function slotsOfRows(
  data: TableData,
  parents: RegionParents,
): { readonly slotOfRow: Int32Array | undefined; readonly slotCount: number; readonly cellOfSlot: Float64Array | undefined } {
  const { rowCount, codeIndex, dateIndex } = data;
  const { parentOf } = parents;
  const dateCount = data.dates.length;
  const cellCount = parents.parentCodes.length * dateCount;
  // Dense: the summing loop checks parents itself.
  if (cellCount <= DENSE_CELLS_PER_ROW * rowCount + 65_536) return { slotOfRow: undefined, slotCount: cellCount, cellOfSlot: undefined };
  // Many parents and dates, few of their pairs present: number the pairs met.
  const slotOfRow = new Int32Array(rowCount);
  const slotOf = new Map<number, number>();
  const cells: number[] = [];
  for (let row = 0; row < rowCount; row += 1) {
    const cell = (parentOf[codeIndex[row] as number] as number) * dateCount + (dateIndex[row] as number);
    let slot = slotOf.get(cell);
    if (slot === undefined) {
      slot = cells.length;
      cells.push(cell);
      slotOf.set(cell, slot);
    }
    slotOfRow[row] = slot;
  }
  return { slotOfRow, slotCount: cells.length, cellOfSlot: Float64Array.from(cells) };
}

/** The sums of each slot while they are added up; `depth` and `mixed` only when the codes are of several levels. */
interface SlotSums {
  readonly mixed: Uint8Array | undefined;
  /** Per slot: the level of its first child. */
  readonly depth: Uint8Array | undefined;
  readonly population: Float64Array;
  readonly participants: Float64Array;
  readonly active: Float64Array | undefined;
  readonly children: Int32Array;
}

/**
 * {@link addRows} for the usual table, with nothing optional to test on each row: slots are the
 * cells of a dense grid, the codes share one level and active participants are reported. The
 * general loop's per-row tests of what may be absent made a roll-up of a million rows about a
 * quarter slower.
 *
 * A slot's four sums sit side by side in one array while rows are added (32 bytes a slot more,
 * and a copy to the slot columns after): shuffled rows add into slots in random order, and this
 * touches one cache line a row instead of four. 84 000 villages x 120 months into 61 680 regency
 * cells is 2 MB of sums, past the core's own cache: there it measured 0.89x [0.78-1.05] of
 * separate columns per round, and 0.88x at 12 months (bench/README.md); the roll-up still grows
 * per row from 1 M to 10 M rows.
 */
function addGridRows(data: TableData, parentOf: Int32Array, active: Float64Array, sums: SlotSums, slotActive: Float64Array): void {
  const { rowCount, codeIndex, dateIndex, population, participants } = data;
  const dateCount = data.dates.length;
  const { population: slotPopulation, participants: slotParticipants, children: slotChildren } = sums;
  const slotCount = slotChildren.length;
  const interleaved = new Float64Array(4 * slotCount);
  for (let row = 0; row < rowCount; row += 1) {
    const at = 4 * ((parentOf[codeIndex[row] as number] as number) * dateCount + (dateIndex[row] as number));
    interleaved[at] = (interleaved[at] as number) + (population[row] as number);
    interleaved[at + 1] = (interleaved[at + 1] as number) + (participants[row] as number);
    // An absent count is NaN, and NaN sums to NaN: the parent's count is absent too.
    interleaved[at + 2] = (interleaved[at + 2] as number) + (active[row] as number);
    interleaved[at + 3] = (interleaved[at + 3] as number) + 1;
  }
  for (let slot = 0; slot < slotCount; slot += 1) {
    slotPopulation[slot] = interleaved[4 * slot] as number;
    slotParticipants[slot] = interleaved[4 * slot + 1] as number;
    slotActive[slot] = interleaved[4 * slot + 2] as number;
    slotChildren[slot] = interleaved[4 * slot + 3] as number;
  }
}

/**
 * Adds every row into its slot (`slotOfRow`, or its dense cell when undefined). Alone in its
 * function: V8 compiles a long loop while it runs (on-stack replacement), and that code, meeting
 * an operation after the loop not yet run, went back to the interpreter at the end of each of
 * the first calls, with the rest of the roll-up still to do.
 */
function addRows(data: TableData, parents: RegionParents, slotOfRow: Int32Array | undefined, sums: SlotSums): void {
  const { rowCount, codeIndex, dateIndex, population, participants, active } = data;
  const { parentOf, mixedDepthOf } = parents;
  const dateCount = data.dates.length;
  const { depth: slotDepth, mixed: slotMixed, population: slotPopulation, participants: slotParticipants, active: slotActive, children: slotChildren } = sums;
  for (let row = 0; row < rowCount; row += 1) {
    const slot =
      slotOfRow === undefined
        ? (parentOf[codeIndex[row] as number] as number) * dateCount + (dateIndex[row] as number)
        : (slotOfRow[row] as number);
    const children = slotChildren[slot] as number;
    if (slotDepth !== undefined) {
      const depth = (mixedDepthOf as Uint8Array)[codeIndex[row] as number] as number;
      if (children === 0) slotDepth[slot] = depth;
      else if (slotDepth[slot] !== depth) (slotMixed as Uint8Array)[slot] = 1;
    }
    slotChildren[slot] = children + 1;
    slotPopulation[slot] = (slotPopulation[slot] as number) + (population[row] as number);
    slotParticipants[slot] = (slotParticipants[slot] as number) + (participants[row] as number);
    // An absent count is NaN, and NaN sums to NaN: the parent's count is absent too.
    if (slotActive !== undefined) slotActive[slot] = (slotActive[slot] as number) + ((active as Float64Array)[row] as number);
  }
}

/** Sums every row into its (parent, date) cell. */
function sumCells(data: TableData, parents: RegionParents, to: RollUpTo): CellSums {
  const { mixedDepthOf } = parents;
  assertParentsFound(data, parents, to);
  const { slotOfRow, slotCount, cellOfSlot } = slotsOfRows(data, parents);
  // Children of one parent can differ in level only when the table's codes do.
  const slotDepth = mixedDepthOf === undefined ? undefined : new Uint8Array(slotCount);
  const slotMixed = mixedDepthOf === undefined ? undefined : new Uint8Array(slotCount);
  const slotPopulation = new Float64Array(slotCount);
  const slotParticipants = new Float64Array(slotCount);
  const slotActive = data.active === undefined ? undefined : new Float64Array(slotCount);
  const slotChildren = new Int32Array(slotCount);
  const sums: SlotSums = {
    mixed: slotMixed,
    depth: slotDepth,
    population: slotPopulation,
    participants: slotParticipants,
    active: slotActive,
    children: slotChildren,
  };
  if (slotOfRow === undefined && slotDepth === undefined && data.active !== undefined && slotActive !== undefined) {
    addGridRows(data, parents.parentOf, data.active, sums, slotActive);
  } else {
    addRows(data, parents, slotOfRow, sums);
  }
  return {
    slotOfOutput: outputSlots(slotChildren, cellOfSlot),
    cellOfSlot,
    mixed: slotMixed,
    population: slotPopulation,
    participants: slotParticipants,
    active: slotActive,
    children: slotChildren,
  };
}

/**
 * The slot of each output row, in cell order (parent code, then date); `undefined` when that is
 * every slot in order: a dense grid whose cells all hold a row, as when every region reports on
 * every date.
 */
function outputSlots(slotChildren: Int32Array, cellOfSlot: Float64Array | undefined): Int32Array | undefined {
  const slotCount = slotChildren.length;
  if (cellOfSlot !== undefined) {
    return Int32Array.from({ length: slotCount }, (_, slot) => slot).sort((a, b) => (cellOfSlot[a] as number) - (cellOfSlot[b] as number));
  }
  let present = 0;
  for (let slot = 0; slot < slotCount; slot += 1) if ((slotChildren[slot] as number) > 0) present += 1;
  if (present === slotCount) return undefined;
  const slots = new Int32Array(present);
  let index = 0;
  for (let slot = 0; slot < slotCount; slot += 1) {
    if (slotChildren[slot] === 0) continue;
    slots[index] = slot;
    index += 1;
  }
  return slots;
}

/** A slot column as an output column: itself when the slots are the output rows, else a fresh one gathered in output order. */
function gathered<Column extends Float64Array | Int32Array>(column: Column, slotOfOutput: Int32Array | undefined): Column {
  if (slotOfOutput === undefined) return column;
  // A fresh array of the column's own type (its first entries are overwritten).
  const output = column.slice(0, slotOfOutput.length) as Column;
  for (let index = 0; index < slotOfOutput.length; index += 1) output[index] = column[slotOfOutput[index] as number] as number;
  return output;
}

/**
 * {@link tableRollUp} of validated columns and options; shared with the pipeline.
 *
 * @internal
 */
export function rollUpData(data: TableData, settings: RollUpSettings): TableRollUp {
  const { to, expected } = settings;
  const parents = regionParents(data.regionCodes, data.codeKeys, to);
  const sums = sumCells(data, parents, to);
  const { slotOfOutput, cellOfSlot, mixed, population, participants, active } = sums;
  const rows = slotOfOutput === undefined ? sums.children.length : slotOfOutput.length;
  const dateCount = data.dates.length;
  const codeOut = new Int32Array(rows);
  const dateOut = new Int32Array(rows);
  for (let index = 0; index < rows; index += 1) {
    const slot = slotOfOutput === undefined ? index : (slotOfOutput[index] as number);
    const cell = cellOfSlot === undefined ? slot : (cellOfSlot[slot] as number);
    // A cell of mixed levels or with a sum past 2^53 fails: replay it for rollUp's exact error.
    if (mixed?.[slot] === 1 || !Number.isSafeInteger(population[slot]) || !Number.isSafeInteger(participants[slot])) replayCell(data, parents, cell);
    codeOut[index] = Math.floor(cell / dateCount);
    dateOut[index] = cell % dateCount;
  }
  // Arrays held by nothing else either way: the sums are this call's own.
  const populationOut = gathered(population, slotOfOutput);
  const participantsOut = gathered(participants, slotOfOutput);
  const activeOut = active === undefined ? undefined : gathered(active, slotOfOutput);
  const childCounts = gathered(sums.children, slotOfOutput);
  const parentData = withSummary({
    rowCount: rows,
    regionCodes: parents.parentCodes,
    codeKeys: parents.parentKeys,
    dates: data.dates,
    codeIndex: codeOut,
    dateIndex: dateOut,
    population: populationOut,
    participants: participantsOut,
    active: activeOut,
  });
  return Object.freeze({
    parents: registerTable(parentData),
    coverage: coverageOf(parentData),
    childCounts,
    missingChildren: missingChildrenOf(data, parents, expected, codeOut, dateOut),
  });
}
