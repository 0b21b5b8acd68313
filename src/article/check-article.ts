import { assertArray, assertOneOf, assertOptions, assertRecord, fail } from '../internal/assert.js';
import type { RegionCandidate } from '../models/region-lookup.js';
import type { ActivityBase, IsoDate } from '../models/snapshot.js';
import type { ArticleCheck, ArticleClaim, ArticleFigure, FigureVerdict } from './article-check.js';
import { CLAIM_ROLES } from './article-role.js';
import { ARTICLE_VOCABULARY } from './article-vocabulary.js';
import { articleWords, type ArticleWord } from './article-words.js';
import { findRegionMentions, regionNameIndex, type LocatedMention } from './find-region-mentions.js';
import { readArticleDates, type LocatedDate } from './read-article-dates.js';
import { readArticleFigures, type ReadFigure } from './read-article-figures.js';
import { reconcileClaim, type ClaimMember } from './reconcile-claim.js';
import { KNOWN_REGION_NAMES, type RegionNameForm } from './region-names.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * The language of the report: `'id'` (Indonesian, the default) or `'en'` (English).
 *
 * @category Articles
 */
export type ArticleLocale = 'id' | 'en';

/**
 * Options of {@link checkArticle}.
 *
 * @example
 * ```ts
 * const options: CheckArticleOptions = { locale: 'en' };
 * ```
 *
 * @category Articles
 */
export interface CheckArticleOptions {
  /**
   * The language the result is meant to be rendered in (see {@link renderArticleCheck}); `'id'`
   * by default. The article itself is always read as Indonesian.
   */
  readonly locale?: ArticleLocale;
  /**
   * The region names to find, instead of the built-in list (the 38 provinces and the 514
   * regencies and cities of the region directory, with their prefix): for example
   * `regionNameIndex({ levels: ['district'] })` from `uhc-metrics/regions` to find districts. A regency's bare name (`klaten`, without `kabupaten` / `kab` / `kota`)
   * is skipped: in prose a bare `Metro` is a word more often than a place.
   */
  readonly regionNames?: readonly RegionNameForm[];
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['locale', 'regionNames']);
const REGENCY_FORM = /^(kabupaten|kab|kota) /u;

/** The name index of the `regionNames` option, checked; bare regency names left out. */
function readRegionNames(value: unknown): ReadonlyMap<string, readonly RegionCandidate[]> {
  assertArray(value, ['options', 'regionNames']);
  const forms: RegionNameForm[] = [];
  value.forEach((form: unknown, index) => {
    const path = ['options', 'regionNames', index];
    assertRecord(form, path);
    const normalized = form['normalized'];
    const candidates = form['candidates'];
    if (typeof normalized !== 'string') fail('INVALID_TYPE', [...path, 'normalized'], normalized, 'must be a string');
    assertArray(candidates, [...path, 'candidates']);
    candidates.forEach((candidate: unknown, at) => {
      assertRecord(candidate, [...path, 'candidates', at]);
      if (typeof candidate['code'] !== 'string') fail('INVALID_TYPE', [...path, 'candidates', at, 'code'], candidate['code'], 'must be a string');
    });
    const regions = candidates as readonly RegionCandidate[];
    const bareRegency = regions.length > 0 && regions.every((region) => region.level !== 'province') && !REGENCY_FORM.test(normalized);
    if (!bareRegency) forms.push({ normalized, candidates: regions });
  });
  return regionNameIndex(forms);
}
const LOCALES: readonly ArticleLocale[] = /* @__PURE__ */ Object.freeze(['id', 'en'] as const);
/** The longest text read: 16 million characters (about 16 MB), far beyond any article. */
const MAX_TEXT_LENGTH = 16_000_000;
const NOT_A_CLAIM: FigureVerdict = /* @__PURE__ */ Object.freeze({ status: 'unchecked', unchecked: 'not-a-claim' });

