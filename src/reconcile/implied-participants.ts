import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import type { FigureReadingChoice } from './figure-reading.js';
import type { Fraction } from './exact-fraction.js';
import { peopleInterval, readCountBounds, readCoverageBounds, readImpliedOptions } from './implied-bounds.js';

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

/** `a x b`, where `undefined` is an unbounded end: 0 times anything is 0, else unbounded. */
function timesUpTo(a: Fraction | undefined, b: Fraction | undefined): Fraction | undefined {
  if ((a !== undefined && a.num === 0n) || (b !== undefined && b.num === 0n)) return { num: 0n, den: 1n };
  if (a === undefined || b === undefined) return undefined;
  return { num: a.num * b.num, den: a.den * b.den };
}

/**
 * The number of participants a printed coverage implies for a population: population times the
 * coverage, over every value the printed coverage (and a printed population) allows. Answers
 * "how many people is 80,62 persen of 2.032.767 jiwa?".
 *
 * With population in [N-, N+] and coverage in [c-, c+] (fractions of one), participants lie in
 * [N- x c-, N+ x c+], computed exactly and rounded outward to whole people (low down, high up),
 * so the interval holds every participant count consistent with the figures. An unbounded
 * coverage (`lebih dari 95%`) gives `high: Infinity`.
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
 *   option or a `reading` outside its set.
 *
 * @example
 * ```ts
 * // Indo Barat, Dec 2021, Bengkulu: "80,62 persen dari total penduduk 2.032.767 jiwa".
 * impliedParticipants(2_032_767, parseFigure('80,62 persen'));
 * // => { low: 1638715, high: 1639021 }
 * impliedParticipants(2_032_767, parseFigure('80,62 persen'), { reading: 'rounded' });
 * // => { low: 1638715, high: 1638919 }
 * ```
 *
 * @category Reconciliation
 */
export function impliedParticipants(
  population: number | PrintedFigure,
  coverage: PrintedFigure,
  options?: ImpliedParticipantsOptions,
): Interval {
  const choice = readImpliedOptions(options);
  const people = readCountBounds(population, ['population'], choice);
  const share = readCoverageBounds(coverage, ['coverage'], choice);
  const low = { num: people.low.num * share.low.num, den: people.low.den * share.low.den };
  return peopleInterval(low, timesUpTo(people.high, share.high));
}
