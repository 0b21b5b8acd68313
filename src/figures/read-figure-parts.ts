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
/** The longest figure is a two-word hedge, the number, a scale word and a unit noun. */
const MAX_TOKENS = 5;
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

/** What the grammar read from a figure's text, before kind and value are decided. */
interface FigureParts {
  readonly qualifier: FigureQualifier;
  readonly integerDigits: string;
  readonly fractionDigits: string;
  /** `%` or a percent word was printed. */
  readonly percent: boolean;
  /** A scale word or a unit noun was printed: only counts have them. */
  readonly counted: boolean;
  readonly scaleExponent: number;
}

/** Reads `[hedge] number ( % | percent word | [scale word] [unit noun] )`, or throws `INVALID_FIGURE`. */
export function readFigureParts(text: string, locale: FigureLocale): FigureParts {
  const vocabulary = FIGURE_VOCABULARY[locale];
  const tokens = leadingTokens(text, MAX_TOKENS);
  if (tokens.length === 0) invalidFigure(text, locale, 'it is empty');
  const words = tokens.map((token) => token.toLowerCase());

  const hedge = matchQualifier(words, vocabulary);
  let index = hedge.length;
  let numberToken = tokens[index];
  if (numberToken === undefined) invalidFigure(text, locale, 'a number must follow the hedge');
  let percent = numberToken.length > 1 && numberToken.endsWith('%');
  if (percent) numberToken = numberToken.slice(0, -1);
  const lowerNumber = numberToken.toLowerCase();
  if (CURRENCY_PREFIXES.some((prefix) => lowerNumber.startsWith(prefix))) {
    invalidFigure(text, locale, `${describeValue(numberToken)} is an amount of money; only counts and percentages are figures`);
  }
  const scanned = scanFigureNumber(numberToken, vocabulary.groupSeparator, vocabulary.decimalSeparator);
  if (!scanned.ok) invalidFigure(text, locale, scanned.reason);
  index += 1;

  const next = words[index] ?? '';
  if (!percent && (next === '%' || vocabulary.percentWords.includes(next))) {
    percent = true;
    index += 1;
  }
  let scaleExponent = 0;
  let counted = false;
  if (!percent) {
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
  return { qualifier: hedge.qualifier, ...scanned.number, percent, counted, scaleExponent };
}
