import { UhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import type { SafeResult } from '../errors/safe-result.js';
import { assertOneOf, assertOptions, fail } from '../internal/assert.js';
import { resolveFigureLocale, type FigureLocale } from './figure-locale.js';
import type { FigureKind, PrintedFigure } from './printed-figure.js';
import { signedIntervals } from './printed-precision.js';
import { invalidFigure, readFigureParts } from './read-figure-parts.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link parseFigure} and {@link safeParseFigure}.
 *
 * @example
 * ```ts
 * const options: ParseFigureOptions = { locale: 'en', kind: 'percent' };
 * ```
 *
 * @category Figures
 */
export interface ParseFigureOptions {
  /** How the figure is written; `'id'` (Indonesian) by default. Decides what `.` and `,` mean. */
  readonly locale?: FigureLocale;
  /**
   * The kind expected. A figure printed as another kind (`%` when a count is expected, a scale
   * word or unit noun when a percentage is, `pp` when a percentage is) is an error; a bare number
   * (`95,31`) takes this kind. Without it a bare number is a count.
   */
  readonly kind?: FigureKind;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['locale', 'kind']);
const FIGURE_KINDS: readonly FigureKind[] = /* @__PURE__ */ Object.freeze(['count', 'percent', 'pp'] as const);
const MAX_COUNT_UNITS = 9_007_199_254_740_991n; // Number.MAX_SAFE_INTEGER, a literal so bundlers can drop it

/** Whether `digits x 10^exponent` is above `Number.MAX_SAFE_INTEGER`, decided exactly. */
function exceedsSafeInteger(digits: string, exponent: number): boolean {
  const scaledDigits = BigInt(digits) * 10n ** BigInt(Math.max(exponent, 0));
  return scaledDigits > MAX_COUNT_UNITS * 10n ** BigInt(Math.max(-exponent, 0));
}

/** `a count` / `a percentage` / `percentage points`, for messages. */
function kindName(kind: FigureKind): string {
  return kind === 'percent' ? 'a percentage' : kind === 'pp' ? 'percentage points' : 'a count';
}

/** Whether a digit string is all zeros: `-0,00` is zero, not a decline. */
function isZero(digits: string): boolean {
  for (let index = 0; index < digits.length; index += 1) if (digits.charCodeAt(index) !== 48) return false;
  return true;
}

/**
 * Parses a number as a newspaper or a BPJS release prints it (`8.911.770`, `99,46 %`,
 * `80,62 persen`, `252,17 juta jiwa`, `sekitar 400 ribu orang`, `lebih dari 95%`) into its value
 * and the intervals of true values its printed precision allows.
 *
 * Grammar (words case-insensitive, separated by whitespace; leading and trailing whitespace
 * ignored): `[change word] [hedge] [sign]number ( '%' | persen | point words | [scale word] [unit noun] )`,
 * with the words of {@link FIGURE_VOCABULARY} for the locale. `%` may touch the number (`98%`) or
 * not (`99,46 %`).
 * Separators are read by the locale, never guessed: in `'id'` `1.234` is 1234 and `1,5` is 1.5,
 * in `'en'` `1.234` is 1.234. The integer part is either ungrouped or grouped in threes.
 *
 * Kind: `%` or the percent word makes a percentage (value in percent: `99,46 %` is 99.46, scale
 * 0); a point word (`pp`, `poin persen`) makes percentage points (`pp`); a scale word or a unit
 * noun makes a count; a bare number takes `options.kind`, else count.
 *
 * Changes: a percentage or a number of points may be signed, so what {@link formatPercent} and
 * {@link formatPp} print reads back: `+` or `-` (or the Unicode minus `−`) touching the number
 * (`-0,42%`, `+1,2 pp`), or a change word before it (`turun 0,42 persen` is -0.42, `naik 1,5
 * persen` is 1.5), never both. The sign is in `value` and in every interval; there is no option
 * and no separate field, because the printed sign or word is what says a change is meant. A
 * printed `-0` is zero. A count never carries a sign or a change word (counts are never
 * negative), and a decline takes no bounding hedge (`turun lebih dari 2 persen` bounds the
 * magnitude or the signed value, the words do not say which).
 * A count's value is computed from the digits, not by float multiplication, so it is exact
 * whenever it is a whole number (`252,17 juta` is 252170000, not 252169999.99999997); a count
 * printed with more decimals than its scale word absorbs keeps its fraction (`1,2345 ribu` is
 * 1234.5, a bare `1.234` in `'en'` is 1.234). A count may not exceed `Number.MAX_SAFE_INTEGER`.
 *
 * `step` is one unit in the last printed place (`252,17 juta`: 10000; `400 ribu`: 1000;
 * `99,46 %`: 0.01). Intervals are closed, unbounded sides are `Infinity`, and every interval
 * contains `value`. A count's low bounds never go below 0. A decline's intervals are its
 * magnitude's, mirrored (truncation cuts toward zero); a percentage or points printed as zero
 * allows the values on both sides that round to it (`0,00%` is [-0.005, 0.005] rounded: what
 * formatPercent prints for -0.003). With `v` the value and `w` the width (one step;
 * for `about` and `almost`, one unit in the place of the last non-zero printed digit, so
 * `sekitar 400 ribu` has w = 100000):
 * - `exact`, `about`: `rounded` = `[v - w/2, v + w/2]`, `truncated` = `[v, v + w]`,
 *   `interval` = their hull;
 * - `more-than` (`lebih dari`, `di atas`): `[v, Infinity]`; the bound itself is excluded by the
 *   words but kept in the closed interval, so `v` is its low end;
 * - `at-least` (`minimal`, `paling sedikit`): `[v, Infinity]`;
 * - `less-than` (`kurang dari`, `di bawah`): `[0, v]`, `v` again the excluded bound kept;
 * - `almost` (`hampir`): `[v - w, v]` (just below, within one round place).
 * For the last four, `rounded`, `truncated` and `interval` are the same.
 *
 * @param text - the printed figure, e.g. `'252,17 juta jiwa'`
 * @param options - `locale` (`'id'` by default) and the expected `kind`
 * @returns the figure, frozen; `text` is kept as given
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `text` is not a string; `INVALID_OPTION`
 *   for an unknown option or a `locale` / `kind` outside its set; `INVALID_FIGURE` (path
 *   `['text']`) when the text is empty, malformed (`8.91.770`, `1..2`, `8,911.770` in `'id'`),
 *   a money amount (`Rp3,5 triliun`), has text after the figure or two numbers, is a count
 *   beyond `Number.MAX_SAFE_INTEGER`, is a count with a sign or a change word, is a decline with
 *   a bounding hedge, prints both a change word and a sign, has more than 330 digits, or is not
 *   of the expected kind.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * parseFigure('252,17 juta jiwa').value;
 * // => 252170000
 * parseFigure('99,46 %').rounded;
 * // => { low: 99.455, high: 99.465 }
 * parseFigure('sekitar 400 ribu').rounded;
 * // => { low: 350000, high: 450000 }
 * parseFigure('lebih dari 250 juta').interval;
 * // => { low: 250000000, high: Infinity }
 * parseFigure('1.234', { locale: 'en' }).value;
 * // => 1.234
 * // A decline, as formatPercent prints it or as prose writes it:
 * parseFigure('-0,42%').rounded;
 * // => { low: -0.425, high: -0.415 }
 * parseFigure('turun 0,42 persen').truncated;
 * // => { low: -0.43, high: -0.42 }
 * parseFigure('+1,2 pp').kind;
 * // => 'pp'
 * parseFigure('-5 jiwa');
 * // throws INVALID_FIGURE
 * ```
 *
 * @category Figures
 */
export function parseFigure(text: string, options?: ParseFigureOptions): PrintedFigure {
  options = copyInput(options, ['options']);
  if (typeof text !== 'string') fail('INVALID_TYPE', ['text'], text, 'must be a string');
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  const locale = resolveFigureLocale(rawOptions?.['locale'], ['options', 'locale']);
  const expectedKind = rawOptions?.['kind'];
  if (expectedKind !== undefined) assertOneOf(expectedKind, FIGURE_KINDS, ['options', 'kind']);
  const parts = readFigureParts(text, locale);
  const kind: FigureKind = parts.percent ? 'percent' : parts.points ? 'pp' : parts.counted ? 'count' : (expectedKind ?? 'count');
  if (expectedKind !== undefined && kind !== expectedKind) {
    invalidFigure(text, locale, `it is ${kindName(kind)}, expected ${kindName(expectedKind)}`);
  }
  if (kind === 'count' && parts.sign !== 0) {
    invalidFigure(text, locale, 'a count carries no sign or change word: counts are never negative');
  }
  const digits = parts.integerDigits + parts.fractionDigits;
  const decimals = parts.fractionDigits.length;
  const exponent = parts.scaleExponent - decimals;
  // Counts stop at the largest integer a double holds exactly; digits beyond it are not data.
  if (kind === 'count' && exceedsSafeInteger(digits, exponent)) {
    invalidFigure(text, locale, 'a count must not exceed Number.MAX_SAFE_INTEGER');
  }
  const negative = parts.sign < 0 && !isZero(digits);
  if (negative && parts.qualifier !== 'exact' && parts.qualifier !== 'about') {
    invalidFigure(text, locale, `a decline takes no bounding hedge (${parts.qualifier}): the words do not say whether they bound its size or its signed value`);
  }
  const intervals = signedIntervals(digits, exponent, parts.qualifier, negative, kind === 'count');
  const magnitude = Number(`${digits}e${exponent}`);
  return Object.freeze({
    text,
    kind,
    value: negative ? -magnitude : magnitude,
    decimals,
    scaleExponent: parts.scaleExponent,
    step: Number(`1e${exponent}`),
    qualifier: parts.qualifier,
    rounded: intervals.rounded,
    truncated: intervals.truncated,
    interval: intervals.interval,
  });
}

/**
 * {@link parseFigure} that returns its problems instead of throwing them: for text of unknown
 * origin (a scraped article, a form field).
 *
 * @param text - anything; only a string can be a figure
 * @param options - as for {@link parseFigure}; bad options are returned as issues too
 * @returns `{ success: true, output }` with the frozen figure, or `{ success: false, issues }`
 *   with the issue `parseFigure` would have thrown (`INVALID_TYPE`, `INVALID_OPTION`,
 *   `INVALID_FIGURE`)
 * @throws {@link UhcMetricsError} never; any other error would be a bug and is rethrown
 *
 * @example
 * ```ts
 * const parsed = safeParseFigure('80,62 persen');
 * parsed.success ? [parsed.output.kind, parsed.output.value, parsed.output.rounded] : undefined;
 * // => ['percent', 80.62, { low: 80.615, high: 80.625 }]
 * const result = safeParseFigure('8.91.770');
 * result.success ? undefined : result.issues[0].code;
 * // => 'INVALID_FIGURE'
 * ```
 *
 * @category Figures
 */
export function safeParseFigure(text: unknown, options?: ParseFigureOptions): SafeResult<PrintedFigure> {
  try {
    return Object.freeze({ success: true, output: parseFigure(text as string, options) });
  } catch (error) {
    if (error instanceof UhcMetricsError) {
      return Object.freeze({ success: false, issues: error.issues as readonly [Issue, ...Issue[]] });
    }
    throw error;
  }
}
