import { intlLocaleTag, type FigureLocale } from './figure-locale.js';

/** Formatters already built: constructing an `Intl.NumberFormat` costs far more than using one. */
const cache = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/**
 * A shared `Intl.NumberFormat` for a figure locale and options. The key space is small (two
 * locales, a few styles, 21 digit counts), so the cache stays bounded.
 */
export function numberFormatter(locale: FigureLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = intlLocaleTag(locale);
  const key = JSON.stringify([tag, options]);
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(tag, options);
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats with the sign shown only for a number that is still negative after rounding: no `-0`
 * and no `-0,00` for a tiny negative. (`signDisplay: 'negative'` does this but is ES2023.)
 */
export function formatWithoutNegativeZero(locale: FigureLocale, options: Intl.NumberFormatOptions, value: number): string {
  return numberFormatter(locale, { ...options, signDisplay: 'exceptZero' })
    .formatToParts(value)
    .filter((part) => part.type !== 'plusSign')
    .map((part) => part.value)
    .join('');
}