/** For each figure, in order, the region mention that governs it. */
function governingMentions(figures: readonly ReadFigure[], words: readonly ArticleWord[], mentions: readonly LocatedMention[]): (LocatedMention | undefined)[] {
  const result: (LocatedMention | undefined)[] = [];
  let before = -1; // index of the last mention ending before the current figure
  for (const figure of figures) {
    while (before + 1 < mentions.length && (mentions[before + 1] as LocatedMention).lastWord < figure.word) before += 1;
    const previous = mentions[before];
    const next = mentions[before + 1];
    const line = (words[figure.word] as ArticleWord).line;
    const inside = mentions[before - 1];
    // `Kabupaten Kudus di Jawa Tengah mencatat ...`: the province only places the regency.
    if (
      previous !== undefined &&
      inside !== undefined &&
      inside.sentence === figure.sentence &&
      previous.sentence === figure.sentence &&
      previous.codes.length === 1 &&
      inside.codes.length === 1 &&
      (inside.codes[0] as string).startsWith(`${previous.codes[0] as string}.`)
    ) {
      result.push(inside);
    } else if (previous !== undefined && previous.sentence === figure.sentence) result.push(previous);
    else if (next !== undefined && next.sentence === figure.sentence) result.push(next);
    else if (previous !== undefined && previous.line === line) result.push(previous);
    else result.push(previous ?? next);
  }
  return result;
}

/** Per sentence: the date governing its figures, the population period, the activity base printed. */
function sentenceContext(words: readonly ArticleWord[], dates: readonly LocatedDate[]): {
  readonly asOf: ReadonlyMap<number, IsoDate>;
  readonly period: ReadonlyMap<number, string>;
  readonly base: ReadonlyMap<number, ActivityBase>;
} {
  const asOf = new Map<number, IsoDate>();
  const period = new Map<number, string>();
  for (const date of dates) {
    if (date.governs && date.asOf !== undefined && !asOf.has(date.sentence)) asOf.set(date.sentence, date.asOf);
    if (date.period !== undefined && !period.has(date.sentence)) period.set(date.sentence, date.period);
  }
  const base = new Map<number, ActivityBase>();
  const bases = ARTICLE_VOCABULARY.activityBases;
  words.forEach((word, at) => {
    if (word.lower !== 'dari' || base.has(word.sentence)) return;
    const spells = (phrase: readonly string[]): boolean =>
      phrase.every((part, offset) => words[at + offset]?.lower === part && words[at + offset]?.sentence === word.sentence);
    if (bases.population.some(spells)) base.set(word.sentence, 'population');
    else if (bases.participants.some(spells)) base.set(word.sentence, 'participants');
  });
  return { asOf, period, base };
}

/** The date of the same region's dated figure nearest to `word`, if any. */
function nearestDate(dated: readonly { readonly word: number; readonly asOf: IsoDate }[] | undefined, word: number): IsoDate | undefined {
  if (dated === undefined || dated.length === 0) return undefined;
  let low = 0;
  let high = dated.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dated[middle] as { word: number }).word < word) low = middle + 1;
    else high = middle;
  }
  const after = dated[low] as { word: number; asOf: IsoDate };
  const before = dated[low - 1];
  if (before === undefined) return after.asOf;
  return word - before.word <= Math.abs(after.word - word) ? before.asOf : after.asOf;
}

