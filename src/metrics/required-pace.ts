import { assertOptions, fail, refuse } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import { leastPartMeeting, ratioMeets } from '../internal/exact-ratio.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../internal/time-units.js';
import type { IsoDate, Snapshot } from '../models/snapshot.js';
import { readSnapshotAt, requireCoveragePct } from './checked-snapshot.js';
import { readCoverageGoal, type CoverageGoal } from './coverage-goal.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link requiredPace}.
 *
 * @category Growth and projections
 */
export interface RequiredPaceOptions {
  /**
   * The date by which the target is to be met, after the snapshot's `asOf`; the target's own
   * `deadline` when absent (required for a bare threshold or a target without one).
   */
  readonly deadline?: IsoDate | undefined;
}

/**
 * The pace a region needs to meet a coverage target by a deadline, assuming its population
 * stays as in the snapshot.
 *
 * @example
 * ```ts
 * const pace: RequiredPace = requiredPace(
 *   { regionCode: '17', asOf: '2024-01-01', population: 1_000, participants: 990 },
 *   RPJMN_2020_2024,
 * );
 * [pace.alreadyMet, pace.requiredPpPerYear, pace.requiredPeoplePerMonth];
 * // => [true, 0, 0]
 * ```
 *
 * @category Growth and projections
 */
export interface RequiredPace {
  /** The region, normalised (dotted). */
  readonly regionCode: string;
  /** The snapshot's date. */
  readonly asOf: IsoDate;
  /** The deadline. */
  readonly deadline: IsoDate;
  /** The `id` of the target; `undefined` when a bare threshold was given. */
  readonly targetId: string | undefined;
  /** The coverage target in percent. */
  readonly targetPct: number;
  /** Coverage at `asOf`, in percent. */
  readonly coveragePct: number;
  /** Whether coverage at `asOf` already meets the target (decided exactly from the counts). */
  readonly alreadyMet: boolean;
  /** Days from `asOf` to `deadline`, positive. */
  readonly daysToDeadline: number;
  /** Percentage points still to gain; 0 when already met. */
  readonly gapPp: number;
  /** Participants still to register so that coverage meets the target, at the snapshot's population. */
  readonly peopleShort: number;
  /** `gapPp` per 365.25-day year until the deadline. */
  readonly requiredPpPerYear: number;
  /** `peopleShort` per month (a twelfth of 365.25 days, 30.4375 days) until the deadline. */
  readonly requiredPeoplePerMonth: number;
}

/**
 * The pace a region needs to meet a coverage target by a deadline: percentage points per year
 * and new participants per month.
 *
 * The population is assumed to stay as in the snapshot: the people short are the least whole
 * number of new participants that makes participants / population meet the target, exactly.
 * A growing population needs more. A year is 365.25 days, a month a twelfth of that. When the
 * target is already met both paces are 0.
 *
 * @param snapshot - the region's latest snapshot; its population must be positive
 * @param target - a {@link Target} with a coverage condition (a preset such as
 *   {@link RPJMN_2020_2024}: its strictest coverage condition and its deadline), or a coverage
 *   threshold in percent (`98`)
 * @param options - `deadline`: overrides the target's; required when the target has none
 * @returns the gap and the paces needed, frozen
 * @throws {@link UhcMetricsError} `INVALID_NUMBER` when a bare threshold is not finite or is
 *   negative; any code of {@link defineTarget} for a malformed target (paths start with
 *   `'target'`); `INVALID_OPTION` when the target has no coverage condition or `options` has an
 *   unknown key; `INVALID_DATE` when the deadline is missing, not a real calendar date or is
 *   not after `snapshot.asOf`;
 *   `INVALID_TYPE` when `options` is not an object; the snapshot errors (`INVALID_TYPE`,
 *   `INVALID_REGION_CODE`, `UNKNOWN_PROVINCE`, `INVALID_DATE`, `INVALID_COUNT`,
 *   `INCONSISTENT_COUNTS`) at `snapshot`; `INVALID_COUNT` when the population is 0.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const pace = requiredPace(
 *   { regionCode: '17', asOf: '2023-01-01', population: 10_000, participants: 9_000 },
 *   98,
 *   { deadline: '2025-01-01' },
 * );
 * [pace.daysToDeadline, pace.gapPp, pace.peopleShort];
 * // => [731, 8, 800]
 * // 8 pp over 731 / 365.25 years; 800 people over 731 / 30.4375 months.
 * [pace.requiredPpPerYear.toFixed(4), pace.requiredPeoplePerMonth.toFixed(2)];
 * // => ['3.9973', '33.31']
 * // Bengkulu, Nov 2021: 80,62% of 2.032.767 people (seed 001), against RPJMN 2020-2024.
 * const bengkulu = { regionCode: '17', asOf: '2021-11-30', population: 2_032_767, participants: 1_638_817 };
 * [requiredPace(bengkulu, RPJMN_2020_2024).deadline, requiredPace(bengkulu, RPJMN_2020_2024).peopleShort];
 * // => ['2024-12-31', 353295]
 * ```
 *
 * @category Growth and projections
 */
export function requiredPace(snapshot: Snapshot, target: CoverageGoal, options?: RequiredPaceOptions): RequiredPace {
  snapshot = copyInput(snapshot, ['snapshot']);
  target = copyInput(target, ['target']);
  options = copyInput(options, ['options']);
  const goal = readCoverageGoal(target, ['target']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['deadline']);
  const given: unknown = opts?.['deadline'];
  const deadline: unknown = given === undefined ? goal.deadline : given;
  if (deadline === undefined) {
    refuse('INVALID_DATE', ['options', 'deadline'], deadline, 'is required: the target has no deadline');
  }
  const deadlineDay = assertDayNumber(deadline, ['options', 'deadline']);
  const checked = readSnapshotAt(snapshot, ['snapshot']);
  const coveragePct = requireCoveragePct(checked);
  if (deadlineDay <= checked.day) {
    fail('INVALID_DATE', ['options', 'deadline'], deadline, `must be after snapshot.asOf (${checked.asOf})`);
  }
  const { thresholdPct: targetPct, operator } = goal;
  const daysToDeadline = deadlineDay - checked.day;
  const alreadyMet = ratioMeets(checked.participants, checked.population, operator, targetPct);
  // Not met exactly yet printed as met by float rounding: the gap is then a hair, never negative.
  const gapPp = alreadyMet ? 0 : Math.max(0, targetPct - coveragePct);
  const peopleShort = alreadyMet
    ? 0
    : leastPartMeeting(checked.population, targetPct, operator === '>') - checked.participants;
  return Object.freeze({
    regionCode: checked.regionCode,
    asOf: checked.asOf,
    deadline: deadline as IsoDate,
    targetId: goal.targetId,
    targetPct,
    coveragePct,
    alreadyMet,
    daysToDeadline,
    gapPp,
    peopleShort,
    requiredPpPerYear: (gapPp * DAYS_PER_YEAR) / daysToDeadline,
    requiredPeoplePerMonth: (peopleShort * DAYS_PER_MONTH) / daysToDeadline,
  });
}
