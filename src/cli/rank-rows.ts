import { podium } from '../ranking/podium.js';
import { rank, type TiePolicy } from '../ranking/rank.js';
import type { ActivityBase } from '../models/snapshot.js';
import { activeAt, type CollectedRows } from './collect-rows.js';
import type { OutputColumn, OutputRow } from './output.js';

/** What `rank --by` can rank on; higher is better for each. */
export type RankBy = 'coverage' | 'active-coverage' | 'activity' | 'participants' | 'population';

export const RANK_BY: readonly RankBy[] = ['coverage', 'active-coverage', 'activity', 'participants', 'population'];

/** What `rank` needs besides the rows. */
export interface RankSettings {
  readonly by: RankBy;
  readonly ties: TiePolicy;
  /** `--top n`: only the places 1 to n (a podium), all tied entries included. */
  readonly top: number | undefined;
  readonly activityBase: ActivityBase;
}

const VALUE_COLUMN: Readonly<Record<RankBy, OutputColumn>> = {
  coverage: { key: 'coveragePct', label: { id: 'Cakupan', en: 'Coverage' }, kind: 'pct' },
  'active-coverage': { key: 'activeCoveragePct', label: { id: 'Cakupan aktif', en: 'Active coverage' }, kind: 'pct' },
  activity: { key: 'activityRatePct', label: { id: 'Keaktifan', en: 'Activity' }, kind: 'pct' },
  participants: { key: 'participants', label: { id: 'Peserta', en: 'Participants' }, kind: 'count' },
  population: { key: 'population', label: { id: 'Penduduk', en: 'Population' }, kind: 'count' },
};

/** The columns of `rank`: the rank, the region, the date and the value ranked on. */
export function rankColumns(hasNames: boolean, by: RankBy): OutputColumn[] {
  return [
    { key: 'rank', label: { id: 'Peringkat', en: 'Rank' }, kind: 'int' },
    { key: 'regionCode', label: { id: 'Kode', en: 'Code' }, kind: 'text' },
    ...(hasNames ? [{ key: 'name', label: { id: 'Wilayah', en: 'Region' }, kind: 'text' } as const] : []),
    { key: 'asOf', label: { id: 'Tanggal', en: 'Date' }, kind: 'text' },
    VALUE_COLUMN[by],
  ];
}

/** The value a row is ranked on, or `undefined` when it has none (ranked last). */
function valueOf(rows: CollectedRows, row: number, settings: RankSettings): number | undefined {
  const population = rows.population[row] as number;
  const participants = rows.participants[row] as number;
  const active = activeAt(rows, row);
  const share = (part: number | undefined, whole: number): number | undefined =>
    part === undefined || whole === 0 ? undefined : (part * 100) / whole;
  switch (settings.by) {
    case 'coverage':
      return share(participants, population);
    case 'active-coverage':
      return share(active, population);
    case 'activity':
      return share(active, settings.activityBase === 'population' ? population : participants);
    case 'participants':
      return participants;
    default:
      return population;
  }
}

/**
 * Ranks the rows of each date (dates in order) with the library's `rank` (or `podium` for
 * `--top`), best first; rows without the value come last.
 */
export function rankRows(rows: CollectedRows, settings: RankSettings): OutputRow[] {
  const byDate = new Map<string, number[]>();
  for (let row = 0; row < rows.count; row += 1) {
    const date = rows.asOf[row] as string;
    let list = byDate.get(date);
    if (list === undefined) byDate.set(date, (list = []));
    list.push(row);
  }
  const key = VALUE_COLUMN[settings.by].key;
  const keys = [{ value: (row: number) => valueOf(rows, row, settings), direction: 'desc' as const, name: key }];
  const output: OutputRow[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const list = byDate.get(date) as number[];
    const entries =
      settings.top === undefined
        ? rank(list, { keys, ties: settings.ties })
        : podium(list, { keys, ties: settings.ties, places: settings.top }).flatMap((place) => place.entries);
    for (const entry of entries) {
      const row = entry.item;
      output.push({
        rank: entry.rank,
        regionCode: rows.regionCode[row],
        name: rows.names?.[row],
        asOf: date,
        [key]: valueOf(rows, row, settings),
      });
    }
  }
  return output;
}
