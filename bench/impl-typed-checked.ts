// The typed implementation with an ingest that checks what the library must check of each row,
// and nothing more: the yardstick for the cost of validation. The trusting typed loop (impl-typed.ts)
// reads the rows as they come; this one, like `tableFromSnapshots`, refuses a row that is not an
// object, a code or date that is not one, a count that is not a non-negative safe integer, active
// participants above participants, and a region repeated on a date. It keeps every trick of the
// trusting loop, handles only what the workloads hold (plain objects, dotted codes, ISO dates) and
// throws a plain Error for anything else, where the library accepts more shapes (undotted codes,
// class instances, getters, proxies) and reports typed errors. Operations after the ingest are
// the typed loop's own.
import { dateKey, finishTable, grown, grownCounts, NumberIds, typedImplementation, type TypedTable } from './impl-typed.js';
import type { Implementation } from './implementation.js';
import type { InputRow } from './workload.js';

/** 1 at the number of each of the 38 provinces' codes. */
const PROVINCES = new Uint8Array(100);
for (const code of [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92,
  93, 94, 95, 96,
]) {
  PROVINCES[code] = 1;
}

/** A digit's value, or NaN when the character is not a digit (a NaN makes any sum it is in fail `> 0`). */
function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

/** A dotted code's digits as one number (`18.72` is 1872000000), every present part non-zero; -1 for any other text. */
function checkedCodeKey(text: string): number {
  const length = text.length;
  if (length !== 2 && length !== 5 && length !== 8 && length !== 13) return -1;
  const province = digit(text, 0) * 10 + digit(text, 1);
  if (!(province > 0)) return -1;
  if (length === 2) return province * 100_000_000;
  const regency = digit(text, 3) * 10 + digit(text, 4);
  if (text.charCodeAt(2) !== 46 || !(regency > 0)) return -1;
  if (length === 5) return province * 100_000_000 + regency * 1_000_000;
  const district = digit(text, 6) * 10 + digit(text, 7);
  if (text.charCodeAt(5) !== 46 || !(district > 0)) return -1;
  if (length === 8) return province * 100_000_000 + regency * 1_000_000 + district * 10_000;
  const village = digit(text, 9) * 1000 + digit(text, 10) * 100 + digit(text, 11) * 10 + digit(text, 12);
  if (text.charCodeAt(8) !== 46 || !(village > 0)) return -1;
  return province * 100_000_000 + regency * 1_000_000 + district * 10_000 + village;
}

/** What a code needs beyond its digits, checked once per distinct code: a real province, no regency 70. */
function isRealCode(key: number): boolean {
  return PROVINCES[Math.floor(key / 100_000_000)] === 1 && Math.floor(key / 1_000_000) % 100 !== 70;
}

/** Whether `YYYY-MM-DD` (digits and hyphens already checked) is a calendar date, checked once per distinct date. */
function isRealDate(key: number): boolean {
  const year = Math.floor(key / 10_000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** An ISO date's digits as YYYYMMDD, or -1 when it is not shaped `YYYY-MM-DD` with ASCII digits. */
function checkedDateKey(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (Number.isNaN(digit(text, at))) return -1;
  return dateKey(text);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && value >= 0 && Number.isSafeInteger(value);

function refuseRow(row: number, field: string, value: unknown): never {
  throw new Error(`row ${row}: ${field} ${String(value)} refused`);
}

function checkedIngest(rows: readonly InputRow[]): TypedTable {
  if (!Array.isArray(rows)) throw new Error('rows must be an array');
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
  let last = 0;
  let predicting = true;
  let lastDate = '';
  let lastDateId = -1;
  for (let row = 0; row < rowCount; row += 1) {
    const input: unknown = rows[row];
    if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) refuseRow(row, 'row', input);
    const {
      regionCode: raw,
      asOf,
      population: people,
      participants: members,
      activeParticipants: activeMembers,
    } = input as Partial<Record<keyof InputRow, unknown>>;
    if (typeof raw !== 'string') refuseRow(row, 'regionCode', raw);
    const key = checkedCodeKey(raw);
    if (!(key > 0)) refuseRow(row, 'regionCode', raw);
    let id: number;
    if (predicting && codeKeys[last + 1] === key) id = last + 1;
    else if (predicting && codeKeys[last] === key) id = last;
    else {
      id = codeIds.get(key);
      if (id < 0) {
        if (!isRealCode(key)) refuseRow(row, 'regionCode', raw);
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
    if (typeof asOf !== 'string') refuseRow(row, 'asOf', asOf);
    if (asOf !== lastDate) {
      const day = checkedDateKey(asOf);
      if (!(day > 0)) refuseRow(row, 'asOf', asOf);
      lastDateId = dateIds.get(day);
      if (lastDateId < 0) {
        if (!isRealDate(day)) refuseRow(row, 'asOf', asOf);
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
    if (!isCount(people)) refuseRow(row, 'population', people);
    if (!isCount(members)) refuseRow(row, 'participants', members);
    if (activeMembers !== undefined && !(isCount(activeMembers) && activeMembers <= members))
      refuseRow(row, 'activeParticipants', activeMembers);
    population[row] = people;
    participants[row] = members;
    active[row] = activeMembers ?? Number.NaN;
  }
  refuseRepeats(code, date, codes.length, dates.length);
  return finishTable({ codes, codeKeys, dates, dateKeys, code, date, dateRows, population, participants, active });
}

/** Throws at the first row repeating an earlier row's (code, date): one bit a cell. */
function refuseRepeats(code: Int32Array, date: Int32Array, codeCount: number, dateCount: number): void {
  const seen = new Int32Array(Math.ceil((codeCount * dateCount) / 32));
  for (let row = 0; row < code.length; row += 1) {
    const cell = (code[row] as number) * dateCount + (date[row] as number);
    const word = cell >>> 5;
    const bit = 1 << (cell & 31);
    const held = seen[word] as number;
    if ((held & bit) !== 0) refuseRow(row, 'row', 'repeating a region and date');
    seen[word] = held | bit;
  }
}

export const typedChecked: Implementation<TypedTable> = typedImplementation('typed-checked', checkedIngest);
