import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { refuse } from '../internal/assert.js';
import { dayNumberOf } from '../internal/calendar.js';
import { isRegionCode, normalizeRegionCode } from '../models/region-code.js';
import { dottedCodeKey } from './code-key.js';
import { isoDateKey } from './date-key.js';
import { KeyIndex } from './key-index.js';
import { isNormalizedRegionCode } from './normalized-code.js';
import { ABSENT, type TableData } from './snapshot-table.js';

/**
 * Above this many (code, date) cells per row, duplicates are found with a Set instead of a
 * bitmap: the bitmap then stays within 8 bytes a row.
 */
const BITMAP_CELLS_PER_ROW = 64;
/** Cells a bitmap may have beyond {@link BITMAP_CELLS_PER_ROW} a row: 64 KiB, for small tables of many dates. */
const BITMAP_SPARE_CELLS = 524_288;

/**
 * Builds the columns of a table row by row: dictionary-encodes region codes and dates (each
 * distinct string is validated and normalised once, on first sight), holds the counts, and at
 * the end sorts the dictionaries and rejects a region repeated on one date.
 *
 * The caller checks the counts itself and, for a row it rejects, asks
 * {@link TableEncoder.assertNoDuplicateBefore} first, so that errors come in row order as the
 * per-snapshot functions report them.
 *
 * @internal Used by {@link tableFromSnapshots} and {@link tableFromColumns}.
 */
export class TableEncoder {
  readonly rowCount: number;
  /** Per row: the first-seen id of its normalised code (remapped to sorted order by `finish`). */
  private readonly codeIds: Int32Array;
  /** Per row: the first-seen id of its date (remapped to sorted order by `finish`). */
  private readonly dateIds: Int32Array;
  // Written through setCounts only, which also keeps the greatest counts.
  private readonly population: Float64Array;
  private readonly participants: Float64Array;
  /** Allocated on the first row that reports active participants. */
  private active: Float64Array | undefined = undefined;

  /** Normalised codes in first-seen order; a code's id is its index. */
  private readonly codes: string[] = [];
  /**
   * Per code id: its {@link dottedCodeKey}, or NaN for a code without one (`ID`). A typed array
   * (grown by doubling), so that every encoder's hot loop sees the same kind of array.
   */
  private codeKeys = new Float64Array(1024);
  /** Code id of each code's key: finds a dotted code without comparing strings. */
  private readonly codeIdOfKey = new KeyIndex();
  /** Code id of every other string seen: undotted, padded or lower-case forms, and `ID`. */
  private readonly codeIdOf = new Map<string, number>();
  /** The code id of the previous row (0 before the first: its key is 0, which matches no code). */
  private lastCodeId = 0;
  /** Whether the previous row's code was the one after its predecessor's or the same. */
  private predicting = true;
  /** Date id of each date's {@link isoDateKey}. */
  private readonly dateIdOfKey = new KeyIndex();
  private readonly dates: string[] = [];
  /** Per date id: how many rows have it so far (grown by doubling). */
  private dateRows = new Int32Array(16);
  private maxPopulation = 0;
  private maxParticipants = 0;
  // Rows usually come grouped by date: the previous row's date is the likeliest match.
  private lastDate: string | undefined = undefined;
  private lastDateId = -1;

  constructor(rowCount: number) {
    this.rowCount = rowCount;
    this.codeIds = new Int32Array(rowCount);
    this.dateIds = new Int32Array(rowCount);
    this.population = new Float64Array(rowCount);
    this.participants = new Float64Array(rowCount);
  }

