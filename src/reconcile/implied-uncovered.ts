import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { compareFractions, type Fraction } from './exact-fraction.js';
import type { FigureReadingChoice } from './figure-reading.js';
import {
  assertCoverageCanHold,
  isReachedZero,
  peopleInterval,
  readCountBounds,
  readCoverageBounds,
  readImpliedOptions,
  type ExactEnd,
} from './implied-bounds.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link impliedUncovered}.
 *
 * @example
 * ```ts
 * const options: ImpliedUncoveredOptions = { reading: 'either' };
 * ```
 *
 * @category Reconciliation
 */
export interface ImpliedUncoveredOptions {
  /**
   * How to read the printed figures: `'rounded'`, `'truncated'`, or `'either'` (the default:
   * the hull of both).
   */
  readonly reading?: FigureReadingChoice;
}

const ZERO: ExactEnd = /* @__PURE__ */ Object.freeze({ at: Object.freeze({ num: 0n, den: 1n }), open: false });
const ONE: Fraction = /* @__PURE__ */ Object.freeze({ num: 1n, den: 1n });

/**
 * `p x (1 - c) / c`: the people left out when `p` participants are a share `c` (0 < c <= 1).
 * Excluded when `p` or `c` is, unless a reached 0 pins it (no participants, or exactly 100%).
 */
function leftOut(participants: ExactEnd, share: ExactEnd): ExactEnd {
  const { at: p } = participants;
  const { at: c } = share;
  const pinned = isReachedZero(participants) || (!share.open && compareFractions(c, ONE) === 0);
  return {
    at: { num: p.num * (c.den - c.num), den: p.den * c.num },
    open: (participants.open || share.open) && !pinned,
  };
}

/**
 * The number of people not covered that a printed coverage implies for a number of participants:
 * the implied population ({@link impliedPopulation}) minus the participants, never below 0.
 * Answers "with 8.527.908 jiwa at 95,31 %, how many are still outside JKN?".
 *
 * With participants in [P-, P+] and coverage in [c-, c+] (fractions of one), the uncovered are
 * P x (1 - c) / c, which falls as c rises; the interval is [P- x (1 - c+) / c+, P+ x (1 - c-) / c-],
 * each end 0 when its coverage is 100% or more (a population figure that lags). Ends are exact,
 * then rounded inward to whole people (low up, high down), so every number returned is
 * consistent with the figures; an end a print excludes (the top of a truncated reading, the
 * bound of `lebih dari` / `kurang dari`) stays excluded. A coverage that can be 0, or an
 * unbounded participant count, gives `high: Infinity`; a coverage without an upper end gives
 * `low: 0`.
 *
 * @param participants - an exact count of participants, or a printed count ({@link parseFigure})
 * @param coverage - the printed coverage, a percentage figure
 * @param options - `reading`: `'rounded'`, `'truncated'` or `'either'` (default), applied to
 *   every printed argument
 * @returns the interval of uncovered people, whole people, frozen
 * @throws {@link UhcMetricsError} `INVALID_COUNT` when `participants` is a number but not a
 *   non-negative safe integer; `INVALID_TYPE` when an argument is neither a number nor an object
 *   (participants) or not an object (coverage); `INVALID_FIGURE` when a figure is malformed, the
 *   coverage is not a percentage or `participants` not a count, or the coverage allows only 0%
 *   while there are participants, or (at `['coverage']`) no whole number of uncovered people fits
 *   the figures; `INVALID_OPTION` for an unknown option or a `reading` outside its set.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // ANTARA, Aug 2023, Lampung: "sekitar 95,31 atau sebanyak 8.527.908 jiwa" and "masih ada
 * // sekitar 400 ribu orang penduduk yang belum masuk".
 * const uncovered = impliedUncovered(8_527_908, parseFigure('sekitar 95,31', { kind: 'percent' }));
 * uncovered;
 * // => { low: 418702, high: 420109 }
 * intervalsOverlap(uncovered, parseFigure('sekitar 400 ribu orang').interval);
 * // => true
 * ```
 *
 * @category Reconciliation
 */
export function impliedUncovered(
  participants: number | PrintedFigure,
  coverage: PrintedFigure,
  options?: ImpliedUncoveredOptions,
): Interval {
  participants = copyInput(participants, ['participants']);
  coverage = copyInput(coverage, ['coverage']);
  options = copyInput(options, ['options']);
  const choice = readImpliedOptions(options);
  const people = readCountBounds(participants, ['participants'], choice);
  const share = readCoverageBounds(coverage, ['coverage'], choice);
  assertCoverageCanHold(people, share, ['coverage']);
  // Fewest left out at the highest coverage and fewest participants; most at the opposite corner.
  // A coverage that can pass 100% reaches 0 left out (never below 0); one that stops at 100%,
  // excluded, does not.
  const low =
    share.high === undefined || share.high.at.num === 0n || compareFractions(share.high.at, ONE) > 0
      ? ZERO
      : leftOut(people.low, share.high);
  const high =
    compareFractions(share.low.at, ONE) >= 0
      ? ZERO
      : share.low.at.num === 0n || people.high === undefined
        ? undefined
        : leftOut(people.high, share.low);
  return peopleInterval(low, high, coverage);
}
