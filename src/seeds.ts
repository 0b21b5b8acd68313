/**
 * The five source articles as a dataset: every printed figure with its role, the dates, the
 * numbers that are not metrics, the observations and snapshots built from them.
 *
 * @module uhc-metrics/seeds
 */
// The subpath `uhc-metrics/seeds`. Re-exports only.

export { SEED_ARTICLES, SEED_ARTICLE_IDS } from './seeds/seed-articles.js';
export type { SeedArticle, SeedArticleId } from './seeds/seed-articles.js';
export type { SeedQuote } from './seeds/seed-quote.js';
export { SEED_FIGURES } from './seeds/seed-figures.js';
export type { SeedFigure, SeedFigureBase, SeedFigureRole } from './seeds/seed-figure.js';
export { SEED_DATES } from './seeds/seed-dates.js';
export type { SeedDate, SeedDateBase, SeedDatePrecision, SeedDateRole } from './seeds/seed-date.js';
export { SEED_NON_METRICS } from './seeds/seed-non-metrics.js';
export type { NonMetricReason, SeedNonMetric } from './seeds/seed-non-metric.js';
export { SEED_OBSERVATIONS } from './seeds/seed-observations.js';
export type { SeedAsOfBasis, SeedObservation } from './seeds/seed-observation.js';
export { SEED_SNAPSHOTS } from './seeds/seed-snapshots.js';
export { LAMPUNG_PODIUM_2023 } from './seeds/lampung-podium.js';
export type { SeedPlacement } from './seeds/seed-placement.js';
