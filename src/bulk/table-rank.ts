import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertOneOf, assertOptions } from '../internal/assert.js';
import type { RegionCounts } from '../metrics/region-counts.js';
import { rankBy, readRankKeys, type RankKey, type ReadKey, type TiePolicy } from '../ranking/rank.js';
import { compareCoverage } from './compare-coverage.js';
import { readTable, type SnapshotTable, type TableData } from './snapshot-table.js';
import { tableRow } from './table-row.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link tableRank}: the options of {@link rank} (`keys`, `ties`), with `keys`
 * optional. Without `keys` rows rank by exact coverage, highest first; with them, each key reads
 * a row as {@link tableRow} gives it, exactly as {@link rank} reads an item, so one options
 * object serves both.
 *
 * @example
 * ```ts
 * const options: TableRankOptions = {
 *   keys: [{ name: 'activeParticipants', value: (row) => row.activeParticipants, direction: 'desc' }],
 *   ties: 'dense',
 * };
 * ```
 *
 * @category Bulk tables
 */
export interface TableRankOptions {
  /** Sort keys over the rows, later keys breaking ties of earlier ones; exact coverage, highest first, when absent. */
  readonly keys?: readonly RankKey<RegionCounts>[];
  /** How equal keys share ranks: `competition` (1-2-2-4, default), `dense` (1-2-2-3) or `ordinal` (1-2-3-4, row order breaks ties). */
  readonly ties?: TiePolicy;
}

/**
 * Ranks by coverage within each date of a table. `ranks[i]` is row `i`'s rank among the rows
 * of its date (1 is the highest coverage). `order` lists the rows by date, then rank, then row
 * index; the rows of date `d` (`table.dates[d]`) are
 * `order[dateOffsets[d]] .. order[dateOffsets[d + 1] - 1]`. The arrays are fresh and held by
 * nothing else (typed arrays cannot be frozen).
 *
 * @example
 * ```ts
 * const result: TableRank = tableRank(
 *   tableFromSnapshots([
 *     { regionCode: '18.01', asOf: '2024-07-01', population: 100, participants: 95 },
 *     { regionCode: '18.02', asOf: '2024-07-01', population: 100, participants: 99 },
 *   ]),
 * );
 * [Array.from(result.ranks), Array.from(result.order), Array.from(result.dateOffsets)];
 * // => [[2, 1], [1, 0], [0, 2]]
 * ```
 *
 * @category Bulk tables
 */
export interface TableRank {
  /** Per row: its rank within its date, 1 best. */
  readonly ranks: Int32Array;
  /** The rows by date, then rank, then row index. */
  readonly order: Int32Array;
  /** Where each date's rows start in `order`; one entry more than there are dates. */
  readonly dateOffsets: Int32Array;
}

/**
 * Coverage is scaled by 2^31 into a 32-bit sort key: distinct coverages below 200% almost never
 * share a key, and the key only orders; exact comparisons decide ties and near-ties.
 */
const KEY_SCALE = 2_147_483_648;
/** The largest key of a row with a coverage (every coverage from about 200% up); rows without one sort after it. */
const MAX_KEY = 0xfffffffe;
const NO_COVERAGE = 0xffffffff;
/** Runs of equal keys up to this length are sorted exactly by insertion; longer ones by Array#sort. */
const INSERTION_RUN = 32;

/**
 * The sort key of a coverage: descending coverage as an ascending unsigned integer. Monotone, so
 * rows with different keys are in coverage order; rows with equal keys are ordered exactly later.
 */
function keyOf(participants: number, population: number): number {
  if (population === 0) return NO_COVERAGE;
  const scaled = (participants / population) * KEY_SCALE;
  return MAX_KEY - (scaled >= MAX_KEY ? MAX_KEY : Math.floor(scaled));
}

