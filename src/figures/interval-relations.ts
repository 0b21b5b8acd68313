import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertFiniteNumber, assertRecord, fail } from '../internal/assert.js';
import type { Interval } from './printed-figure.js';
import { copyInput } from '../internal/copy-input.js';

/** Checks that `value` is an {@link Interval}: numeric `low <= high`, infinite ends allowed, no `NaN`. */
function assertInterval(value: unknown, path: IssuePath): asserts value is Interval {
  assertRecord(value, path);
  const { low, high } = value;
  if (typeof low !== 'number' || Number.isNaN(low)) fail('INVALID_NUMBER', [...path, 'low'], low, 'must be a number');
  if (typeof high !== 'number' || Number.isNaN(high)) fail('INVALID_NUMBER', [...path, 'high'], high, 'must be a number');
  if (low > high) fail('INVALID_NUMBER', [...path, 'high'], high, `must be >= low (${low})`);
}

/**
 * Whether two closed intervals share at least one value (touching ends count). Two printed
 * figures can be the same quantity exactly when their intervals overlap: `252,1 juta`
 * (truncated) and `252,17 juta` (rounded) can.
 *
 * @param a - a closed interval; `Infinity` / `-Infinity` for an unbounded side
 * @param b - another closed interval
 * @returns `true` when some value lies in both
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `a` or `b` is not an object;
 *   `INVALID_NUMBER` when an end is not a number, is `NaN`, or `low > high` (path `['a', 'low']` ...)
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * intervalsOverlap({ low: 252_100_000, high: 252_200_000 }, { low: 252_165_000, high: 252_175_000 });
 * // => true
 * intervalsOverlap({ low: 0, high: 95 }, { low: 95.5, high: Infinity });
 * // => false
 * ```
 *
 * @category Figures
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  a = copyInput(a, ['a']);
  b = copyInput(b, ['b']);
  assertInterval(a, ['a']);
  assertInterval(b, ['b']);
  return a.low <= b.high && b.low <= a.high;
}

/**
 * Whether a closed interval contains a value, ends included: does a count or a percentage agree
 * with what a figure printed?
 *
 * @param interval - a closed interval; `Infinity` / `-Infinity` for an unbounded side
 * @param value - a finite number in the interval's unit
 * @returns `true` when `interval.low <= value <= interval.high`
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `interval` is not an object;
 *   `INVALID_NUMBER` when an end is not a number, is `NaN`, or `low > high`, or when `value` is
 *   not a finite number
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * intervalContains({ low: 99.455, high: 99.465 }, 98.46);
 * // => false
 * intervalContains({ low: 250_000_000, high: Infinity }, 252_170_000);
 * // => true
 * ```
 *
 * @category Figures
 */
export function intervalContains(interval: Interval, value: number): boolean {
  interval = copyInput(interval, ['interval']);
  assertInterval(interval, ['interval']);
  assertFiniteNumber(value, ['value']);
  return interval.low <= value && value <= interval.high;
}
