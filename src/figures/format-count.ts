import { assertCount, assertOneOf, assertOptions, fail } from '../internal/assert.js';
import { resolveFigureLocale, type FigureLocale } from './figure-locale.js';
import { resolveFractionDigits } from './fraction-digits.js';
import { numberFormatter } from './number-formatters.js';
import { safeParseFigure } from './parse-figure.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * How {@link formatCount} scales a count: `'none'` prints every digit (`8.911.770`), `'auto'`
 * uses a scale word from the locale's compact long notation (`252,17 juta`).
 *
 * @category Figures
 */
export type CountScale = 'none' | 'auto';

/**
 * Options of {@link formatCount}.
 *
 * @example
 * ```ts
 * const options: FormatCountOptions = { locale: 'en', scale: 'auto', decimals: 1 };
 * ```
 *
 * @category Figures
 */
export interface FormatCountOptions {
  /** `'id'` (default) or `'en'`. */
  readonly locale?: FigureLocale;
  /** `'none'` (default) or `'auto'`. */
  readonly scale?: CountScale;
  /**
   * Only with `scale: 'auto'`: the most decimals of the scaled number, 0 to 20, default 2.
   * Trailing zeros are dropped as the press prints them (`400 ribu`, `252,1 juta`).
   */
  readonly decimals?: number;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['locale', 'scale', 'decimals']);
/** 9 000 triliun: below it no scaled print reaches `Number.MAX_SAFE_INTEGER` (9007,2 triliun). */
const NEAR_MAX_SAFE = 9e15;
const SCALES: readonly CountScale[] = /* @__PURE__ */ Object.freeze(['none', 'auto'] as const);

/**
 * Formats a count of people the way the locale prints it, with `Intl.NumberFormat` (no
 * hand-written tables). With `scale: 'auto'` the count is rounded to a scale word (`ribu`, `juta`,
 * `miliar`, `triliun`; `thousand` ... in English); counts below a thousand print in full.
 * {@link parseFigure} reads every result back: exactly without a scale, and with one into a
 * figure whose `rounded` interval contains the count. A count so close to
 * `Number.MAX_SAFE_INTEGER` that its scaled print rounds up past it (`9007,2 triliun` for
 * 9 007 199 254 740 991 with two decimals) would not read back as a count, so it is refused;
 * such a count prints in full with `scale: 'none'`.
 *
 * @param count - a non-negative safe integer
 * @param options - `locale`, `scale`, `decimals`
 * @returns the formatted count
 * @throws {@link UhcMetricsError} `INVALID_COUNT` when `count` is not a non-negative safe integer
 *   (including `NaN` and `Infinity`); `INVALID_OPTION` for an unknown option, a `locale` or
 *   `scale` outside its set, `decimals` not an integer from 0 to 20, or `decimals` without
 *   `scale: 'auto'`; `INVALID_COUNT` also when, with `scale: 'auto'`, the printed figure
 *   rounds past `Number.MAX_SAFE_INTEGER` (counts above 9 000 triliun only)
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * formatCount(8_911_770);
 * // => '8.911.770'
 * formatCount(8_911_770, { locale: 'en' });
 * // => '8,911,770'
 * formatCount(252_170_000, { scale: 'auto' });
 * // => '252,17 juta'
 * formatCount(252_170_000, { locale: 'en', scale: 'auto' });
 * // => '252.17 million'
 * formatCount(400_000, { scale: 'auto' });
 * // => '400 ribu'
 * ```
 *
 * @category Figures
 */
export function formatCount(count: number, options?: FormatCountOptions): string {
  options = copyInput(options, ['options']);
  assertCount(count, ['count']);
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  const locale = resolveFigureLocale(rawOptions?.['locale'], ['options', 'locale']);
  const scale = rawOptions?.['scale'] ?? 'none';
  assertOneOf(scale, SCALES, ['options', 'scale']);
  const decimals = rawOptions?.['decimals'];
  if (scale === 'none') {
    if (decimals !== undefined) {
      fail('INVALID_OPTION', ['options', 'decimals'], decimals, "applies only with scale: 'auto' (a count has no decimals)");
    }
    // `+ 0` turns -0 (a valid count, e.g. from JSON) into 0, which Intl would print as "-0".
    return numberFormatter(locale, { maximumFractionDigits: 0 }).format(count + 0);
  }
  const text = numberFormatter(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    minimumFractionDigits: 0,
    maximumFractionDigits: resolveFractionDigits(decimals, ['options', 'decimals'], 2),
  }).format(count + 0);
  // Only a count within half a printed step of the largest safe integer can round past it.
  if (count > NEAR_MAX_SAFE && !safeParseFigure(text, { locale, kind: 'count' }).success) {
    fail('INVALID_COUNT', ['count'], count, `prints as ${JSON.stringify(text)} with scale 'auto', beyond Number.MAX_SAFE_INTEGER: use scale 'none'`);
  }
  return text;
}
