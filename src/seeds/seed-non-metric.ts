import type { SeedQuote } from './seed-quote.js';

/**
 * Why a number printed in an article is not a metric figure:
 *
 * - `publication-time`: the article's own date or time (`19 Juli 2024 | 15:02 WIB`).
 * - `event-date`: the date of a reported event, a ceremony or a meeting (`17/7/2024`,
 *   `sejak 2014`), not the date the figures refer to.
 * - `decree-number`: the number and year of a legal instrument (`Nomor 1 Tahun 2022`).
 * - `document-year`: the year of a named plan or agreement that sets no coverage figure
 *   (`Rencana Kerja Tahun 2022`).
 * - `related-article`: a headline or date in a list of links to other articles.
 * - `reaction-counter`: a reader-reaction count of the web page (`like 0`).
 * - `ordinal`: an ordinal that is not a rank of the metrics (`Gubernur Bengkulu ke-10`).
 * - `money`: an amount of money (`Rp3,5 triliun`).
 * - `unrelated-count`: a count of something other than coverage (`12 juta peserta ... berisiko
 *   penyakit kronis`).
 * - `duration`: a length of time (`kurang lebih 10 tahun`).
 * - `copyright-year`: the year of a copyright line.
 *
 * @example
 * ```ts
 * const reason: NonMetricReason = 'decree-number';
 * ```
 *
 * @category Seed dataset
 */
export type NonMetricReason =
  | 'publication-time'
  | 'event-date'
  | 'decree-number'
  | 'document-year'
  | 'related-article'
  | 'reaction-counter'
  | 'ordinal'
  | 'money'
  | 'unrelated-count'
  | 'duration'
  | 'copyright-year';

/**
 * A number printed in one of the articles that is not a metric figure, with the reason.
 *
 * @example
 * ```ts
 * const decree: SeedNonMetric = {
 *   article: '004_c85153b6b92f5600',
 *   quote: 'Instruksi Presiden Nomor 1 Tahun 2022',
 *   text: 'Nomor 1 Tahun 2022',
 *   reason: 'decree-number',
 * };
 * ```
 *
 * @category Seed dataset
 */
export interface SeedNonMetric extends SeedQuote {
  /** Why it is not a metric figure. */
  readonly reason: NonMetricReason;
  /** What a reader should know (the link it belongs to, the event it dates). */
  readonly note?: string;
}
