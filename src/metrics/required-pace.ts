import { assertFiniteNumber, assertOptions, fail } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import { leastPartMeeting, ratioMeets } from '../internal/exact-ratio.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../internal/time-units.js';
import type { IsoDate, Snapshot } from '../models/snapshot.js';
import { readSnapshotAt, requireCoveragePct } from './checked-snapshot.js';

/**
 * Options of {@link requiredPace}.
 *
 * @category Growth and projections
 */
export interface RequiredPaceOptions {
  /** The coverage target in percent (98 for the RPJMN 2020-2024 target), >= 0; required. */
  readonly targetPct: number;
  /** The date by which the target is to be met, after the snapshot's `asOf`; required. */
  readonly deadline: IsoDate;
}

/**
 * The pace a region needs to meet a coverage target by a deadline, assuming its population
 * stays as in the snapshot.
 *
 * @example
 * ```ts
 * const pace: RequiredPace = requiredPace(
 *   { regionCode: '17', asOf: '2024-01-01', population: 1_000, participants: 990 },
 *   { targetPct: 98, deadline: '2024-12-31' },
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
 * @param options - `targetPct` and `deadline`, both required
 * @returns the gap and the paces needed, frozen
 * @throws {@link UhcMetricsError} `INVALID_NUMBER` when `options.targetPct` is missing, not
 *   finite or negative; `INVALID_DATE` when `options.deadline` is not a real calendar date or is
 *   not after `snapshot.asOf`; `INVALID_OPTION` when `options` has an unknown key;
 *   `INVALID_TYPE` when `options` is not an object; the snapshot errors (`INVALID_TYPE`,
 *   `INVALID_REGION_CODE`, `UNKNOWN_PROVINCE`, `INVALID_DATE`, `INVALID_COUNT`,
 *   `INCONSISTENT_COUNTS`) at `snapshot`; `INVALID_COUNT` when the population is 0.
 *
 * @example
 * ```ts
 * const pace = requiredPace(
 *   { regionCode: '17', asOf: '2023-01-01', population: 10_000, participants: 9_000 },
 *   { targetPct: 98, deadline: '2025-01-01' },
 * );
 * [pace.daysToDeadline, pace.gapPp, pace.peopleShort];
 * // => [731, 8, 800]
 * // 8 pp over 731 / 365.25 years; 800 people over 731 / 30.4375 months.
 * [pace.requiredPpPerYear.toFixed(4), pace.requiredPeoplePerMonth.toFixed(2)];
 * // => ['3.9973', '33.31']
 * ```
 *
 * @category Growth and projections
 */
export function requiredPace(snapshot: Snapshot, options: RequiredPaceOptions): RequiredPace {
  assertOptions(options, ['targetPct', 'deadline']);
  const targetPct: unknown = options?.targetPct;
  assertFiniteNumber(targetPct, ['options', 'targetPct'], { min: 0 });
  const deadline: unknown = options?.deadline;
  const deadlineDay = assertDayNumber(deadline, ['options', 'deadline']);
  const checked = readSnapshotAt(snapshot, ['snapshot']);
  const coveragePct = requireCoveragePct(checked);
  if (deadlineDay <= checked.day) {
    fail('INVALID_DATE', ['options', 'deadline'], deadline, `must be after snapshot.asOf (${checked.asOf})`);
  }
  const daysToDeadline = deadlineDay - checked.day;
  const alreadyMet = ratioMeets(checked.participants, checked.population, '>=', targetPct);
  // Not met exactly yet printed as met by float rounding: the gap is then a hair, never negative.
  const gapPp = alreadyMet ? 0 : Math.max(0, targetPct - coveragePct);
  const peopleShort = alreadyMet ? 0 : leastPartMeeting(checked.population, targetPct, false) - checked.participants;
  return Object.freeze({
    regionCode: checked.regionCode,
    asOf: checked.asOf,
    deadline: deadline as IsoDate,
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
