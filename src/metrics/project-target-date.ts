import { assertOneOf, assertOptions, fail } from '../internal/assert.js';
import { isoDateOf } from '../internal/calendar.js';
import { ratioMeets } from '../internal/exact-ratio.js';
import { leastSquaresSlope } from '../internal/least-squares.js';
import { DAYS_PER_YEAR, LAST_ISO_DAY } from '../internal/time-units.js';
import type { IsoDate, Snapshot } from '../models/snapshot.js';
import { requireCoveragePct, type CheckedSnapshot } from './checked-snapshot.js';
import { readCoverageGoal, type CoverageGoal } from './coverage-goal.js';
import { readSnapshotSeries } from './snapshot-series.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * How {@link projectTargetDate} measures the pace: `two-point` from the first and the last
 * snapshot, `least-squares` as the slope of the least-squares line of coverage over time
 * through every snapshot.
 *
 * @category Growth and projections
 */
export type ProjectionMethod = 'two-point' | 'least-squares';

const METHODS: readonly ProjectionMethod[] = ['two-point', 'least-squares'];

/**
 * Options of {@link projectTargetDate}.
 *
 * @category Growth and projections
 */
export interface ProjectTargetDateOptions {
  /** How to measure the pace; `'two-point'` when absent. */
  readonly method?: ProjectionMethod | undefined;
}

/**
 * What every {@link TargetDateProjection} reports: the target, the data and the pace used.
 *
 * @example
 * ```ts
 * const basis: TargetDateProjectionBasis = projectTargetDate(
 *   [
 *     { regionCode: '17', asOf: '2023-01-01', population: 1_000, participants: 900 },
 *     { regionCode: '17', asOf: '2024-01-01', population: 1_000, participants: 930 },
 *   ],
 *   RPJMN_2020_2024,
 * );
 * [basis.lastCoveragePct, basis.snapshotCount];
 * // => [93, 2]
 * ```
 *
 * @category Growth and projections
 */
export interface TargetDateProjectionBasis {
  /** The region, normalised (dotted). */
  readonly regionCode: string;
  /** The `id` of the target; `undefined` when a bare threshold was given. */
  readonly targetId: string | undefined;
  /** The coverage target in percent. */
  readonly targetPct: number;
  /** How the pace was measured. */
  readonly method: ProjectionMethod;
  /** The first snapshot's date. */
  readonly firstAsOf: IsoDate;
  /** The last snapshot's date: the projection starts here. */
  readonly lastAsOf: IsoDate;
  /** Distinct dates the pace was measured over. */
  readonly snapshotCount: number;
  /** Coverage at the last snapshot, in percent. */
  readonly lastCoveragePct: number;
  /** The pace used, in percentage points of coverage per 365.25-day year. */
  readonly pacePpPerYear: number;
}

/**
 * When a region reaches a coverage target at its pace: already (`alreadyMet: true`, `date` is
 * the last snapshot's), on a projected `date`, or not at all (`reached: false` with a reason:
 * `not-at-this-pace` when the pace is not positive, `after-year-9999` when the date is past
 * what `YYYY-MM-DD` can write).
 *
 * @example
 * ```ts
 * const projection: TargetDateProjection = projectTargetDate(
 *   [
 *     { regionCode: '17', asOf: '2023-01-01', population: 1_000, participants: 950 },
 *     { regionCode: '17', asOf: '2024-01-01', population: 1_000, participants: 940 },
 *   ],
 *   RPJMN_2020_2024,
 * );
 * projection.reached ? projection.date : projection.reason;
 * // => 'not-at-this-pace'
 * ```
 *
 * @category Growth and projections
 */
export type TargetDateProjection = TargetDateProjectionBasis &
  (
    | {
        /** A date was found: the target is met already or at the projected pace. */
        readonly reached: true;
        /** Whether the last snapshot already meets the target (then `date` is its date). */
        readonly alreadyMet: boolean;
        /** The first day on which coverage meets the target: the last snapshot's date, or projected. */
        readonly date: IsoDate;
        /** Days from the last snapshot to `date`; 0 when already met. */
        readonly daysAfterLast: number;
      }
    | {
        /** No date: the pace does not get there (see `reason`). */
        readonly reached: false;
        /** Why no date is given. */
        readonly reason: 'not-at-this-pace' | 'after-year-9999';
      }
  );

// A day count a hair above a whole number is float noise from the division, not another day.
const DAY_TOLERANCE = 1e-9;

