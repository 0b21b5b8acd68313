import type { Area } from '../areas/area.js';
import { rollUpToAreas } from '../areas/roll-up-to-areas.js';
import { rank } from '../ranking/rank.js';
import { activeAt, type CollectedRows } from './collect-rows.js';
import type { OutputRow } from './output.js';
import { countMetrics, pct, type ReportSettings } from './report.js';

/**
 * The rows of `--roll-up areas.json`: each area's members summed per date (the library's
 * `rollUpToAreas`), with the same metrics as the input rows, ranked among the areas of a date.
 * An area with no member in the table on a date has no row for it; a member missing on a date
 * is named in the row's `missing` column.
 */
export function* areaRows(rows: CollectedRows, areas: readonly Area[], settings: ReportSettings): Generator<OutputRow> {
  const members = new Set(areas.flatMap((area) => area.members));
  const snapshots = [];
  for (let row = 0; row < rows.count; row += 1) {
    const regionCode = rows.regionCode[row] as string;
    if (!members.has(regionCode)) continue;
    const active = activeAt(rows, row);
    snapshots.push({
      regionCode,
      asOf: rows.asOf[row] as string,
      population: rows.population[row] as number,
      participants: rows.participants[row] as number,
      ...(active === undefined ? {} : { activeParticipants: active }),
    });
  }
  const sums = rollUpToAreas(snapshots, areas);
  const names = new Map(areas.map((area) => [area.id, area.name]));
  // Ranked within each date by coverage. The counts are exact integers, so two areas tie only
  // when their ratios are equal as doubles, which for counts below 2^53 / 100 is exact equality.
  const byDate = new Map<string, (typeof sums)[number][]>();
  for (const sum of sums) {
    const list = byDate.get(sum.asOf) ?? [];
    list.push(sum);
    byDate.set(sum.asOf, list);
  }
  const rankOf = new Map<(typeof sums)[number], number>();
  for (const list of byDate.values()) {
    const entries = rank(list, {
      keys: [{ name: 'coveragePct', direction: 'desc', value: (sum) => pct(sum.participants, sum.population) }],
      ties: settings.ties,
    });
    for (const entry of entries) if (pct(entry.item.participants, entry.item.population) !== undefined) rankOf.set(entry.item, entry.rank);
  }
  for (const sum of sums) {
    yield {
      regionCode: sum.areaId,
      name: sum.missingMembers.length === 0 ? names.get(sum.areaId) : `${names.get(sum.areaId) ?? sum.areaId} (- ${sum.missingMembers.join(' ')})`,
      level: 'area',
      asOf: sum.asOf,
      ...countMetrics(sum.population, sum.participants, sum.activeParticipants, settings),
      rank: rankOf.get(sum),
    };
  }
}
