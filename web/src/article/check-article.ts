// The adapter from the library's article checker (`checkArticle` of `uhc-metrics/article`) to
// what the article tool shows: each figure's role and verdict in words with its explanation,
// and each claim's region, date, counts, printed and computed percentages and cause.
import { formatCount, formatPercent } from 'uhc-metrics';
import type { Interval } from 'uhc-metrics';
import { ARTICLE_MESSAGES, checkArticle } from 'uhc-metrics/article';
import type { ArticleCheck, ArticleClaim as CheckedClaim, ArticleFigure as CheckedFigure } from 'uhc-metrics/article';
import { MESSAGES, type Locale } from '../messages.js';
import type { ArticleClaim, ArticleFigure, ArticleReport, FigureVerdict } from './article-report.js';

const PERCENT_ROLES: ReadonlySet<string> = new Set(['coverage', 'active-coverage', 'activity-rate', 'segment-activity', 'target', 'threshold']);

/** The region a claim or figure is about, as the article names it (`Provinsi Lampung`), else its code. */
function regionName(check: ArticleCheck, codes: readonly string[] | undefined, locale: Locale): string {
  if (codes === undefined || codes.length === 0) return MESSAGES[locale].articleNoRegion;
  return codes
    .map((code) => {
      const printed = check.regions.find((mention) => mention.codes.length === 1 && mention.codes[0] === code)?.text;
      return code === 'ID' ? (printed ?? 'Indonesia') : `${printed ?? code} (${code})`;
    })
    .join(' + ');
}

function computedText(figure: CheckedFigure, locale: Locale): string | undefined {
  const { computed } = figure.verdict;
  if (computed === undefined) return undefined;
  return PERCENT_ROLES.has(figure.role) ? formatPercent(computed, { locale }) : formatCount(Math.round(computed), { locale });
}

function intervalText(interval: Interval, locale: Locale): string {
  const high = Number.isFinite(interval.high) ? formatCount(Math.round(interval.high), { locale }) : '∞';
  return `${formatCount(Math.round(interval.low), { locale })}–${high}`;
}

/** Why a figure got its verdict, in one or two sentences. */
function explanation(check: ArticleCheck, figure: CheckedFigure, locale: Locale): string {
  const words = MESSAGES[locale];
  const labels = ARTICLE_MESSAGES[locale];
  const parts: string[] = [];
  const { verdict } = figure;
  const computed = computedText(figure, locale);
  if (verdict.status === 'inconsistent') {
    const cause = verdict.likelyCause === undefined ? undefined : labels.causes[verdict.likelyCause];
    parts.push(words.explainInconsistent(computed, cause));
  } else if (verdict.status === 'consistent') {
    parts.push(words.explainConsistent(computed));
  } else {
    parts.push(labels.unchecked[verdict.unchecked ?? 'not-a-claim']);
  }
  if (figure.claim !== undefined) parts.push(words.explainAbout(regionName(check, figure.regionCodes, locale), figure.asOf));
  if (figure.base !== undefined) parts.push(words.explainBase(figure.base));
  parts.push(figure.cue === '' ? words.explainNoCue : words.explainCue(figure.cue));
  return parts.join(' ');
}

function toFigure(check: ArticleCheck, figure: CheckedFigure, locale: Locale): ArticleFigure {
  return {
    start: figure.start,
    end: figure.end,
    role: figure.role,
    roleLabel: ARTICLE_MESSAGES[locale].roles[figure.role],
    verdict: figure.verdict.status satisfies FigureVerdict,
    explanation: explanation(check, figure, locale),
  };
}

function figuresOf(check: ArticleCheck, claim: CheckedClaim): readonly CheckedFigure[] {
  return claim.figures.flatMap((index) => {
    const figure = check.figures[index];
    return figure === undefined ? [] : [figure];
  });
}

const unique = (items: readonly string[]): readonly string[] => [...new Set(items)];

function toClaim(check: ArticleCheck, claim: CheckedClaim, locale: Locale): ArticleClaim {
  const words = MESSAGES[locale];
  const labels = ARTICLE_MESSAGES[locale];
  const figures = figuresOf(check, claim);
  const counts = figures.filter((figure) => !PERCENT_ROLES.has(figure.role)).map((figure) => `${labels.roles[figure.role]} ${figure.text}`);
  const { implied } = claim;
  if (implied.population !== undefined) counts.push(`${words.impliedPopulation} ${intervalText(implied.population, locale)}`);
  if (implied.participants !== undefined) counts.push(`${words.impliedParticipants} ${intervalText(implied.participants, locale)}`);
  if (implied.uncovered !== undefined) counts.push(`${words.impliedUncovered} ${intervalText(implied.uncovered, locale)}`);
  const percents = figures.filter((figure) => PERCENT_ROLES.has(figure.role));
  const computed = percents.flatMap((figure) => {
    const text = computedText(figure, locale);
    return text === undefined ? [] : [`${labels.roles[figure.role]} ${text}`];
  });
  const causes = figures.flatMap((figure) =>
    figure.verdict.likelyCause === undefined ? [] : [`${figure.text}: ${labels.causes[figure.verdict.likelyCause]}`]);
  const disagreements = claim.agreements
    .filter((pair) => !pair.agree)
    .map((pair) => words.claimDisagree(check.figures[pair.a]?.text ?? '', check.figures[pair.b]?.text ?? ''));
  return {
    region: regionName(check, claim.regionCodes, locale),
    date: claim.asOf ?? words.claimUndated,
    counts: unique(counts),
    printed: percents.map((figure) => ({ text: `${labels.roles[figure.role]} ${figure.text}`, verdict: figure.verdict.status })),
    computed: unique(computed),
    causes: unique([...causes, ...disagreements]),
  };
}

/** Checks an article's text with the library and words the result for the page. */
export function checkArticleText(text: string, locale: Locale): ArticleReport {
  const check = checkArticle(text, { locale });
  return {
    figures: check.figures.map((figure) => toFigure(check, figure, locale)),
    claims: check.claims.map((claim) => toClaim(check, claim, locale)),
  };
}
