import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { divideFractions, wholeFraction } from './exact-fraction.js';
import type { FigureReadingChoice } from './figure-reading.js';
import {
  assertCoverageCanHold,
  peopleInterval,
  readCountBounds,
  readCoverageBounds,
  readImpliedOptions,
} from './implied-bounds.js';

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
 * bounds stand for) and rounded outward to whole people, low down and high up, so the interval
 * holds every population consistent with the figures, including the true one. A coverage that
 * can be 0 gives `high: Infinity`, and so does an unbounded participant count; a coverage without
 * an upper end (`lebih dari 95%`) gives `low: 0`.
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
 *   while there are participants; `INVALID_OPTION` for an unknown option or a `reading` outside
 *   its set.
 *
 * @example
 * ```ts
 * // ANTARA, Aug 2023, Lampung: "sekitar 95,31 atau sebanyak 8.527.908 jiwa".
 * impliedPopulation(8_527_908, parseFigure('sekitar 95,31', { kind: 'percent' }));
 * // => { low: 8946609, high: 8948018 }
 * impliedPopulation(8_527_908, parseFigure('95,31 %'), { reading: 'rounded' });
 * // => { low: 8947078, high: 8948018 }
 * ```
 *
 * @category Reconciliation
 */
export function impliedPopulation(
  participants: number | PrintedFigure,
  coverage: PrintedFigure,
  options?: ImpliedPopulationOptions,
): Interval {
  const choice = readImpliedOptions(options);
  const people = readCountBounds(participants, ['participants'], choice);
  const share = readCoverageBounds(coverage, ['coverage'], choice);
  assertCoverageCanHold(people, share, ['coverage']);
  // A coverage without an upper end allows any small population; so does 0% with no participants.
  const low =
    share.high === undefined || share.high.num === 0n ? wholeFraction(0) : divideFractions(people.low, share.high);
  const high = share.low.num === 0n || people.high === undefined ? undefined : divideFractions(people.high, share.low);
  return peopleInterval(low, high);
}
