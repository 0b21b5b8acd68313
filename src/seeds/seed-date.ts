import type { IsoDate } from '../models/snapshot.js';
import type { SeedQuote } from './seed-quote.js';

/**
 * What a date printed beside the metric figures qualifies:
 *
 * - `as-of`: the date the figures refer to (`hingga 1 Juli 2024`, `per November 2021`).
 * - `population-period`: the reference period of a population figure (`semester II tahun 2023`).
 * - `target-year`: the year a target is to be met (`di tahun 2024`).
 * - `award-year`: the year an award is for (`se-Provinsi Lampung Tahun 2023`).
 *
 * Dates that only date the article or an event (a ceremony, a decree) are in
 * {@link SEED_NON_METRICS}.
 *
 * @example
 * ```ts
 * const role: SeedDateRole = 'population-period';
 * ```
 *
 * @category Seed dataset
 */
export type SeedDateRole = 'as-of' | 'population-period' | 'target-year' | 'award-year';

/**
 * How precisely an as-of date was printed: a day (`1 Juli 2024`) or a month (`November 2021`,
 * stored as the month's last day).
 *
 * @example
 * ```ts
 * const precision: SeedDatePrecision = 'month';
 * ```
 *
 * @category Seed dataset
 */
export type SeedDatePrecision = 'day' | 'month';

/**
 * The fields every {@link SeedDate} has, whatever its role.
 *
 * @example
 * ```ts
 * const base: SeedDateBase = {
 *   id: '004-target-year',
 *   article: '004_c85153b6b92f5600',
 *   quote: 'Targetnya, di tahun 2024 mendatang',
 *   text: 'tahun 2024',
 *   regionCode: 'ID',
 * };
 * ```
 *
 * @category Seed dataset
 */
export interface SeedDateBase extends SeedQuote {
  /** A stable identifier, prefixed with the article's number: `'000-as-of'`. */
  readonly id: string;
  /** The region the dated figures are about, when there is one. */
  readonly regionCode?: string;
}

/**
 * A date printed in one of the articles that qualifies metric figures, normalised by role:
 * an `as-of` date carries `asOf` (ISO) and its `precision`, a `population-period` its `period`
 * (`YYYY-S1`, `YYYY-S2`, `YYYY`), a `target-year` or `award-year` its `year`.
 *
 * @example
 * ```ts
 * const asOf = SEED_DATES.find((record) => record.id === '001-as-of');
 * asOf?.role === 'as-of' ? [asOf.text, asOf.asOf, asOf.precision] : undefined;
 * // => ['November 2021', '2021-11-30', 'month']
 * ```
 *
 * @category Seed dataset
 */
export type SeedDate =
  | (SeedDateBase & {
      /** What this record is: see {@link SeedDateRole}. */
      readonly role: 'as-of';
      /** The date as ISO `YYYY-MM-DD`; a month is its last day. */
      readonly asOf: IsoDate;
      /** Whether a day or only a month was printed. */
      readonly precision: SeedDatePrecision;
    })
  | (SeedDateBase & {
      /** What this record is: see {@link SeedDateRole}. */
      readonly role: 'population-period';
      /** The period as `createSnapshot` takes it: `'2023-S2'`. */
      readonly period: string;
    })
  | (SeedDateBase & {
      /** What this record is: see {@link SeedDateRole}. */
      readonly role: 'target-year' | 'award-year';
      /** The year. */
      readonly year: number;
    });
