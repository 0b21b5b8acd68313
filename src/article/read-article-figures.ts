import { FIGURE_VOCABULARY } from '../figures/figure-vocabulary.js';
import { safeParseFigure } from '../figures/parse-figure.js';
import type { ArticleFigure, ArticleRule } from './article-check.js';
import type { ArticleRole } from './article-role.js';
import { ARTICLE_VOCABULARY, type ArticleCue } from './article-vocabulary.js';
import type { ArticleWord } from './article-words.js';
import type { LocatedDate } from './read-article-dates.js';

/** A number with its role, before regions, claims and verdicts: the figure's first fields. */
export interface ReadFigure extends Pick<ArticleFigure, 'start' | 'end' | 'text' | 'role' | 'rule' | 'cue' | 'figure'> {
  readonly level?: 'province' | 'regency';
  /** Index of its number word. */
  readonly word: number;
  readonly sentence: number;
}

const FIGURE_WORDS = FIGURE_VOCABULARY.id;
const SCALE_WORDS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  FIGURE_WORDS.scaleWords.map((entry) => [entry.word, entry.exponent]),
);
/** A token longer than this cannot be a figure (64 digits and their separators). */
const MAX_FIGURE_TOKEN = 96;
/** How far back cue words are read, in words. */
const CUE_WINDOW = 20;
/** How far back activity cues are read: they sit right before the rate. */
const ACTIVITY_WINDOW = 4;
/** How far after a count `belum`, `aktif` are read. */
const AFTER_WINDOW = 3;

const NUMBER_TOKEN = /^\d[\d.,]*$/u;

/** Whether the stems of `cue` match the words ending at `end`. */
function cueEndsAt(words: readonly ArticleWord[], end: number, cue: ArticleCue, sentence: number): boolean {
  const first = end - cue.words.length + 1;
  if (first < 0) return false;
  return cue.words.every((stem, offset) => {
    const word = words[first + offset];
    return word !== undefined && word.sentence === sentence && word.lower.includes(stem);
  });
}

/**
 * For each word, the first cue of `cues` (in list order) that ends at it, computed once per list
 * and text, so that reading a window back costs one look-up per word.
 */
const cueTables = new WeakMap<readonly ArticleWord[], Map<readonly ArticleCue[], (ArticleCue | undefined)[]>>();

function cueTable(words: readonly ArticleWord[], cues: readonly ArticleCue[]): (ArticleCue | undefined)[] {
  let tables = cueTables.get(words);
  if (tables === undefined) {
    tables = new Map();
    cueTables.set(words, tables);
  }
  let table = tables.get(cues);
  if (table === undefined) {
    table = words.map((word, at) => (word.hasDigit ? undefined : cues.find((cue) => cueEndsAt(words, at, cue, word.sentence))));
    tables.set(cues, table);
  }
  return table;
}

/** The nearest cue before `from` (exclusive) within `window` words of the sentence, and its words. */
function nearestCueBefore(
  text: string,
  words: readonly ArticleWord[],
  from: number,
  window: number,
  cues: readonly ArticleCue[],
): { readonly cue: ArticleCue; readonly words: string } | undefined {
  const sentence = words[from]?.sentence;
  const table = cueTable(words, cues);
  for (let at = from - 1; at >= 0 && at >= from - window; at -= 1) {
    const word = words[at] as ArticleWord;
    if (word.sentence !== sentence) return undefined;
    const cue = table[at];
    if (cue !== undefined) {
      const first = words[at - cue.words.length + 1] as ArticleWord;
      return { cue, words: text.slice(first.start, word.end) };
    }
  }
  return undefined;
}

