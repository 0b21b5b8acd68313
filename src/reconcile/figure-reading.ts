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

/** The true values one reading of a figure allows. */
export function readingInterval(figure: PrintedFigure, reading: FigureReading): Interval {
  return reading === 'rounded' ? figure.rounded : figure.truncated;
}

/**
 * The true values a choice allows: one reading's interval, or for `'either'` the hull of both
 * (they overlap at the printed value, so the hull is their union).
 */
export function choiceInterval(figure: PrintedFigure, choice: FigureReadingChoice): Interval {
  if (choice !== 'either') return readingInterval(figure, choice);
  return {
    low: Math.min(figure.rounded.low, figure.truncated.low),
    high: Math.max(figure.rounded.high, figure.truncated.high),
  };
}