  /** Records row `row`'s region code; `false` when it is not a valid code (the caller throws). */
  code(raw: unknown, row: number): boolean {
    if (typeof raw !== 'string') return false;
    // Sorted tables bring the code after the previous row's or that code again: while that
    // holds, those two are checked first (on shuffled rows the check would only add a cache miss,
    // so it waits for a row that fits). Exports sorted that way often share one string per code
    // between dates: the predicted code is then the very same string, found before any digit is
    // read. Otherwise codes as exports write them (dotted) are found by their digits: no string
    // is hashed, whatever order the rows come in.
    const { codes } = this;
    const last = this.lastCodeId;
    let id: number;
    if (this.predicting && raw === codes[last + 1]) id = last + 1;
    else if (this.predicting && raw === codes[last]) id = last;
    else id = this.idByDigits(raw, last);
    if (id < 0) return false;
    this.lastCodeId = id;
    this.codeIds[row] = id;
    return true;
  }

  /** The id of a code the string comparison did not find, from its digits when it is dotted; -1 when it is not a code. */
  private idByDigits(raw: string, last: number): number {
    const key = dottedCodeKey(raw);
    if (!(key > 0)) return this.lookUpOther(raw);
    const { codeKeys } = this;
    if (this.predicting && codeKeys[last + 1] === key) return last + 1;
    if (this.predicting && codeKeys[last] === key) return last;
    const id = this.codeIdOfKey.get(key);
    const found = id < 0 ? this.addDotted(raw, key) : id;
    this.predicting = found === last + 1 || found === last;
    return found;
  }

  /** The id of a dotted-shaped code seen for the first time, validated once; -1 when it is not a code. */
  private addDotted(raw: string, key: number): number {
    // Dotted-shaped text that is not a normalised code is rejected by the full check below.
    if (!isNormalizedRegionCode(raw)) return this.lookUpOther(raw);
    return this.addCode(raw, key);
  }

  /** Gives a normalised code not seen before the next id. */
  private addCode(code: string, key: number): number {
    const id = this.codes.length;
    this.codes.push(code);
    // One entry to spare, so that the prediction of the next code never reads past the end.
    if (id + 1 === this.codeKeys.length) {
      const grown = new Float64Array(2 * id);
      grown.set(this.codeKeys);
      this.codeKeys = grown;
    }
    this.codeKeys[id] = key > 0 ? key : Number.NaN;
    if (key > 0) this.codeIdOfKey.add(key, id);
    else this.codeIdOf.set(code, id);
    return id;
  }

  /**
   * The id of a code not written dotted (`1872`, ` 18.72 `, `id`), validated and normalised the
   * first time its text is seen; -1 when it is not a code.
   */
  private lookUpOther(raw: string): number {
    const known = this.codeIdOf.get(raw);
    if (known !== undefined) return known;
    if (!isRegionCode(raw)) return -1;
    const code = normalizeRegionCode(raw);
    const key = dottedCodeKey(code);
    let id = key > 0 ? this.codeIdOfKey.get(key) : (this.codeIdOf.get(code) ?? -1);
    if (id < 0) id = this.addCode(code, key);
    this.codeIdOf.set(raw, id);
    return id;
  }

  /** Records row `row`'s date; `false` when it is not a real ISO date (the caller throws). */
  date(raw: unknown, row: number): boolean {
    if (typeof raw !== 'string') return false;
    if (raw !== this.lastDate) {
      // Found by its digits, validated once per distinct date.
      const key = isoDateKey(raw);
      if (!(key > 0)) return false;
      let id = this.dateIdOfKey.get(key);
      if (id < 0) {
        if (dayNumberOf(raw) === undefined) return false;
        id = this.addDate(raw, key);
      }
      this.lastDate = raw;
      this.lastDateId = id;
    }
    const id = this.lastDateId;
    this.dateIds[row] = id;
    this.dateRows[id] = (this.dateRows[id] as number) + 1;
    return true;
  }

  /** Gives a real date not seen before the next id. */
  private addDate(date: string, key: number): number {
    const id = this.dates.length;
    this.dates.push(date);
    this.dateIdOfKey.add(key, id);
    if (id === this.dateRows.length) {
      const grown = new Int32Array(2 * id);
      grown.set(this.dateRows);
      this.dateRows = grown;
    }
    return id;
  }

