import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertOneOf } from '../internal/assert.js';

/**
 * How a figure is written: `'id'` (Indonesian: `8.911.770`, `99,46 %`, `252,17 juta`) or
 * `'en'` (English: `8,911,770`, `99.46%`, `252.17 million`).
 *
 * @example
 * ```ts
 * const locale: FigureLocale = 'id';
 * ```
 *
 * @category Figures
 */
export type FigureLocale = 'id' | 'en';

/** Every {@link FigureLocale}, in the order error messages list them. */
const FIGURE_LOCALES: readonly FigureLocale[] = /* @__PURE__ */ Object.freeze(['id', 'en'] as const);

/** The `Intl` locale tag each figure locale formats with. */
const INTL_LOCALE_TAGS: Readonly<Record<FigureLocale, string>> = /* @__PURE__ */ Object.freeze({ id: 'id-ID', en: 'en-US' });

/**
 * The figure locale an option names, `'id'` when it is absent.
 * Throws `INVALID_OPTION` at `path` for anything but `'id'`, `'en'` or `undefined`.
 */
export function resolveFigureLocale(value: unknown, path: IssuePath): FigureLocale {
  if (value === undefined) return 'id';
  assertOneOf(value, FIGURE_LOCALES, path);
  return value;
}

/** The BCP 47 tag that `Intl.NumberFormat` gets for a figure locale. */
export function intlLocaleTag(locale: FigureLocale): string {
  return INTL_LOCALE_TAGS[locale];
}
