// The coverage series a person can put on the trend chart: each region of the table, and each
// province summed from its regencies and cities on every date.
import { parseRegionCode, provinceName, rollUp } from 'uhc-metrics';
import type { Snapshot } from 'uhc-metrics';

export interface CoverageSeries {
  /** `region:<code>` or `province:<code>`. */
  readonly key: string;
  readonly name: string;
  /** True for a province summed from its regencies and cities. */
  readonly rolledUp: boolean;
  /** One snapshot per date, oldest first. */
  readonly snapshots: readonly Snapshot[];
}

function byDate(a: Snapshot, b: Snapshot): number {
  return a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0;
}

/** Every series of the table, those with the most dates first (then provinces before regions, then by code). */
export function coverageSeries(snapshots: readonly Snapshot[], names: ReadonlyMap<string, string>): readonly CoverageSeries[] {
  const series: CoverageSeries[] = [];
  const byRegion = Map.groupBy(snapshots, (snapshot) => snapshot.regionCode);
  const regencies = snapshots.filter((snapshot) => parseRegionCode(snapshot.regionCode).level === 'regency');
  let provinceRows: readonly (Snapshot & { readonly children: string })[] = [];
  try {
    provinceRows = rollUp(regencies, { to: 'province' }).map((row) => ({
      children: row.children.join(','),
      regionCode: row.regionCode,
      asOf: row.asOf,
      population: row.population,
      participants: row.participants,
      ...(row.activeParticipants === undefined ? {} : { activeParticipants: row.activeParticipants }),
    }));
  } catch {
    // A table that cannot be rolled up (a region twice on a date) offers its regions only;
    // the report says why under its roll-up.
  }
  for (const [code, rows] of Map.groupBy(provinceRows, (row) => row.regionCode)) {
    if (byRegion.has(code)) continue; // the table has the province's own figures
    // A sum over different regencies on different dates would show a change of coverage that
    // is only a change of what was summed: such a province gets no series.
    if (new Set(rows.map((row) => row.children)).size > 1) continue;
    const snapshots = rows.map(({ children: _children, ...snapshot }) => snapshot);
    series.push({ key: `province:${code}`, name: provinceName(code), rolledUp: true, snapshots: snapshots.sort(byDate) });
  }
  for (const [code, rows] of byRegion) {
    // Two rows of one date would draw a zigzag: keep the series only when its dates are distinct.
    const dates = new Set(rows.map((row) => row.asOf));
    if (dates.size !== rows.length) continue;
    series.push({ key: `region:${code}`, name: names.get(code) ?? code, rolledUp: false, snapshots: [...rows].sort(byDate) });
  }
  return series.sort((a, b) =>
    b.snapshots.length - a.snapshots.length || Number(b.rolledUp) - Number(a.rolledUp) || a.key.localeCompare(b.key),
  );
}
