import { assertOneOf, assertOptions } from '../internal/assert.js';
import { asOfDayNumberOf, dayNumberOf } from '../internal/calendar.js';
import type { RegionLevel } from '../models/region-code.js';
import type { IsoDate } from '../models/snapshot.js';
import { evaluateTarget } from './check-target.js';
import { compareText, LEVEL_ORDER, readRegionCountsList, type RegionCounts } from './region-counts.js';
import { readTarget, type Target } from './target.js';
import { copyInput, ownField } from '../internal/copy-input.js';

/**
 * Options of {@link countMeetingTarget}.
 *
 * @category Roll-ups
 */
export interface CountMeetingTargetOptions {
  /** Count only regions of this level; every level (one row each) by default. */
  readonly level?: RegionLevel;
}

/**
 * How many regions of one level met a target on one date.
 *
 * @example
 * ```ts
 * const tally: TargetTally = {
 *   asOf: '2023-03-01', level: 'regency', targetId: 'UHC_2015_2019', inForce: true,
 *   assessed: 3, met: 2, notMet: 1, unknown: 0, shareRatio: 2 / 3, meetingCodes: ['33.10', '33.72'],
 * };
 * ```
 *
 * @category Roll-ups
 */
export interface TargetTally {
  /** The date of the snapshots counted. */
  readonly asOf: IsoDate;
  /** The level of the regions counted. */
  readonly level: RegionLevel;
  /** The `id` of the target. */
  readonly targetId: string;
  /** Whether the target's validity window holds `asOf`; a tally outside it is a what-if. */
  readonly inForce: boolean;
  /** Regions counted: `met + notMet + unknown`. */
  readonly assessed: number;
  /** Regions meeting the target. */
  readonly met: number;
  /** Regions failing a condition. */
  readonly notMet: number;
  /** Regions whose outcome is unknown (a missing `activeParticipants`, a population of 0). */
  readonly unknown: number;
  /** `met / assessed`: unknown outcomes count as not meeting, so this is a floor. */
  readonly shareRatio: number;
  /** Normalised codes of the regions meeting the target, sorted. */
  readonly meetingCodes: readonly string[];
}


/**
 * Counts the regions meeting a target, per date and level: statements such as "22 provinces
 * and 334 regencies/cities reached UHC" (14 Mar 2023). Each region is checked as
 * {@link checkTarget} would.
 *
 * @param snapshots - dated region counts (a `Snapshot` fits); one per region and date
 * @param target - the target, e.g. {@link UHC_2015_2019}
 * @param options - `level`: count only regions of that level
 * @returns one tally per date and level, sorted by date then level (country first), frozen
 * @throws {@link UhcMetricsError} the codes of {@link rollUp} for bad rows (`INVALID_TYPE`,
 *   `INVALID_REGION_CODE`, `UNKNOWN_PROVINCE`, `INVALID_DATE`, `INVALID_COUNT`,
 *   `INCONSISTENT_COUNTS`, `DUPLICATE_SNAPSHOT`); any code of {@link defineTarget} for a malformed
 *   `target`; `INVALID_OPTION` for an unknown option or `level`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const tallies = countMeetingTarget(
 *   [
 *     { regionCode: '33.10', asOf: '2023-03-01', population: 100_000, participants: 96_000 },
 *     { regionCode: '33.11', asOf: '2023-03-01', population: 100_000, participants: 94_999 },
 *     { regionCode: '33', asOf: '2023-03-01', population: 900_000, participants: 860_000 },
 *   ],
 *   UHC_2015_2019,
 *   { level: 'regency' },
 * );
 * tallies.map((tally) => [tally.met, tally.assessed, tally.meetingCodes]);
 * // => [[1, 2, ['33.10']]]
 * ```
 *
 * @category Roll-ups
 */
export function countMeetingTarget(
  snapshots: readonly RegionCounts[],
  target: Target,
  options?: CountMeetingTargetOptions,
): readonly TargetTally[] {
  snapshots = copyInput(snapshots, []);
  options = copyInput(options, ['options']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['level']);
  const level = opts?.['level'];
  if (level !== undefined) assertOneOf(level, LEVEL_ORDER, ['options', 'level']);
  const checked = readTarget(target, ['target']);
  const from = dayNumberOf(checked.validFrom) as number;
  const validUntil = ownField(checked, 'validUntil') as IsoDate | undefined;
  const until = validUntil === undefined ? Infinity : (dayNumberOf(validUntil) as number);

  const groups = new Map<string, { asOf: IsoDate; level: RegionLevel; met: string[]; notMet: number; unknown: number }>();
  for (const row of readRegionCountsList(snapshots)) {
    if (level !== undefined && row.region.level !== level) continue;
    const key = `${row.asOf}@${row.region.level}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { asOf: row.asOf, level: row.region.level, met: [], notMet: 0, unknown: 0 };
      groups.set(key, group);
    }
    const { status } = evaluateTarget(row.counts, checked);
    if (status === 'met') group.met.push(row.region.code);
    else if (status === 'not-met') group.notMet += 1;
    else group.unknown += 1;
  }

  const tallies = [...groups.values()].map((group): TargetTally => {
    const day = asOfDayNumberOf(group.asOf) as number;
    const assessed = group.met.length + group.notMet + group.unknown;
    return Object.freeze({
      asOf: group.asOf,
      level: group.level,
      targetId: checked.id,
      inForce: from <= day && day <= until,
      assessed,
      met: group.met.length,
      notMet: group.notMet,
      unknown: group.unknown,
      shareRatio: group.met.length / assessed,
      meetingCodes: Object.freeze(group.met.sort(compareText)),
    });
  });
  tallies.sort((a, b) => compareText(a.asOf, b.asOf) || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
  return Object.freeze(tallies);
}
