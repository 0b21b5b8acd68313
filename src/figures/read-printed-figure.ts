import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from '../internal/assert.js';
import { FIGURE_QUALIFIERS } from './figure-qualifiers.js';
import type { FigureKind, FigureQualifier, Interval, PrintedFigure } from './printed-figure.js';
import { MAX_FIGURE_DIGITS } from './scan-figure-number.js';

// The one check of a printed-figure object, wherever one enters the library (createSnapshot's
// `printed`, reconcileSnapshot, figuresAgree, the implied-count functions): a figure accepted by
// one of them is accepted by all, and what parseFigure builds always passes.

/** What the place a figure enters expects of it. */
export interface PrintedFigureExpectation {
  /** The kind required there; any kind when absent. */
  readonly kind?: FigureKind;
  /**
   * Whether a negative value (a printed decline, `-0,42%`) is allowed there: where a change is
   * compared (figuresAgree), not where a level is (a coverage, a population).
   */
  readonly signed?: boolean;
}

const FIGURE_KINDS: readonly FigureKind[] = /* @__PURE__ */ Object.freeze(['count', 'percent', 'pp'] as const);
/** The powers of ten of the scale words (`ribu` ... `triliun`), and 0 for none. */
const SCALE_EXPONENTS: readonly number[] = /* @__PURE__ */ Object.freeze([0, 3, 6, 9, 12]);
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** `a count` / `a percentage` / `percentage points`, for messages. */
function kindName(kind: FigureKind): string {
  return kind === 'percent' ? 'a percentage' : kind === 'pp' ? 'percentage points' : 'a count';
}

/** A finite number, or INVALID_FIGURE at `path`. */
function readFinite(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('INVALID_FIGURE', path, value, 'must be a finite number');
  return value;
}

/** An integer from 0 to `max`, or INVALID_FIGURE at `path`. */
function readWhole(value: unknown, path: IssuePath, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    fail('INVALID_FIGURE', path, value, `must be an integer from 0 to ${max}`);
  }
  return value;
}

/**
 * An interval of a figure: `low` finite (and not below 0 for a count), `high` finite or, when
 * the qualifier leaves the top open (`more-than`, `at-least`), `Infinity`; `low <= high`.
 */
function readInterval(value: unknown, path: IssuePath, kind: FigureKind, unbounded: boolean): Interval {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_FIGURE', path, value, 'must be an interval { low, high }');
  }
  const record = value as Readonly<Record<string, unknown>>;
  const low = readFinite(record['low'], [...path, 'low']);
  if (kind === 'count' && low < 0) fail('INVALID_FIGURE', [...path, 'low'], low, 'must not be below 0 for a count');
  const rawHigh = record['high'];
  if (rawHigh === Infinity) {
    if (!unbounded) fail('INVALID_FIGURE', [...path, 'high'], rawHigh, "must be finite: only 'more-than' and 'at-least' leave the top open");
    return Object.freeze({ low, high: Infinity });
  }
  const high = readFinite(rawHigh, [...path, 'high']);
  if (unbounded) fail('INVALID_FIGURE', [...path, 'high'], high, "must be Infinity: 'more-than' and 'at-least' leave the top open");
  if (low > high) fail('INVALID_FIGURE', [...path, 'high'], high, `must be >= low (${low})`);
  return Object.freeze({ low, high });
}

/**
 * Checks that `value` is a {@link PrintedFigure} as {@link parseFigure} builds it, and returns a
 * frozen copy holding only its fields (each read once). Checked, in order, stopping at the first
 * problem: `text` a string; `kind` a {@link FigureKind} (the expected one, if any); `value` finite,
 * a count from 0 to `Number.MAX_SAFE_INTEGER`, negative only where `signed` allows and only with
 * `exact` or `about`; `decimals` an integer up to the parser's digit limit; `scaleExponent` one of
 * the scale words' (0, 3, 6, 9, 12), 0 unless a count; `step` exactly `1e{scaleExponent - decimals}`;
 * `qualifier` a {@link FigureQualifier}; `rounded`, `truncated` and `interval` intervals with finite
 * low ends (not below 0 for a count) and a top that is `Infinity` exactly for `more-than` and
 * `at-least`; `value` inside `rounded` and `truncated`; `interval` their hull.
 *
 * @internal Shared by every entry point that accepts a figure object; not part of the public API.
 * @throws {@link UhcMetricsError} `INVALID_TYPE` (at `path`) when `value` is not an object;
 *   `INVALID_FIGURE` at the first field that breaks a rule.
 */
