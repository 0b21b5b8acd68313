import { ARTICLE_000 } from './article-000.js';
import { ARTICLE_001 } from './article-001.js';
import { ARTICLE_002 } from './article-002.js';
import { ARTICLE_003 } from './article-003.js';
import { ARTICLE_004 } from './article-004.js';
import type { SeedObservation } from './seed-observation.js';

/**
 * What each statement of the five seed articles printed about one region at one date
 * ({@link SeedObservation}): Lampung on 1 July 2024 (twice: `99,46 %` and `98,46%`), Bengkulu
 * in November 2021, the whole country on 1 March 2023 (twice, two articles), Klaten on
 * 14 March 2023, Lampung on 1 August 2023. Those with both counts printed carry a snapshot
 * (see {@link SEED_SNAPSHOTS}); the others keep what was printed and nothing derived.
 *
 * @example
 * ```ts
 * SEED_OBSERVATIONS.map((observation) => [observation.regionCode, observation.asOf, observation.snapshot !== undefined]);
 * // => [['18', '2024-07-01', true], ['18', '2024-07-01', true], ['17', '2021-11-30', false], ['ID', '2023-03-01', false], ['33.10', '2023-03-14', false], ['18', '2023-08-01', false], ['ID', '2023-03-01', false]]
 * ```
 *
 * @category Seed dataset
 */
export const SEED_OBSERVATIONS: readonly SeedObservation[] = /* @__PURE__ */ Object.freeze([
  ...ARTICLE_000.observations,
  ...ARTICLE_001.observations,
  ...ARTICLE_002.observations,
  ...ARTICLE_003.observations,
  ...ARTICLE_004.observations,
]);