/**
 * Sorts the first `length` rows of `rows` by `keys` ascending, stably: a least-significant-digit
 * radix sort of `bits` bits per pass, skipping digits that every row shares. `rowsB` and `keysB`
 * are scratch space; returns whether the sorted rows ended there rather than in `rows`.
 */
function radixSort(
  rows: Int32Array,
  keys: Uint32Array,
  rowsB: Int32Array,
  keysB: Uint32Array,
  length: number,
  counts: Int32Array,
  bits: number,
): boolean {
  const mask = (1 << bits) - 1;
  let fromRows = rows;
  let fromKeys = keys;
  let toRows = rowsB;
  let toKeys = keysB;
  for (let shift = 0; shift < 32; shift += bits) {
    counts.fill(0, 0, mask + 1);
    for (let index = 0; index < length; index += 1) {
      const digit = ((fromKeys[index] as number) >>> shift) & mask;
      counts[digit] = (counts[digit] as number) + 1;
    }
    // A digit every row shares orders nothing.
    if (counts[((fromKeys[0] as number) >>> shift) & mask] === length) continue;
    let position = 0;
    for (let digit = 0; digit <= mask; digit += 1) {
      const count = counts[digit] as number;
      counts[digit] = position;
      position += count;
    }
    for (let index = 0; index < length; index += 1) {
      const key = fromKeys[index] as number;
      const digit = (key >>> shift) & mask;
      const target = counts[digit] as number;
      toRows[target] = fromRows[index] as number;
      toKeys[target] = key;
      counts[digit] = target + 1;
    }
    [fromRows, toRows] = [toRows, fromRows];
    [fromKeys, toKeys] = [toKeys, fromKeys];
  }
  return fromRows !== rows;
}

/** Whether rows `a` and `b` have the same coverage, exactly (both populations positive). */
function sameCoverage(participants: Float64Array, population: Float64Array, a: number, b: number): boolean {
  return compareCoverage(participants[a] as number, population[a] as number, participants[b] as number, population[b] as number) === 0;
}

/** Sorts `rows[from .. to - 1]` (rows of near-equal coverage) by exact coverage descending, then row index. */
function sortRunExactly(rows: Int32Array, from: number, to: number, participants: Float64Array, population: Float64Array): void {
  const order = (a: number, b: number): number =>
    compareCoverage(participants[b] as number, population[b] as number, participants[a] as number, population[a] as number) || a - b;
  if (to - from > INSERTION_RUN) {
    rows.set(Array.from(rows.subarray(from, to)).sort(order), from);
    return;
  }
  for (let index = from + 1; index < to; index += 1) {
    const row = rows[index] as number;
    let at = index - 1;
    while (at >= from && order(rows[at] as number, row) > 0) {
      rows[at + 1] = rows[at] as number;
      at -= 1;
    }
    rows[at + 1] = row;
  }
}

/**
 * A stable counting sort of the rows by date into `order`, writing each row's sort key beside it
 * in `keys`: the columns are read in row order, never gathered through a permutation, so large
 * shuffled tables cost no more per row than small ones. Returns where each date starts.
 */
function orderByDateWithKeys(data: TableData, order: Int32Array, keys: Uint32Array): Int32Array {
  const { rowCount, dateIndex, population, participants } = data;
  const dateCount = data.dates.length;
  const starts = new Int32Array(dateCount + 1);
  for (let date = 0; date < dateCount; date += 1) starts[date + 1] = (starts[date] as number) + (data.dateRowCounts[date] as number);
  const next = starts.slice(0, dateCount);
  for (let row = 0; row < rowCount; row += 1) {
    const date = dateIndex[row] as number;
    const position = next[date] as number;
    order[position] = row;
    keys[position] = keyOf(participants[row] as number, population[row] as number);
    next[date] = position + 1;
  }
  return starts;
}