  /** Records row `row`'s counts, already checked (`-0` as 0: no result ever shows a negative zero). */
  setCounts(row: number, population: number, participants: number, active: number | undefined): void {
    this.population[row] = population + 0;
    this.participants[row] = participants + 0;
    if (population > this.maxPopulation) this.maxPopulation = population;
    if (participants > this.maxParticipants) this.maxParticipants = participants;
    if (active !== undefined) (this.active ?? this.startActive())[row] = active + 0;
  }

  /** The active column, on the first row that reports active participants: absent until then. */
  private startActive(): Float64Array {
    this.active = new Float64Array(this.rowCount).fill(ABSENT);
    return this.active;
  }

  /** Row `row`'s region code, normalised: what the encoder keeps of the code it read. */
  codeOf(row: number): string {
    return this.codes[this.codeIds[row] as number] as string;
  }

  /**
   * Row `row` as the encoder holds it (the form `tableRow` gives, code normalised), frozen: the
   * value of an error about a row already read, which is never read a second time.
   */
  rowOf(row: number): Readonly<Record<string, unknown>> {
    const fields = {
      regionCode: this.codeOf(row),
      asOf: this.dates[this.dateIds[row] as number] as string,
      population: this.population[row] as number,
      participants: this.participants[row] as number,
    };
    const active = this.active?.[row] ?? ABSENT;
    return Object.freeze(Number.isNaN(active) ? fields : { ...fields, activeParticipants: active });
  }

  /**
   * Throws `DUPLICATE_SNAPSHOT` at `pathOf(row)`, with `valueOf(row)` as its value, for the first
   * of rows `0 .. end - 1` that repeats an earlier row's region and date.
   */
  assertNoDuplicateBefore(end: number, pathOf: (row: number) => IssuePath, valueOf: (row: number) => unknown): void {
    const { codeIds, dateIds } = this;
    const dateCount = this.dates.length;
    const cells = this.codes.length * dateCount;
    let repeat = -1;
    if (cells <= BITMAP_CELLS_PER_ROW * end + BITMAP_SPARE_CELLS && cells <= 2 ** 32) {
      // One bit a cell, not a byte: shuffled rows set cells in random order, and 8 times less
      // memory is 8 times fewer fresh pages and cache misses (1 M cells: 128 KiB, not 1 MiB).
      const seen = new Int32Array(Math.ceil(cells / 32));
      for (let row = 0; row < end; row += 1) {
        const cell = (codeIds[row] as number) * dateCount + (dateIds[row] as number);
        const word = cell >>> 5;
        const bit = 1 << (cell & 31);
        const held = seen[word] as number;
        if ((held & bit) !== 0) {
          repeat = row;
          break;
        }
        seen[word] = held | bit;
      }
    } else {
      const seen = new Set<number>();
      for (let row = 0; row < end; row += 1) {
        const cell = (codeIds[row] as number) * dateCount + (dateIds[row] as number);
        if (seen.has(cell)) {
          repeat = row;
          break;
        }
        seen.add(cell);
      }
    }
    if (repeat < 0) return;
    const code = codeIds[repeat];
    const date = dateIds[repeat];
    let first = 0;
    while (codeIds[first] !== code || dateIds[first] !== date) first += 1;
    refuse(
      'DUPLICATE_SNAPSHOT',
      pathOf(repeat),
      valueOf(repeat),
      `repeats region ${this.codes[code as number] as string} on ${this.dates[date as number] as string} (first at index ${first})`,
    );
  }

