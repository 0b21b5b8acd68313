import { assertFiniteNumber, assertOptions } from '../internal/assert.js';
import { resolveFigureLocale, type FigureLocale } from './figure-locale.js';
import { resolveFractionDigits } from './fraction-digits.js';
import { formatWithoutNegativeZero } from './number-formatters.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link formatPercent}.
 *
 * @example
 * ```ts
 * const options: FormatPercentOptions = { locale: 'en', decimals: 1 };
 * ```
 *
 * @category Figures
 */
export interface FormatPercentOptions {
  /** `'id'` (default) or `'en'`. */
  readonly locale?: FigureLocale;
  /** Decimals printed, always that many (`98,00%`), 0 to 20; default 2. */
  readonly decimals?: number;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['locale', 'decimals']);

/**
 * Formats a percentage given in percent (`98.46`, not `0.9846`) the way the locale prints it, with
 * `Intl.NumberFormat`, rounding half away from zero to `decimals`. Values above 100 (coverage can
 * exceed 100%) and negative ones (a decline) are formatted as they are; a value that rounds to
 * zero (`-0`, `-0.001`) prints without a minus sign. Every result reads back: {@link parseFigure}
 * gives a figure whose value is the printed one and whose `rounded` interval holds `pct`, for
 * every finite `pct` and every `decimals` (a decline reads back signed, `-0,42%`; a printed zero
 * allows the tiny values on both sides; the 309 digits of the largest double are within the
 * parser's limit).
 *
 * @param pct - `undefined` (gives `undefined`) or a finite number of percent
 * @param options - `locale`, `decimals`
 * @returns the formatted percentage, e.g. `'98,46%'`; `undefined` for `undefined`
 * @throws {@link UhcMetricsError} `INVALID_NUMBER` when `pct` is not a finite number;
 *   `INVALID_OPTION` for an unknown option, a `locale` outside `'id'` / `'en'`, or `decimals`
 *   not an integer from 0 to 20
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * formatPercent(98.46);
 * // => '98,46%'
 * formatPercent(98.46, { locale: 'en' });
 * // => '98.46%'
 * formatPercent(101.8, { decimals: 1 });
 * // => '101,8%'
 * formatPercent(-0.42);
 * // => '-0,42%'
 * formatPercent(-0);
 * // => '0,00%'
 * parseFigure(formatPercent(-0.42)).value;
 * // => -0.42
 * ```
 *
 * @category Figures
 */
export function formatPercent(pct: number, options?: FormatPercentOptions): string;
/**
 * An undefined value (a coverage of a population of 0, a missing count) gives `undefined`, never
 * a printed number: the caller decides what to show.
 */
export function formatPercent(pct: number | undefined, options?: FormatPercentOptions): string | undefined;
export function formatPercent(pct: number | undefined, options?: FormatPercentOptions): string | undefined {
  options = copyInput(options, ['options']);
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  const locale = resolveFigureLocale(rawOptions?.['locale'], ['options', 'locale']);
  const decimals = resolveFractionDigits(rawOptions?.['decimals'], ['options', 'decimals'], 2);
  if (pct === undefined) return undefined;
  assertFiniteNumber(pct, ['pct']);
  return formatWithoutNegativeZero(
    locale,
    { style: 'unit', unit: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    pct,
  );
}
