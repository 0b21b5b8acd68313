import type { Interval } from '../figures/printed-figure.js';
import { assertOneOf, assertOptions, assertRecord, fail } from '../internal/assert.js';
import type { ArticleCheck, ArticleFigure } from './article-check.js';
import { ARTICLE_MESSAGES, type ArticleMessages } from './article-messages.js';
import type { ArticleLocale } from './check-article.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link renderArticleCheck}.
 *
 * @example
 * ```ts
 * const options: RenderArticleCheckOptions = { locale: 'en' };
 * ```
 *
 * @category Articles
 */
export interface RenderArticleCheckOptions {
  /** The report's language: `'id'` (Indonesian, the default) or `'en'`. */
  readonly locale?: ArticleLocale;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['locale']);
const LOCALES: readonly ArticleLocale[] = /* @__PURE__ */ Object.freeze(['id', 'en'] as const);

function number(value: number, locale: ArticleLocale): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

function interval(value: Interval, locale: ArticleLocale): string {
  const high = Number.isFinite(value.high) ? number(value.high, locale) : '∞';
  return `${number(value.low, locale)}–${high}`;
}

function figureLine(figure: ArticleFigure, words: ArticleMessages, locale: ArticleLocale): string {
  const { verdict } = figure;
  const status =
    verdict.status === 'unchecked'
      ? words.unchecked[verdict.unchecked ?? 'not-a-claim']
      : verdict.status === 'consistent'
        ? words.consistent
        : `${words.inconsistent}${verdict.likelyCause === undefined ? '' : ` (${words.causes[verdict.likelyCause]})`}`;
  const computed = verdict.computed === undefined ? '' : `; ${words.computed} ${number(verdict.computed, locale)}`;
  const cue = figure.cue === '' ? '' : ` [${words.cue}: ${figure.cue}]`;
  return `  «${figure.text}» ${words.roles[figure.role]}${cue}: ${status}${computed}`;
}

/**
 * Renders the result of {@link checkArticle} as plain text: one block per claim (region, date,
 * its figures with role, cue and verdict, what the prints imply, prints that disagree), then the
 * numbers that are not claims, then a summary line. Indonesian by default.
 *
 * @param check - the result of {@link checkArticle}
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the report, lines separated by `\n`
 * @throws `UhcMetricsError` (main entry) `INVALID_TYPE` when `check` is not an object or has no
 *   `figures` / `claims` arrays; `INVALID_OPTION` for an unknown option or another `locale`.
 * @throws `UhcMetricsError` `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * import { checkArticle, renderArticleCheck } from 'uhc-metrics/article';
 * const check = checkArticle('Provinsi Bengkulu per November 2021: 80,62 persen dari total penduduk 2.032.767 jiwa.');
 * renderArticleCheck(check, { locale: 'en' }).split('\n').slice(0, 3);
 * // => ['Claim 17, 2021-11-30', '  «80,62 persen» coverage: only one count printed', '  «2.032.767 jiwa» population [cue: penduduk]: the reference count']
 * renderArticleCheck(check).split('\n')[0];
 * // => 'Klaim 17, 2021-11-30'
 * ```
 *
 * @category Articles
 */
export function renderArticleCheck(check: ArticleCheck, options?: RenderArticleCheckOptions): string {
  check = copyInput(check, ['check']);
  options = copyInput(options, ['options']);
  const rawCheck: unknown = check;
  assertRecord(rawCheck, ['check']);
  if (!Array.isArray(check.figures as unknown)) fail('INVALID_TYPE', ['check', 'figures'], check.figures, 'must be an array');
  if (!Array.isArray(check.claims as unknown)) fail('INVALID_TYPE', ['check', 'claims'], check.claims, 'must be an array');
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  const locale = rawOptions?.['locale'] ?? 'id';
  assertOneOf(locale, LOCALES, ['options', 'locale']);
  const words = ARTICLE_MESSAGES[locale];
  const lines: string[] = [];
  for (const claim of check.claims) {
    const region = claim.regionCodes.length === 0 ? words.noRegion : claim.regionCodes.join(' + ');
    lines.push(`${words.claim} ${region}, ${claim.asOf ?? words.undated}`);
    for (const index of claim.figures) {
      const figure = check.figures[index];
      if (figure !== undefined) lines.push(figureLine(figure, words, locale));
    }
    if (claim.activityBase !== undefined) {
      lines.push(`  ${words.base}: ${words.roles[claim.activityBase.base]} (${words.baseHow[claim.activityBase.how]})`);
    }
    const { implied } = claim;
    if (implied.population !== undefined) lines.push(`  ${words.impliedPopulation}: ${interval(implied.population, locale)}`);
    if (implied.participants !== undefined) lines.push(`  ${words.impliedParticipants}: ${interval(implied.participants, locale)}`);
    if (implied.uncovered !== undefined) lines.push(`  ${words.impliedUncovered}: ${interval(implied.uncovered, locale)}`);
    for (const pair of claim.agreements) {
      if (pair.agree) continue;
      lines.push(`  ${words.disagree}: «${check.figures[pair.a]?.text ?? ''}» / «${check.figures[pair.b]?.text ?? ''}»`);
    }
  }
  for (const figure of check.figures) {
    if (figure.claim === undefined) lines.push(figureLine(figure, words, locale).trimStart());
  }
  const inconsistent = check.figures.filter((figure) => figure.verdict.status === 'inconsistent').length;
  lines.push(words.summary(check.figures.length, check.claims.length, inconsistent));
  return lines.join('\n');
}