/** The first cue within `window` words after `from` (inclusive), in its sentence. */
function cueAfter(
  text: string,
  words: readonly ArticleWord[],
  from: number,
  window: number,
  cues: readonly ArticleCue[],
  sentence: number,
): { readonly cue: ArticleCue; readonly words: string } | undefined {
  for (let at = from; at < from + window; at += 1) {
    const word = words[at];
    if (word === undefined || word.sentence !== sentence || word.hasDigit) return undefined;
    if (ARTICLE_VOCABULARY.clauseWords.includes(word.lower) || /[,;:()]/u.test(text.slice((words[at - 1] as ArticleWord).end, word.start))) {
      return undefined;
    }
    for (const cue of cues) {
      if (cueEndsAt(words, at + cue.words.length - 1, cue, sentence)) return { cue, words: word.text };
    }
  }
  return undefined;
}

/** Facts about each sentence read once, so each number's rules stay constant-time. */
interface SentenceFacts {
  readonly regionCount: ReadonlySet<number>;
  readonly award: ReadonlySet<number>;
  /** Lines that open with a link phrase, to the phrase as printed. */
  readonly linkLine: ReadonlyMap<number, string>;
}

function sentenceFacts(words: readonly ArticleWord[]): SentenceFacts {
  const vocabulary = ARTICLE_VOCABULARY;
  const regionCount = new Set<number>();
  const award = new Set<number>();
  const linkLine = new Map<number, string>();
  words.forEach((word, at) => {
    if (word.hasDigit && /^\d+$/u.test(word.lower) && vocabulary.regionNouns.some((noun) => noun.word === words[at + 1]?.lower)) {
      regionCount.add(word.sentence);
    }
    if (vocabulary.awardWords.includes(word.lower)) award.add(word.sentence);
    const lineStart = at === 0 || words[at - 1]?.line !== word.line;
    const link = lineStart
      ? vocabulary.linkLines.find((phrase) => phrase.every((part, offset) => words[at + offset]?.lower === part))
      : undefined;
    if (link !== undefined) linkLine.set(word.line, words.slice(at, at + link.length).map((w) => w.text).join(' '));
  });
  return { regionCount, award, linkLine };
}

/**
 * Reads every word that holds a digit as a number of the article and gives it a role with the
 * rule and the words that decided it ({@link ARTICLE_VOCABULARY}). A number that parses as a
 * printed figure ({@link parseFigure}, with its hedge, `%`, scale word and unit noun around it)
 * keeps the parsed figure. One pass over the words; every rule looks at a bounded window.
 */
export function readArticleFigures(
  text: string,
  words: readonly ArticleWord[],
  dates: readonly LocatedDate[],
): ReadFigure[] {
  const vocabulary = ARTICLE_VOCABULARY;
  const facts = sentenceFacts(words);
  const dateOfWord = new Map<number, LocatedDate>();
  for (const date of dates) {
    for (let at = date.firstWord; at <= date.lastWord; at += 1) dateOfWord.set(at, date);
  }
  const identifierWords = new Set<number>();
  const figures: ReadFigure[] = [];
  let at = 0;
  while (at < words.length) {
    const word = words[at] as ArticleWord;
    if (!word.hasDigit) {
      at += 1;
      continue;
    }
    const here = { word: at, sentence: word.sentence };
    const simple = (role: ArticleRole, rule: ArticleRule, cue: string, last = at): void => {
      const tail = words[last] as ArticleWord;
      figures.push({ start: word.start, end: tail.end, text: text.slice(word.start, tail.end), role, rule, cue, ...here });
    };
    const previous = words[at - 1];
    if (identifierWords.has(at) || (previous !== undefined && previous.sentence === word.sentence && vocabulary.identifierWords.includes(previous.lower))) {
      simple('other', 'identifier', previous?.text ?? '');
      // `Nomor 1 Tahun 2022`: the year belongs to the decree's number.
      if (words[at + 1]?.lower === 'tahun' && words[at + 2]?.hasDigit === true) identifierWords.add(at + 2);
      at += 1;
      continue;
    }
    if (word.lower.startsWith('ke-')) {
      simple('other', 'identifier', 'ke-');
      at += 1;
      continue;
    }
    const date = dateOfWord.get(at);
    if (date !== undefined) {
      const awardYear = date.precision === 'year' && facts.award.has(word.sentence) && words[at - 1]?.lower === 'tahun';
      simple(awardYear ? 'award-year' : 'date', awardYear ? 'award-year' : 'date', date.text);
      at += 1;
      continue;
    }
    const moneyPrefix = vocabulary.moneyPrefixes.find((prefix) => word.lower.startsWith(prefix));
    if (moneyPrefix !== undefined || (previous !== undefined && vocabulary.moneyPrefixes.includes(previous.lower))) {
      const last = SCALE_WORDS.has(words[at + 1]?.lower ?? '') ? at + 1 : at;
      simple('money', 'money', moneyPrefix ?? previous?.text ?? '', last);
      at = last + 1;
      continue;
    }
    const link = facts.linkLine.get(word.line);
    if (link !== undefined) {
      simple('other', 'link', link);
      at += 1;
      continue;
    }
    if (!NUMBER_TOKEN.test(word.lower) || word.lower.length > MAX_FIGURE_TOKEN) {
      simple('other', 'not-a-figure', '');
      at += 1;
      continue;
    }
    const phone = phoneWordBefore(words, at);
    if (phone !== undefined) {
      simple('other', 'phone', phone);
      at += 1;
      continue;
    }
    at = readFigureAt(text, words, at, facts, figures);
  }
  return figures;
}

