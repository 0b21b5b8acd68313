import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import {
  addFractions,
  compareToBound,
  decimalFraction,
  divideFractions,
  floorFraction,
  roundFraction,
  type Fraction,
} from './exact-fraction.js';
import type { FigureReading } from './figure-reading.js';

/**
 * Why a printed figure most likely disagrees with its counts, when one cause can be named:
 * - `'different-base'`: an activity rate (or an active coverage) that matches active
 *   participants over the other base: participants where population was said, or the reverse;
 * - `'rounding'`: outside every accepted interval, but by less than one printed step (the outlet
 *   rounded a rounded number, or rounded up where it cut off);
 * - `'slipped-digit'`: the print differs from the computed value, at the printed precision, in
 *   exactly one digit (the Lampung article's `99,46 %` for 98,46%).
 *
 * @example
 * ```ts
 * const cause: LikelyCause = 'slipped-digit';
 * ```
 *
 * @category Reconciliation
 */
export type LikelyCause = 'slipped-digit' | 'different-base' | 'rounding';

/**
 * Whether `x` lies within less than one `step` of `allowed`: `low - step < x < high + step`.
 * Said of a value already known to be outside, it means "missed by less than a step".
 */
export function isWithinAStep(x: Fraction, allowed: Interval, step: number): boolean {
  const oneStep = decimalFraction(step);
  const minusOneStep = { num: -oneStep.num, den: oneStep.den };
  return (
    compareToBound(addFractions(x, oneStep), allowed.low) > 0 &&
    compareToBound(addFractions(x, minusOneStep), allowed.high) < 0
  );
}

/** Whether two non-negative integers have as many digits and differ in exactly one of them. */
function differInOneDigit(a: bigint, b: bigint): boolean {
  const left = a.toString();
  const right = b.toString();
  if (left.length !== right.length) return false;
  let differences = 0;
  for (let index = 0; index < left.length; index += 1) {
    if (left[index] !== right[index]) differences += 1;
  }
  return differences === 1;
}

/**
 * Whether the printed digits differ from `x` shortened to the printed step (rounded or cut
 * off, as `readings` allow) in exactly one digit. Only for plain figures (`exact`, `about`):
 * a bound (`lebih dari 95%`) is not a string of digits copied from a table.
 */
export function isSlippedDigit(figure: PrintedFigure, x: Fraction, readings: readonly FigureReading[]): boolean {
  if (figure.qualifier !== 'exact' && figure.qualifier !== 'about') return false;
  const step = decimalFraction(figure.step);
  const printedUnits = roundFraction(divideFractions(decimalFraction(figure.value), step));
  const units = divideFractions(x, step);
  return readings.some((reading) =>
    differInOneDigit(printedUnits, reading === 'rounded' ? roundFraction(units) : floorFraction(units)),
  );
}
