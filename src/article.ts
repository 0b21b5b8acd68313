/**
 * Checking an article from its text: every printed number found with its span, its role and
 * region, the dates, the claims by region and date, each reconciled, and a report in Indonesian
 * or English.
 *
 * @module uhc-metrics/article
 */
// The subpath `uhc-metrics/article`. Re-exports only.

export { checkArticle } from './article/check-article.js';
export type { ArticleLocale, CheckArticleOptions } from './article/check-article.js';
export type {
  ArticleCheck,
  ArticleClaim,
  ArticleFigure,
  ArticleRule,
  FigurePairAgreement,
  FigureVerdict,
  UncheckedReason,
} from './article/article-check.js';
export type { ArticleRole } from './article/article-role.js';
export type { ArticleDate, ArticleDatePrecision } from './article/read-article-dates.js';
export type { RegionMention } from './article/find-region-mentions.js';
export type { RegionNameForm } from './article/region-names.js';
export { ARTICLE_VOCABULARY } from './article/article-vocabulary.js';
export type { ArticleCue, ArticleVocabulary } from './article/article-vocabulary.js';
export { renderArticleCheck } from './article/render-article-check.js';
export { ARTICLE_MESSAGES } from './article/article-messages.js';
export type { ArticleMessages } from './article/article-messages.js';
export type { RenderArticleCheckOptions } from './article/render-article-check.js';
export { crossCheckArticles } from './article/cross-check-articles.js';
export type { ArticleFigureRef, CrossArticleAgreement } from './article/cross-check-articles.js';
