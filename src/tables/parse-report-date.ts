import { assertOptions, assertOneOf, fail } from '../internal/assert.js';
import { asOfDayNumberOf } from '../internal/calendar.js';
import { dateTimeOf } from '../internal/describe-value.js';
import type { IsoDate } from '../models/snapshot.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * How a slashed day date is written. Only `'dd/mm/yyyy'` (Indonesian Excel) is known; the
 * library never guesses between day-first and month-first.
 *
 * @category Tables
 */
export type DayDateFormat = 'dd/mm/yyyy';

/**
 * Options of {@link parseReportDate}.
 *
 * @example
 * ```ts
 * const options: ParseReportDateOptions = { dayFormat: 'dd/mm/yyyy' };
 * ```
 *
 * @category Tables
 */
export interface ParseReportDateOptions {
  /** How slashed dates are written; without it a slashed date is rejected, never guessed. */
  readonly dayFormat?: DayDateFormat;
}

// Indonesian month names and the abbreviations tables print (Agu, Agt and Ags all occur).
const MONTHS: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  januari: 1, jan: 1,
  februari: 2, feb: 2, pebruari: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11, nop: 11,
  desember: 12, des: 12,
});
const DAY_FORMATS: readonly DayDateFormat[] = /* @__PURE__ */ Object.freeze(['dd/mm/yyyy'] as const);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const NAMED = /^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `2024-08` or `2024-08-01` from numbers, checked against the calendar. */
function isoOf(year: number, month: number, day: number | undefined): IsoDate | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}${day === undefined ? '' : `-${String(day).padStart(2, '0')}`}`;
  return asOfDayNumberOf(text) === undefined ? undefined : text;
}

/**
 * Reads a date as a report publishes it, keeping its precision: a month stays a month
 * (`'YYYY-MM'`), a day becomes `'YYYY-MM-DD'`. Accepted: `'2024-08'`, `'2024-08-01'`,
 * `'Agustus 2024'` (Indonesian month names and their abbreviations, any case), `'1 Juli 2024'`,
 * a `Date` (its UTC calendar day), and `'01/07/2024'` only when `options.dayFormat` is
 * `'dd/mm/yyyy'`: a slashed date is otherwise ambiguous between day-first and month-first, and
 * is rejected rather than guessed. Surrounding spaces are ignored.
 *
 * @param value - the date as printed, or a `Date`
 * @param options - `dayFormat`, the format of slashed dates
 * @returns `'YYYY-MM'` for a month, `'YYYY-MM-DD'` for a day
 * @throws {@link UhcMetricsError} `INVALID_DATE` when `value` is not a date in one of these forms
 *   or not a real calendar date (month 13, 30 February, an invalid `Date`), or is slashed without
 *   `options.dayFormat`; `INVALID_OPTION` for an unknown option or format.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * parseReportDate('Agustus 2024');
 * // => '2024-08'
 * parseReportDate('1 Juli 2024');
 * // => '2024-07-01'
 * parseReportDate('01/07/2024', { dayFormat: 'dd/mm/yyyy' });
 * // => '2024-07-01'
 * parseReportDate('01/07/2024');
 * // throws INVALID_DATE
 * parseReportDate('2024-13');
 * // throws INVALID_DATE
 * ```
 *
 * @category Tables
 */
export function parseReportDate(value: string | Date, options?: ParseReportDateOptions): IsoDate {
  options = copyInput(options, ['options']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['dayFormat']);
  const dayFormat = opts?.['dayFormat'];
  if (dayFormat !== undefined) assertOneOf(dayFormat, DAY_FORMATS, ['options', 'dayFormat']);
  // A Date of any realm, read through its internal slot: a proxy or a look-alike is no Date, and
  // runs no caller code here.
  const time = dateTimeOf(value);
  if (time !== undefined) {
    if (Number.isNaN(time)) fail('INVALID_DATE', [], value, 'must be a valid Date');
    const date = new Date(time);
    return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ?? fail('INVALID_DATE', [], value, 'must be a date of years 0 to 9999');
  }
  if (typeof value !== 'string') fail('INVALID_DATE', [], value, 'must be a string or a Date');
  const text = value.trim().toLowerCase();
  if (ISO_DAY.test(text) || ISO_MONTH.test(text)) {
    if (asOfDayNumberOf(text) === undefined) fail('INVALID_DATE', [], value, 'must be a real calendar date or month');
    return text;
  }
  const named = NAMED.exec(text);
  if (named) {
    const month = MONTHS[named[2] as string];
    if (month === undefined) fail('INVALID_DATE', [], value, 'must name an Indonesian month (Januari ... Desember)');
    const day = named[1] === undefined ? undefined : Number(named[1]);
    return isoOf(Number(named[3]), month, day) ?? fail('INVALID_DATE', [], value, 'must be a real calendar date');
  }
  const slashed = SLASHED.exec(text);
  if (slashed) {
    if (dayFormat === undefined) {
      fail('INVALID_DATE', [], value, "is day-first or month-first: say which with options.dayFormat ('dd/mm/yyyy')");
    }
    return (
      isoOf(Number(slashed[3]), Number(slashed[2]), Number(slashed[1])) ??
      fail('INVALID_DATE', [], value, 'must be a real calendar date dd/mm/yyyy')
    );
  }
  return fail('INVALID_DATE', [], value, "must be a date such as '2024-08', '2024-08-01', 'Agustus 2024' or '1 Agustus 2024'");
}
