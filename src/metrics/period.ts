import { fail } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import { assertPeriodUnit, periodIndexOf, periodKeyOfIndex } from '../internal/period-index.js';
import type { IsoDate } from '../models/snapshot.js';

/**
 * The length of a reporting period: a calendar month, quarter (triwulan), semester (the
 * half-year Dukcapil publishes population for) or year.
 *
 * @category Growth and projections
 */
export type PeriodUnit = 'month' | 'quarter' | 'semester' | 'year';

/**
 * The key of the calendar period a date falls in: `2024-07` (month), `2024-Q3` (quarter),
 * `2024-S2` (semester, the form of a snapshot's `populationPeriod`) or `2024` (year).
 * Keys of one unit sort chronologically as strings.
 *
 * @param date - an ISO date `YYYY-MM-DD`
 * @param period - the period unit
 * @returns the period key
 * @throws {@link UhcMetricsError} `INVALID_DATE` when `date` is not a real calendar date;
 *   `INVALID_OPTION` when `period` is not one of `'month'`, `'quarter'`, `'semester'`, `'year'`.
 *
 * @example
 * ```ts
 * (['month', 'quarter', 'semester', 'year'] as const).map((unit) => periodKey('2024-07-01', unit));
 * // => ['2024-07', '2024-Q3', '2024-S2', '2024']
 * ```
 *
 * @category Growth and projections
 */
export function periodKey(date: IsoDate, period: PeriodUnit): string {
  assertDayNumber(date, ['date']);
  assertPeriodUnit(period, ['period']);
  return periodKeyOfIndex(periodIndexOf(date, period), period);
}

/**
 * The keys of every period from the one holding `from` to the one holding `to`, both included,
 * in order and without gaps.
 *
 * @param from - the first ISO date
 * @param to - the last ISO date; not before `from`
 * @param period - the period unit
 * @returns the period keys, frozen; one key when both dates fall in the same period
 * @throws {@link UhcMetricsError} `INVALID_DATE` when a date is not a real calendar date, or
 *   `to` is before `from`; `INVALID_OPTION` when `period` is not a period unit.
 *
 * @example
 * ```ts
 * periodKeysBetween('2023-08-01', '2024-07-01', 'quarter');
 * // => ['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3']
 * periodKeysBetween('2023-11-30', '2024-02-01', 'month');
 * // => ['2023-11', '2023-12', '2024-01', '2024-02']
 * ```
 *
 * @category Growth and projections
 */
export function periodKeysBetween(from: IsoDate, to: IsoDate, period: PeriodUnit): readonly string[] {
  const fromDay = assertDayNumber(from, ['from']);
  const toDay = assertDayNumber(to, ['to']);
  assertPeriodUnit(period, ['period']);
  if (toDay < fromDay) fail('INVALID_DATE', ['to'], to, `must not be before from (${from})`);
  const first = periodIndexOf(from, period);
  const last = periodIndexOf(to, period);
  const keys: string[] = [];
  for (let index = first; index <= last; index += 1) keys.push(periodKeyOfIndex(index, period));
  return Object.freeze(keys);
}
