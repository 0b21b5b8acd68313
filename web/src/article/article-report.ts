// What the article tool shows, independent of how the library's article checker words its
// result: an adapter (check-article.ts) turns the checker's result into this shape.
import type { Locale } from '../messages.js';

/** The outcome of checking one printed figure. */
export type FigureVerdict = 'consistent' | 'inconsistent' | 'unchecked';

/** One printed figure of the text, located by character offsets. */
export interface ArticleFigure {
  /** Offset of the figure's first character in the text. */
  readonly start: number;
  /** Offset just after its last character. */
  readonly end: number;
  /** What the figure is (`coverage`, `participants`, `other`, ...): a class name and legend entry. */
  readonly role: string;
  /** The role in words, in the page's language. */
  readonly roleLabel: string;
  readonly verdict: FigureVerdict;
  /** Why: what it was checked against, the computed value, the likely cause, or why it cannot be checked. */
  readonly explanation: string;
}

/** A claim: figures about one region on one date, with the reconciliation of its percentages. */
export interface ArticleClaim {
  readonly region: string;
  readonly date: string;
  /** The counts printed, and what the percentages imply when only one count is printed. */
  readonly counts: readonly string[];
  /** The percentages printed, each with its verdict. */
  readonly printed: readonly { readonly text: string; readonly verdict: FigureVerdict }[];
  /** The percentages the counts give. */
  readonly computed: readonly string[];
  /** Likely causes of what does not agree, and prints that disagree. */
  readonly causes: readonly string[];
}

export interface ArticleReport {
  readonly figures: readonly ArticleFigure[];
  readonly claims: readonly ArticleClaim[];
}

/** Checks an article's text in a language. */
export type ArticleChecker = (text: string, locale: Locale) => ArticleReport;
