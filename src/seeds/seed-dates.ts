import { ARTICLE_000 } from './article-000.js';
import { ARTICLE_001 } from './article-001.js';
import { ARTICLE_002 } from './article-002.js';
import { ARTICLE_003 } from './article-003.js';
import { ARTICLE_004 } from './article-004.js';
import type { SeedDate } from './seed-date.js';

/**
 * Every date printed in the five seed articles that qualifies metric figures: the dates the
 * figures refer to, population periods, target years and award years, normalised
 * ({@link SeedDate}). Dates of publication and of events are in {@link SEED_NON_METRICS}.
 *
 * @example
 * ```ts
 * SEED_DATES.filter((record) => record.role === 'as-of').map((record) => (record.role === 'as-of' ? record.asOf : ''));
 * // => ['2024-07-01', '2021-11-30', '2023-03-01', '2023-08-01', '2023-03-01']
 * ```
 *
 * @category Seed dataset
 */
export const SEED_DATES: readonly SeedDate[] = /* @__PURE__ */ Object.freeze([
  ...ARTICLE_000.dates,
  ...ARTICLE_001.dates,
  ...ARTICLE_002.dates,
  ...ARTICLE_003.dates,
  ...ARTICLE_004.dates,
]);
