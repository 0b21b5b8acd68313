import { pctToFraction } from '../internal/exact-ratio.js';

/**
 * An exact rational number `num / den` with `den > 0`, for deciding at the edges of a printed
 * figure's interval without float error.
 *
 * @internal Shared by the reconciliation functions; not part of the public API.
 */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** The integer `n` as a fraction. */
export function wholeFraction(n: number | bigint): Fraction {
  return { num: BigInt(n), den: 1n };
}

/**
 * The decimal a finite double stands for, exactly: its shortest round-tripping form, so the
 * bound `99.455` (the double nearest 99,455) is read as 99455 / 1000. A printed figure's bounds
 * are built from exact decimals rounded once, so this recovers the decimal the print meant.
 */
export function decimalFraction(value: number): Fraction {
  // pctToFraction gives value / 100 with a denominator of 100 x 10^k.
  const { num, den } = pctToFraction(value);
  return { num, den: den / 100n };
}

/** Sign of `a - b`, exactly. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Sign of `x - bound`, exactly; `bound` is finite or `Infinity` (an unbounded high end). */
export function compareToBound(x: Fraction, bound: number): -1 | 0 | 1 {
  if (bound === Infinity) return -1;
  return compareFractions(x, decimalFraction(bound));
}

/** `a + b`. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** `a / b`; `b` must be positive. */
export function divideFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den, den: a.den * b.num };
}

/** The greatest integer <= `x`. */
export function floorFraction(x: Fraction): bigint {
  const quotient = x.num / x.den;
  // BigInt division truncates toward zero; step down for a negative inexact quotient.
  return quotient * x.den !== x.num && x.num < 0n ? quotient - 1n : quotient;
}

/** The least integer >= `x`. */
export function ceilFraction(x: Fraction): bigint {
  return -floorFraction({ num: -x.num, den: x.den });
}

/** `x` rounded to the nearest integer, halves up (away from zero for the non-negative values here). */
export function roundFraction(x: Fraction): bigint {
  return floorFraction({ num: 2n * x.num + x.den, den: 2n * x.den });
}

/** The nearest double to `x`: for reporting a value, never for deciding. */
export function fractionToNumber(x: Fraction): number {
  const whole = x.num / x.den;
  const rest = x.num - whole * x.den;
  // Whole part and remainder are each converted once, so counts up to 2^53 stay exact.
  return Number(whole) + Number(rest) / Number(x.den);
}
