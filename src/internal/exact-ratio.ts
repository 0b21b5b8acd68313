import type { ComparisonOperator } from '../metrics/comparison-operator.js';

/** A non-negative decimal percentage as an exact fraction of one: 98.6 -> 986 / 1000. */
export function pctToFraction(pct: number): { readonly num: bigint; readonly den: bigint } {
  // toString gives the shortest round-tripping decimal, in exponent form (`1e+21`, `5e-324`) for
  // huge or tiny values; reading the exponent keeps those exact too (toFixed would lose or reject them).
  const [mantissa = '0', exponent = '0'] = String(pct).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = BigInt(whole + fraction);
  // pct = digits x 10^shift.
  const shift = Number(exponent) - fraction.length;
  const scaled = shift > 0 ? digits * 10n ** BigInt(shift) : digits;
  return { num: negative ? -scaled : scaled, den: 100n * 10n ** BigInt(Math.max(-shift, 0)) };
}

/** Sign of `part / whole - pct / 100`, computed exactly; `whole` must be positive. */
export function compareRatioToPct(part: number, whole: number, pct: number): -1 | 0 | 1 {
  const { num, den } = pctToFraction(pct);
  const left = BigInt(part) * den;
  const right = num * BigInt(whole);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether `part / whole  <operator>  pct / 100` holds, exactly; `whole` must be positive. */
export function ratioMeets(part: number, whole: number, operator: ComparisonOperator, pct: number): boolean {
  const sign = compareRatioToPct(part, whole, pct);
  switch (operator) {
    case '>=':
      return sign >= 0;
    case '>':
      return sign > 0;
    case '<=':
      return sign <= 0;
    case '<':
      return sign < 0;
  }
}

/**
 * The least integer `part` such that `part / whole >= pct / 100` (or `>` when `strict`);
 * `whole` must be positive.
 */
export function leastPartMeeting(whole: number, pct: number, strict: boolean): number {
  const { num, den } = pctToFraction(pct);
  const product = num * BigInt(whole);
  if (product < 0n) return 0;
  const quotient = product / den;
  const exact = quotient * den === product;
  return Number(strict ? quotient + 1n : exact ? quotient : quotient + 1n);
}
