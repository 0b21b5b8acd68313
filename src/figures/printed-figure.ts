/**
 * What a printed figure measures: a count of people (or regions), a percentage (`98,46%`), or a
 * difference of two percentages in percentage points (`+1,2 pp`, `0,5 poin persen`).
 *
 * @category Figures
 */
export type FigureKind = 'count' | 'percent' | 'pp';

/**
 * The hedge printed before a figure, normalised:
 * `exact` (none), `about` (`sekitar`, `kurang lebih`), `more-than` (`lebih dari`, `di atas`),
 * `at-least` (`minimal`, `paling sedikit`), `less-than` (`kurang dari`, `di bawah`),
 * `almost` (`hampir`: just below the printed value).
 *
 * @category Figures
 */
export type FigureQualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'less-than' | 'almost';

/**
 * A closed interval of plausible true values, in the figure's own unit (people, or percent).
 * An unbounded side is `Infinity` or `-Infinity`, never `NaN`.
 *
 * @example
 * ```ts
 * const interval: Interval = { low: 252_165_000, high: 252_175_000 };
 * ```
 *
 * @category Figures
 */
export interface Interval {
  /** Smallest plausible value (inclusive). */
  readonly low: number;
  /** Largest plausible value (inclusive). */
  readonly high: number;
}

/**
 * A number as it was printed, with what the print implies about its precision.
 * Percentages are in percent (`99.46` for `99,46 %`), percentage points in points, counts in units
 * (`252170000` for `252,17 juta`). A percentage or a number of points printed as a change carries
 * its sign in `value` and in the intervals: `-0,42%`, `−0,42%` and `turun 0,42 persen` are all
 * -0.42 (see {@link parseFigure}); a count is never negative.
 *
 * @example
 * ```ts
 * const figure: PrintedFigure = parseFigure('252,17 juta jiwa');
 * figure.value;
 * // => 252170000
 * // one unit in the last printed place: 0,01 juta
 * figure.step;
 * // => 10000
 * figure.rounded;
 * // => { low: 252165000, high: 252175000 }
 * figure.truncated;
 * // => { low: 252170000, high: 252180000 }
 * ```
 *
 * @category Figures
 */
export interface PrintedFigure {
  /** The text as given, untrimmed. */
  readonly text: string;
  /** A count or a percentage. */
  readonly kind: FigureKind;
  /**
   * The printed value in its unit (people, percent or points), scale words applied; negative
   * for a printed decline (`-0,42%`, `turun 0,42 persen`).
   */
  readonly value: number;
  /** Digits printed after the decimal separator. */
  readonly decimals: number;
  /** The power of ten of the scale word (`ribu` 3, `juta` 6, `miliar` 9, `triliun` 12), 0 for none. */
  readonly scaleExponent: number;
  /** One unit in the last printed place, in the figure's unit: `0,01 juta` gives 10 000. Always the number `1e{scaleExponent - decimals}`. */
  readonly step: number;
  /** The hedge printed before the number. */
  readonly qualifier: FigureQualifier;
  /**
   * True values consistent with the print if the outlet rounded to nearest. For a bounding
   * hedge (`more-than`, `at-least`, `less-than`, `almost`) all three intervals are the bound.
   */
  readonly rounded: Interval;
  /**
   * True values consistent with the print if the outlet cut off the digits (truncated): toward
   * zero, so `-0,42%` allows [-0.43, -0.42].
   */
  readonly truncated: Interval;
  /** The hull of `rounded` and `truncated`: every value either convention allows. */
  readonly interval: Interval;
}