/** {@link tableRank} by coverage of validated columns. */
function rankOf(data: TableData, ties: TiePolicy): TableRank {
  const { rowCount, population, participants } = data;
  const dateCount = data.dates.length;
  const order = new Int32Array(rowCount);
  // Rows by date (stable), each with its sort key, computed reading the counts in row order; then
  // each date's rows are sorted in scratch space the size of the largest date.
  const keysByDate = new Uint32Array(rowCount);
  const dateOffsets = orderByDateWithKeys(data, order, keysByDate);
  const largest = data.dateRowCounts.reduce((most, count) => Math.max(most, count), 0);
  const rowsA = new Int32Array(largest);
  const keysA = new Uint32Array(largest);
  const rowsB = new Int32Array(largest);
  const keysB = new Uint32Array(largest);
  const counts = new Int32Array(2048);
  const ranks = new Int32Array(rowCount);

  for (let date = 0; date < dateCount; date += 1) {
    const start = dateOffsets[date] as number;
    const length = (dateOffsets[date + 1] as number) - start;
    rowsA.set(order.subarray(start, start + length));
    keysA.set(keysByDate.subarray(start, start + length));
    // Large dates take 11-bit digits (3 passes), small ones bytes (fewer buckets to clear).
    const inB = radixSort(rowsA, keysA, rowsB, keysB, length, counts, length >= 16_384 ? 11 : 8);
    const sorted = inB ? rowsB : rowsA;
    const keys = inB ? keysB : keysA;
    let groupRank = 0;
    let groups = 0;
    let runStart = 0;
    while (runStart < length) {
      const key = keys[runStart] as number;
      let runEnd = runStart + 1;
      while (runEnd < length && keys[runEnd] === key) runEnd += 1;
      // Equal keys are near-equal coverages: most often truly equal (ties at 100%), else reorder exactly.
      if (key !== NO_COVERAGE && runEnd - runStart > 1) {
        const first = sorted[runStart] as number;
        let allEqual = true;
        for (let index = runStart + 1; index < runEnd && allEqual; index += 1) {
          allEqual = sameCoverage(participants, population, first, sorted[index] as number);
        }
        if (!allEqual) sortRunExactly(sorted, runStart, runEnd, participants, population);
      }
      for (let index = runStart; index < runEnd; index += 1) {
        const row = sorted[index] as number;
        // A new group at each run, and inside a run wherever the exact coverage changes.
        const tied =
          index > runStart && (key === NO_COVERAGE || sameCoverage(participants, population, sorted[index - 1] as number, row));
        if (!tied) {
          groups += 1;
          groupRank = index + 1;
        }
        ranks[row] = ties === 'ordinal' ? index + 1 : ties === 'dense' ? groups : groupRank;
        order[start + index] = row;
      }
      runStart = runEnd;
    }
  }
  return Object.freeze({ ranks, order, dateOffsets });
}

/**
 * Ranks the regions of each date of a table by coverage, highest first, with an explicit tie
 * policy. Coverages are compared exactly: two rows tie only when their participants /
 * population are the same fraction (3/4 and 75/100 tie; fractions a double cannot tell apart do
 * not), so the ranks equal {@link rank} by {@link coverageRatio} wherever doubles separate
 * the coverages, which they do for every count below 2^26. Rows whose population is 0 have no
 * coverage: they rank after every other row of their date and tie with each other, as in
 * {@link rank}.
 *
 * @param table - a table from {@link tableFromSnapshots}, {@link tableFromColumns} or a
 *   {@link tableRollUp}
 * @param options - {@link TableRankOptions}: `keys` (as for {@link rank}; coverage by default),
 *   `ties`: `'competition'` (default), `'dense'` or `'ordinal'`
 * @returns the rank of every row, the rows in rank order per date, and where each date starts,
 *   frozen (see {@link TableRank})
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `table` is not a table or `options` not an
 *   object; `INVALID_OPTION` for an unknown option or `ties`; for `keys`, the errors of
 *   {@link rank}, a key's bad value named by row (`items[3].activeParticipants`).
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // Two regions at exactly 100% share first place; the next is third.
 * const table = tableFromSnapshots([
 *   { regionCode: '33.10', asOf: '2024-07-01', population: 300, participants: 297 },
 *   { regionCode: '33.11', asOf: '2024-07-01', population: 500, participants: 500 },
 *   { regionCode: '33.12', asOf: '2024-07-01', population: 700, participants: 700 },
 * ]);
 * Array.from(tableRank(table).ranks);
 * // => [3, 1, 1]
 * Array.from(tableRank(table, { ties: 'dense' }).ranks);
 * // => [2, 1, 1]
 * ```
 *
 * @category Bulk tables
 */
