// The report on one date: every region of the table with its metrics and rank, and the
// regencies and cities rolled up to their provinces.
import { parseRegionCode, provinceName, rank, rollUp } from 'uhc-metrics';
import type { RegionLevel, Snapshot } from 'uhc-metrics';
import type { ReportSettings } from './choices.js';
import { regionMetrics, type RegionMetrics } from './region-metrics.js';
import type { TableInput } from './read-table.js';

/** One line of the report: a region, its counts on the date, its metrics and its rank among its level. */
export interface ReportRow extends RegionMetrics {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly asOf: string;
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants: number | undefined;
  /** 1 is best, by coverage as printed to two decimals (competition ties: 1-2-2-4). */
  readonly rank: number | undefined;
}

export interface Report {
  readonly date: string;
  readonly regions: readonly ReportRow[];
  /** The regencies and cities of the date summed per province; empty when the table has none. */
  readonly provinces: readonly ReportRow[];
  /** Why the roll-up could not be made (regions of mixed levels in one province), if so. */
  readonly rollUpProblem: string | undefined;
}

/** Every date of the table, latest first. */
export function tableDates(snapshots: readonly Snapshot[]): readonly string[] {
  return [...new Set(snapshots.map((snapshot) => snapshot.asOf))].sort().reverse();
}

type Unranked = Omit<ReportRow, 'rank'>;

/** Ranks rows by coverage within each level. */
function ranked(rows: readonly Unranked[]): readonly ReportRow[] {
  const rankOf = new Map<Unranked, number>();
  for (const level of new Set(rows.map((row) => row.level))) {
    const peers = rows.filter((row) => row.level === level);
    const entries = rank(peers, { keys: [{ value: (row) => row.coveragePct, direction: 'desc', precision: 2 }] });
    for (const entry of entries) if (entry.item.coveragePct !== undefined) rankOf.set(entry.item, entry.rank);
  }
  return rows.map((row) => ({ ...row, rank: rankOf.get(row) }));
}

/** The report of `input` on `date` under `settings`. */
export function buildReport(input: TableInput, date: string, settings: ReportSettings): Report {
  const onDate = input.snapshots.filter((snapshot) => snapshot.asOf === date);
  const regions = onDate.map((snapshot) => ({
    code: snapshot.regionCode,
    name: input.names.get(snapshot.regionCode) ?? snapshot.regionCode,
    level: parseRegionCode(snapshot.regionCode).level,
    asOf: snapshot.asOf,
    population: snapshot.population,
    participants: snapshot.participants,
    activeParticipants: snapshot.activeParticipants,
    ...regionMetrics(snapshot, settings),
  }));
  const regencies = onDate.filter((snapshot) => parseRegionCode(snapshot.regionCode).level === 'regency');
  let provinces: Unranked[] = [];
  let rollUpProblem: string | undefined;
  try {
    provinces = rollUp(regencies, { to: 'province' }).map((row) => ({
      code: row.regionCode,
      name: provinceName(row.regionCode),
      level: row.level,
      asOf: row.asOf,
      population: row.population,
      participants: row.participants,
      activeParticipants: row.activeParticipants,
      ...regionMetrics(row, settings),
    }));
  } catch (error) {
    rollUpProblem = error instanceof Error ? error.message : String(error);
  }
  return { date, regions: ranked(regions), provinces: ranked(provinces), rollUpProblem };
}
