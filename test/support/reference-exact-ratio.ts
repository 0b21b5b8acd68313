// The exact threshold arithmetic as it was before the double fast path (issue 18, item 4): BigInt
// on every call. The property tests compare src/internal/exact-ratio.ts with it.

/** A non-negative decimal percentage as an exact fraction of one: 98.6 -> 986 / 1000. */
export function referencePctToFraction(pct: number): { readonly num: bigint; readonly den: bigint } {
  const [mantissa = '0', exponent = '0'] = String(pct).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = BigInt(whole + fraction);
  const shift = Number(exponent) - fraction.length;
  const scaled = shift > 0 ? digits * 10n ** BigInt(shift) : digits;
  return { num: negative ? -scaled : scaled, den: 100n * 10n ** BigInt(Math.max(-shift, 0)) };
}

/** Sign of `part / whole - pct / 100`, in BigInt. */
export function referenceCompareRatioToPct(part: number, whole: number, pct: number): -1 | 0 | 1 {
  const { num, den } = referencePctToFraction(pct);
  const left = BigInt(part) * den;
  const right = num * BigInt(whole);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The least integer `part` with `part / whole >= pct / 100` (`>` when `strict`), in BigInt. */
export function referenceLeastPartMeeting(whole: number, pct: number, strict: boolean): number {
  const { num, den } = referencePctToFraction(pct);
  const product = num * BigInt(whole);
  if (product < 0n) return 0;
  const quotient = product / den;
  const exact = quotient * den === product;
  return Number(strict ? quotient + 1n : exact ? quotient : quotient + 1n);
}
