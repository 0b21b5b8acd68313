import type { FigureQualifier, Interval } from './printed-figure.js';

/** The three intervals a printed figure carries. */
interface FigureIntervals {
  readonly rounded: Interval;
  readonly truncated: Interval;
  readonly interval: Interval;
}

/** A frozen interval. */
function interval(low: number, high: number): Interval {
  return Object.freeze({ low, high });
}

/** Number of trailing zeros of a digit string; 0 when every digit is zero (nothing to widen to). */
function trailingZeros(digits: string): number {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end -= 1;
  return end === 0 ? 0 : digits.length - end;
}

/** The mirror image of an interval: `[-high, -low]`, with no `-0`. */
function mirrored(bounds: Interval): Interval {
  return interval(0 - bounds.high, 0 - bounds.low);
}

/**
 * The intervals of true values a printed decline allows: those of its magnitude, mirrored
 * (rounding is symmetric, and cutting digits goes toward zero). Only `exact` and `about` are
 * read with a sign (see parseFigure).
 */
export function signedIntervals(
  digits: string,
  exponent: number,
  qualifier: FigureQualifier,
  negative: boolean,
  floorAtZero: boolean,
): FigureIntervals {
  const magnitude = printedIntervals(digits, exponent, qualifier, floorAtZero);
  if (!negative) return magnitude;
  const rounded = mirrored(magnitude.rounded);
  const truncated = mirrored(magnitude.truncated);
  return Object.freeze({ rounded, truncated, interval: interval(truncated.low, rounded.high) });
}

/**
 * The intervals of true values a printed figure allows. The printed number is
 * `digits x 10^exponent` (`252,17 juta`: digits `25217`, exponent 4), so one printed step is
 * `10^exponent`.
 *
 * The width `w` is one step, except for `about` and `almost`, where it is one unit in the place
 * of the last non-zero printed digit (`sekitar 400 ribu`: 100 ribu), because a hedged round
 * number claims no more than its round place. Then, with `v` the printed value:
 * - `exact`, `about`: rounded `[v - w/2, v + w/2]`, truncated `[v, v + w]`, interval their hull;
 * - `more-than`, `at-least`: all three `[v, Infinity]`;
 * - `less-than`: all three `[0, v]`;
 * - `almost`: all three `[v - w, v]`.
 * With `floorAtZero` (counts, which are never negative) no low bound goes below 0; without it (a
 * percentage or points, which can be a change) a printed zero allows the tiny values on both
 * sides that round to it (`0,00%` is [-0.005, 0.005]). Bounds are computed on
 * exact decimals and rounded once to the nearest double, so `99,46 %` gives `99.455`, not
 * `99.45500000000001`, and every interval contains `v`.
 */
function printedIntervals(
  digits: string,
  exponent: number,
  qualifier: FigureQualifier,
  floorAtZero: boolean,
): FigureIntervals {
  // Work in units of 10^(exponent - 1) so that half a step is the integer 5.
  const toNumber = (units: bigint): number => Number(`${units}e${exponent - 1}`);
  const scaled = BigInt(digits) * 10n;
  const widening = qualifier === 'about' || qualifier === 'almost' ? trailingZeros(digits) : 0;
  const width = 10n ** BigInt(widening + 1);
  const value = toNumber(scaled);
  const lowEnd = (units: bigint): number => (units < 0n && floorAtZero ? 0 : toNumber(units));
  switch (qualifier) {
    case 'exact':
    case 'about': {
      const rounded = interval(lowEnd(scaled - width / 2n), toNumber(scaled + width / 2n));
      const truncated = interval(value, toNumber(scaled + width));
      return Object.freeze({ rounded, truncated, interval: interval(rounded.low, truncated.high) });
    }
    case 'more-than':
    case 'at-least':
      return same(interval(value, Infinity));
    case 'less-than':
      return same(interval(0, value));
    case 'almost':
      return same(interval(lowEnd(scaled - width), value));
  }
}

/** One interval for all three conventions: the qualifier, not rounding, bounds the value. */
function same(bounds: Interval): FigureIntervals {
  return Object.freeze({ rounded: bounds, truncated: bounds, interval: bounds });
}
