import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { compareRatioToPct, leastPartMeeting, pctToFraction } from '../../src/internal/exact-ratio.js';
import {
  referenceCompareRatioToPct,
  referenceLeastPartMeeting,
  referencePctToFraction,
} from '../support/reference-exact-ratio.js';

// Issue 18, item 4: doubles decide unless a call is close; these cases crowd the boundary where
// the fast path must hand over to BigInt, and must give exactly what BigInt alone gave.

const MAX = Number.MAX_SAFE_INTEGER;
// Real thresholds, two-decimal ones, arbitrary doubles, and tiny and huge ones at the range edges.
const pct = fc.oneof(
  fc.constantFrom(95, 98, 98.6, 80, 99.46, 100, 0, 33.333, 1e-280, 1e280, 5e-324, 1e300),
  fc.integer({ min: 0, max: 20_000 }).map((hundredths) => hundredths / 100),
  fc.double({ min: 0, max: 200, noNaN: true }),
  fc.double({ min: 0, max: 1e300, noNaN: true }),
);
// Populations small and near 2^53.
const whole = fc.oneof(
  fc.integer({ min: 1, max: 1_000 }),
  fc.integer({ min: 1, max: 300_000_000 }),
  fc.integer({ min: MAX - 1_000_000, max: MAX }),
  fc.integer({ min: 1, max: MAX }),
);

/** A part at the threshold's floor or ceiling, give or take a few people, clamped to counts. */
const nearPart = (w: number, p: number, offset: number): number => {
  const exact = referenceLeastPartMeeting(w, p, false);
  return Math.min(MAX, Math.max(0, exact + offset));
};

test.prop([whole, pct, fc.integer({ min: -3, max: 3 })])('compareRatioToPct agrees with BigInt near the threshold', (w, p, offset) => {
  const part = nearPart(w, p, offset);
  expect(compareRatioToPct(part, w, p)).toBe(referenceCompareRatioToPct(part, w, p));
});

test.prop([whole, pct, fc.integer({ min: 0, max: MAX })])('compareRatioToPct agrees with BigInt anywhere', (w, p, part) => {
  expect(compareRatioToPct(part, w, p)).toBe(referenceCompareRatioToPct(part, w, p));
});

test.prop([whole, pct, fc.boolean()])('leastPartMeeting agrees with BigInt', (w, p, strict) => {
  expect(leastPartMeeting(w, p, strict)).toBe(referenceLeastPartMeeting(w, p, strict));
});

test.prop([fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 10_000 }), pct, fc.boolean()])(
  'leastPartMeeting agrees with BigInt on populations that make the threshold a whole number of people',
  (unit, k, p, strict) => {
    // 100 x 10^decimals divides population x threshold: the product is an exact integer.
    const w = Math.min(MAX, unit * 100 * k);
    expect(leastPartMeeting(w, p, strict)).toBe(referenceLeastPartMeeting(w, p, strict));
  },
);

test.prop([pct])('pctToFraction gives the same fraction from its cache as parsed anew', (p) => {
  expect(pctToFraction(p)).toEqual(referencePctToFraction(p));
  expect(pctToFraction(p)).toEqual(referencePctToFraction(p));
});
