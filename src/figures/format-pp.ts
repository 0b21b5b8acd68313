import { assertFiniteNumber, assertOptions } from '../internal/assert.js';
import { resolveFigureLocale, type FigureLocale } from './figure-locale.js';
import { resolveFractionDigits } from './fraction-digits.js';
import { numberFormatter } from './number-formatters.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link formatPp}.
 *
 * @example
 * ```ts
 * const options: FormatPpOptions = { locale: 'en', decimals: 1 };
 * ```
 *
 * @category Figures
 */
export interface FormatPpOptions {
  /** `'id'` (default) or `'en'`. */
  readonly locale?: FigureLocale;
  /** Decimals printed, always that many, 0 to 20; default 2. */
  readonly decimals?: number;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['locale', 'decimals']);

/**
 * Formats a difference of two percentages in percentage points: the number in the locale's
 * digits via `Intl.NumberFormat`, always signed (`+` or `-`) unless it rounds to zero, then a
 * space and `pp` in both locales (`Intl` has no percentage-point unit; `pp` is the usual
 * abbreviation in Indonesian statistical writing too). A percentage sign would be wrong here:
 * 95% to 98% is +3 pp but +3,16%. Every result reads back: {@link parseFigure} gives a figure of
 * kind `pp`, signed, whose `rounded` interval holds `pp`.
 *
 * @param pp - `undefined` (gives `undefined`) or a finite number of percentage points
 * @param options - `locale`, `decimals`
 * @returns the formatted difference, e.g. `'+3,15 pp'`; `undefined` for `undefined`
 * @throws {@link UhcMetricsError} `INVALID_NUMBER` when `pp` is not a finite number;
 *   `INVALID_OPTION` for an unknown option, a `locale` outside `'id'` / `'en'`, or `decimals`
 *   not an integer from 0 to 20
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * formatPp(3.15);
 * // => '+3,15 pp'
 * formatPp(3.15, { locale: 'en' });
 * // => '+3.15 pp'
 * formatPp(-1.5, { decimals: 1 });
 * // => '-1,5 pp'
 * formatPp(0);
 * // => '0,00 pp'
 * parseFigure(formatPp(-1.5, { decimals: 1 })).rounded;
 * // => { low: -1.55, high: -1.45 }
 * ```
 *
 * @category Figures
 */
export function formatPp(pp: number, options?: FormatPpOptions): string;
/**
 * An undefined value (a coverage of a population of 0, a missing count) gives `undefined`, never
 * a printed number: the caller decides what to show.
 */
export function formatPp(pp: number | undefined, options?: FormatPpOptions): string | undefined;
export function formatPp(pp: number | undefined, options?: FormatPpOptions): string | undefined {
  options = copyInput(options, ['options']);
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  const locale = resolveFigureLocale(rawOptions?.['locale'], ['options', 'locale']);
  const decimals = resolveFractionDigits(rawOptions?.['decimals'], ['options', 'decimals'], 2);
  if (pp === undefined) return undefined;
  assertFiniteNumber(pp, ['pp']);
  const number = numberFormatter(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(pp);
  return `${number} pp`;
}