export function tableRank(table: SnapshotTable, options?: TableRankOptions): TableRank {
  options = copyInput(options, ['options']);
  const data = readTable(table, ['table']);
  return rankTable(table, data, readRankOptions(options, ['options']));
}

/**
 * Validated {@link TableRankOptions}.
 *
 * @internal
 */
export interface RankSettings {
  readonly ties: TiePolicy;
  readonly keys: readonly ReadKey<RegionCounts>[] | undefined;
}

/**
 * {@link tableRank} of a validated table and options: by coverage, or by the given keys.
 *
 * @internal Shared with the pipeline.
 */
export function rankTable(table: SnapshotTable, data: TableData, settings: RankSettings): TableRank {
  return settings.keys === undefined ? rankOf(data, settings.ties) : rankByKeys(table, data, settings.keys, settings.ties);
}

/**
 * Ranks by caller keys, per date: {@link rankBy} over every row with the date as the first key,
 * so each date's rows are contiguous in date order, then each rank is taken relative to its
 * date's first rank (a constant shift, whichever the tie policy).
 */
function rankByKeys(table: SnapshotTable, data: TableData, keys: readonly ReadKey<RegionCounts>[], ties: TiePolicy): TableRank {
  const { rowCount, dateIndex } = data;
  const rows = Array.from({ length: rowCount }, (_, row) => tableRow(table, row));
  const dateOfRow = new Map<RegionCounts, number>(rows.map((row, index) => [row, dateIndex[index] as number]));
  const byDate: ReadKey<RegionCounts> = { value: (row) => dateOfRow.get(row), descending: false, label: 'asOf', precision: undefined };
  const { entries } = rankBy(rows, [byDate, ...keys], ties);
  const dateCount = data.dates.length;
  const dateOffsets = new Int32Array(dateCount + 1);
  for (let date = 0; date < dateCount; date += 1) dateOffsets[date + 1] = (dateOffsets[date] as number) + (data.dateRowCounts[date] as number);
  const order = new Int32Array(rowCount);
  const ranks = new Int32Array(rowCount);
  let date = -1;
  let shift = 0;
  entries.forEach((entry, position) => {
    const rowDate = dateIndex[entry.index] as number;
    if (rowDate !== date) {
      date = rowDate;
      shift = entry.rank - 1;
    }
    order[position] = entry.index;
    ranks[entry.index] = entry.rank - shift;
  });
  return Object.freeze({ ranks, order, dateOffsets });
}

const TIE_POLICIES: readonly TiePolicy[] = ['competition', 'dense', 'ordinal'];

/**
 * The settings of {@link TableRankOptions}, `competition` ties by coverage by default; errors under `path`.
 *
 * @internal Shared with the pipeline.
 */
export function readRankOptions(value: unknown, path: IssuePath): RankSettings {
  assertOptions(value, ['keys', 'ties'], path);
  // Only a missing tie policy means the default: null is a bad value, as in rank.
  const given = value?.['ties'];
  const ties = given === undefined ? 'competition' : given;
  assertOneOf(ties, TIE_POLICIES, [...path, 'ties']);
  const keys = value?.['keys'];
  return { ties, keys: keys === undefined ? undefined : readRankKeys<RegionCounts>(keys, [...path, 'keys']) };
}
