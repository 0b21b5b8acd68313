import type { IssuePath } from '../errors/uhc-metrics-error.js';
import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { assertCount, assertOptions, fail } from '../internal/assert.js';
import { ceilFraction, decimalFraction, floorFraction, wholeFraction, type Fraction } from './exact-fraction.js';
import { choiceInterval, resolveReadingChoice, type FigureReadingChoice } from './figure-reading.js';
import { readPrintedFigure } from './read-printed-figure.js';

/**
 * The exact range of a quantity: `low` and `high` as fractions, `high` `undefined` when the
 * range has no upper end (`lebih dari 95%`).
 *
 * @internal Shared by the implied-count functions; not part of the public API.
 */
interface FractionBounds {
  readonly low: Fraction;
  readonly high: Fraction | undefined;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['reading']);
const MAX_PEOPLE = 9_007_199_254_740_991n; // Number.MAX_SAFE_INTEGER, a literal so bundlers can drop it

/** The `reading` of an implied-count function's options, `'either'` by default. */
export function readImpliedOptions(options: unknown): FigureReadingChoice {
  assertOptions(options, OPTION_KEYS);
  return resolveReadingChoice(options?.['reading'], ['options', 'reading']);
}

/** The exact bounds a choice of readings gives a printed figure, in its own unit. */
function figureBounds(figure: PrintedFigure, choice: FigureReadingChoice): FractionBounds {
  const { low, high } = choiceInterval(figure, choice);
  return { low: decimalFraction(low), high: high === Infinity ? undefined : decimalFraction(high) };
}

/**
 * A count argument: an exact count of people (a point), or a printed count figure (the
 * interval the reading allows).
 */
export function readCountBounds(value: unknown, path: IssuePath, choice: FigureReadingChoice): FractionBounds {
  if (typeof value === 'number') {
    assertCount(value, path);
    return { low: wholeFraction(value), high: wholeFraction(value) };
  }
  if (typeof value !== 'object' || value === null) {
    fail('INVALID_TYPE', path, value, 'must be a count of people or a printed count (a PrintedFigure)');
  }
  return figureBounds(readPrintedFigure(value, path, 'count'), choice);
}

/** A coverage argument: a printed percentage, its bounds as fractions of one (95,31 % is 0.9531). */
export function readCoverageBounds(value: unknown, path: IssuePath, choice: FigureReadingChoice): FractionBounds {
  const { low, high } = figureBounds(readPrintedFigure(value, path, 'percent'), choice);
  const ofOne = (pct: Fraction): Fraction => ({ num: pct.num, den: pct.den * 100n });
  return { low: ofOne(low), high: high === undefined ? undefined : ofOne(high) };
}

/**
 * An interval of whole people holding every real value in `[low, high]`: the low end rounded
 * down and the high end up (outward), so no consistent value is left out. A high end beyond
 * `Number.MAX_SAFE_INTEGER` is `Infinity` and a low end beyond it is clamped to it: still outward.
 */
export function peopleInterval(low: Fraction, high: Fraction | undefined): Interval {
  const lowPeople = floorFraction(low);
  const highPeople = high === undefined ? undefined : ceilFraction(high);
  return Object.freeze({
    low: lowPeople > MAX_PEOPLE ? Number.MAX_SAFE_INTEGER : Number(lowPeople),
    high: highPeople === undefined || highPeople > MAX_PEOPLE ? Infinity : Number(highPeople),
  });
}

/**
 * Throws `INVALID_FIGURE` at `path` when a coverage of at most 0% is asked to explain a positive
 * number of participants: no population does, so there is no interval to return.
 */
export function assertCoverageCanHold(participants: FractionBounds, coverage: FractionBounds, path: IssuePath): void {
  if (coverage.high !== undefined && coverage.high.num === 0n && participants.low.num > 0n) {
    fail('INVALID_FIGURE', path, 0, 'allows only 0% coverage, which no population with participants has');
  }
}