/** A phone word (whole word: `wa` is not in `jiwa`) within three words before `at`, in its sentence. */
function phoneWordBefore(words: readonly ArticleWord[], at: number): string | undefined {
  const sentence = words[at]?.sentence;
  for (let back = at - 1; back >= 0 && back >= at - 3; back -= 1) {
    const word = words[back] as ArticleWord;
    if (word.sentence !== sentence) return undefined;
    if (ARTICLE_VOCABULARY.phoneWords.includes(word.lower)) return word.text;
  }
  return undefined;
}

/** The hedge words just before word `at`, as the figure parser knows them: how many. */
function hedgeLength(words: readonly ArticleWord[], at: number): number {
  for (const entry of FIGURE_WORDS.qualifiers) {
    const first = at - entry.words.length;
    if (first < 0) continue;
    const matches = entry.words.every((part, offset) => {
      const word = words[first + offset] as ArticleWord;
      return word.lower === part && word.sentence === words[at]?.sentence;
    });
    if (matches) return entry.words.length;
  }
  return 0;
}

/** Reads the figure whose number is word `at`, pushes it, and returns the next word to read. */
function readFigureAt(
  text: string,
  words: readonly ArticleWord[],
  at: number,
  facts: SentenceFacts,
  figures: ReadFigure[],
): number {
  const vocabulary = ARTICLE_VOCABULARY;
  const word = words[at] as ArticleWord;
  const first = at - hedgeLength(words, at);
  let last = at;
  const next = words[at + 1];
  const sameSentence = (candidate: ArticleWord | undefined): candidate is ArticleWord =>
    candidate !== undefined && candidate.sentence === word.sentence;
  if (sameSentence(next) && (next.lower === '%' || FIGURE_WORDS.percentWords.includes(next.lower))) {
    last = at + 1;
  } else {
    if (sameSentence(words[last + 1]) && SCALE_WORDS.has(words[last + 1]?.lower ?? '')) last += 1;
    if (sameSentence(words[last + 1]) && FIGURE_WORDS.unitNouns.includes(words[last + 1]?.lower ?? '')) last += 1;
  }
  const head = words[first] as ArticleWord;
  const tail = words[last] as ArticleWord;
  const figureText = text.slice(head.start, tail.end);
  const bare = last === at;
  const percentCue = bare ? nearestCueBefore(text, words, first, 3, PERCENT_CUES) : undefined;
  const parsed = safeParseFigure(figureText, percentCue === undefined ? undefined : { kind: 'percent' });
  const base = { start: head.start, end: tail.end, text: figureText, word: at, sentence: word.sentence };
  if (!parsed.success) {
    figures.push({ ...base, role: 'other', rule: 'not-a-figure', cue: '' });
    return at + 1;
  }
  const figure = parsed.output;
  const push = (role: ArticleRole, rule: ArticleRule, cue: string, extra: { readonly level?: 'province' | 'regency' } = {}): number => {
    figures.push({ ...base, role, rule, cue, figure, ...extra });
    return last + 1;
  };
  const after = words[last + 1];
  const previous = first > 0 ? words[first - 1] : undefined;
  const sign = text.charAt(head.start - 1);
  // A sign starts a word (`ini -0,42%`); between two numbers (`3-4 persen`) it is a range.
  const signStartsWord = head.start < 2 || /\s/u.test(text.charAt(head.start - 2));
  if (figure.kind !== 'count' && signStartsWord && (sign === '+' || sign === '-' || sign === '\u2212')) {
    // `-0,42%` (as formatPercent prints a decline) is a change, never a coverage.
    return push('other', 'change', sign);
  }
  if (figure.kind !== 'count' && sameSentence(previous) && FIGURE_WORDS.changeWords.some((entry) => entry.word === previous.lower)) {
    // `turun 0,42 persen` is a change of a percentage, never a coverage to check against counts.
    return push('other', 'change', previous.text);
  }
  if (figure.kind === 'count') {
    if (sameSentence(after) && vocabulary.moneyWords.includes(after.lower)) return push('money', 'money', after.text);
    if (bare && sameSentence(after)) {
      const noun = vocabulary.regionNouns.find((entry) => entry.word === after.lower);
      if (noun !== undefined) return push('region-count', 'region-noun', after.text, { level: noun.level });
      if (vocabulary.durationWords.includes(after.lower)) return push('other', 'duration', after.text);
    }
    const following = cueAfter(text, words, last + 1, AFTER_WINDOW, vocabulary.countCuesAfter, word.sentence);
    if (following !== undefined) return push(following.cue.role, 'cue-after', following.words);
    const unitRole = last > at ? vocabulary.unitNounRoles[(words[last] as ArticleWord).lower] : undefined;
    if (unitRole !== undefined) return push(unitRole, 'unit-noun', (words[last] as ArticleWord).text);
    const before = nearestCueBefore(text, words, first, CUE_WINDOW, vocabulary.countCues);
    if (before !== undefined) return push(before.cue.role, 'cue-before', before.words);
    return bare ? push('other', 'no-cue', '') : push('participants', 'default-count', '');
  }
  const activity = nearestCueBefore(text, words, first, ACTIVITY_WINDOW, vocabulary.activityCues);
  if (activity !== undefined) {
    const segment = nearestCueBefore(text, words, first, CUE_WINDOW, SEGMENT_CUES);
    if (segment !== undefined) return push('segment-activity', 'segment-cue', segment.words);
    return push(activity.cue.role, 'activity-cue', activity.words);
  }
  const target = nearestCueBefore(text, words, first, CUE_WINDOW, vocabulary.targetCues);
  if (target !== undefined) return push('target', 'target-cue', target.words);
  if (figure.qualifier === 'at-least' || (figure.qualifier === 'more-than' && facts.regionCount.has(word.sentence))) {
    return push('threshold', 'threshold', text.slice(head.start, word.start).trim());
  }
  return push('coverage', 'default-percent', '');
}

const PERCENT_CUES: readonly ArticleCue[] = /* @__PURE__ */ ARTICLE_VOCABULARY.percentCues.map((word) => ({
  words: [word],
  role: 'coverage' as const,
}));
const SEGMENT_CUES: readonly ArticleCue[] = /* @__PURE__ */ ARTICLE_VOCABULARY.segmentWords.map((word) => ({
  words: [word],
  role: 'segment-activity' as const,
}));
