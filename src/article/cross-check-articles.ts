import { assertArray, assertRecord } from '../internal/assert.js';
import type { IsoDate } from '../models/snapshot.js';
import { figuresAgree, type ReadingPair } from '../reconcile/figures-agree.js';
import type { ArticleCheck, ArticleFigure } from './article-check.js';
import type { ArticleRole } from './article-role.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Where a figure is: the index of its article in the list given to {@link crossCheckArticles},
 * and its index in that article's {@link ArticleCheck.figures}.
 *
 * @example
 * ```ts
 * const where: ArticleFigureRef = { article: 1, figure: 8 };
 * ```
 *
 * @category Articles
 */
export interface ArticleFigureRef {
  /** Index of the article in the list. */
  readonly article: number;
  /** Index of the figure in that article's figures. */
  readonly figure: number;
}

/**
 * Two articles' prints of the same thing (same role, region and date), compared.
 *
 * @example
 * ```ts
 * const pair: CrossArticleAgreement = {
 *   regionCodes: ['ID'], asOf: '2023-03-01', role: 'participants',
 *   a: { article: 0, figure: 8 }, b: { article: 1, figure: 8 }, agree: true, readings: [],
 * };
 * ```
 *
 * @category Articles
 */
export interface CrossArticleAgreement {
  /** The region both claims are about. */
  readonly regionCodes: readonly string[];
  /** The date both claims refer to. */
  readonly asOf: IsoDate;
  /** The role both figures have. */
  readonly role: ArticleRole;
  /** The first article's figure. */
  readonly a: ArticleFigureRef;
  /** The other article's figure. */
  readonly b: ArticleFigureRef;
  /** Whether some reading of each leaves a common value. */
  readonly agree: boolean;
  /** The readings under which they agree (see `figuresAgree`); empty when they disagree. */
  readonly readings: readonly ReadingPair[];
}

/**
 * Sets the claims of several checked articles against each other: for every region and date
 * dated in two articles, the most precise print of each role in one article is compared with the
 * other's (`figuresAgree`): `252,17 juta jiwa` (Klaten article) and `252,1 juta jiwa` (Radar
 * Palembang) of 1 March 2023 agree if Radar Palembang truncated. Undated claims are not compared.
 * Time is linear in the number of claims and figures (each role of a claim is compared with the
 * first article that dated the same region and date).
 *
 * @param checks - results of {@link checkArticle}, one per article
 * @returns every comparison, in article order, deeply frozen
 * @throws `UhcMetricsError` (main entry) `INVALID_TYPE` when `checks` is not an array or an entry is not
 *   a check (an object with `figures` and `claims` arrays).
 * @throws `UhcMetricsError` `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * import { checkArticle, crossCheckArticles } from 'uhc-metrics/article';
 * const klaten = checkArticle('Sampai dengan 1 Maret 2023, cakupan program JKN-KIS di Indonesia mencapai 252,17 juta jiwa.');
 * const palembang = checkArticle('Program JKN KIS menjamin 252,1 juta jiwa di Indonesia hingga 1 Maret 2023.');
 * crossCheckArticles([klaten, palembang]).map((pair) => [pair.role, pair.agree, pair.readings.map((reading) => [reading.a, reading.b])]);
 * // => [['participants', true, [['rounded', 'truncated'], ['truncated', 'truncated']]]]
 * ```
 *
 * @category Articles
 */
export function crossCheckArticles(checks: readonly ArticleCheck[]): readonly CrossArticleAgreement[] {
  checks = copyInput(checks, ['checks']);
  const rawChecks: unknown = checks;
  assertArray(rawChecks, ['checks']);
  const firstSeen = new Map<string, { ref: ArticleFigureRef; figure: ArticleFigure; regionCodes: readonly string[]; asOf: IsoDate }>();
  const result: CrossArticleAgreement[] = [];
  rawChecks.forEach((check: unknown, article) => {
    assertRecord(check, ['checks', article]);
    assertArray(check['figures'], ['checks', article, 'figures']);
    assertArray(check['claims'], ['checks', article, 'claims']);
    const { figures, claims } = check as unknown as ArticleCheck;
    for (const claim of claims) {
      if (claim.asOf === undefined) continue;
      const printsByRole = new Map<ArticleRole, number>();
      for (const index of claim.figures) {
        const figure = figures[index];
        if (figure?.figure === undefined) continue;
        const best = printsByRole.get(figure.role);
        const bestStep = best === undefined ? Infinity : (figures[best]?.figure?.step ?? Infinity);
        if (figure.figure.qualifier === 'exact' && figure.figure.step < bestStep) printsByRole.set(figure.role, index);
        else if (best === undefined) printsByRole.set(figure.role, index);
      }
      for (const [role, index] of printsByRole) {
        const figure = figures[index] as ArticleFigure;
        const key = `${claim.regionCodes.join('+')}@${claim.asOf}@${role}`;
        const seen = firstSeen.get(key);
        const ref = { article, figure: index };
        if (seen === undefined) {
          firstSeen.set(key, { ref, figure, regionCodes: claim.regionCodes, asOf: claim.asOf });
          continue;
        }
        if (seen.ref.article === article) continue;
        const answer = figuresAgree(seen.figure.figure as NonNullable<ArticleFigure['figure']>, figure.figure as NonNullable<ArticleFigure['figure']>);
        result.push(
          Object.freeze({
            regionCodes: seen.regionCodes,
            asOf: seen.asOf,
            role,
            a: Object.freeze(seen.ref),
            b: Object.freeze(ref),
            agree: answer.agree,
            readings: answer.readings,
          }),
        );
      }
    }
  });
  return Object.freeze(result);
}