/**
 * Reads the text of an Indonesian news article about JKN coverage and checks it: finds every
 * printed number with its character span, says what each is (a role from
 * {@link ArticleRole}, with the rule and the words that decided it, from
 * {@link ARTICLE_VOCABULARY}), reads the dates and periods, names the regions, groups the
 * figures into claims by region and date, and reconciles each claim with the library's
 * reconciliation (`reconcileSnapshot`, `figuresAgree`, `impliedPopulation`,
 * `impliedParticipants`, `impliedUncovered`): a printed percentage against the counts within
 * its printed precision, the activity rate's base, an uncovered count against what participants
 * and coverage imply, parts against their whole, and two prints of one thing against each other.
 *
 * A figure's region is the nearest mention before it in its sentence (a regency rather than
 * the province named right after it to place it), else after it in its sentence, else the last one before it in its paragraph, else the nearest in the text. Its date
 * is the date printed after `hingga`, `per`, `sampai dengan` or `data` in its sentence, else the
 * nearest such date of the same region in the article, else none. Regencies and cities are found
 * with their prefix (`Kabupaten Klaten`, `Kota Metro`); provinces with or without `Provinsi`.
 * By default the 38 provinces and the 514 regencies and cities of the region directory are
 * known; pass other names as `regionNames` to replace them.
 *
 * Time and memory are linear in the length of the text: every rule reads a bounded window of
 * words and each claim compares every print with one other.
 *
 * @param text - the article's text
 * @param options - `locale`: the language for rendering, `'id'` by default
 * @returns the figures, dates, regions and claims, deeply frozen
 * @throws `UhcMetricsError` (main entry) `INVALID_TYPE` when `text` is not a string; `INVALID_INPUT`
 *   (path `['text']`) when it is longer than 16 million characters; `INVALID_OPTION` for an unknown
 *   option or a `locale` other than `'id'` and `'en'`; `INVALID_TYPE` (path under
 *   `['options', 'regionNames']`) when `regionNames` is not an array of `{ normalized, candidates }`.
 * @throws `UhcMetricsError` `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * import { checkArticle } from 'uhc-metrics/article';
 * // NU Online Lampung, 19 Jul 2024 (seed 000):
 * const text =
 *   'hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah mencapai 8.911.770 jiwa ' +
 *   'dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa atau setara 99,46 %.';
 * const check = checkArticle(text);
 * check.figures.filter((figure) => figure.figure !== undefined).map((figure) => [figure.text, figure.role]);
 * // => [['8.911.770 jiwa', 'participants'], ['9.051.459 jiwa', 'population'], ['99,46 %', 'coverage']]
 * check.figures[5]?.verdict;
 * // => { status: 'inconsistent', computed: 98.45672393809662, likelyCause: 'slipped-digit' }
 * check.claims[0]?.regionCodes;
 * // => ['18']
 * checkArticle(42 as unknown as string);
 * // throws INVALID_TYPE
 * ```
 *
 * @category Articles
 */
