import { isUhcMetricsError } from '../errors/uhc-metrics-error.js';
import { parseFigure } from '../figures/parse-figure.js';
import { dayNumberOf } from '../internal/calendar.js';
import { normalizeRegionCode } from '../models/region-code.js';
import type { ColumnIndex, Field } from './columns.js';
import { tableDay, type SnapshotCounts } from './snapshot-batches.js';

/** A cell as a CSV reader (text) or a JSON file (any value) gives it. */
export type Cell = unknown;

/** How a date column is written. */
export type DateFormat = 'yyyy-mm-dd' | 'dd/mm/yyyy';

/**
 * The good rows of a table, column by column, ready for `tableFromColumns`: counts in typed
 * arrays (outside the JavaScript heap), codes, dates and names as shared strings.
 */
export interface CollectedRows {
  readonly count: number;
  readonly regionCode: readonly string[];
  readonly asOf: readonly string[];
  readonly population: Float64Array;
  readonly participants: Float64Array;
  /** Active participants; `NaN` where a row did not report them. */
  readonly activeParticipants: Float64Array;
  /** Whether any row reported active participants. */
  readonly hasActive: boolean;
  /** The name column's text per row, when the table has one. */
  readonly names: readonly string[] | undefined;
  /** Where each row came from, for messages (`line 5`). */
  readonly lines: Int32Array;
}

/** Row `row`'s active participants, `undefined` when not reported. */
export function activeAt(rows: CollectedRows, row: number): number | undefined {
  const value = rows.activeParticipants[row] as number;
  return Number.isNaN(value) ? undefined : value;
}

/** A typed array that grows as rows are added. */
class Column<T extends Float64Array | Int32Array> {
  #data: T;
  length = 0;
  readonly #make: (size: number) => T;
  constructor(make: (size: number) => T) {
    this.#make = make;
    this.#data = make(1024);
  }
  push(value: number): void {
    if (this.length === this.#data.length) {
      const bigger = this.#make(this.#data.length * 2);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.length] = value;
    this.length += 1;
  }
  at(index: number): number {
    return this.#data[index] as number;
  }
  /**
   * The values, keeping those whose index `keep` accepts: a view of the column itself when all
   * are kept (no copy of a million rows), else a fresh array.
   */
  take(keep: ((index: number) => boolean) | undefined): T {
    if (keep === undefined) return this.#data.subarray(0, this.length) as T;
    const out: number[] = [];
    for (let index = 0; index < this.length; index += 1) if (keep(index)) out.push(this.#data[index] as number);
    const result = this.#make(out.length);
    result.set(out);
    return result;
  }
}

/** A checked code or date, and its number among the distinct ones. */
interface Interned {
  readonly value: string;
  readonly id: number;
}

/** What is wrong in one cell or row, with where it is. */
export interface RowIssue {
  /** `line` of a CSV file (a spreadsheet's row number), `row` of a JSON array (from 1). */
  readonly unit: 'line' | 'row';
  readonly line: number;
  /** The column's header, when the issue is about one cell. */
  readonly column: string | undefined;
  readonly message: string;
}

/** A library error's reason without its "input ..." subject and "got ..." value, which the message gives itself. */
function reasonOf(error: unknown): string {
  if (!isUhcMetricsError(error)) throw error;
  const message = error.issues[0]?.message ?? error.message;
  return message.replace(/^(input|text) /, '').replace(/, got [\s\S]*$/, '');
}

/** A value shown in a message: quoted text, at most 60 characters. */
function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/**
 * The common shapes of a count, read without a regular expression or a string copy: `1234567`
 * or `1.234.567` (Indonesian thousands). `undefined` for anything else, which the full figure
 * parser then reads or explains.
 */
function plainCount(text: string): number | undefined {
  const length = text.length;
  // A leading zero ("007") is left to the figure parser, which refuses it.
  if (length === 0 || length > 20 || (length > 1 && text.charCodeAt(0) === 48)) return undefined;
  let value = 0;
  let lead = 0;
  // Digits since the last '.', or -1 before the first one.
  let group = -1;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      if (group === -1) lead += 1;
      else group += 1;
    } else if (code === 46) {
      if (group === -1 ? lead < 1 || lead > 3 : group !== 3) return undefined;
      group = 0;
    } else {
      return undefined;
    }
  }
  if (group !== -1 && group !== 3) return undefined;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A count of people from a cell, or the reason it is not one: what `createSnapshot` accepts as a count. */
export function readCount(value: Cell): number | string {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? value + 0 : 'is not a count of people (a whole number, 0 or more)';
  }
  if (typeof value !== 'string') return 'is not a count of people (a whole number, 0 or more)';
  const fast = plainCount(value);
  if (fast !== undefined) return fast;
  const text = value.trim();
  if (text === '') return 'is empty';
  try {
    const figure = parseFigure(text, { locale: 'id', kind: 'count' });
    if (figure.qualifier !== 'exact') return `is a hedged figure (${figure.qualifier}), not an exact count`;
    if (!Number.isSafeInteger(figure.value)) return 'is not a whole number of people';
    return figure.value;
  } catch (error) {
    return reasonOf(error);
  }
}

