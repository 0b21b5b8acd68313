import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, refuse } from '../internal/assert.js';
import type { RegionCodeInfo, RegionLevel } from '../models/region-code.js';
import type { IsoDate } from '../models/snapshot.js';
import { readSnapshotAt } from './checked-snapshot.js';
import type { CoverageCounts } from './coverage.js';

/**
 * The counts of one region on one date: what roll-ups and target tallies read. Structural: a
 * `Snapshot` or a roll-up row fits.
 *
 * @example
 * ```ts
 * const metro: RegionCounts = { regionCode: '18.72', asOf: '2024-07-01', population: 175_000, participants: 171_000 };
 * ```
 *
 * @category Roll-ups
 */
export interface RegionCounts extends CoverageCounts {
  /** A Kemendagri region code, dotted or not (`18.72`, `1872`). */
  readonly regionCode: string;
  /** The date the counts refer to, `YYYY-MM-DD`. */
  readonly asOf: IsoDate;
}

/** One validated input row: its parsed code, its date and its counts. */
export interface ReadRegionCounts {
  /** The input's position, for error paths. */
  readonly index: number;
  /** The parsed region code. */
  readonly region: RegionCodeInfo;
  /** The date, validated. */
  readonly asOf: IsoDate;
  /** The counts, validated. */
  readonly counts: CoverageCounts;
}

/**
 * Region levels from the top down; a level's index is its depth (country 0, province 1, ...).
 *
 * @internal
 */
export const LEVEL_ORDER: readonly RegionLevel[] = /* @__PURE__ */ Object.freeze(['country', 'province', 'regency', 'district', 'village']);

/**
 * Code-point order of codes and ISO dates: deterministic whatever the locale, and chronological
 * for `YYYY-MM-DD`.
 *
 * @internal
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Validates a list of dated region counts at the public boundary: each code, date and count,
 * and that no region appears twice on one date.
 *
 * @internal Shared by the roll-up and the target tally; not part of the public API.
 * @throws {@link UhcMetricsError} `INVALID_TYPE`, `INVALID_REGION_CODE`, `UNKNOWN_PROVINCE`,
 *   `INVALID_DATE`, `INVALID_COUNT`, `INCONSISTENT_COUNTS` at `[index, field]`;
 *   `DUPLICATE_SNAPSHOT` at `[index]` for the second row of a region and date.
 */
export function readRegionCountsList(value: unknown, path: IssuePath = []): readonly ReadRegionCounts[] {
  assertArray(value, path);
  const seen = new Map<string, number>();
  // Array.from, not map: map skips the holes of a sparse array instead of reporting them.
  return Array.from(value, (row, index) => {
    const rowPath = [...path, index];
    const { region, asOf, counts } = readSnapshotAt(row, rowPath);
    // Codes are compared normalised: `1872` and `18.72` are the same regency.
    const key = `${region.code}@${asOf}`;
    const first = seen.get(key);
    if (first !== undefined) {
      refuse('DUPLICATE_SNAPSHOT', rowPath, row, `repeats region ${region.code} on ${asOf} (first at index ${first})`);
    }
    seen.set(key, index);
    return { index, region, asOf, counts };
  });
}
