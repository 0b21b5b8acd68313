/**
 * What a number printed in an article is:
 *
 * - `participants`, `population`, `active-participants`, `non-active`, `uncovered`: counts of
 *   people (registered in JKN; the population measured against; entitled to care; registered but
 *   not entitled; not registered).
 * - `coverage`, `active-coverage`, `activity-rate`: percentages (participants, or active
 *   participants, of the population; active participants of the base printed or inferred).
 * - `segment-count`, `segment-activity`: a count, or an active share, of one membership segment.
 * - `target`: a plan's coverage goal; `threshold`: the coverage rule for UHC status or an award.
 * - `region-count`: a number of regions (`22 provinsi dan 334 kabupaten/kota`).
 * - `date`: a day, month, year, time or period; `award-year`: the year an award is for.
 * - `money`: an amount of money (`Rp3,5 triliun`).
 * - `other`: anything else (a decree number, an ordinal, a phone number, a link), with the words
 *   that decided it.
 *
 * @example
 * ```ts
 * const role: ArticleRole = 'uncovered';
 * ```
 *
 * @category Articles
 */
export type ArticleRole =
  | 'participants'
  | 'population'
  | 'active-participants'
  | 'non-active'
  | 'uncovered'
  | 'coverage'
  | 'active-coverage'
  | 'activity-rate'
  | 'segment-count'
  | 'segment-activity'
  | 'target'
  | 'threshold'
  | 'region-count'
  | 'date'
  | 'award-year'
  | 'money'
  | 'other';

/** The roles that describe one region at one date, and so are grouped into claims. */
export const CLAIM_ROLES: ReadonlySet<ArticleRole> = /* @__PURE__ */ new Set<ArticleRole>([
  'participants',
  'population',
  'active-participants',
  'non-active',
  'uncovered',
  'coverage',
  'active-coverage',
  'activity-rate',
  'segment-count',
  'segment-activity',
]);
