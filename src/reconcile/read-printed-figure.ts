import type { IssuePath } from '../errors/uhc-metrics-error.js';
import type { FigureKind, FigureQualifier, Interval, PrintedFigure } from '../figures/printed-figure.js';
import { FIGURE_QUALIFIERS } from '../figures/figure-qualifiers.js';
import { fail } from '../internal/assert.js';


/** Largest finite number accepted in a figure: the exact-decimal reading of bounds stays exact below it. */
const MAX_FINITE = Number.MAX_SAFE_INTEGER;

/** `a count` / `a percentage`, for messages. */
function kindName(kind: FigureKind): string {
  return kind === 'percent' ? 'a percentage' : 'a count';
}

/** A finite number in [0, MAX_SAFE_INTEGER], or INVALID_FIGURE at `path`. */
function readAmount(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_FINITE) {
    fail('INVALID_FIGURE', path, value, 'must be a finite number from 0 to Number.MAX_SAFE_INTEGER');
  }
  return value;
}

/** A closed interval of non-negative numbers; `high` may be `Infinity` (an unbounded side). */
function readInterval(value: unknown, path: IssuePath): Interval {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_FIGURE', path, value, 'must be an interval { low, high }');
  }
  const record = value as Readonly<Record<string, unknown>>;
  const low = readAmount(record['low'], [...path, 'low']);
  const rawHigh = record['high'];
  const high = rawHigh === Infinity ? Infinity : readAmount(rawHigh, [...path, 'high']);
  if (low > high) fail('INVALID_FIGURE', [...path, 'high'], high, `must be >= low (${low})`);
  return Object.freeze({ low, high });
}

/** A non-negative integer field (`decimals`, `scaleExponent`). */
function readDigits(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('INVALID_FIGURE', path, value, 'must be a non-negative integer');
  }
  return value;
}

/**
 * Checks that `value` is a {@link PrintedFigure} (as {@link parseFigure} builds it) of the
 * expected kind, and returns a frozen copy holding only its fields. Each field is read once.
 * Ends are non-negative (a figure is never negative) and `value` lies in both the rounded and
 * the truncated interval, as every parsed figure's does.
 *
 * @internal Shared by the reconciliation functions; not part of the public API.
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `value` is not an object; `INVALID_FIGURE`
 *   at the field when a field is missing or malformed, or `kind` is not `expectedKind`.
 */
export function readPrintedFigure(value: unknown, path: IssuePath, expectedKind?: FigureKind): PrintedFigure {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_TYPE', path, value, 'must be a PrintedFigure (see parseFigure)');
  }
  const record = value as Readonly<Record<string, unknown>>;
  const text = record['text'];
  if (typeof text !== 'string') fail('INVALID_FIGURE', [...path, 'text'], text, 'must be a string');
  const kind = record['kind'];
  if (kind !== 'count' && kind !== 'percent') {
    fail('INVALID_FIGURE', [...path, 'kind'], kind, "must be 'count' or 'percent'");
  }
  if (expectedKind !== undefined && kind !== expectedKind) {
    fail('INVALID_FIGURE', [...path, 'kind'], kind, `must be '${expectedKind}': expected ${kindName(expectedKind)}`);
  }
  const figureValue = readAmount(record['value'], [...path, 'value']);
  const decimals = readDigits(record['decimals'], [...path, 'decimals']);
  const scaleExponent = readDigits(record['scaleExponent'], [...path, 'scaleExponent']);
  const step = readAmount(record['step'], [...path, 'step']);
  if (step === 0) fail('INVALID_FIGURE', [...path, 'step'], step, 'must be positive');
  const qualifier = record['qualifier'];
  if (!(FIGURE_QUALIFIERS as readonly unknown[]).includes(qualifier)) {
    const allowed = FIGURE_QUALIFIERS.map((q) => `'${q}'`).join(', ');
    fail('INVALID_FIGURE', [...path, 'qualifier'], qualifier, `must be one of ${allowed}`);
  }
  const rounded = readInterval(record['rounded'], [...path, 'rounded']);
  const truncated = readInterval(record['truncated'], [...path, 'truncated']);
  const interval = readInterval(record['interval'], [...path, 'interval']);
  for (const [key, bounds] of [['rounded', rounded], ['truncated', truncated]] as const) {
    if (figureValue < bounds.low || figureValue > bounds.high) {
      fail('INVALID_FIGURE', [...path, 'value'], figureValue, `must lie in ${key} [${bounds.low}, ${bounds.high}]`);
    }
  }
  return Object.freeze({
    text,
    kind,
    value: figureValue,
    decimals,
    scaleExponent,
    step,
    qualifier: qualifier as FigureQualifier,
    rounded,
    truncated,
    interval,
  });
}
