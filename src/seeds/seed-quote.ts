import type { SeedArticleId } from './seed-articles.js';

/**
 * Where a number was printed: the article, a sentence of it, and the number's own words.
 *
 * `quote` is a verbatim substring of the article that occurs in it exactly once (so it locates
 * the number; where an article repeats a line, the quote runs into the next line, `\n` included).
 * `text` is a verbatim substring of `quote`, occurring in it once, that holds the number as
 * printed with its hedge, unit and scale words (`'sekitar 400 ribu orang'`, `'99,46 %'`).
 * Every record of {@link SEED_FIGURES}, {@link SEED_DATES} and {@link SEED_NON_METRICS} is a
 * `SeedQuote`; together they account for every number printed in the five articles.
 *
 * @example
 * ```ts
 * const where: SeedQuote = {
 *   article: '003_d0779c9ee81e164e',
 *   quote: 'masih ada sekitar 400 ribu orang penduduk yang belum masuk dalam jaminan kesehatan nasional',
 *   text: 'sekitar 400 ribu orang',
 * };
 * ```
 *
 * @category Seed dataset
 */
export interface SeedQuote {
  /** The article it was printed in. */
  readonly article: SeedArticleId;
  /** A verbatim substring of the article, unique in it, holding `text`. */
  readonly quote: string;
  /** The number's verbatim text, unique inside `quote`. */
  readonly text: string;
}
