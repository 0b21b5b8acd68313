import { ARTICLE_000 } from './article-000.js';
import { ARTICLE_001 } from './article-001.js';
import { ARTICLE_002 } from './article-002.js';
import { ARTICLE_003 } from './article-003.js';
import { ARTICLE_004 } from './article-004.js';
import type { SeedFigure } from './seed-figure.js';

/**
 * Every metric figure printed in the five seed articles, repetitions included, in article and
 * text order: the figure's sentence (`quote`), its words (`text`), what it measures (`role`),
 * the region and date it is about, and the figure parsed with `parseFigure` (main entry).
 *
 * The figures are parsed once, when the module loads (about fifty short strings). Together
 * with {@link SEED_DATES} and {@link SEED_NON_METRICS} they account for every number printed
 * in the articles; a test checks that each number is covered by exactly one record.
 *
 * @example
 * ```ts
 * const printed = SEED_FIGURES.find((record) => record.id === '000-coverage');
 * [printed?.text, printed?.figure.value, printed?.figure.rounded];
 * // => ['99,46 %', 99.46, { low: 99.455, high: 99.465 }]
 * SEED_FIGURES.filter((record) => record.role === 'target').map((record) => record.figure.value);
 * // => [98, 98, 98, 98]
 * ```
 *
 * @category Seed dataset
 */
export const SEED_FIGURES: readonly SeedFigure[] = /* @__PURE__ */ Object.freeze([
  ...ARTICLE_000.figures,
  ...ARTICLE_001.figures,
  ...ARTICLE_002.figures,
  ...ARTICLE_003.figures,
  ...ARTICLE_004.figures,
]);