export function checkArticle(text: string, options?: CheckArticleOptions): ArticleCheck {
  options = copyInput(options, ['options']);
  if (typeof text !== 'string') fail('INVALID_TYPE', ['text'], text, 'must be a string');
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  if (rawOptions?.['locale'] !== undefined) assertOneOf(rawOptions['locale'], LOCALES, ['options', 'locale']);
  if (text.length > MAX_TEXT_LENGTH) {
    fail('INVALID_INPUT', ['text'], `${text.length} characters`, `must be at most ${MAX_TEXT_LENGTH} characters long`);
  }
  const words = articleWords(text);
  const dates = readArticleDates(text, words);
  const names = rawOptions?.['regionNames'] === undefined ? NAME_INDEX : readRegionNames(rawOptions['regionNames']);
  const mentions = findRegionMentions(text, words, names);
  const read = readArticleFigures(text, words, dates);
  const regionOf = governingMentions(read, words, mentions);
  const context = sentenceContext(words, dates);

  // Dated figures first, by region, so an undated one can borrow its region's nearest date.
  const datedByRegion = new Map<string, { word: number; asOf: IsoDate }[]>();
  read.forEach((figure, index) => {
    const asOf = context.asOf.get(figure.sentence);
    if (!CLAIM_ROLES.has(figure.role) || asOf === undefined) return;
    const key = regionOf[index]?.codes.join('+') ?? '';
    const list = datedByRegion.get(key) ?? [];
    list.push({ word: figure.word, asOf });
    datedByRegion.set(key, list);
  });
  const claimIndex = new Map<string, number>();
  const claimInputs: { regionCodes: readonly string[]; asOf: IsoDate | undefined; period: string | undefined; members: ClaimMember[]; base: ActivityBase | undefined; figures: number[] }[] = [];
  const asOfOf: (IsoDate | undefined)[] = [];
  const claimOf: (number | undefined)[] = [];
  read.forEach((figure, index) => {
    const codes = regionOf[index]?.codes ?? [];
    const key = codes.join('+');
    const printedAsOf = context.asOf.get(figure.sentence);
    const asOf = printedAsOf ?? (CLAIM_ROLES.has(figure.role) ? nearestDate(datedByRegion.get(key), figure.word) : undefined);
    asOfOf.push(asOf);
    if (!CLAIM_ROLES.has(figure.role) || figure.figure === undefined) {
      claimOf.push(undefined);
      return;
    }
    const claimKey = `${key}@${asOf ?? ''}`;
    let claim = claimIndex.get(claimKey);
    if (claim === undefined) {
      claim = claimInputs.length;
      claimIndex.set(claimKey, claim);
      claimInputs.push({ regionCodes: codes, asOf, period: undefined, members: [], base: undefined, figures: [] });
    }
    const input = claimInputs[claim] as (typeof claimInputs)[number];
    input.members.push({ index, role: figure.role, figure: figure.figure });
    input.figures.push(index);
    if (figure.role === 'population') input.period ??= context.period.get(figure.sentence);
    if (figure.role === 'activity-rate') input.base ??= context.base.get(figure.sentence);
    claimOf.push(claim);
  });

  const verdicts = new Map<number, FigureVerdict>();
  const claims: ArticleClaim[] = claimInputs.map((input) => {
    const result = reconcileClaim({
      regionCodes: Object.freeze([...input.regionCodes]),
      asOf: input.asOf,
      populationPeriod: input.period,
      members: input.members,
      wordedBase: input.base,
    });
    for (const [index, verdict] of result.verdicts) verdicts.set(index, verdict);
    return deepFreeze({ ...result.claim, figures: input.figures });
  });

  const figures: ArticleFigure[] = read.map((figure, index) => {
    const claim = claimOf[index];
    const codes = regionOf[index]?.codes;
    const asOf = asOfOf[index];
    const base = figure.role === 'activity-rate' && claim !== undefined ? claims[claim]?.activityBase?.base : undefined;
    return deepFreeze({
      start: figure.start,
      end: figure.end,
      text: figure.text,
      role: figure.role,
      rule: figure.rule,
      cue: figure.cue,
      ...(figure.figure === undefined ? {} : { figure: figure.figure }),
      ...(codes === undefined ? {} : { regionCodes: codes }),
      ...(asOf === undefined ? {} : { asOf }),
      ...(base === undefined ? {} : { base }),
      ...(figure.level === undefined ? {} : { level: figure.level }),
      ...(claim === undefined ? {} : { claim }),
      verdict: verdicts.get(index) ?? NOT_A_CLAIM,
    });
  });
  return Object.freeze({
    figures: Object.freeze(figures),
    dates: Object.freeze(
      dates.map((date) =>
        Object.freeze({
          start: date.start,
          end: date.end,
          text: date.text,
          precision: date.precision,
          ...(date.asOf === undefined ? {} : { asOf: date.asOf }),
          ...(date.period === undefined ? {} : { period: date.period }),
          governs: date.governs,
        }),
      ),
    ),
    regions: Object.freeze(
      mentions.map((mention) => Object.freeze({ start: mention.start, end: mention.end, text: mention.text, codes: mention.codes })),
    ),
    claims: Object.freeze(claims),
    consistent: claims.every((claim) => claim.consistent),
  });
}

const NAME_INDEX = /* @__PURE__ */ regionNameIndex(KNOWN_REGION_NAMES);

/** Freezes a plain value and everything inside it (figures are already frozen). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
