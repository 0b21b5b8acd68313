// Test tooling: the ledger of the numbers printed in an article. Not library code.
import type { SeedQuote } from '../../src/seeds/seed-quote.js';

/** A number as printed: a maximal run of digits with internal `.`, `,`, `/` or `:` separators. */
export interface NumberToken {
  readonly text: string;
  /** Offset of the first character in the article. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** Why a record cannot account for anything, or accounts wrongly. */
type RecordProblem =
  | { readonly kind: 'quote-not-found'; readonly record: SeedQuote }
  | { readonly kind: 'quote-not-unique'; readonly record: SeedQuote; readonly occurrences: number }
  | { readonly kind: 'text-not-in-quote'; readonly record: SeedQuote }
  | { readonly kind: 'text-not-unique-in-quote'; readonly record: SeedQuote }
  | { readonly kind: 'text-splits-number'; readonly record: SeedQuote; readonly token: NumberToken }
  | { readonly kind: 'text-holds-no-number'; readonly record: SeedQuote };

/** The outcome: every token, and what is wrong. An article is accounted for when all three lists are empty. */
export interface NumberLedger {
  readonly tokens: readonly NumberToken[];
  /** Tokens no record covers. */
  readonly unaccounted: readonly NumberToken[];
  /** Tokens more than one record covers, with those records. */
  readonly overcounted: readonly { readonly token: NumberToken; readonly records: readonly SeedQuote[] }[];
  readonly problems: readonly RecordProblem[];
}

const NUMBER_TOKEN = /\d+(?:[.,/:]\d+)*/g;

/** Every number token of a text, in order. */
export function numberTokens(text: string): readonly NumberToken[] {
  return [...text.matchAll(NUMBER_TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Offsets of every occurrence of `needle` in `haystack`, overlapping ones included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Accounts for every number token of `text` with `records` (the records of one article): each
 * token must lie inside exactly one record's `text`, located as the record's `quote` (unique in
 * `text`) and its `text` (unique in the quote). Pure: works on altered copies of an article.
 */
export function accountNumbers(text: string, records: readonly SeedQuote[]): NumberLedger {
  const tokens = numberTokens(text);
  const problems: RecordProblem[] = [];
  const spans: { readonly start: number; readonly end: number; readonly record: SeedQuote }[] = [];
  for (const record of records) {
    const quoteAt = occurrences(text, record.quote);
    if (quoteAt.length === 0) {
      problems.push({ kind: 'quote-not-found', record });
      continue;
    }
    if (quoteAt.length > 1) {
      problems.push({ kind: 'quote-not-unique', record, occurrences: quoteAt.length });
      continue;
    }
    const textAt = occurrences(record.quote, record.text);
    if (textAt.length === 0) {
      problems.push({ kind: 'text-not-in-quote', record });
      continue;
    }
    if (textAt.length > 1) {
      problems.push({ kind: 'text-not-unique-in-quote', record });
      continue;
    }
    const start = (quoteAt[0] ?? 0) + (textAt[0] ?? 0);
    const end = start + record.text.length;
    const cut = tokens.find(
      (token) => token.start < end && start < token.end && (token.start < start || token.end > end),
    );
    if (cut !== undefined) {
      problems.push({ kind: 'text-splits-number', record, token: cut });
      continue;
    }
    if (!tokens.some((token) => start <= token.start && token.end <= end)) {
      problems.push({ kind: 'text-holds-no-number', record });
      continue;
    }
    spans.push({ start, end, record });
  }
  const unaccounted: NumberToken[] = [];
  const overcounted: { token: NumberToken; records: SeedQuote[] }[] = [];
  for (const token of tokens) {
    const covering = spans
      .filter((span) => span.start <= token.start && token.end <= span.end)
      .map((span) => span.record);
    if (covering.length === 0) unaccounted.push(token);
    else if (covering.length > 1) overcounted.push({ token, records: covering });
  }
  return { tokens, unaccounted, overcounted, problems };
}
