import type { IssuePath } from '../errors/uhc-metrics-error.js';
import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { assertCount, assertOptions, fail } from '../internal/assert.js';
import { ceilFraction, decimalFraction, floorFraction, wholeFraction, type Fraction } from './exact-fraction.js';
import { choiceBounds, resolveReadingChoice, type FigureReadingChoice } from './figure-reading.js';
import { readPrintedFigure } from '../figures/read-printed-figure.js';

/**
 * One end of an exact range: where it is, and whether the range excludes it (`open`), as the
 * top of a truncated reading or the bound of `lebih dari 95%` is.
 *
 * @internal Shared by the implied-count functions; not part of the public API.
 */
export interface ExactEnd {
  readonly at: Fraction;
  readonly open: boolean;
}

/**
 * The exact range of a quantity: `low` and `high` ends, `high` `undefined` when the range has no
 * upper end (`lebih dari 95%`).
 *
 * @internal Shared by the implied-count functions; not part of the public API.
 */
export interface FractionBounds {
  readonly low: ExactEnd;
  readonly high: ExactEnd | undefined;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['reading']);
const MAX_PEOPLE = 9_007_199_254_740_991n; // Number.MAX_SAFE_INTEGER, a literal so bundlers can drop it

/** The `reading` of an implied-count function's options, `'either'` by default. */
export function readImpliedOptions(options: unknown): FigureReadingChoice {
  assertOptions(options, OPTION_KEYS);
  return resolveReadingChoice(options?.['reading'], ['options', 'reading']);
}

/** Whether an end is a reached 0: a factor that pins a product (or a quotient's numerator) at 0. */
export function isReachedZero(end: ExactEnd): boolean {
  return !end.open && end.at.num === 0n;
}

/** The exact bounds a choice of readings gives a printed figure, in its own unit, ends open or closed. */
function figureBounds(figure: PrintedFigure, choice: FigureReadingChoice): FractionBounds {
  const { low, high, lowOpen, highOpen } = choiceBounds(figure, choice);
  return {
    low: { at: decimalFraction(low), open: lowOpen },
    high: high === Infinity ? undefined : { at: decimalFraction(high), open: highOpen },
  };
}

/**
 * A count argument: an exact count of people (a point), or a printed count figure (the
 * interval the reading allows).
 */
export function readCountBounds(value: unknown, path: IssuePath, choice: FigureReadingChoice): FractionBounds {
  if (typeof value === 'number') {
    assertCount(value, path);
    const point = { at: wholeFraction(value), open: false };
    return { low: point, high: point };
  }
  if (typeof value !== 'object' || value === null) {
    fail('INVALID_TYPE', path, value, 'must be a count of people or a printed count (a PrintedFigure)');
  }
  return figureBounds(readPrintedFigure(value, path, { kind: 'count' }), choice);
}

/**
 * A coverage argument: a printed percentage, its bounds as fractions of one (95,31 % is 0.9531).
 * A coverage is never negative, so a low end below 0 (`0 %` read as rounded allows -0,5 %) is 0.
 */
export function readCoverageBounds(value: unknown, path: IssuePath, choice: FigureReadingChoice): FractionBounds {
  const bounds = figureBounds(readPrintedFigure(value, path, { kind: 'percent' }), choice);
  const low = bounds.low.at.num < 0n ? { at: wholeFraction(0), open: false } : bounds.low;
  const { high } = bounds;
  const ofOne = ({ at, open }: ExactEnd): ExactEnd => ({ at: { num: at.num, den: at.den * 100n }, open });
  return { low: ofOne(low), high: high === undefined ? undefined : ofOne(high) };
}

/**
 * The whole numbers of people in an exact range: the low end rounded up and the high end down
 * (inward; past an open end by one), so every number returned is consistent with the print.
 * A high end beyond `Number.MAX_SAFE_INTEGER` is `Infinity`, and a low end beyond it is clamped
 * to it. Throws `INVALID_FIGURE` at `['coverage']` (value `coverage`) when no whole number fits.
 */
export function peopleInterval(low: ExactEnd, high: ExactEnd | undefined, coverage: PrintedFigure): Interval {
  const lowPeople = low.open ? floorFraction(low.at) + 1n : ceilFraction(low.at);
  const highPeople = high === undefined ? undefined : high.open ? ceilFraction(high.at) - 1n : floorFraction(high.at);
  if (highPeople !== undefined && highPeople <= MAX_PEOPLE && lowPeople > highPeople) {
    fail(
      'INVALID_FIGURE',
      ['coverage'],
      coverage.text,
      'allows no whole number of people with these counts (the exact range holds no integer)',
    );
  }
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
  if (coverage.high !== undefined && coverage.high.at.num === 0n && (participants.low.at.num > 0n || participants.low.open)) {
    fail('INVALID_FIGURE', path, 0, 'allows only 0% coverage, which no population with participants has');
  }
}
