import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { divideFractions, wholeFraction } from './exact-fraction.js';
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
 * Options of {@link impliedPopulation}.
 *
 * @example
 * ```ts
 * const options: ImpliedPopulationOptions = { reading: 'rounded' };
 * ```
 *
 * @category Reconciliation
 */
export interface ImpliedPopulationOptions {
  /**
   * How to read the printed figures: `'rounded'`, `'truncated'`, or `'either'` (the default:
   * the hull of both, so the answer holds whichever convention the outlet used).
   */
  readonly reading?: FigureReadingChoice;
}

/**
 * The population a printed coverage implies for a number of participants: participants divided
 * by the coverage, over every value the printed coverage (and a printed participant count)
 * allows. Answers "of how many people is 8.527.908 jiwa 95,31 %?".
 *
 * With participants in [P-, P+] and coverage in [c-, c+] (as fractions of one), the population
 * lies in [P- / c+, P+ / c-]. The ends are computed exactly (BigInt fractions of the decimals the
 * bounds stand for) and rounded inward to whole people, low up and high down, so the interval
 * holds exactly the whole populations consistent with the figures, including the true one. An
 * end a print excludes stays excluded: the top of a truncated reading, and the bound of
 * `lebih dari` / `kurang dari` (`minimal` and `hampir` include theirs); the rounded reading
 * includes both ends. A coverage that
 * can be 0 gives `high: Infinity`, and so does an unbounded participant count; a coverage without
 * an upper end (`lebih dari 95%`) gives `low: 1` (`low: 0` with no participants).
 *
 * @param participants - an exact count of participants, or a printed count ({@link parseFigure})
 * @param coverage - the printed coverage, a percentage figure
 * @param options - `reading`: `'rounded'`, `'truncated'` or `'either'` (default), applied to
 *   every printed argument
 * @returns the interval of populations, whole people, frozen
 * @throws {@link UhcMetricsError} `INVALID_COUNT` when `participants` is a number but not a
 *   non-negative safe integer; `INVALID_TYPE` when an argument is neither a number nor an object
 *   (participants) or not an object (coverage); `INVALID_FIGURE` when a figure is malformed, the
 *   coverage is not a percentage or `participants` not a count, or the coverage allows only 0%
 *   while there are participants, or (at `['coverage']`) no whole population fits the figures
 *   (1 participant at `2,09%` is a population of 47,6 to 47,9); `INVALID_OPTION` for an unknown
 *   option or a `reading` outside its set.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // ANTARA, Aug 2023, Lampung: "sekitar 95,31 atau sebanyak 8.527.908 jiwa".
 * impliedPopulation(8_527_908, parseFigure('sekitar 95,31', { kind: 'percent' }));
 * // => { low: 8946610, high: 8948017 }
 * impliedPopulation(8_527_908, parseFigure('95,31 %'), { reading: 'rounded' });
 * // => { low: 8947079, high: 8948017 }
 * // 8 947 078 is out: 8 527 908 / 8 947 078 is 95,315 007...%, printed 95,32.
 * impliedPopulation(8_527_908, parseFigure('lebih dari 95%'));
 * // => { low: 1, high: 8976745 }
 * ```
 *
 * @category Reconciliation
 */
export function impliedPopulation(
  participants: number | PrintedFigure,
  coverage: PrintedFigure,
  options?: ImpliedPopulationOptions,
): Interval {
  participants = copyInput(participants, ['participants']);
  coverage = copyInput(coverage, ['coverage']);
  options = copyInput(options, ['options']);
  const choice = readImpliedOptions(options);
  const people = readCountBounds(participants, ['participants'], choice);
  const share = readCoverageBounds(coverage, ['coverage'], choice);
  assertCoverageCanHold(people, share, ['coverage']);
  // A quotient end is reached when both its ends are, or when its numerator is a reached 0.
  const low: ExactEnd =
    share.high === undefined
      ? // No upper coverage: any population above 0 fits, and 0 itself only without participants.
        { at: wholeFraction(0), open: !isReachedZero(people.low) }
      : share.high.at.num === 0n
        ? { at: wholeFraction(0), open: false } // 0% and no participants: any population
        : {
            at: divideFractions(people.low.at, share.high.at),
            open: (people.low.open || share.high.open) && !isReachedZero(people.low),
          };
  const high: ExactEnd | undefined =
    share.low.at.num === 0n || people.high === undefined
      ? undefined
      : {
          at: divideFractions(people.high.at, share.low.at),
          open: (people.high.open || share.low.open) && !isReachedZero(people.high),
        };
  return peopleInterval(low, high, coverage);
}
