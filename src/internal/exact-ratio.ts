import type { ComparisonOperator } from '../metrics/comparison-operator.js';

/** A decimal percentage as an exact fraction: `pct / 100 = num / den`. */
interface PctFraction {
  readonly num: bigint;
  readonly den: bigint;
}

// Thresholds seen lately, parsed once: a loop over one target reads its threshold's string form
// once, not per row. Bounded, so a caller with many distinct values cannot grow it without end.
const FRACTIONS: Map<number, PctFraction> = /* @__PURE__ */ new Map();
const FRACTIONS_KEPT = 64;

// Doubles decide a comparison when the two sides differ by more than this share of their sum:
// each side carries at most 2^-52 of relative rounding error (a rounded threshold and one rounded
// product), so a gap of 2^-50 leaves a margin of two bits. Closer calls go to BigInt.
const DOUBLE_MARGIN = 2 ** -50;
// Thresholds inside this range keep every product with a count (< 2^53) a normal double: no
// underflow to subnormals (which lose relative precision) and no overflow.
const DOUBLE_MIN_PCT = 1e-280;
const DOUBLE_MAX_PCT = 1e280;
// Below 2^52 a double still tells an integer from its neighbours' halves apart.
const DOUBLE_MAX_PART = 2 ** 52;

/** {@link pctToFraction} without the cache. */
function parsePct(pct: number): PctFraction {
  // toString gives the shortest round-tripping decimal, in exponent form (`1e+21`, `5e-324`) for
  // huge or tiny values; reading the exponent keeps those exact too (toFixed would lose or reject them).
  const [mantissa = '0', exponent = '0'] = String(pct).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = BigInt(whole + fraction);
  // pct = digits x 10^shift.
  const shift = Number(exponent) - fraction.length;
  const scaled = shift > 0 ? digits * 10n ** BigInt(shift) : digits;
  return Object.freeze({ num: negative ? -scaled : scaled, den: 100n * 10n ** BigInt(Math.max(-shift, 0)) });
}

/** A non-negative decimal percentage as an exact fraction of one: 98.6 -> 986 / 1000. Frozen. */
export function pctToFraction(pct: number): PctFraction {
  let fraction = FRACTIONS.get(pct);
  if (fraction === undefined) {
    fraction = parsePct(pct);
    if (FRACTIONS.size >= FRACTIONS_KEPT) FRACTIONS.clear();
    FRACTIONS.set(pct, fraction);
  }
  return fraction;
}

/** Whether products of `pct` with counts stay normal doubles, so {@link DOUBLE_MARGIN} bounds their error. */
function doublesFit(pct: number): boolean {
  return pct >= DOUBLE_MIN_PCT && pct <= DOUBLE_MAX_PCT;
}

/**
 * Sign of `part / whole - pct / 100`, computed exactly; `part` and `whole` are non-negative safe
 * integers (counts), `whole` positive.
 */
export function compareRatioToPct(part: number, whole: number, pct: number): -1 | 0 | 1 {
  if (doublesFit(pct)) {
    const left = part * 100;
    const right = pct * whole;
    const margin = (left + right) * DOUBLE_MARGIN;
    if (left - right > margin) return 1;
    if (right - left > margin) return -1;
  }
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
 * `whole` is a positive safe integer (a count).
 */
export function leastPartMeeting(whole: number, pct: number, strict: boolean): number {
  if (doublesFit(pct)) {
    // whole x pct / 100 strictly between two integers, by more than its rounding error: the
    // least part above it is the next integer, whether the condition is strict or not.
    const quotient = (pct * whole) / 100;
    const below = Math.floor(quotient);
    const margin = quotient * DOUBLE_MARGIN;
    if (quotient < DOUBLE_MAX_PART && quotient - below > margin && below + 1 - quotient > margin) return below + 1;
  }
  const { num, den } = pctToFraction(pct);
  const product = num * BigInt(whole);
  if (product < 0n) return 0;
  const quotient = product / den;
  const exact = quotient * den === product;
  return Number(strict ? quotient + 1n : exact ? quotient : quotient + 1n);
}