export function readPrintedFigure(value: unknown, path: IssuePath, given: PrintedFigureExpectation = {}): PrintedFigure {
  // The library's own expectation, read by own keys: a polluted Object.prototype.kind is no expectation.
  const expected: { readonly kind?: FigureKind | undefined; readonly signed?: boolean | undefined } = {
    kind: Object.hasOwn(given, 'kind') ? given.kind : undefined,
    signed: Object.hasOwn(given, 'signed') ? given.signed : undefined,
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_TYPE', path, value, 'must be a PrintedFigure (see parseFigure)');
  }
  const record = value as Readonly<Record<string, unknown>>;
  const at = (key: string): IssuePath => [...path, key];
  const text = record['text'];
  if (typeof text !== 'string') fail('INVALID_FIGURE', at('text'), text, 'must be a string');
  const kind = record['kind'];
  if (!(FIGURE_KINDS as readonly unknown[]).includes(kind)) {
    fail('INVALID_FIGURE', at('kind'), kind, "must be 'count', 'percent' or 'pp'");
  }
  const figureKind = kind as FigureKind;
  if (expected.kind !== undefined && figureKind !== expected.kind) {
    fail('INVALID_FIGURE', at('kind'), kind, `must be '${expected.kind}': expected ${kindName(expected.kind)}`);
  }
  const figureValue = readFinite(record['value'], at('value'));
  if (figureValue < 0 && (figureKind === 'count' || expected.signed !== true)) {
    const what = figureKind === 'count' ? 'a count is never negative' : `${kindName(figureKind)} here is a level, not a change`;
    fail('INVALID_FIGURE', at('value'), figureValue, `must not be negative (${what})`);
  }
  if (figureKind === 'count' && figureValue > MAX_COUNT) {
    fail('INVALID_FIGURE', at('value'), figureValue, 'must not exceed Number.MAX_SAFE_INTEGER for a count');
  }
  const decimals = readWhole(record['decimals'], at('decimals'), MAX_FIGURE_DIGITS);
  const scaleExponent = record['scaleExponent'];
  if (!SCALE_EXPONENTS.includes(scaleExponent as number) || (figureKind !== 'count' && scaleExponent !== 0)) {
    const allowed = figureKind === 'count' ? `one of ${SCALE_EXPONENTS.join(', ')}` : `0 for ${kindName(figureKind)}`;
    fail('INVALID_FIGURE', at('scaleExponent'), scaleExponent, `must be ${allowed}`);
  }
  const step = record['step'];
  const expectedStep = Number(`1e${(scaleExponent as number) - decimals}`);
  if (step !== expectedStep) {
    fail('INVALID_FIGURE', at('step'), step, `must be one unit in the last printed place, ${expectedStep} (1e${(scaleExponent as number) - decimals})`);
  }
  const qualifier = record['qualifier'];
  if (!(FIGURE_QUALIFIERS as readonly unknown[]).includes(qualifier)) {
    fail('INVALID_FIGURE', at('qualifier'), qualifier, `must be one of ${FIGURE_QUALIFIERS.map((q) => `'${q}'`).join(', ')}`);
  }
  const figureQualifier = qualifier as FigureQualifier;
  if (figureValue < 0 && figureQualifier !== 'exact' && figureQualifier !== 'about') {
    fail('INVALID_FIGURE', at('qualifier'), qualifier, "must be 'exact' or 'about' for a decline");
  }
  const unbounded = figureQualifier === 'more-than' || figureQualifier === 'at-least';
  const rounded = readInterval(record['rounded'], at('rounded'), figureKind, unbounded);
  const truncated = readInterval(record['truncated'], at('truncated'), figureKind, unbounded);
  const interval = readInterval(record['interval'], at('interval'), figureKind, unbounded);
  for (const [key, bounds] of [['rounded', rounded], ['truncated', truncated]] as const) {
    if (figureValue < bounds.low || figureValue > bounds.high) {
      fail('INVALID_FIGURE', at('value'), figureValue, `must lie in ${key} [${bounds.low}, ${bounds.high}]`);
    }
  }
  const hullLow = Math.min(rounded.low, truncated.low);
  const hullHigh = Math.max(rounded.high, truncated.high);
  if (interval.low !== hullLow || interval.high !== hullHigh) {
    fail('INVALID_FIGURE', at('interval'), interval.low !== hullLow ? interval.low : interval.high, `must be the hull of rounded and truncated, [${hullLow}, ${hullHigh}]`);
  }
  return Object.freeze({
    text,
    kind: figureKind,
    value: figureValue + 0,
    decimals,
    scaleExponent: scaleExponent as number,
    step: expectedStep,
    qualifier: figureQualifier,
    rounded,
    truncated,
    interval,
  });
}
