import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { compareCoverage } from '../../src/bulk/compare-coverage.js';

const count = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
const whole = fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));

test.prop([count, whole, count, whole])('compareCoverage is the sign of the exact difference of the fractions', (a, n, b, m) => {
  const left = BigInt(a) * BigInt(m);
  const right = BigInt(b) * BigInt(n);
  expect(compareCoverage(a, n, b, m)).toBe(left < right ? -1 : left > right ? 1 : 0);
});

test.prop([count, whole, fc.integer({ min: 1, max: 1_000 })])('equal fractions compare equal whatever their terms', (a, n, k) => {
  fc.pre(a * k <= Number.MAX_SAFE_INTEGER && n * k <= Number.MAX_SAFE_INTEGER);
  expect(compareCoverage(a, n, a * k, n * k)).toBe(0);
});