const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Collects the rows of a table into columns, checking every cell. A row with any bad cell is left
 * out and each of its problems reported through `onIssue`; nothing is dropped silently.
 */
export class RowCollector {
  readonly #columns: ColumnIndex;
  readonly #header: readonly string[];
  readonly #dateFormat: DateFormat;
  readonly #unit: 'line' | 'row';
  readonly #onIssue: (issue: RowIssue) => void;
  // Region codes and dates repeat: each distinct text is checked once.
  readonly #codes = new Map<string, Interned | { readonly reason: string }>();
  readonly #dates = new Map<string, Interned | { readonly reason: string }>();
  // Distinct normalised codes and dates, numbered: a row's (code, date) pair as one number.
  readonly #codeIds = new Map<string, number>();
  readonly #dateIds = new Map<string, number>();
  readonly #codeValues: string[] = [];
  readonly #dateValues: string[] = [];
  readonly #names = new Map<string, string>();
  // The kept rows.
  readonly #codeOf = new Column((size) => new Int32Array(size));
  readonly #dateOf = new Column((size) => new Int32Array(size));
  readonly #population = new Column((size) => new Float64Array(size));
  readonly #participants = new Column((size) => new Float64Array(size));
  readonly #active = new Column((size) => new Float64Array(size));
  readonly #lines = new Column((size) => new Int32Array(size));
  readonly #rowNames: string[] | undefined;
  #hasActive = false;
  issueCount = 0;
  rowsRead = 0;

  constructor(
    header: readonly string[],
    columns: ColumnIndex,
    dateFormat: DateFormat,
    unit: 'line' | 'row',
    onIssue: (issue: RowIssue) => void,
  ) {
    this.#header = header;
    this.#unit = unit;
    this.#columns = columns;
    this.#dateFormat = dateFormat;
    this.#onIssue = onIssue;
    this.#rowNames = columns.name === undefined ? undefined : [];
  }

  /** Whether the table has a column of active participants. */
  get hasActiveColumn(): boolean {
    return this.#columns.activeParticipants !== undefined;
  }

  /** How rows are numbered in messages. */
  get unit(): 'line' | 'row' {
    return this.#unit;
  }

