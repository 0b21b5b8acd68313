import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from './assert.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a real calendar date `YYYY-MM-DD`, or `undefined` when it is not one. */
export function dayNumberOf(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  // setUTCFullYear, not Date.UTC, which would read years 0-99 as 1900-1999.
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  const ms = back.getTime();
  // Dates roll over (2023-02-30 becomes 2 March): a round trip exposes impossible dates.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/** The day number of an ISO date, or a thrown `INVALID_DATE` naming the field. */
export function assertDayNumber(value: unknown, path: IssuePath): number {
  const day = typeof value === 'string' ? dayNumberOf(value) : undefined;
  if (day === undefined) fail('INVALID_DATE', path, value, 'must be a real calendar date YYYY-MM-DD');
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
  const match = ISO_MONTH.exec(text);
  if (!match) return dayNumberOf(text);
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  // Day 0 of the next month is the last day of this one.
  const back = new Date(0);
  back.setUTCFullYear(year, month, 0);
  return back.getTime() / MS_PER_DAY;
}

/** The day number of a snapshot date (a day or a month), or a thrown `INVALID_DATE` naming the field. */
export function assertAsOfDayNumber(value: unknown, path: IssuePath): number {
  const day = typeof value === 'string' ? asOfDayNumberOf(value) : undefined;
  // The day-only wording on purpose: the bulk table (day-only for now) words its rejection the same.
  if (day === undefined) fail('INVALID_DATE', path, value, 'must be a real calendar date YYYY-MM-DD');
  return day;
}
