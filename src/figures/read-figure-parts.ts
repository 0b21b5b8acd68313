import { fail } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import type { FigureLocale } from './figure-locale.js';
import { FIGURE_VOCABULARY, type FigureVocabulary } from './figure-vocabulary.js';
import type { FigureQualifier } from './printed-figure.js';
import { scanFigureNumber } from './scan-figure-number.js';

// The grammar of a printed figure, read token by token in one pass: no regular expression
// over the whole text, so a long or hostile string fails in linear time.

/** Prefixes of money amounts, which are neither counts of people nor percentages. */
const CURRENCY_PREFIXES: readonly string[] = /* @__PURE__ */ Object.freeze(['rp', 'idr', 'us$', '$']);
/** The longest figure is a change word, a two-word hedge, the number, a scale word and a unit noun. */
const MAX_TOKENS = 6;
/** Signs printed before a number: plus, hyphen-minus, and the Unicode minus sign U+2212. */
const SIGNS: Readonly<Record<string, -1 | 1>> = /* @__PURE__ */ Object.freeze({ '+': 1, '-': -1, '\u2212': -1 });
const WHITESPACE = /\s/u;

/** Throws `INVALID_FIGURE` for `text` with the reason it is not a figure. */
export function invalidFigure(text: string, locale: FigureLocale, reason: string): never {
  return fail('INVALID_FIGURE', ['text'], text, `must be a printed figure in locale '${locale}' (${reason})`);
}

/**
 * The first whitespace-separated tokens of `text`: at most `limit + 1`, so that text beyond a
 * figure is seen without reading the rest of a long string.
 */
function leadingTokens(text: string, limit: number): string[] {
  const tokens: string[] = [];
  let index = 0;
  while (tokens.length <= limit) {
    while (index < text.length && WHITESPACE.test(text.charAt(index))) index += 1;
    if (index >= text.length) break;
    const start = index;
    while (index < text.length && !WHITESPACE.test(text.charAt(index))) index += 1;
    tokens.push(text.slice(start, index));
  }
  return tokens;
}

/** The hedge the words start with, and how many words it spans (0 for none). */
function matchQualifier(
  words: readonly string[],
  vocabulary: FigureVocabulary,
): { readonly qualifier: FigureQualifier; readonly length: number } {
  for (const entry of vocabulary.qualifiers) {
    if (entry.words.every((word, offset) => words[offset] === word)) {
      return { qualifier: entry.qualifier, length: entry.words.length };
    }
  }
  return { qualifier: 'exact', length: 0 };
}

/** How many words of `words`, from `index`, one of the point words spans (0 for none). */
function matchPointWords(words: readonly string[], index: number, vocabulary: FigureVocabulary): number {
  for (const entry of vocabulary.pointWords) {
    if (entry.every((word, offset) => words[index + offset] === word)) return entry.length;
  }
  return 0;
}

/** What the grammar read from a figure's text, before kind and value are decided. */
interface FigureParts {
  /** The sign printed (`+`, `-`, `\u2212`) or given by a change word (`turun`, `naik`); `0` when none. */
  readonly sign: -1 | 0 | 1;
  readonly qualifier: FigureQualifier;
  readonly integerDigits: string;
  readonly fractionDigits: string;
  /** `%` or a percent word was printed. */
  readonly percent: boolean;
  /** A point word (`pp`, `poin persen`) was printed. */
  readonly points: boolean;
  /** A scale word or a unit noun was printed: only counts have them. */
  readonly counted: boolean;
  readonly scaleExponent: number;
}

/**
 * Reads `[change word] [hedge] [sign]number ( % | percent word | point words | [scale word] [unit noun] )`,
 * or throws `INVALID_FIGURE`.
 */
export function readFigureParts(text: string, locale: FigureLocale): FigureParts {
  const vocabulary = FIGURE_VOCABULARY[locale];
  const tokens = leadingTokens(text, MAX_TOKENS);
  if (tokens.length === 0) invalidFigure(text, locale, 'it is empty');
  const words = tokens.map((token) => token.toLowerCase());

  const change = vocabulary.changeWords.find((entry) => entry.word === words[0]);
  const start = change === undefined ? 0 : 1;
  const hedge = matchQualifier(words.slice(start), vocabulary);
  let index = start + hedge.length;
  let numberToken = tokens[index];
  if (numberToken === undefined) invalidFigure(text, locale, `a number must follow ${describeValue(tokens[index - 1])}`);
  let percent = numberToken.length > 1 && numberToken.endsWith('%');
  if (percent) numberToken = numberToken.slice(0, -1);
  const printedSign = SIGNS[numberToken.charAt(0)];
  if (printedSign !== undefined) {
    if (change !== undefined) {
      invalidFigure(text, locale, `a change word (${describeValue(tokens[0])}) and a sign are both printed; give one`);
    }
    numberToken = numberToken.slice(1);
  }
  const sign = printedSign ?? change?.sign ?? 0;
  const lowerNumber = numberToken.toLowerCase();
  if (CURRENCY_PREFIXES.some((prefix) => lowerNumber.startsWith(prefix))) {
    invalidFigure(text, locale, `${describeValue(numberToken)} is an amount of money; only counts and percentages are figures`);
  }
  const scanned = scanFigureNumber(numberToken, vocabulary.groupSeparator, vocabulary.decimalSeparator);
  if (!scanned.ok) invalidFigure(text, locale, scanned.reason);
  index += 1;

  const pointLength = percent ? 0 : matchPointWords(words, index, vocabulary);
  const points = pointLength > 0;
  index += pointLength;
  const next = words[index] ?? '';
  if (!percent && !points && (next === '%' || vocabulary.percentWords.includes(next))) {
    percent = true;
    index += 1;
  }
  let scaleExponent = 0;
  let counted = false;
  if (!percent && !points) {
    const scale = vocabulary.scaleWords.find((entry) => entry.word === words[index]);
    if (scale !== undefined) {
      scaleExponent = scale.exponent;
      counted = true;
      index += 1;
    }
    if (vocabulary.unitNouns.includes(words[index] ?? '')) {
      counted = true;
      index += 1;
    }
  }
  const extra = tokens[index];
  if (extra !== undefined) invalidFigure(text, locale, `unexpected ${describeValue(extra)} after the figure`);
  return { sign, qualifier: hedge.qualifier, ...scanned.number, percent, points, counted, scaleExponent };
}