/**
 * Projects when a region's coverage reaches a target at its recent pace.
 *
 * The pace is the coverage change per 365.25-day year, from the first and the last snapshot
 * (`two-point`, the default) or the slope of the least-squares line of coverage over time
 * (`least-squares`). Either way the projection is a straight line from the last snapshot's
 * actual coverage at that pace (not from the fitted line, which need not pass through it), so a
 * projected date is never before the last snapshot. Whether the target is already met is
 * decided exactly from the last snapshot's counts (19 of 20 meets 95%). The input may be in any
 * order; snapshots of one date are treated as by {@link seriesGrowth}.
 *
 * @param snapshots - snapshots of one region, of at least two dates; the populations used must be positive
 * @param target - a {@link Target} with a coverage condition (a preset such as
 *   {@link RPJMN_2020_2024}: its strictest coverage condition), or a coverage threshold in
 *   percent (`98`)
 * @param options - `method`
 * @returns the projection, frozen
 * @throws {@link UhcMetricsError} `INVALID_NUMBER` when a bare threshold is not finite or is
 *   negative; any code of {@link defineTarget} for a malformed target (paths start with
 *   `'target'`); `INVALID_OPTION` when the target has no coverage condition, `options.method` is
 *   not a method or `options` has an unknown key; `INVALID_TYPE` when `snapshots` is not an array or `options` not an object;
 *   `EMPTY_INPUT` when the snapshots hold fewer than two dates; the snapshot errors at
 *   `snapshots[i]`; `MIXED_REGIONS`; `CONFLICTING_SNAPSHOTS` when two snapshots of one date
 *   disagree; `INVALID_COUNT` when a population the pace needs is 0.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const projection = projectTargetDate(
 *   [
 *     { regionCode: '17', asOf: '2022-01-01', population: 1_000, participants: 900 },
 *     { regionCode: '17', asOf: '2023-01-01', population: 1_000, participants: 930 },
 *   ],
 *   RPJMN_2020_2024,
 * );
 * // 3 pp in 365 days is 3 * 365.25 / 365 pp a year; 5 pp more takes 608.3 days.
 * [Math.round(projection.pacePpPerYear * 1e6) / 1e6, projection.reached && projection.date];
 * // => [3.002055, '2024-09-01']
 * projectTargetDate(
 *   [
 *     { regionCode: '17', asOf: '2022-01-01', population: 1_000, participants: 900 },
 *     { regionCode: '17', asOf: '2023-01-01', population: 1_000, participants: 985 },
 *   ],
 *   98,
 * ).reached;
 * // => true
 * ```
 *
 * @category Growth and projections
 */
export function projectTargetDate(
  snapshots: readonly Snapshot[],
  target: CoverageGoal,
  options?: ProjectTargetDateOptions,
): TargetDateProjection {
  snapshots = copyInput(snapshots, ['snapshots']);
  target = copyInput(target, ['target']);
  options = copyInput(options, ['options']);
  const { targetId, thresholdPct: targetPct, operator } = readCoverageGoal(target, ['target']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['method']);
  const method: unknown = opts?.['method'] ?? 'two-point';
  assertOneOf(method, METHODS, ['options', 'method']);
  const series = readSnapshotSeries(snapshots, ['snapshots']);
  if (series.length < 2) {
    fail('EMPTY_INPUT', ['snapshots'], snapshots, 'must hold snapshots of at least two different dates');
  }
  const first = series[0] as CheckedSnapshot;
  const last = series[series.length - 1] as CheckedSnapshot;
  const lastCoveragePct = requireCoveragePct(last);
  const pacePpPerYear = paceOf(method, series, first, last) * DAYS_PER_YEAR;
  const basis: TargetDateProjectionBasis = {
    regionCode: last.regionCode,
    targetId,
    targetPct,
    method,
    firstAsOf: first.asOf,
    lastAsOf: last.asOf,
    snapshotCount: series.length,
    lastCoveragePct,
    pacePpPerYear,
  };
  if (ratioMeets(last.participants, last.population, operator, targetPct)) {
    return Object.freeze({ ...basis, reached: true, alreadyMet: true, date: last.asOf, daysAfterLast: 0 });
  }
  if (!(pacePpPerYear > 0)) return Object.freeze({ ...basis, reached: false, reason: 'not-at-this-pace' });
  const daysNeeded = ((targetPct - lastCoveragePct) * DAYS_PER_YEAR) / pacePpPerYear;
  // At least one day: the exact check above says the target is not met on the last date itself.
  // "More than" is not met on the day the line touches the threshold, only on the day after.
  const daysAfterLast = Math.max(
    1,
    operator === '>' ? Math.floor(daysNeeded + DAY_TOLERANCE) + 1 : Math.ceil(daysNeeded - DAY_TOLERANCE),
  );
  if (!(last.day + daysAfterLast <= LAST_ISO_DAY)) {
    return Object.freeze({ ...basis, reached: false, reason: 'after-year-9999' });
  }
  return Object.freeze({
    ...basis,
    reached: true,
    alreadyMet: false,
    date: isoDateOf(last.day + daysAfterLast),
    daysAfterLast,
  });
}

/** Coverage change in percentage points per day, by the chosen method. */
function paceOf(
  method: ProjectionMethod,
  series: readonly CheckedSnapshot[],
  first: CheckedSnapshot,
  last: CheckedSnapshot,
): number {
  if (method === 'two-point') {
    return (requireCoveragePct(last) - requireCoveragePct(first)) / (last.day - first.day);
  }
  return leastSquaresSlope(series.map((checked) => ({ x: checked.day, y: requireCoveragePct(checked) })));
}
