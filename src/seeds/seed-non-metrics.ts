import { ARTICLE_000 } from './article-000.js';
import { ARTICLE_001 } from './article-001.js';
import { ARTICLE_002 } from './article-002.js';
import { ARTICLE_003 } from './article-003.js';
import { ARTICLE_004 } from './article-004.js';
import type { SeedNonMetric } from './seed-non-metric.js';

/**
 * Every other number printed in the five seed articles, with the reason it is not a metric
 * figure ({@link NonMetricReason}): publication times, event dates, decree numbers, related
 * links, reaction counters, an ordinal, money, an unrelated count, a duration, a copyright year.
 *
 * @example
 * ```ts
 * SEED_NON_METRICS.filter((record) => record.reason === 'reaction-counter').length;
 * // => 7
 * SEED_NON_METRICS.find((record) => record.reason === 'money')?.text;
 * // => 'Rp3,5 triliun'
 * ```
 *
 * @category Seed dataset
 */
export const SEED_NON_METRICS: readonly SeedNonMetric[] = /* @__PURE__ */ Object.freeze([
  ...ARTICLE_000.nonMetrics,
  ...ARTICLE_001.nonMetrics,
  ...ARTICLE_002.nonMetrics,
  ...ARTICLE_003.nonMetrics,
  ...ARTICLE_004.nonMetrics,
]);
