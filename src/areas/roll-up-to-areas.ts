import { assertArray, assertCount, fail } from '../internal/assert.js';
import { compareText, readRegionCountsList } from '../metrics/region-counts.js';
import type { IsoDate, Snapshot } from '../models/snapshot.js';
import { readArea, type Area } from './area.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * The counts of an area on one date, summed from its members' snapshots by
 * {@link rollUpToAreas}. `coverageRatio` and the other count functions read it as they read a
 * snapshot.
 *
 * @example
 * ```ts
 * const row: AreaSnapshot = {
 *   areaId: 'kc-metro', asOf: '2024-08', population: 400, participants: 390,
 *   members: ['18.72'], missingMembers: [],
 * };
 * coverageRatio(row);
 * // => 0.975
 * ```
 *
 * @category Areas
 */
export interface AreaSnapshot {
  /** The area's `id`. */
  readonly areaId: string;
  /** The date of the member snapshots summed (a day or a month, as they give it). */
  readonly asOf: IsoDate;
  /** Population of the members counted. */
  readonly population: number;
  /** Participants of the members counted. */
  readonly participants: number;
  /** Active participants, when every member counted gives them. */
  readonly activeParticipants?: number;
  /** Non-active participants, when every member counted gives them. */
  readonly nonActiveParticipants?: number;
  /** The members whose snapshots were summed, in code order. */
  readonly members: readonly string[];
  /** The members with no snapshot on this date: when not empty the sums are partial. */
  readonly missingMembers: readonly string[];
}

/** A count that every member gave, or `undefined`. */
function sumWhenAll(values: readonly (number | undefined)[]): number | undefined {
  let total = 0;
  for (const value of values) {
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/**
 * Rolls snapshots of regions up into areas (branch offices, clusters): for each area and each
 * date on which at least one member has a snapshot, the members' counts summed. A member counts
 * only through a snapshot of its own code (a regency's snapshot does not count for a member
 * province: roll it up with {@link rollUp} first); members without a snapshot on that date are
 * listed in `missingMembers`, so a partial sum is never mistaken for the whole. Snapshots of
 * regions in no area are left out. Active and non-active participants are summed only when
 * every member counted gives them. A region may belong to several areas.
 *
 * @param snapshots - snapshots of regions, at most one per region and date
 * @param areas - the areas, e.g. from {@link defineArea} (checked again here)
 * @returns one row per area and date, in area order then date order, frozen
 * @throws {@link UhcMetricsError} the snapshot errors at `[index, field]` (`INVALID_TYPE`,
 *   `INVALID_REGION_CODE`, `INVALID_DATE`, `INVALID_COUNT`, `INCONSISTENT_COUNTS`);
 *   `DUPLICATE_SNAPSHOT` for a region twice on one date; the area errors of {@link defineArea}
 *   at `['areas', index, ...]`; `INVALID_AREA` when two areas share an id.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const metro = defineArea({ id: 'kc-metro', members: ['18.72', '18.07'] });
 * rollUpToAreas(
 *   [
 *     { regionCode: '18.72', asOf: '2024-08', population: 200, participants: 198 },
 *     { regionCode: '18.07', asOf: '2024-08', population: 800, participants: 752 },
 *     { regionCode: '18.01', asOf: '2024-08', population: 900, participants: 850 },
 *   ],
 *   [metro],
 * );
 * // => [{ areaId: 'kc-metro', asOf: '2024-08', population: 1000, participants: 950, members: ['18.07', '18.72'], missingMembers: [] }]
 * ```
 *
 * @category Areas
 */
export function rollUpToAreas(snapshots: readonly Snapshot[], areas: readonly Area[]): readonly AreaSnapshot[] {
  snapshots = copyInput(snapshots, []);
  areas = copyInput(areas, ['areas']);
  const rows = readRegionCountsList(snapshots);
  assertArray(areas, ['areas']);
  const checkedAreas = Array.from(areas, (area, index) => readArea(area, ['areas', index]));
  const ids = new Set<string>();
  checkedAreas.forEach((area, index) => {
    if (ids.has(area.id)) fail('INVALID_AREA', ['areas', index, 'id'], area.id, 'repeats an area id');
    ids.add(area.id);
  });
  // code -> date -> the row's counts and its non-active count.
  const byCode = new Map<string, Map<IsoDate, { counts: (typeof rows)[number]['counts']; nonActive: number | undefined }>>();
  for (const row of rows) {
    const nonActive = (snapshots[row.index] as Snapshot).nonActiveParticipants;
    if (nonActive !== undefined) assertCount(nonActive, [row.index, 'nonActiveParticipants']);
    let dates = byCode.get(row.region.code);
    if (dates === undefined) byCode.set(row.region.code, (dates = new Map()));
    dates.set(row.asOf, { counts: row.counts, nonActive });
  }
  const result: AreaSnapshot[] = [];
  for (const area of checkedAreas) {
    const dates = new Set<IsoDate>();
    for (const member of area.members) for (const date of byCode.get(member)?.keys() ?? []) dates.add(date);
    for (const asOf of [...dates].sort(compareText)) {
      const present = area.members.filter((member) => byCode.get(member)?.has(asOf));
      const parts = present.map((member) => byCode.get(member)?.get(asOf) as { counts: (typeof rows)[number]['counts']; nonActive: number | undefined });
      const active = sumWhenAll(parts.map((part) => part.counts.activeParticipants));
      const nonActive = sumWhenAll(parts.map((part) => part.nonActive));
      result.push(
        Object.freeze({
          areaId: area.id,
          asOf,
          population: parts.reduce((sum, part) => sum + part.counts.population, 0),
          participants: parts.reduce((sum, part) => sum + part.counts.participants, 0),
          ...(active === undefined ? {} : { activeParticipants: active }),
          ...(nonActive === undefined ? {} : { nonActiveParticipants: nonActive }),
          members: Object.freeze(present),
          missingMembers: Object.freeze(area.members.filter((member) => !present.includes(member))),
        }),
      );
    }
  }
  return Object.freeze(result);
}
