import type { IssuePath } from '../errors/uhc-metrics-error.js';
import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { assertOneOf } from '../internal/assert.js';

/**
 * How an outlet may have shortened a number before printing it: rounded to nearest
 * (`98,4567` printed `98,46`) or truncated, its digits cut off (`252,17 juta` printed `252,1 juta`).
 * A figure's {@link PrintedFigure.rounded} and {@link PrintedFigure.truncated} intervals are the
 * true values each reading allows.
 *
 * @example
 * ```ts
 * const reading: FigureReading = 'truncated';
 * ```
 *
 * @category Reconciliation
 */
export type FigureReading = 'rounded' | 'truncated';

/**
 * Which readings of a printed figure to accept: one of them, or `'either'` (the outlet's
 * convention is unknown, so a value either reading allows is accepted).
 *
 * @example
 * ```ts
 * const choice: FigureReadingChoice = 'either';
 * ```
 *
 * @category Reconciliation
 */
export type FigureReadingChoice = FigureReading | 'either';

const CHOICES: readonly FigureReadingChoice[] = /* @__PURE__ */ Object.freeze(['rounded', 'truncated', 'either'] as const);
const BOTH: readonly FigureReading[] = /* @__PURE__ */ Object.freeze(['rounded', 'truncated'] as const);
const ROUNDED: readonly FigureReading[] = /* @__PURE__ */ Object.freeze(['rounded'] as const);
const TRUNCATED: readonly FigureReading[] = /* @__PURE__ */ Object.freeze(['truncated'] as const);

/** The `reading` option: `'either'` when absent; `INVALID_OPTION` at `path` for anything else. */
export function resolveReadingChoice(value: unknown, path: IssuePath): FigureReadingChoice {
  if (value === undefined) return 'either';
  assertOneOf(value, CHOICES, path);
  return value;
}

/** The readings a choice accepts, rounded first. */
export function readingsOf(choice: FigureReadingChoice): readonly FigureReading[] {
  return choice === 'either' ? BOTH : choice === 'rounded' ? ROUNDED : TRUNCATED;
}

/**
 * An interval with each end marked open (excluded) or closed: the true values one reading of a
 * print allows. {@link Interval} cannot say which ends are excluded, so this is derived here from
 * the figure's qualifier and the reading.
 *
 * @internal Shared by the reconciliation functions; not part of the public API.
 */
export interface ReadingBounds extends Interval {
  /** `true` when `low` itself is excluded. */
  readonly lowOpen: boolean;
  /** `true` when `high` itself is excluded. */
  readonly highOpen: boolean;
}

/** The true values one reading of a figure allows, as its closed interval. */
function readingInterval(figure: PrintedFigure, reading: FigureReading): Interval {
  return reading === 'rounded' ? figure.rounded : figure.truncated;
}

/**
 * The true values one reading of a figure allows, with open ends: a truncated print never comes
 * from `v + step` (cutting digits maps it to `v + step`), so its top is open (its bottom, for a
 * printed decline: digits are cut toward zero); `lebih dari` /
 * `di atas` exclude their bound at the bottom, `kurang dari` / `di bawah` at the top. A rounded
 * print stays closed at both ends (round-half conventions differ); `at-least` and `almost`
 * include their bound. An end at `Infinity` is never reached, whatever its flag.
 */
export function readingBounds(figure: PrintedFigure, reading: FigureReading): ReadingBounds {
  const { low, high } = readingInterval(figure, reading);
  const { qualifier } = figure;
  const plain = qualifier === 'exact' || qualifier === 'about';
  // Cutting digits goes toward zero: a printed decline's truncated reading is open at the bottom.
  const cutOpen = plain && reading === 'truncated';
  const decline = figure.value < 0;
  return {
    low,
    high,
    lowOpen: qualifier === 'more-than' || (cutOpen && decline),
    highOpen: qualifier === 'less-than' || (cutOpen && !decline),
  };
}

/** The lower of two ends: open only when the lower one is, or both when they tie. */
function lowerEnd(a: number, aOpen: boolean, b: number, bOpen: boolean): [number, boolean] {
  return a < b ? [a, aOpen] : b < a ? [b, bOpen] : [a, aOpen && bOpen];
}

/** The higher of two ends: open only when the higher one is, or both when they tie. */
function higherEnd(a: number, aOpen: boolean, b: number, bOpen: boolean): [number, boolean] {
  return a > b ? [a, aOpen] : b > a ? [b, bOpen] : [a, aOpen && bOpen];
}

/**
 * The true values a choice allows: one reading's bounds, or for `'either'` the hull of both
 * (they overlap at the printed value, so the hull is their union). An end of the hull is open
 * when the reading that reaches furthest there excludes it.
 */
export function choiceBounds(figure: PrintedFigure, choice: FigureReadingChoice): ReadingBounds {
  if (choice !== 'either') return readingBounds(figure, choice);
  const rounded = readingBounds(figure, 'rounded');
  const truncated = readingBounds(figure, 'truncated');
  const [low, lowOpen] = lowerEnd(rounded.low, rounded.lowOpen, truncated.low, truncated.lowOpen);
  const [high, highOpen] = higherEnd(rounded.high, rounded.highOpen, truncated.high, truncated.highOpen);
  return { low, high, lowOpen, highOpen };
}

/** The true values a choice allows, as a closed interval (the hull of both readings for `'either'`). */
export function choiceInterval(figure: PrintedFigure, choice: FigureReadingChoice): Interval {
  const { low, high } = choiceBounds(figure, choice);
  return { low, high };
}
