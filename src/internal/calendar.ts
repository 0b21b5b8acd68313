import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from './assert.js';
import { dateTimeOf } from './describe-value.js';

// Parsed by hand, not with a regex and a Date: snapshots check a date per row (issue 18).
const HYPHEN = 45;
const ZERO = 48;
// 1970-01-01 counted from 0000-03-01, the start of the proleptic Gregorian cycle used below.
const DAYS_TO_EPOCH = 719_468;
const DAYS_PER_400_YEARS = 146_097;
const MS_PER_DAY = 86_400_000;

/** The value of the ASCII digits `text[from..to)`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The days of `month` (1-12) in `year`, proleptic Gregorian. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  // 31 for January, March, May, July, August, October, December.
  return 30 + ((month + (month >> 3)) & 1);
}

/** Days since 1970-01-01 of a valid proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years start in March, so that the leap day ends a year.
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_TO_EPOCH;
}

/** The year and month (1-12) `text` starts with, as `YYYY-MM`, or `undefined`. */
function yearAndMonth(text: string): { readonly year: number; readonly month: number } | undefined {
  if (text.charCodeAt(4) !== HYPHEN) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  if (year < 0 || month < 1 || month > 12) return undefined;
  return { year, month };
}

/** Days since 1970-01-01 of a real calendar date `YYYY-MM-DD`, or `undefined` when it is not one. */
export function dayNumberOf(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(7) !== HYPHEN) return undefined;
  const parts = yearAndMonth(text);
  if (parts === undefined) return undefined;
  const day = digitsAt(text, 8, 10);
  if (day < 1 || day > daysInMonth(parts.year, parts.month)) return undefined;
  return daysFromCivil(parts.year, parts.month, day);
}

/** The day number of an ISO date, or a thrown `INVALID_DATE` naming the field. */
export function assertDayNumber(value: unknown, path: IssuePath): number {
  const day = typeof value === 'string' ? dayNumberOf(value) : undefined;
  if (day === undefined) failDate(value, path);
  return day;
}

/** The ISO date `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function isoDateOf(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Days since 1970-01-01 of a snapshot date: a day `YYYY-MM-DD`, or a month `YYYY-MM` placed on
 * its last day (a monthly BPJS table gives the membership as it stood when the month closed), or
 * `undefined` when it is neither.
 */
export function asOfDayNumberOf(text: string): number | undefined {
  if (text.length !== 7) return dayNumberOf(text);
  const parts = yearAndMonth(text);
  if (parts === undefined) return undefined;
  return daysFromCivil(parts.year, parts.month, daysInMonth(parts.year, parts.month));
}

/** The day number of a snapshot date (a day or a month), or a thrown `INVALID_DATE` naming the field. */
export function assertAsOfDayNumber(value: unknown, path: IssuePath): number {
  const day = typeof value === 'string' ? asOfDayNumberOf(value) : undefined;
  // The day-only wording on purpose: the bulk table (day-only for now) words its rejection the same.
  if (day === undefined) failDate(value, path);
  return day;
}

/** The `INVALID_DATE` of a field that is not an ISO date; a `Date` is told the string it needs. */
function failDate(value: unknown, path: IssuePath): never {
  // Only a valid Date: parseReportDate refuses an invalid one.
  const time = dateTimeOf(value);
  const hint = time === undefined || Number.isNaN(time) ? undefined : 'give the date as a string (parseReportDate turns a Date into one)';
  return fail('INVALID_DATE', path, value, 'must be a real calendar date YYYY-MM-DD', hint);
}
