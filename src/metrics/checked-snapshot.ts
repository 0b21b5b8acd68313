import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertRecord, fail } from '../internal/assert.js';
import { assertAsOfDayNumber } from '../internal/calendar.js';
import { describePath } from '../internal/describe-value.js';
import { parseRegionCodeAt, type RegionCodeInfo } from '../models/region-code.js';
import type { IsoDate, Snapshot } from '../models/snapshot.js';
import { readCoverageCounts, type CoverageCounts } from './coverage.js';

/**
 * A snapshot validated at a public boundary, with the fields the growth and projection metrics
 * read from it, each read once.
 *
 * @internal Shared by the growth and projection metrics; not part of the public API.
 */
export interface CheckedSnapshot {
  /** The snapshot as given (not copied). */
  readonly snapshot: Snapshot;
  /** Where the snapshot is in the caller's input, for error messages. */
  readonly path: IssuePath;
  /** The parsed region code: level, parent, province. */
  readonly region: RegionCodeInfo;
  /** The normalised (dotted) region code. */
  readonly regionCode: string;
  /** The date, as given. */
  readonly asOf: IsoDate;
  /** Days since 1970-01-01 of `asOf`; a month `YYYY-MM` counts as its last day. */
  readonly day: number;
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants: number | undefined;
  /** The validated counts, as one frozen object for the coverage and target functions. */
  readonly counts: CoverageCounts;
  /** participants * 100 / population; `undefined` when the population is 0. */
  readonly coveragePct: number | undefined;
}

/**
 * Validates a snapshot at `path`: an object with a Kemendagri region code, a real ISO date (or month) and
 * consistent counts.
 *
 * @internal Shared by the growth and projection metrics; not part of the public API.
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `value` is not an object or the region
 *   code not a string; `INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` for a bad region code;
 *   `INVALID_DATE` for a bad `asOf`; `INVALID_COUNT` / `INCONSISTENT_COUNTS` for bad counts.
 */
export function readSnapshotAt(value: unknown, path: IssuePath): CheckedSnapshot {
  assertRecord(value, path);
  const region = parseRegionCodeAt(value['regionCode'], [...path, 'regionCode']);
  const asOf = value['asOf'];
  const day = assertAsOfDayNumber(asOf, [...path, 'asOf']);
  const counts = readCoverageCounts(value, path);
  const { population, participants, activeParticipants } = counts;
  return Object.freeze({
    snapshot: value as unknown as Snapshot,
    path,
    region,
    regionCode: region.code,
    asOf: asOf as IsoDate,
    day,
    population,
    participants,
    activeParticipants,
    counts,
    // One rounding: participants * 100 is exact up to 2^53 / 100 people.
    coveragePct: population === 0 ? undefined : (participants * 100) / population,
  });
}

/**
 * Throws `MIXED_REGIONS` at `other`'s region code unless both snapshots are of one region.
 *
 * @internal Shared by the growth and projection metrics; not part of the public API.
 */
export function assertSameRegion(first: CheckedSnapshot, other: CheckedSnapshot): void {
  if (other.regionCode !== first.regionCode) {
    fail(
      'MIXED_REGIONS',
      [...other.path, 'regionCode'],
      other.regionCode,
      `must be the region of ${describePath(first.path)} (${first.regionCode})`,
    );
  }
}

/**
 * Throws `INVALID_COUNT` at the snapshot's population when it is 0, for metrics that need a
 * coverage; returns the coverage otherwise.
 *
 * @internal Shared by the projection metrics; not part of the public API.
 */
export function requireCoveragePct(checked: CheckedSnapshot): number {
  if (checked.coveragePct === undefined) {
    fail('INVALID_COUNT', [...checked.path, 'population'], checked.population, 'must be positive to measure coverage');
  }
  return checked.coveragePct;
}
