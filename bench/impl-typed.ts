// A hand-written typed-array implementation: dictionary-encoded codes and dates, Float64Array
// counts, counting sorts and a radix sort, no validation and no frozen results. The practical
// limit the library is measured against; it trusts its input, which the library may not.
import type {
  CanonicalCoverage,
  CanonicalGrowth,
  CanonicalIngest,
  CanonicalRank,
  CanonicalRollUp,
  CanonicalThreshold,
} from './canonical.js';
import type { Implementation } from './implementation.js';
import type { InputRow, Workload } from './workload.js';

export interface TypedTable {
  readonly rowCount: number;
  readonly codes: readonly string[];
  /** Per code: its digits as one number (see `codeKey`), in the sorted order of `codes`, as the library's table keeps them. */
  readonly codeKeys: Float64Array;
  readonly dates: readonly string[];
  readonly code: Int32Array;
  readonly date: Int32Array;
  /** Per date: how many rows it has (counted by the ingest, as the library's table summary). */
  readonly dateRows: Int32Array;
  readonly population: Float64Array;
  readonly participants: Float64Array;
  readonly active: Float64Array;
}

interface TypedRollUp {
  readonly codes: readonly string[];
  readonly dates: readonly string[];
  readonly code: Int32Array;
  readonly date: Int32Array;
  readonly population: Float64Array;
  readonly participants: Float64Array;
  readonly active: Float64Array;
  readonly coverage: Float64Array;
}

interface TypedGrowth {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly participantsChange: Float64Array;
  readonly coverageChangePp: Float64Array;
}

interface TypedThreshold {
  readonly dates: readonly string[];
  readonly met: Int32Array;
}

/** 10^k for the digits a dotted code lacks: `18.72` (4 digits) is 1872 x 10^6, as the library's code key. */
const PAD = [1e10, 1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1];

/**
 * A code's digits as one number below 10^10, absent parts 0 (`18.72` is 1872000000): the
 * library's dotted code key, without its checks (this reference trusts its input).
 */
function codeKey(code: string): number {
  if (code.length === 13) {
    // The common village code, digit by digit without a loop.
    return (
      (code.charCodeAt(0) * 10 + code.charCodeAt(1) - 528) * 100_000_000 +
      (code.charCodeAt(3) * 10 + code.charCodeAt(4) - 528) * 1_000_000 +
      (code.charCodeAt(6) * 10 + code.charCodeAt(7) - 528) * 10_000 +
      code.charCodeAt(9) * 1000 +
      code.charCodeAt(10) * 100 +
      code.charCodeAt(11) * 10 +
      code.charCodeAt(12) -
      53_328
    );
  }
  let key = 0;
  let digits = 0;
  for (let index = 0; index < code.length; index += 1) {
    const char = code.charCodeAt(index);
    if (char !== 46) {
      key = key * 10 + char - 48;
      digits += 1;
    }
  }
  return key * (PAD[digits] as number);
}

/** `YYYY-MM-DD` as the number YYYYMMDD. */
export function dateKey(date: string): number {
  return (
    (date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53_328) * 10_000 +
    (date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528) * 100 +
    date.charCodeAt(8) * 10 +
    date.charCodeAt(9) -
    528
  );
}

/**
 * Ids of positive integer keys (codes and dates as numbers): open addressing in one Float64Array,
 * key and id side by side, as the library's KeyIndex; key 0 marks a free slot.
 */
export class NumberIds {
  private slots = new Float64Array(2048);
  private shift = 22;
  private mask = 1023;
  private size = 0;

