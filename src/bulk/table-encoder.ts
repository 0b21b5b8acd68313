import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from '../internal/assert.js';
import { dayNumberOf } from '../internal/calendar.js';
import { isRegionCode, normalizeRegionCode } from '../models/region-code.js';
import { isNormalizedRegionCode } from './normalized-code.js';
import { ABSENT, withSummary, type TableData } from './snapshot-table.js';

/** Above this many (code, date) cells per row, duplicates are found with a Set instead of a bitmap. */
const BITMAP_CELLS_PER_ROW = 8;

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
  readonly codeIds: Int32Array;
  /** Per row: the first-seen id of its date (remapped to sorted order by `finish`). */
  readonly dateIds: Int32Array;
  readonly population: Float64Array;
  readonly participants: Float64Array;
  /** Allocated on the first row that reports active participants. */
  active: Float64Array | undefined = undefined;

  /** Normalised codes in first-seen order; a code's id is its index. */
  private readonly codes: string[] = [];
  /**
   * Code id of every string seen: each normalised code, and each raw form (`1872`) of one.
   * Filled only once a code arrives out of ascending order (see `lookUpCode`): sorted tables
   * never hash their codes.
   */
  private readonly codeIdOf = new Map<string, number>();
  /** Whether `codeIdOf` holds every code: set on the first code out of order, never unset. */
  private hashing = false;
  /** The greatest normalised code seen. */
  private greatestCode = '';
  /** The code id of the previous row. */
  private lastCodeId = -1;
  private readonly dateIdOf = new Map<string, number>();
  private readonly dates: string[] = [];
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
    // Only strings are codes; and an index past either end of `codes` reads undefined, never a string.
    if (typeof raw !== 'string') return false;
    // Tables are usually sorted by region within each date, or by date within each region: the
    // code first seen after the previous row's, that code again, or the first code are likely,
    // and checking them avoids most hash lookups (a cache miss each on large tables).
    const { codes } = this;
    const last = this.lastCodeId;
    const id = raw === codes[last + 1] ? last + 1 : raw === codes[last] ? last : raw === codes[0] ? 0 : this.lookUpCode(raw);
    if (id < 0) return false;
    this.lastCodeId = id;
    this.codeIds[row] = id;
    return true;
  }

  /**
   * The id of a code string the prediction missed: a new id for a string not seen before
   * (validated and normalised once), -1 when it is not a code. Unsorted tables miss the
   * prediction on most rows: for them the hash map answers first, and a code is validated only
   * the first time its text is seen.
   */
  private lookUpCode(raw: string): number {
    const { codes, codeIdOf } = this;
    if (this.hashing) {
      const known = codeIdOf.get(raw);
      if (known !== undefined) return known;
    }
    const normalized = isNormalizedRegionCode(raw);
    // A normalised code above every code seen is new: sorted tables never touch the hash map.
    if (normalized && !this.hashing && raw > this.greatestCode) {
      this.greatestCode = raw;
      codes.push(raw);
      return codes.length - 1;
    }
    if (!this.hashing) {
      this.hashing = true;
      codes.forEach((code, id) => codeIdOf.set(code, id));
      const known = codeIdOf.get(raw);
      if (known !== undefined) return known;
    }
    if (!normalized && !isRegionCode(raw)) return -1;
    const code = normalized ? raw : normalizeRegionCode(raw);
    let id = codeIdOf.get(code);
    if (id === undefined) {
      id = codes.length;
      codes.push(code);
      codeIdOf.set(code, id);
      if (code > this.greatestCode) this.greatestCode = code;
    }
    codeIdOf.set(raw, id);
    return id;
  }

  /** Records row `row`'s date; `false` when it is not a real ISO date (the caller throws). */
  date(raw: unknown, row: number): boolean {
    if (typeof raw !== 'string') return false;
    if (raw !== this.lastDate) {
      let id = this.dateIdOf.get(raw);
      if (id === undefined) {
        if (dayNumberOf(raw) === undefined) return false;
        id = this.dates.length;
        this.dates.push(raw);
        this.dateIdOf.set(raw, id);
      }
      this.lastDate = raw;
      this.lastDateId = id;
    }
    this.dateIds[row] = this.lastDateId;
    return true;
  }

  /** Records row `row`'s active participants, already checked. */
  setActive(row: number, value: number): void {
    const active = this.active ?? (this.active = new Float64Array(this.rowCount).fill(ABSENT));
    active[row] = value;
  }

  /**
   * Throws `DUPLICATE_SNAPSHOT` at `pathOf(row)` for the first of rows `0 .. end - 1` that
   * repeats an earlier row's region and date.
   */
  assertNoDuplicateBefore(end: number, pathOf: (row: number) => IssuePath, valueOf: (row: number) => unknown): void {
    const { codeIds, dateIds } = this;
    const dateCount = this.dates.length;
    const cells = this.codes.length * dateCount;
    let repeat = -1;
    if (cells <= BITMAP_CELLS_PER_ROW * end + 65_536) {
      const seen = new Uint8Array(cells);
      for (let row = 0; row < end; row += 1) {
        const cell = (codeIds[row] as number) * dateCount + (dateIds[row] as number);
        if (seen[cell] === 1) {
          repeat = row;
          break;
        }
        seen[cell] = 1;
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
    fail(
      'DUPLICATE_SNAPSHOT',
      pathOf(repeat),
      valueOf(repeat),
      `repeats region ${this.codes[code as number] as string} on ${this.dates[date as number] as string} (first at index ${first})`,
    );
  }

  /** The finished columns, with codes and dates re-indexed in sorted order. */
  finish(): TableData {
    const regionCodes = remapSorted(this.codes, this.codeIds);
    const dates = remapSorted(this.dates, this.dateIds);
    return withSummary({
      rowCount: this.rowCount,
      regionCodes,
      dates,
      codeIndex: this.codeIds,
      dateIndex: this.dateIds,
      population: this.population,
      participants: this.participants,
      active: this.active,
    });
  }
}

/**
 * Sorts a dictionary (code-point order, as `compareText` does) and rewrites the ids that point
 * into it, in place; returns the sorted dictionary, frozen.
 */
function remapSorted(dictionary: readonly string[], ids: Int32Array): readonly string[] {
  // Sorted input yields a dictionary already in order: nothing to sort or rewrite.
  let sorted = true;
  for (let index = 1; index < dictionary.length && sorted; index += 1) {
    sorted = (dictionary[index - 1] as string) < (dictionary[index] as string);
  }
  if (sorted) return Object.freeze([...dictionary]);
  const newId = sortedPositions(dictionary);
  const order = new Array<string>(dictionary.length);
  for (let id = 0; id < dictionary.length; id += 1) order[newId[id] as number] = dictionary[id] as string;
  for (let row = 0; row < ids.length; row += 1) ids[row] = newId[ids[row] as number] as number;
  return Object.freeze(order);
}

/** Ids above this many cannot be packed beside a code's numeric key in one double. */
const PACKED_ID_LIMIT = 2 ** 19;

/**
 * Per entry of a dictionary of distinct strings: its position in code-point order. Dictionaries
 * of normalised region codes (all of them, once encoded) sort as numbers: each code's digits
 * (`PP.KK.CC.NNNN`, absent parts 0, which no present part is) packed with its id into one double,
 * and a Float64Array sorts those without a comparator. Anything else (dates) sorts as text.
 */
function sortedPositions(dictionary: readonly string[]): Int32Array {
  const count = dictionary.length;
  const positions = new Int32Array(count);
  if (count <= PACKED_ID_LIMIT && dictionary.every(isNormalizedRegionCode)) {
    const packed = new Float64Array(count);
    for (let id = 0; id < count; id += 1) packed[id] = numericKeyOf(dictionary[id] as string) * PACKED_ID_LIMIT + id;
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

/**
 * The digits of a normalised code as one number below 10^10 (`18.72.01.1001` is 1872011001,
 * `18.72` is 1872000000): dots sit at fixed places and no present part is 0, so these numbers
 * order codes as their text does, a code before the codes under it.
 */
function numericKeyOf(code: string): number {
  let key = 0;
  let digits = 0;
  for (let index = 0; index < code.length; index += 1) {
    const char = code.charCodeAt(index);
    if (char === 46) continue;
    key = key * 10 + (char - 48);
    digits += 1;
  }
  return key * 10 ** (10 - digits);
}
