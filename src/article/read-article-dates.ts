import { FIGURE_VOCABULARY } from '../figures/figure-vocabulary.js';
import type { IsoDate } from '../models/snapshot.js';
import { dayNumberOf } from '../internal/calendar.js';
import type { ArticleWord } from './article-words.js';
import { ARTICLE_VOCABULARY } from './article-vocabulary.js';

/**
 * How precisely a date in prose is printed: a `day` (`1 Juli 2024`, `17/7/2024`), a `month`
 * (`November 2021`), a `year` (`tahun 2024`, `akhir 2024`), a `semester` (`semester II tahun
 * 2023`) or a `time` of day (`15:02`).
 *
 * @category Articles
 */
export type ArticleDatePrecision = 'day' | 'month' | 'year' | 'semester' | 'time';

/**
 * A date or period read from an article's prose.
 *
 * @example
 * ```ts
 * const date: ArticleDate = {
 *   start: 0, end: 18, text: 'hingga 1 Juli 2024', precision: 'day', asOf: '2024-07-01', governs: true,
 * };
 * ```
 *
 * @category Articles
 */
export interface ArticleDate {
  /** Offset of the first character, its cue word included (`hingga`, `per`, `akhir`). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The words as printed. */
  readonly text: string;
  /** How precisely it is printed. */
  readonly precision: ArticleDatePrecision;
  /**
   * The day it stands for: a month is its last day (`per November 2021` is `2021-11-30`), `akhir
   * 2024` is `2024-12-31`, a bare year its last day; absent for a time or a semester.
   */
  readonly asOf?: IsoDate;
  /** A semester as a period key (`'2023-S2'`). */
  readonly period?: string;
  /**
   * Whether the figures of its sentence refer to it: printed after `hingga`, `per`, `sampai dengan`
   * or `data`, or as `akhir YYYY`. A population's `semester` is read separately.
   */
  readonly governs: boolean;
}

/** A date with the words it covers. */
export interface LocatedDate extends ArticleDate {
  /** Index of its first number-or-name word (the cue word excluded). */
  readonly firstWord: number;
  /** Index of its last word. */
  readonly lastWord: number;
  /** Its sentence. */
  readonly sentence: number;
}

const ROMAN_SEMESTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, '1': 1, '2': 2 };

function isYearWord(word: ArticleWord | undefined): boolean {
  if (word === undefined || word.lower.length !== 4 || !/^\d{4}$/u.test(word.lower)) return false;
  const year = Number(word.lower);
  return year >= 1900 && year <= 2100;
}

const FIGURE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '%',
  ...FIGURE_VOCABULARY.id.percentWords,
  ...FIGURE_VOCABULARY.id.scaleWords.map((entry) => entry.word),
  ...FIGURE_VOCABULARY.id.unitNouns,
]);

/** Whether a word after a number makes it a figure (`2024 jiwa`), not a year. */
function isFigureWord(word: ArticleWord | undefined): boolean {
  return word !== undefined && FIGURE_WORDS.has(word.lower);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The ISO date of a day, or `undefined` when no such day exists (`31 Juni`). */
function isoDay(year: number, month: number, day: number): IsoDate | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return dayNumberOf(iso) === undefined ? undefined : iso;
}

function lastDayOfMonth(year: number, month: number): IsoDate {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `17/7/2024` or `14/03/2023` as a day. */
function slashedDay(word: ArticleWord): IsoDate | undefined {
  const parts = word.lower.split('/');
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/u.test(part))) return undefined;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 ? isoDay(year, month, day) : undefined;
}

/**
 * Reads the dates and periods of an article from its words, in one pass: `1 Juli 2024`,
 * `22 Dec 2021`, `November 2021`, `17/7/2024`, `semester II tahun 2023`, `akhir 2024`, a year after
 * `tahun` / `TA` / `sejak`, a bare year, and a time `15:02`. The cue word before a date decides
 * whether it dates the figures of its sentence.
 */
export function readArticleDates(text: string, words: readonly ArticleWord[]): LocatedDate[] {
  const vocabulary = ARTICLE_VOCABULARY;
  const dates: LocatedDate[] = [];
  const push = (
    first: number,
    last: number,
    precision: ArticleDatePrecision,
    value: { readonly asOf?: IsoDate; readonly period?: string },
  ): void => {
    // A cue word (or two: `sampai dengan`, `hingga per`) just before the date.
    let cueFirst = first;
    while (cueFirst > first - 2 && vocabulary.asOfWords.includes(words[cueFirst - 1]?.lower ?? '')) cueFirst -= 1;
    const yearEnd = vocabulary.yearEndWords.includes(words[first - 1]?.lower ?? '');
    if (yearEnd) cueFirst = first - 1;
    const head = words[cueFirst] as ArticleWord;
    const tail = words[last] as ArticleWord;
    dates.push({
      start: head.start,
      end: tail.end,
      text: text.slice(head.start, tail.end),
      precision,
      ...value,
      governs: cueFirst < first && precision !== 'time' && precision !== 'semester',
      firstWord: first,
      lastWord: last,
      sentence: head.sentence,
    });
  };
  let at = 0;
  while (at < words.length) {
    const word = words[at] as ArticleWord;
    const next = words[at + 1];
    const month = vocabulary.months[word.lower];
    if (word.hasDigit && word.lower.includes('/')) {
      const day = slashedDay(word);
      if (day !== undefined) push(at, at, 'day', { asOf: day });
      at += 1;
      continue;
    }
    if (word.hasDigit && /^\d{1,2}:\d{2}$/u.test(word.lower)) {
      push(at, at, 'time', {});
      at += 1;
      continue;
    }
    if (/^\d{1,2}$/u.test(word.lower) && next !== undefined && vocabulary.months[next.lower] !== undefined && isYearWord(words[at + 2])) {
      const iso = isoDay(Number(words[at + 2]?.lower), vocabulary.months[next.lower] as number, Number(word.lower));
      if (iso !== undefined) {
        push(at, at + 2, 'day', { asOf: iso });
        at += 3;
        continue;
      }
    }
    if (month !== undefined && isYearWord(next)) {
      push(at, at + 1, 'month', { asOf: lastDayOfMonth(Number(next?.lower), month) });
      at += 2;
      continue;
    }
    if (vocabulary.semesterWords.includes(word.lower)) {
      const half = ROMAN_SEMESTERS[next?.lower ?? ''];
      const yearAt = words[at + 2]?.lower === 'tahun' ? at + 3 : at + 2;
      if (half !== undefined && isYearWord(words[yearAt])) {
        push(at, yearAt, 'semester', { period: `${words[yearAt]?.lower}-S${half}` });
        at = yearAt + 1;
        continue;
      }
    }
    const yearCue = [...vocabulary.yearWords, ...vocabulary.yearEndWords, ...vocabulary.asOfWords].includes(words[at - 1]?.lower ?? '');
    if (isYearWord(word) && (yearCue || !isFigureWord(next))) {
      push(at, at, 'year', { asOf: `${word.lower}-12-31` });
    }
    at += 1;
  }
  return dates;
}