  /** The id of `key`, or -1. */
  get(key: number): number {
    const slots = this.slots;
    let slot = Math.imul((key >>> 0) ^ ((key / 4_294_967_296) | 0), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const held = slots[2 * slot] as number;
      if (held === key) return slots[2 * slot + 1] as number;
      if (held === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Gives `key` (which has none) the id `id`. */
  add(key: number, id: number): void {
    this.size += 1;
    if (2 * this.size > this.mask + 1) {
      const old = this.slots;
      this.mask = 2 * this.mask + 1;
      this.shift -= 1;
      this.slots = new Float64Array(2 * (this.mask + 1));
      for (let pair = 0; pair < old.length; pair += 2) if (old[pair] !== 0) this.place(old[pair] as number, old[pair + 1] as number);
    }
    this.place(key, id);
  }

  private place(key: number, id: number): void {
    const slots = this.slots;
    let slot = Math.imul((key >>> 0) ^ ((key / 4_294_967_296) | 0), 0x9e3779b1) >>> this.shift;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = id;
  }
}

/** A growable Float64Array of per-id keys, one entry to spare (the next-code prediction reads it). */
export function grown(keys: Float64Array, needed: number): Float64Array {
  if (needed < keys.length) return keys;
  const larger = new Float64Array(2 * keys.length);
  larger.set(keys);
  return larger;
}

/** Per-id counts with room for id `id` (doubled when full). */
export function grownCounts(counts: Int32Array, id: number): Int32Array {
  if (id < counts.length) return counts;
  const larger = new Int32Array(2 * id);
  larger.set(counts);
  return larger;
}

/** Ids above this many cannot be packed beside a numeric key in one double. */
const PACKED_ID_LIMIT = 524_288;

/**
 * Sorts a dictionary by its numeric keys (which order codes and dates as their text does) and
 * rewrites the ids pointing into it and the per-id `counts`. The library's tricks: nothing to do
 * when the keys already ascend; otherwise each key packed with its id into one double, sorted by
 * a Float64Array's sort without a comparator.
 */
function sortDictionary(values: string[], keys: Float64Array, ids: Int32Array, counts: Int32Array | undefined): string[] {
  const count = values.length;
  let sorted = true;
  for (let id = 1; id < count && sorted; id += 1) sorted = (keys[id - 1] as number) < (keys[id] as number);
  if (sorted) return values;
  const remap = new Int32Array(count);
  if (count <= PACKED_ID_LIMIT) {
    const packed = new Float64Array(count);
    for (let id = 0; id < count; id += 1) packed[id] = (keys[id] as number) * PACKED_ID_LIMIT + id;
    packed.sort();
    for (let position = 0; position < count; position += 1) remap[(packed[position] as number) % PACKED_ID_LIMIT] = position;
  } else {
    const order = Array.from(values.keys()).sort((a, b) => (keys[a] as number) - (keys[b] as number));
    for (let position = 0; position < count; position += 1) remap[order[position] as number] = position;
  }
  // The keys too, in the sorted order (the library's table keeps its codes' keys).
  const oldKeys = keys.slice(0, count);
  for (let id = 0; id < count; id += 1) keys[remap[id] as number] = oldKeys[id] as number;
  const result = new Array<string>(count);
  for (let id = 0; id < count; id += 1) result[remap[id] as number] = values[id] as string;
  for (let row = 0; row < ids.length; row += 1) ids[row] = remap[ids[row] as number] as number;
  if (counts !== undefined) {
    const old = counts.slice(0, count);
    for (let id = 0; id < count; id += 1) counts[remap[id] as number] = old[id] as number;
  }
  return result;
}

function ingest(rows: readonly InputRow[]): TypedTable {
  const rowCount = rows.length;
  const code = new Int32Array(rowCount);
  const date = new Int32Array(rowCount);
  const population = new Float64Array(rowCount);
  const participants = new Float64Array(rowCount);
  const active = new Float64Array(rowCount);
  const codes: string[] = [];
  const dates: string[] = [];
  const codeIds = new NumberIds();
  const dateIds = new NumberIds();
  let codeKeys: Float64Array = new Float64Array(1024);
  let dateKeys: Float64Array = new Float64Array(16);
  let dateRows: Int32Array = new Int32Array(16);
  // The library's tricks: codes found by their digits, no string hashed or compared; sorted
  // exports bring the code after the previous row's or that code again, so while that holds
  // two key comparisons skip the hash table. Rows come grouped by date, or the date is one of few.
  let last = 0;
  let predicting = true;
  let lastDate = '';
  let lastDateId = -1;
  for (let row = 0; row < rowCount; row += 1) {
    const input = rows[row] as InputRow;
    const raw = input.regionCode;
    const asOf = input.asOf;
    const key = codeKey(raw);
    let id: number;
    if (predicting && codeKeys[last + 1] === key) id = last + 1;
    else if (predicting && codeKeys[last] === key) id = last;
    else {
      id = codeIds.get(key);
      if (id < 0) {
        // Each distinct code handled once.
        id = codes.length;
        codes.push(raw);
        codeKeys = grown(codeKeys, id + 1);
        codeKeys[id] = key;
        codeIds.add(key, id);
      }
      predicting = id === last + 1 || id === last;
    }
    last = id;
    code[row] = id;
    if (asOf !== lastDate) {
      const day = dateKey(asOf);
      lastDateId = dateIds.get(day);
      if (lastDateId < 0) {
        lastDateId = dates.length;
        dates.push(asOf);
        dateKeys = grown(dateKeys, lastDateId + 1);
        dateKeys[lastDateId] = day;
        dateRows = grownCounts(dateRows, lastDateId);
        dateIds.add(day, lastDateId);
      }
      lastDate = asOf;
    }
    date[row] = lastDateId;
    dateRows[lastDateId] = (dateRows[lastDateId] as number) + 1;
    population[row] = input.population;
    participants[row] = input.participants;
    active[row] = input.activeParticipants;
  }
  return finishTable({ codes, codeKeys, dates, dateKeys, code, date, dateRows, population, participants, active });
}

/** What an ingest loop leaves: dictionaries in first-seen order, their keys, and the columns. */
export interface IngestedColumns extends Pick<TypedTable, 'codeKeys' | 'code' | 'date' | 'dateRows' | 'population' | 'participants' | 'active'> {
  readonly codes: string[];
  readonly dates: string[];
  readonly dateKeys: Float64Array;
}

/** The table of an ingest loop's columns, its dictionaries sorted. */
export function finishTable(columns: IngestedColumns): TypedTable {
  const { codes, codeKeys, dates, dateKeys, code, date, dateRows } = columns;
  const sortedDates = sortDictionary(dates, dateKeys, date, dateRows);
  return {
    rowCount: code.length,
    codes: sortDictionary(codes, codeKeys, code, undefined),
    codeKeys: codeKeys.subarray(0, codes.length),
    dates: sortedDates,
    code,
    date,
    dateRows: dateRows.slice(0, dates.length),
    population: columns.population,
    participants: columns.participants,
    active: columns.active,
  };
}

function coverage(table: TypedTable): Float64Array {
  const { rowCount, population, participants } = table;
  const ratio = new Float64Array(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const people = population[row] as number;
    ratio[row] = people === 0 ? Number.NaN : (participants[row] as number) / people;
  }
  return ratio;
}

function rollup(table: TypedTable, workload: Workload): TypedRollUp {
  const { rowCount, code, date, population, participants, active } = table;
  const dateCount = table.dates.length;
  const parentOfCode = new Int32Array(table.codes.length);
  const parentNames: string[] = [];
  // The library's trick: parents from the codes' keys the table keeps (no code string read; sorted
  // codes of one level bring their parents in order), a parent's name cut from its first child.
  const length = workload.parentCodeLength;
  const divisor = length === 2 ? 100_000_000 : 1_000_000;
  const { codeKeys } = table;
  let previous = -1;
  let id = -1;
  for (let index = 0; index < codeKeys.length; index += 1) {
    const parentKey = Math.floor((codeKeys[index] as number) / divisor);
    if (parentKey !== previous) {
      previous = parentKey;
      id = parentNames.length;
      parentNames.push((table.codes[index] as string).slice(0, length));
    }
    parentOfCode[index] = id;
  }
  // Codes are sorted, so their prefixes come sorted too. The library's trick: a cell's four sums
  // side by side (population, participants, active, children), one cache line a shuffled row.
  const cells = parentNames.length * dateCount;
  const sums = new Float64Array(4 * cells);
  for (let row = 0; row < rowCount; row += 1) {
    const at = 4 * ((parentOfCode[code[row] as number] as number) * dateCount + (date[row] as number));
    sums[at] = (sums[at] as number) + (population[row] as number);
    sums[at + 1] = (sums[at + 1] as number) + (participants[row] as number);
    sums[at + 2] = (sums[at + 2] as number) + (active[row] as number);
    sums[at + 3] = (sums[at + 3] as number) + 1;
  }
  let present = 0;
  for (let cell = 0; cell < cells; cell += 1) if ((sums[4 * cell + 3] as number) > 0) present += 1;
  const outCode = new Int32Array(present);
  const outDate = new Int32Array(present);
  const outPopulation = new Float64Array(present);
  const outParticipants = new Float64Array(present);
  const outActive = new Float64Array(present);
  const outCoverage = new Float64Array(present);
  let out = 0;
  for (let cell = 0; cell < cells; cell += 1) {
    if (sums[4 * cell + 3] === 0) continue;
    const people = sums[4 * cell] as number;
    const members = sums[4 * cell + 1] as number;
    outCode[out] = Math.floor(cell / dateCount);
    outDate[out] = cell % dateCount;
    outPopulation[out] = people;
    outParticipants[out] = members;
    outActive[out] = sums[4 * cell + 2] as number;
    outCoverage[out] = people === 0 ? Number.NaN : members / people;
    out += 1;
  }
  return {
    codes: parentNames,
    dates: table.dates,
    code: outCode,
    date: outDate,
    population: outPopulation,
    participants: outParticipants,
    active: outActive,
    coverage: outCoverage,
  };
}

/** Stable counting sort of `rows` (all rows when undefined) by `keys`; returns each key's start. */
function countingSort(keys: Int32Array, keyCount: number, rows: Int32Array | undefined, out: Int32Array): Int32Array {
  const length = out.length;
  const starts = new Int32Array(keyCount + 1);
  for (let index = 0; index < length; index += 1) {
    const key = keys[rows === undefined ? index : (rows[index] as number)] as number;
    starts[key + 1] = (starts[key + 1] as number) + 1;
  }
  for (let key = 0; key < keyCount; key += 1) starts[key + 1] = (starts[key + 1] as number) + (starts[key] as number);
  const next = starts.slice(0, keyCount);
  for (let index = 0; index < length; index += 1) {
    const row = rows === undefined ? index : (rows[index] as number);
    const key = keys[row] as number;
    out[next[key] as number] = row;
    next[key] = (next[key] as number) + 1;
  }
  return starts;
}

/** One growth step from row `a` to row `b` of the same region, `b` the next date. */
function recordStep(result: TypedGrowth, step: number, a: number, b: number, populationA: number, participantsA: number, populationB: number, participantsB: number): void {
  result.from[step] = a;
  result.to[step] = b;
  result.participantsChange[step] = participantsB - participantsA;
  result.coverageChangePp[step] =
    populationA === 0 || populationB === 0 ? Number.NaN : (participantsB * 100) / populationB - (participantsA * 100) / populationA;
}

/**
 * The library's trick for tables with most (region, date) cells present: each row and its counts
 * written to its cell of a region-by-date grid, reading the columns in row order, then the grid
 * walked in order; sparse tables sort the rows by region then date (two counting sorts).
 */
function growth(table: TypedTable): TypedGrowth {
  const { rowCount, code, date, population, participants } = table;
  const dateCount = table.dates.length;
  const steps = rowCount - table.codes.length;
  const result: TypedGrowth = {
    from: new Int32Array(steps),
    to: new Int32Array(steps),
    participantsChange: new Float64Array(steps),
    coverageChangePp: new Float64Array(steps),
  };
  const cells = table.codes.length * dateCount;
  let step = 0;
  if (cells <= 2 * rowCount) {
    const gridRows = new Int32Array(cells).fill(-1);
    const gridPopulation = new Float64Array(cells);
    const gridParticipants = new Float64Array(cells);
    for (let row = 0; row < rowCount; row += 1) {
      const cell = (code[row] as number) * dateCount + (date[row] as number);
      gridRows[cell] = row;
      gridPopulation[cell] = population[row] as number;
      gridParticipants[cell] = participants[row] as number;
    }
    for (let regionStart = 0; regionStart < cells; regionStart += dateCount) {
      let previous = -1;
      for (let cell = regionStart; cell < regionStart + dateCount; cell += 1) {
        const row = gridRows[cell] as number;
        if (row < 0) continue;
        if (previous >= 0) {
          recordStep(result, step, gridRows[previous] as number, row, gridPopulation[previous] as number, gridParticipants[previous] as number, gridPopulation[cell] as number, gridParticipants[cell] as number);
          step += 1;
        }
        previous = cell;
      }
    }
    return result;
  }
  const byDate = new Int32Array(rowCount);
  countingSort(date, dateCount, undefined, byDate);
  const order = new Int32Array(rowCount);
  countingSort(code, table.codes.length, byDate, order);
  for (let index = 1; index < rowCount; index += 1) {
    const a = order[index - 1] as number;
    const b = order[index] as number;
    if (code[a] !== code[b]) continue;
    recordStep(result, step, a, b, population[a] as number, participants[a] as number, population[b] as number, participants[b] as number);
    step += 1;
  }
  return result;
}

const NO_COVERAGE = 0xffffffff;
const MAX_KEY = 0xfffffffe;

/**
 * LSD radix sort of `rows[0 .. length - 1]` by `keys` (ascending, stable), `bits` per digit: the
 * histograms of every digit from one read of the keys, and a digit that every row shares
 * skipped. `rowsB` and `keysB` are scratch; returns whether the sorted rows ended there.
 */
function radixSort(rows: Int32Array, keys: Uint32Array, rowsB: Int32Array, keysB: Uint32Array, length: number, counts: Int32Array, bits: number): boolean {
  const radix = 1 << bits;
  const mask = radix - 1;
  const passes = Math.ceil(32 / bits);
  counts.fill(0, 0, passes * radix);
  for (let index = 0; index < length; index += 1) {
    const key = keys[index] as number;
    for (let pass = 0, shift = 0; pass < passes; pass += 1, shift += bits) {
      const slot = pass * radix + ((key >>> shift) & mask);
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  let fromRows = rows;
  let fromKeys = keys;
  let toRows = rowsB;
  let toKeys = keysB;
  for (let pass = 0, shift = 0; pass < passes; pass += 1, shift += bits) {
    const base = pass * radix;
    if (counts[base + (((fromKeys[0] as number) >>> shift) & mask)] === length) continue;
    let position = 0;
    for (let digit = base; digit < base + radix; digit += 1) {
      const count = counts[digit] as number;
      counts[digit] = position;
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
 * The library's rank, trusting its input: rows counted into their dates with each row's 32-bit
 * key (descending coverage) computed on the way, reading the columns in row order; each date
 * radix-sorted in place (11-bit digits for large dates); only runs of equal keys compare the
 * coverages themselves, read once per row of the run (as doubles: the library compares exactly).
 */
function rank(table: TypedTable): Int32Array {
  const { rowCount, date, dateRows, population, participants } = table;
  const dateCount = table.dates.length;
  const starts = new Int32Array(dateCount + 1);
  let largest = 0;
  for (let day = 0; day < dateCount; day += 1) {
    const count = dateRows[day] as number;
    starts[day + 1] = (starts[day] as number) + count;
    if (count > largest) largest = count;
  }
  const next = starts.slice(0, dateCount);
  const order = new Int32Array(rowCount);
  const keys = new Uint32Array(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const day = date[row] as number;
    const position = next[day] as number;
    order[position] = row;
    const people = population[row] as number;
    if (people === 0) keys[position] = NO_COVERAGE;
    else {
      const scaled = ((participants[row] as number) / people) * 2_147_483_648;
      keys[position] = MAX_KEY - (scaled >= MAX_KEY ? MAX_KEY : Math.floor(scaled));
    }
    next[day] = position + 1;
  }
  const rowsB = new Int32Array(largest);
  const keysB = new Uint32Array(largest);
  const counts = new Int32Array(4 * 256 > 3 * 2048 ? 4 * 256 : 3 * 2048);
  const values = new Float64Array(largest);
  const ranks = new Int32Array(rowCount);
  for (let day = 0; day < dateCount; day += 1) {
    const start = starts[day] as number;
    const length = (starts[day + 1] as number) - start;
    const dayRows = order.subarray(start, start + length);
    const dayKeys = keys.subarray(start, start + length);
    const inB = radixSort(dayRows, dayKeys, rowsB, keysB, length, counts, length >= 16_384 ? 11 : 8);
    const sorted = inB ? rowsB : dayRows;
    const sortedKeys = inB ? keysB : dayKeys;
    let runStart = 0;
    while (runStart < length) {
      const key = sortedKeys[runStart] as number;
      let runEnd = runStart + 1;
      while (runEnd < length && sortedKeys[runEnd] === key) runEnd += 1;
      if (runEnd - runStart === 1 || key === NO_COVERAGE) {
        for (let index = runStart; index < runEnd; index += 1) ranks[sorted[index] as number] = runStart + 1;
      } else {
        // Near-equal coverages: each read once, insertion-sorted descending (stable), equal ones tied.
        for (let index = runStart; index < runEnd; index += 1) {
          const row = sorted[index] as number;
          const value = (participants[row] as number) / (population[row] as number);
          let at = index;
          while (at > runStart && (values[at - 1] as number) < value) {
            values[at] = values[at - 1] as number;
            sorted[at] = sorted[at - 1] as number;
            at -= 1;
          }
          values[at] = value;
          sorted[at] = row;
        }
        let groupRank = runStart + 1;
        for (let index = runStart; index < runEnd; index += 1) {
          if (index > runStart && values[index] !== values[index - 1]) groupRank = index + 1;
          ranks[sorted[index] as number] = groupRank;
        }
      }
      runStart = runEnd;
    }
  }
  return ranks;
}

/** Rows at or above 95% per date. */
function countMet(rowCount: number, date: Int32Array, population: Float64Array, participants: Float64Array, met: Int32Array): void {
  for (let row = 0; row < rowCount; row += 1) {
    const people = population[row] as number;
    if (people > 0 && (participants[row] as number) * 100 >= 95 * people) met[date[row] as number] = (met[date[row] as number] as number) + 1;
  }
}

function threshold(table: TypedTable): TypedThreshold {
  // The loop alone in its function, as the library's: V8 compiles a long loop while it runs
  // (on-stack replacement), and that code, reaching an operation after the loop never run before,
  // went back to the interpreter at the end of every call.
  const met = new Int32Array(table.dates.length);
  countMet(table.rowCount, table.date, table.population, table.participants, met);
  return { dates: table.dates, met };
}

function nullable(values: Float64Array): (number | null)[] {
  return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
}

function canonicalIngest(table: TypedTable): CanonicalIngest {
  return {
    regionCodes: Array.from(table.code, (id) => table.codes[id] as string),
    dates: Array.from(table.date, (id) => table.dates[id] as string),
    population: Array.from(table.population),
    participants: Array.from(table.participants),
  };
}

function canonicalRollUp(result: TypedRollUp): CanonicalRollUp {
  return {
    regionCodes: Array.from(result.code, (id) => result.codes[id] as string),
    dates: Array.from(result.date, (id) => result.dates[id] as string),
    population: Array.from(result.population),
    participants: Array.from(result.participants),
    activeParticipants: Array.from(result.active),
    coverage: nullable(result.coverage),
  };
}

function canonicalGrowth(result: TypedGrowth, table: TypedTable): CanonicalGrowth {
  return {
    regionCodes: Array.from(result.from, (row) => table.codes[table.code[row] as number] as string),
    fromDates: Array.from(result.from, (row) => table.dates[table.date[row] as number] as string),
    toDates: Array.from(result.to, (row) => table.dates[table.date[row] as number] as string),
    participantsChange: Array.from(result.participantsChange),
    coverageChangePp: nullable(result.coverageChangePp),
  };
}

function canonicalThreshold(result: TypedThreshold): CanonicalThreshold {
  return { dates: [...result.dates], met: Array.from(result.met) };
}

interface TypedPipeline {
  readonly table: TypedTable;
  readonly coverage: Float64Array;
  readonly rollup: TypedRollUp;
  readonly growth: TypedGrowth;
  readonly rank: Int32Array;
  readonly threshold: TypedThreshold;
}

/**
 * The typed implementation around an ingest: every operation after it is the same loop, so that
 * a reference ingest that validates (impl-typed-checked.ts) is timed with the same operations.
 */
export function typedImplementation(name: 'typed' | 'typed-checked', ingestRows: (rows: readonly InputRow[]) => TypedTable): Implementation<TypedTable> {
  return {
    name,
    ...(name === 'typed-checked' ? { timed: ['ingest', 'pipeline'] as const } : {}),
    ingest: ingestRows,
    coverage,
    rollup,
    growth,
    rank,
    threshold,
    pipeline: (rows, workload): TypedPipeline => {
      const table = ingestRows(rows);
      return {
        table,
        coverage: coverage(table),
        rollup: rollup(table, workload),
        growth: growth(table),
        rank: rank(table),
        threshold: threshold(table),
      };
    },
    canonical: {
      ingest: (result) => canonicalIngest(result as TypedTable),
      coverage: (result): CanonicalCoverage => nullable(result as Float64Array),
      rollup: (result) => canonicalRollUp(result as TypedRollUp),
      growth: (result, table) => canonicalGrowth(result as TypedGrowth, table),
      rank: (result): CanonicalRank => Array.from(result as Int32Array),
      threshold: (result) => canonicalThreshold(result as TypedThreshold),
      pipeline: (result) => {
        const all = result as TypedPipeline;
        return {
          coverage: nullable(all.coverage),
          rollup: canonicalRollUp(all.rollup),
          growth: canonicalGrowth(all.growth, all.table),
          rank: Array.from(all.rank),
          threshold: canonicalThreshold(all.threshold),
        };
      },
    },
  };
}

export const typed: Implementation<TypedTable> = typedImplementation('typed', ingest);
