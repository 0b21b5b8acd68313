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
 * Ranks within each date of a table. `ranks[i]` is row `i`'s rank among the rows of its date
 * (1 the highest coverage, or first by `keys`). `order` lists the rows by date, then rank, then row
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
/**
 * While no population passes this, equal keys below {@link MAX_KEY} are equal coverages: two
 * different fractions p/q, p'/q' (coverage below 200%) differ by at least 1/(q q') >= 2^-31 times
 * 1.00004, so their scaled coverages differ by more than 1 even after the division's rounding (at
 * most 2^-21 each), and their floors differ. 46 340^2 < 2^31 / (1 + 2^-20).
 */
const KEYS_EXACT_POPULATION = 46_340;
/** The key of every coverage from about 200% up (see {@link keyOf}): equal keys there may be different coverages. */
const CLAMPED_KEY = 0;
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
 * radix sort of `bits` bits per digit. The counts of every digit come from one read of the keys
 * (they do not depend on the order), and a digit that every row shares is skipped. `rowsB` and
 * `keysB` are scratch space; returns whether the sorted rows ended there rather than in `rows`.
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
  const radix = 1 << bits;
  const mask = radix - 1;
  const passes = Math.ceil(32 / bits);
  counts.fill(0, 0, passes * radix);
  for (let index = 0; index < length; index += 1) {
    const key = keys[index] as number;
    for (let base = 0, shift = 0; shift < 32; base += radix, shift += bits) {
      const slot = base + ((key >>> shift) & mask);
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  let fromRows = rows;
  let fromKeys = keys;
  let toRows = rowsB;
  let toKeys = keysB;
  for (let base = 0, shift = 0; shift < 32; base += radix, shift += bits) {
    // A digit every row shares orders nothing.
    if (counts[base + (((fromKeys[0] as number) >>> shift) & mask)] === length) continue;
    let position = 0;
    for (let slot = base; slot < base + radix; slot += 1) {
      const count = counts[slot] as number;
      counts[slot] = position;
      position += count;
    }
    for (let index = 0; index < length; index += 1) {
      const key = fromKeys[index] as number;
      const slot = base + ((key >>> shift) & mask);
      const target = counts[slot] as number;
      toRows[target] = fromRows[index] as number;
      toKeys[target] = key;
      counts[slot] = target + 1;
    }
    [fromRows, toRows] = [toRows, fromRows];
    [fromKeys, toKeys] = [toKeys, fromKeys];
  }
  return fromRows !== rows;
}

/**
 * The counts of the rows of one run of equal keys, copied side by side once: the rows of a run
 * lie anywhere in the table, and comparing them pair by pair would read each one's counts twice.
 */
interface RunCounts {
  parts: Float64Array;
  wholes: Float64Array;
}

/** Whether entries `a` and `b` of a run have the same coverage, exactly (both populations positive). */
function sameCoverage(run: RunCounts, a: number, b: number): boolean {
  return compareCoverage(run.parts[a] as number, run.wholes[a] as number, run.parts[b] as number, run.wholes[b] as number) === 0;
}

/**
 * Sorts `rows[from .. from + length - 1]` (rows of near-equal coverage, their counts in `run` from
 * entry 0) by exact coverage descending, then row index, moving the counts along.
 */
function sortRunExactly(rows: Int32Array, from: number, length: number, run: RunCounts): void {
  const { parts, wholes } = run;
  if (length > INSERTION_RUN) {
    const entries = Array.from({ length }, (_, entry) => entry);
    entries.sort(
      (a, b) =>
        compareCoverage(parts[b] as number, wholes[b] as number, parts[a] as number, wholes[a] as number) ||
        (rows[from + a] as number) - (rows[from + b] as number),
    );
    const sortedRows = entries.map((entry) => rows[from + entry] as number);
    const sortedParts = entries.map((entry) => parts[entry] as number);
    const sortedWholes = entries.map((entry) => wholes[entry] as number);
    rows.set(sortedRows, from);
    parts.set(sortedParts);
    wholes.set(sortedWholes);
    return;
  }
  for (let index = 1; index < length; index += 1) {
    const row = rows[from + index] as number;
    const part = parts[index] as number;
    const whole = wholes[index] as number;
    let at = index - 1;
    // Rows of a run come in row order: a later row moves up only past a lower coverage.
    while (at >= 0 && compareCoverage(parts[at] as number, wholes[at] as number, part, whole) < 0) {
      rows[from + at + 1] = rows[from + at] as number;
      parts[at + 1] = parts[at] as number;
      wholes[at + 1] = wholes[at] as number;
      at -= 1;
    }
    rows[from + at + 1] = row;
    parts[at + 1] = part;
    wholes[at + 1] = whole;
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

/** The tie policies as numbers, for the loop that writes every rank. */
const COMPETITION = 0;
const DENSE = 1;
const ORDINAL = 2;

/** {@link tableRank} by coverage of validated columns. */
function rankOf(data: TableData, ties: TiePolicy): TableRank {
  const { rowCount, population, participants } = data;
  const dateCount = data.dates.length;
  const policy = ties === 'ordinal' ? ORDINAL : ties === 'dense' ? DENSE : COMPETITION;
  // Rows by date (stable), each with its sort key, computed reading the counts in row order; then
  // each date's rows are sorted where they lie, with scratch space the size of the largest date.
  const order = new Int32Array(rowCount);
  const keysByDate = new Uint32Array(rowCount);
  const dateOffsets = orderByDateWithKeys(data, order, keysByDate);
  const largest = data.dateRowCounts.reduce((most, count) => Math.max(most, count), 0);
  const rowsB = new Int32Array(largest);
  const keysB = new Uint32Array(largest);
  const counts = new Int32Array(3 * 2048);
  const run: RunCounts = { parts: new Float64Array(64), wholes: new Float64Array(64) };
  const ranks = new Int32Array(rowCount);
  // Village tables mostly: ties are then told by their keys, without reading the tied rows' counts at random.
  const keysExact = data.maxPopulation <= KEYS_EXACT_POPULATION;

  for (let date = 0; date < dateCount; date += 1) {
    const start = dateOffsets[date] as number;
    const length = (dateOffsets[date + 1] as number) - start;
    const dateRows = order.subarray(start, start + length);
    const dateKeys = keysByDate.subarray(start, start + length);
    // Large dates take 11-bit digits (3 passes), small ones bytes (fewer counts to clear).
    const inB = radixSort(dateRows, dateKeys, rowsB, keysB, length, counts, length >= 16_384 ? 11 : 8);
    const sorted = inB ? rowsB : dateRows;
    const keys = inB ? keysB : dateKeys;
    let groupRank = 0;
    let groups = 0;
    let runStart = 0;
    while (runStart < length) {
      const key = keys[runStart] as number;
      let runEnd = runStart + 1;
      while (runEnd < length && keys[runEnd] === key) runEnd += 1;
      const runLength = runEnd - runStart;
      if (runLength === 1 || key === NO_COVERAGE || (keysExact && key !== CLAMPED_KEY)) {
        // Distinct keys are distinct coverages; rows without a coverage tie with each other, and so do exact keys.
        groups += 1;
        groupRank = runStart + 1;
        for (let index = runStart; index < runEnd; index += 1) {
          const row = sorted[index] as number;
          ranks[row] = policy === ORDINAL ? index + 1 : policy === DENSE ? groups : groupRank;
          order[start + index] = row;
        }
      } else {
        // Equal keys are near-equal coverages: most often truly equal (ties at 100%), else reorder exactly.
        if (runLength > run.parts.length) {
          run.parts = new Float64Array(2 * runLength);
          run.wholes = new Float64Array(2 * runLength);
        }
        for (let entry = 0; entry < runLength; entry += 1) {
          const row = sorted[runStart + entry] as number;
          run.parts[entry] = participants[row] as number;
          run.wholes[entry] = population[row] as number;
        }
        let allEqual = true;
        for (let entry = 1; entry < runLength && allEqual; entry += 1) allEqual = sameCoverage(run, 0, entry);
        if (!allEqual) sortRunExactly(sorted, runStart, runLength, run);
        for (let entry = 0; entry < runLength; entry += 1) {
          const index = runStart + entry;
          const row = sorted[index] as number;
          // A new group at each run, and inside a run wherever the exact coverage changes.
          if (entry === 0 || (!allEqual && !sameCoverage(run, entry - 1, entry))) {
            groups += 1;
            groupRank = index + 1;
          }
          ranks[row] = policy === ORDINAL ? index + 1 : policy === DENSE ? groups : groupRank;
          order[start + index] = row;
        }
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