  #issue(line: number, field: Field | undefined, message: string): void {
    this.issueCount += 1;
    const at = field === undefined ? undefined : this.#columns[field];
    this.#onIssue({ unit: this.#unit, line, column: at === undefined ? undefined : (this.#header[at] ?? field), message });
  }

  /** The interned value of `text` with its id, numbering each distinct value. */
  #intern(value: string, ids: Map<string, number>, values: string[]): Interned {
    let id = ids.get(value);
    if (id === undefined) {
      id = values.length;
      ids.set(value, id);
      values.push(value);
    }
    return { value, id };
  }

  #code(value: Cell): Interned | { readonly reason: string } {
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    if (text === undefined) return { reason: 'is not a region code' };
    let known = this.#codes.get(text);
    if (known === undefined) {
      const trimmed = text.trim();
      try {
        known = this.#intern(normalizeRegionCode(trimmed), this.#codeIds, this.#codeValues);
      } catch (error) {
        known = { reason: trimmed === '' ? 'is empty' : reasonOf(error) };
      }
      this.#codes.set(text, known);
    }
    return known;
  }

  #date(value: Cell): Interned | { readonly reason: string } {
    if (typeof value !== 'string') return { reason: 'is not a date' };
    let known = this.#dates.get(value);
    if (known === undefined) {
      const text = value.trim();
      let iso = text;
      if (this.#dateFormat === 'dd/mm/yyyy') {
        const match = DAY_FIRST.exec(text);
        iso = match ? `${match[3]}-${(match[2] as string).padStart(2, '0')}-${(match[1] as string).padStart(2, '0')}` : '';
      }
      known =
        dayNumberOf(iso) !== undefined
          ? this.#intern(iso, this.#dateIds, this.#dateValues)
          : { reason: text === '' ? 'is empty' : `is not a real calendar date written ${this.#dateFormat.toUpperCase()}` };
      this.#dates.set(value, known);
    }
    return known;
  }

  /** Checks one row; keeps it when every cell is good, else reports each bad cell. */
  add(cells: readonly Cell[], line: number): void {
    this.rowsRead += 1;
    if (cells.length !== this.#header.length) {
      this.#issue(line, undefined, `has ${cells.length} cells, the header has ${this.#header.length}`);
      return;
    }
    const columns = this.#columns;
    const cell = (field: Field): Cell => cells[columns[field] as number];
    const before = this.issueCount;
    const code = this.#code(cell('regionCode'));
    if ('reason' in code) this.#issue(line, 'regionCode', `${showValue(cell('regionCode'))} ${code.reason}`);
    const date = this.#date(cell('asOf'));
    if ('reason' in date) this.#issue(line, 'asOf', `${showValue(cell('asOf'))} ${date.reason}`);
    const population = readCount(cell('population'));
    if (typeof population === 'string') this.#issue(line, 'population', `${showValue(cell('population'))} ${population}`);
    const participants = readCount(cell('participants'));
    if (typeof participants === 'string') this.#issue(line, 'participants', `${showValue(cell('participants'))} ${participants}`);
    let active: number | string | undefined;
    if (columns.activeParticipants !== undefined) {
      const raw = cell('activeParticipants');
      // An empty cell means "not reported", as a blank spreadsheet cell does.
      active = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') ? undefined : readCount(raw);
      if (typeof active === 'string') this.#issue(line, 'activeParticipants', `${showValue(raw)} ${active}`);
      else if (active !== undefined && typeof participants === 'number' && active > participants) {
        this.#issue(line, 'activeParticipants', `${showValue(raw)} is more than the participants (${showValue(cell('participants'))})`);
      }
    }
    if (this.issueCount !== before) return;
    this.#codeOf.push((code as Interned).id);
    this.#dateOf.push((date as Interned).id);
    this.#population.push(population as number);
    this.#participants.push(participants as number);
    if (active !== undefined) this.#hasActive = true;
    this.#active.push(active === undefined ? Number.NaN : (active as number));
    this.#lines.push(line);
    this.#pushName(cell('name'));
  }

  /**
   * Keeps a row that a rows-to-snapshots function already read (names resolved, dates parsed):
   * its code, its date as a day (a month as its last day), its counts, and the name cell.
   */
  addSnapshot(snapshot: SnapshotCounts, line: number, cells: readonly string[]): void {
    const day = tableDay(snapshot.asOf);
    if (day === undefined) {
      this.#issue(line, 'asOf', `${showValue(snapshot.asOf)} is not a date the table can hold`);
      return;
    }
    this.#codeOf.push(this.#intern(snapshot.regionCode, this.#codeIds, this.#codeValues).id);
    this.#dateOf.push(this.#intern(day, this.#dateIds, this.#dateValues).id);
    this.#population.push(snapshot.population);
    this.#participants.push(snapshot.participants);
    const active = snapshot.activeParticipants;
    if (active !== undefined) this.#hasActive = true;
    this.#active.push(active ?? Number.NaN);
    this.#lines.push(line);
    this.#pushName(this.#columns.name === undefined ? undefined : cells[this.#columns.name]);
  }

  /** Keeps the name cell of a row, one copy of each distinct name. */
  #pushName(raw: Cell): void {
    if (this.#rowNames === undefined) return;
    const name = typeof raw === 'string' ? raw.trim() : raw === undefined || raw === null ? '' : String(raw);
    let shared = this.#names.get(name);
    if (shared === undefined) this.#names.set(name, (shared = name));
    this.#rowNames.push(shared);
  }

  /**
   * The kept rows. First reports every row that repeats an earlier row's region and date (the
   * table keeps one snapshot per region and date) and leaves it out. Compares numbers in a typed
   * array, so a million rows cost a sort, not a million-key map.
   */
  finish(): CollectedRows {
    const count = this.#codeOf.length;
    const keys = new Float64Array(count);
    for (let row = 0; row < count; row += 1) keys[row] = this.#codeOf.at(row) * 2 ** 24 + this.#dateOf.at(row);
    const sorted = keys.slice().sort();
    const repeated = new Set<number>();
    for (let index = 1; index < count; index += 1) if (sorted[index] === sorted[index - 1]) repeated.add(sorted[index] as number);
    let keep: ((row: number) => boolean) | undefined;
    if (repeated.size > 0) {
      const firstLine = new Map<number, number>();
      const drop = new Set<number>();
      for (let row = 0; row < count; row += 1) {
        const key = keys[row] as number;
        if (!repeated.has(key)) continue;
        const first = firstLine.get(key);
        if (first === undefined) {
          firstLine.set(key, this.#lines.at(row));
          continue;
        }
        drop.add(row);
        this.issueCount += 1;
        this.#onIssue({
          unit: this.#unit,
          line: this.#lines.at(row),
          column: undefined,
          message: `repeats region ${this.#codeValues[this.#codeOf.at(row)] as string} on ${this.#dateValues[this.#dateOf.at(row)] as string} of ${this.#unit} ${first}`,
        });
      }
      keep = (row) => !drop.has(row);
    }
    const codeOf = this.#codeOf.take(keep);
    const dateOf = this.#dateOf.take(keep);
    const kept = codeOf.length;
    const regionCode: string[] = [];
    const asOf: string[] = [];
    for (let row = 0; row < kept; row += 1) {
      regionCode.push(this.#codeValues[codeOf[row] as number] as string);
      asOf.push(this.#dateValues[dateOf[row] as number] as string);
    }
    const names = this.#rowNames;
    const activeParticipants = this.#active.take(keep);
    return {
      count: kept,
      regionCode,
      asOf,
      population: this.#population.take(keep),
      participants: this.#participants.take(keep),
      activeParticipants,
      hasActive: this.#hasActive && activeParticipants.some((value) => !Number.isNaN(value)),
      names: names === undefined || keep === undefined ? names : names.filter((_, row) => (keep as (row: number) => boolean)(row)),
      lines: this.#lines.take(keep),
    };
  }
}
