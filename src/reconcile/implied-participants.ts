import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import type { FigureReadingChoice } from './figure-reading.js';
import {
  isReachedZero,
  peopleInterval,
  readCountBounds,
  readCoverageBounds,
  readImpliedOptions,
  type ExactEnd,
} from './implied-bounds.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link impliedParticipants}.
 *
 * @example
 * ```ts
 * const options: ImpliedParticipantsOptions = { reading: 'truncated' };
 * ```
 *
 * @category Reconciliation
 */
export interface ImpliedParticipantsOptions {
  /**
   * How to read the printed figures: `'rounded'`, `'truncated'`, or `'either'` (the default:
   * the hull of both).
   */
  readonly reading?: FigureReadingChoice;
}

/**
 * `a x b`, where `undefined` is an unbounded end: 0 times anything is a reached 0, else
 * unbounded. The product is excluded when either factor is, unless a reached 0 pins it.
 */
function timesUpTo(a: ExactEnd | undefined, b: ExactEnd | undefined): ExactEnd | undefined {
  if ((a !== undefined && a.at.num === 0n) || (b !== undefined && b.at.num === 0n)) {
    return { at: { num: 0n, den: 1n }, open: false };
  }
  if (a === undefined || b === undefined) return undefined;
  return { at: { num: a.at.num * b.at.num, den: a.at.den * b.at.den }, open: a.open || b.open };
}

/**
 * The number of participants a printed coverage implies for a population: population times the
 * coverage, over every value the printed coverage (and a printed population) allows. Answers
 * "how many people is 80,62 persen of 2.032.767 jiwa?".
 *
 * With population in [N-, N+] and coverage in [c-, c+] (fractions of one), participants lie in
 * [N- x c-, N+ x c+], computed exactly and rounded inward to whole people (low up, high down), so
 * the interval holds exactly the whole participant counts consistent with the figures. An end a
 * print excludes stays excluded: the top of a truncated reading (`95,31` cut off never came from
 * 95,32%), and the bound of `lebih dari` / `kurang dari` (`minimal` and `hampir` include theirs);
 * the rounded reading includes both ends. An unbounded coverage (`lebih dari 95%`) gives
 * `high: Infinity`.
 *
 * @param population - an exact population, or a printed count ({@link parseFigure})
 * @param coverage - the printed coverage, a percentage figure
 * @param options - `reading`: `'rounded'`, `'truncated'` or `'either'` (default), applied to
 *   every printed argument
 * @returns the interval of participant counts, whole people, frozen
 * @throws {@link UhcMetricsError} `INVALID_COUNT` when `population` is a number but not a
 *   non-negative safe integer; `INVALID_TYPE` when an argument is neither a number nor an object
 *   (population) or not an object (coverage); `INVALID_FIGURE` when a figure is malformed, the
 *   coverage is not a percentage or `population` not a count; `INVALID_OPTION` for an unknown
 *   option or a `reading` outside its set; `INVALID_FIGURE` at `['coverage']` when no whole number
 *   of participants fits the figures (10 people at `95,31%` is 9,5305 to 9,5315 participants).
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // Indo Barat, Dec 2021, Bengkulu: "80,62 persen dari total penduduk 2.032.767 jiwa".
 * impliedParticipants(2_032_767, parseFigure('80,62 persen'));
 * // => { low: 1638716, high: 1639020 }
 * impliedParticipants(2_032_767, parseFigure('80,62 persen'), { reading: 'rounded' });
 * // => { low: 1638716, high: 1638918 }
 * ```
 *
 * @category Reconciliation
 */
export function impliedParticipants(
  population: number | PrintedFigure,
  coverage: PrintedFigure,
  options?: ImpliedParticipantsOptions,
): Interval {
  population = copyInput(population, ['population']);
  coverage = copyInput(coverage, ['coverage']);
  options = copyInput(options, ['options']);
  const choice = readImpliedOptions(options);
  const people = readCountBounds(population, ['population'], choice);
  const share = readCoverageBounds(coverage, ['coverage'], choice);
  const low: ExactEnd = {
    at: { num: people.low.at.num * share.low.at.num, den: people.low.at.den * share.low.at.den },
    open: (people.low.open || share.low.open) && !isReachedZero(people.low) && !isReachedZero(share.low),
  };
  return peopleInterval(low, timesUpTo(people.high, share.high), coverage);
}
