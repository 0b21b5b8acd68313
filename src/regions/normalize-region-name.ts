import { fail } from '../internal/assert.js';

/**
 * A region name reduced to what name lookup compares: accents removed, lower case, every run of
 * punctuation or white space turned into one space, trimmed. Word boundaries are kept, so the
 * result can be searched for inside normalised prose. Linear in the length of `text`.
 *
 * @param text - A region name as written.
 * @returns The normalised name; `''` when nothing but punctuation and spaces was given.
 * @throws {@link uhc-metrics!UhcMetricsError} `INVALID_TYPE` at path `['text']` when `text` is not a string.
 *
 * @example
 * ```ts
 * normalizeRegionName('KAB. Pangkajene dan Kepulauan');
 * // => 'kab pangkajene dan kepulauan'
 * normalizeRegionName('  Kota  Bau-Bau ');
 * // => 'kota bau bau'
 * normalizeRegionName('Tanjung Balai, Karimun');
 * // => 'tanjung balai karimun'
 * ```
 *
 * @category Regions
 */
export function normalizeRegionName(text: string): string {
  if (typeof text !== 'string') fail('INVALID_TYPE', ['text'], text, 'must be a string');
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
