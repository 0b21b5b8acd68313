import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from '../internal/assert.js';

/** The most fraction digits `Intl.NumberFormat` accepts on every supported Node version. */
const MAX_FRACTION_DIGITS = 20;

/**
 * A `decimals` option: an integer from 0 to {@link MAX_FRACTION_DIGITS}, `fallback` when absent.
 * Throws `INVALID_OPTION` at `path` otherwise.
 */
export function resolveFractionDigits(value: unknown, path: IssuePath, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FRACTION_DIGITS) {
    fail('INVALID_OPTION', path, value, `must be an integer from 0 to ${MAX_FRACTION_DIGITS}`);
  }
  return value;
}