  /** The finished columns, with codes and dates re-indexed in sorted order. */
  finish(): TableData {
    const keys = this.codeKeys.subarray(0, this.codes.length);
    const codePositions = positionsIfUnsorted(this.codes, keys);
    const datePositions = positionsIfUnsorted(this.dates, undefined);
    // The fields in the order withSummary writes them: every table has one hidden class.
    return {
      rowCount: this.rowCount,
      regionCodes: remapped(this.codes, this.codeIds, codePositions),
      codeKeys: codePositions === undefined ? keys : reordered(keys, codePositions),
      dates: remapped(this.dates, this.dateIds, datePositions),
      codeIndex: this.codeIds,
      dateIndex: this.dateIds,
      population: this.population,
      participants: this.participants,
      active: this.active,
      dateRowCounts: datePositions === undefined ? this.dateRows.slice(0, this.dates.length) : reordered(this.dateRows.subarray(0, this.dates.length), datePositions),
      maxPopulation: this.maxPopulation,
      maxParticipants: this.maxParticipants,
    };
  }
}

/**
 * Per entry of a dictionary of distinct strings: its position in code-point order (as
 * `compareText` orders), or `undefined` when the entries are in that order already.
 */
function positionsIfUnsorted(dictionary: readonly string[], keys: Float64Array | undefined): Int32Array | undefined {
  // Sorted input yields a dictionary already in order: nothing to sort or rewrite. Codes compare
  // by their keys, which order them as their text does, without reading strings scattered over
  // the heap; a NaN key (`ID`) compares false, and the codes are then sorted (as text).
  let sorted = true;
  if (keys === undefined) {
    for (let index = 1; index < dictionary.length && sorted; index += 1) {
      sorted = (dictionary[index - 1] as string) < (dictionary[index] as string);
    }
  } else {
    for (let index = 1; index < keys.length && sorted; index += 1) sorted = (keys[index - 1] as number) < (keys[index] as number);
  }
  return sorted ? undefined : sortedPositions(dictionary, keys);
}

/**
 * The dictionary in sorted order, frozen, with the ids that point into it rewritten in place
 * (`positions` from {@link positionsIfUnsorted}; `undefined`: already sorted).
 */
function remapped(dictionary: readonly string[], ids: Int32Array, positions: Int32Array | undefined): readonly string[] {
  if (positions === undefined) return Object.freeze([...dictionary]);
  const order = new Array<string>(dictionary.length);
  for (let id = 0; id < dictionary.length; id += 1) order[positions[id] as number] = dictionary[id] as string;
  for (let row = 0; row < ids.length; row += 1) ids[row] = positions[ids[row] as number] as number;
  return Object.freeze(order);
}

/** Per-id values (the codes' keys, the rows per date) in their dictionary's sorted order. */
function reordered<T extends Float64Array | Int32Array>(values: T, positions: Int32Array): T {
  const sorted = values.slice() as T;
  for (let id = 0; id < values.length; id += 1) sorted[positions[id] as number] = values[id] as number;
  return sorted;
}

/** Ids above this many cannot be packed beside a code's numeric key in one double. */
const PACKED_ID_LIMIT = 2 ** 19;

/**
 * Per entry of a dictionary of distinct strings: its position in code-point order. A dictionary
 * whose entries all have a {@link dottedCodeKey} (region codes, once normalised, except `ID`)
 * sorts as numbers: each key packed with its id into one double, and a Float64Array sorts those
 * without a comparator. Anything else (dates, `ID`) sorts as text.
 */
function sortedPositions(dictionary: readonly string[], keys: Float64Array | undefined): Int32Array {
  const count = dictionary.length;
  const positions = new Int32Array(count);
  if (count <= PACKED_ID_LIMIT && keys !== undefined && keys.every((key) => key > 0)) {
    const packed = new Float64Array(count);
    for (let id = 0; id < count; id += 1) packed[id] = (keys[id] as number) * PACKED_ID_LIMIT + id;
    packed.sort();
    for (let position = 0; position < count; position += 1) positions[(packed[position] as number) % PACKED_ID_LIMIT] = position;
    return positions;
  }
  const order = Array.from(dictionary.keys()).sort((a, b) => {
    const left = dictionary[a] as string;
    const right = dictionary[b] as string;
    return left < right ? -1 : 1;
  });
  order.forEach((id, position) => {
    positions[id] = position;
  });
  return positions;
}
