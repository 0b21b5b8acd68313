import { UhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { assertOptions } from '../internal/assert.js';
import {
  readingBounds,
  readingsOf,
  resolveReadingChoice,
  type FigureReading,
  type FigureReadingChoice,
  type ReadingBounds,
} from './figure-reading.js';
import { readPrintedFigure } from '../figures/read-printed-figure.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * A reading of each of two printed figures under which they can be the same number, and the
 * true values both then allow.
 *
 * @example
 * ```ts
 * const pair: ReadingPair = { a: 'rounded', b: 'truncated', overlap: { low: 252_165_000, high: 252_175_000 } };
 * ```
 *
 * @category Reconciliation
 */
export interface ReadingPair {
  /** How the first figure was read. */
  readonly a: FigureReading;
  /** How the second figure was read. */
  readonly b: FigureReading;
  /**
   * The values both readings allow: the intersection of the two intervals. An end one reading
   * excludes (the top of a truncated reading, the bound of `lebih dari` or `kurang dari`) is
   * still reported as its bound, since an {@link Interval} has no open ends.
   */
  readonly overlap: Interval;
}

/**
 * Whether two printed figures can be the same quantity, and under which readings.
 *
 * @example
 * ```ts
 * const answer: FiguresAgreement = { agree: false, readings: [] };
 * ```
 *
 * @category Reconciliation
 */
export interface FiguresAgreement {
  /** `true` when at least one pair of accepted readings overlaps. */
  readonly agree: boolean;
  /**
   * Every pair of accepted readings whose intervals overlap, in the order (rounded, rounded),
   * (rounded, truncated), (truncated, rounded), (truncated, truncated); empty when they disagree.
   */
  readonly readings: readonly ReadingPair[];
}

/**
 * Options of {@link figuresAgree}.
 *
 * @example
 * ```ts
 * const options: FiguresAgreeOptions = { reading: 'rounded' };
 * ```
 *
 * @category Reconciliation
 */
export interface FiguresAgreeOptions {
  /**
   * Which readings of each figure to accept: `'rounded'`, `'truncated'`, or `'either'` (the
   * default; two outlets need not share a convention).
   */
  readonly reading?: FigureReadingChoice;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['reading']);

/**
 * The values two bounds both allow, or `undefined` when none: the ends may meet only where both
 * include them (`252,1 juta` truncated stops short of 252 200 000, so it does not meet `252,2 juta`).
 */
function commonValues(left: ReadingBounds, right: ReadingBounds): Interval | undefined {
  const low = Math.max(left.low, right.low);
  const high = Math.min(left.high, right.high);
  const lowOpen = (left.low === low && left.lowOpen) || (right.low === low && right.lowOpen);
  const highOpen = (left.high === high && left.highOpen) || (right.high === high && right.highOpen);
  if (low > high || (low === high && (lowOpen || highOpen))) return undefined;
  return Object.freeze({ low, high });
}

/**
 * Whether two printed figures of the same quantity (two outlets reporting one region on one
 * date) can both be right: they agree when some reading of each leaves a common true value,
 * that is when their intervals share a value. Ends are open or closed as the print says: a
 * rounded reading includes both ends, a truncated one excludes its top (cutting digits never
 * turns `252,2 juta` into `252,1 juta`), `lebih dari` / `di atas` and `kurang dari` / `di bawah`
 * exclude their bound, `minimal` and `hampir` include it; two intervals that only touch agree
 * when both include the shared end. The answer lists every pair
 * of readings that overlaps, so it shows that `252,17 juta` (Klaten article) and `252,1 juta`
 * (Radar Palembang) agree only if Radar Palembang truncated: `252,1 juta` read as rounded
 * allows at most 252 150 000, below `252,17 juta`'s lowest value, 252 165 000.
 *
 * Printed changes compare too: `turun 0,42 persen` and `-0,42%` are the same decline, and a
 * decline's truncated reading excludes its far end (digits are cut toward zero).
 *
 * Overlap is decided on the bounds as doubles; each bound is the
 * double nearest its exact decimal, and that rounding keeps order, so the answer is exact for
 * figures printed with up to 15 significant digits. The relation is symmetric: swapping `a` and
 * `b` swaps the readings of each pair.
 *
 * @param a - a printed figure, as {@link parseFigure} builds it
 * @param b - a printed figure of the same kind
 * @param options - `reading`: which readings to accept, `'either'` by default
 * @returns whether they agree and the overlapping reading pairs, deeply frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `a` or `b` is not an object;
 *   `INVALID_FIGURE` when a figure is malformed; `INVALID_INPUT` (with one issue at `['a', 'kind']`
 *   and one at `['b', 'kind']`) when one is a count and the other a percentage; `INVALID_OPTION`
 *   for an unknown option or a `reading` outside its set.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // Klaten article: "252,17 juta jiwa"; Radar Palembang: "252,1 juta jiwa" (both 1 Mar 2023).
 * const klaten = parseFigure('252,17 juta jiwa');
 * const palembang = parseFigure('252,1 juta jiwa');
 * const answer = figuresAgree(klaten, palembang);
 * answer.agree;
 * // => true
 * answer.readings.map(({ a, b }) => [a, b]);
 * // => [['rounded', 'truncated'], ['truncated', 'truncated']]
 * answer.readings[0]?.overlap;
 * // => { low: 252165000, high: 252175000 }
 * figuresAgree(klaten, palembang, { reading: 'rounded' }).agree;
 * // => false
 * ```
 *
 * @category Reconciliation
 */
export function figuresAgree(a: PrintedFigure, b: PrintedFigure, options?: FiguresAgreeOptions): FiguresAgreement {
  a = copyInput(a, ['a']);
  b = copyInput(b, ['b']);
  options = copyInput(options, ['options']);
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  const readings = readingsOf(resolveReadingChoice(rawOptions?.['reading'], ['options', 'reading']));
  const first = readPrintedFigure(a, ['a'], { signed: true });
  const second = readPrintedFigure(b, ['b'], { signed: true });
  if (first.kind !== second.kind) {
    // One issue per figure: neither is wrong alone, so the error (INVALID_INPUT) names both.
    const issue = (name: 'a' | 'b', kind: string, other: string): Issue => ({
      code: 'INVALID_FIGURE',
      path: [name, 'kind'],
      value: kind,
      message: `${name}.kind is '${kind}' but the other figure is '${other}': a count is not a percentage`,
    });
    throw new UhcMetricsError([issue('a', first.kind, second.kind), issue('b', second.kind, first.kind)]);
  }
  const pairs: ReadingPair[] = [];
  for (const readingA of readings) {
    for (const readingB of readings) {
      const overlap = commonValues(readingBounds(first, readingA), readingBounds(second, readingB));
      if (overlap === undefined) continue;
      pairs.push(Object.freeze({ a: readingA, b: readingB, overlap }));
    }
  }
  return Object.freeze({ agree: pairs.length > 0, readings: Object.freeze(pairs) });
}
