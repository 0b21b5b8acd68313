// The report on one date: every region of the table with its metrics and rank, and the
// regencies and cities rolled up to their provinces.
import { parseRegionCode, provinceName, rank, rollUp } from 'uhc-metrics';
import type { RegionLevel, Snapshot } from 'uhc-metrics';
import type { ReportSettings } from './choices.js';
import { asOfDate } from './as-of-date.js';
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
  /** For a roll-up: how many regions were summed, and how many the directory says there are. */
  readonly summed?: { readonly children: number; readonly expected: number | undefined };
}

export interface Report {
  /** The period reported on: a date, or a month. */
  readonly date: string;
  readonly regions: readonly ReportRow[];
  /** The regencies and cities of the date summed per province; empty when the table has none. */
  readonly provinces: readonly ReportRow[];
  /** Why the roll-up could not be made (regions of mixed levels in one province), if so. */
  readonly rollUpProblem: string | undefined;
}

/**
 * The periods a report can be made for, latest first: the table's dates, or its months when
 * some rows give only a month ("Juli 2024") and others a day of it ("01/07/2024"): both are
 * the July report.
 */
export function reportPeriods(snapshots: readonly Snapshot[]): readonly string[] {
  const monthly = isMonthly(snapshots);
  return [...new Set(snapshots.map((snapshot) => periodOf(snapshot.asOf, monthly)))].sort().reverse();
}

/** The period with the most regions, the latest of those: the report a table is first shown on. */
export function defaultPeriod(snapshots: readonly Snapshot[]): string | undefined {
  let best: { readonly period: string; readonly count: number } | undefined;
  for (const period of reportPeriods(snapshots)) {
    const count = snapshotsOf(snapshots, period).length;
    if (best === undefined || count > best.count) best = { period, count };
  }
  return best?.period;
}

function isMonthly(snapshots: readonly Snapshot[]): boolean {
  return snapshots.some((snapshot) => snapshot.asOf.length === 'YYYY-MM'.length);
}

function periodOf(asOf: string, monthly: boolean): string {
  return monthly ? asOf.slice(0, 'YYYY-MM'.length) : asOf;
}

/** The snapshots of a period, one per region: the latest when a region has two (a day and its month). */
function snapshotsOf(snapshots: readonly Snapshot[], period: string): readonly Snapshot[] {
  const monthly = isMonthly(snapshots);
  const latest = new Map<string, Snapshot>();
  for (const snapshot of snapshots) {
    if (periodOf(snapshot.asOf, monthly) !== period) continue;
    const kept = latest.get(snapshot.regionCode);
    if (kept === undefined || asOfDate(snapshot.asOf) > asOfDate(kept.asOf)) latest.set(snapshot.regionCode, snapshot);
  }
  return [...latest.values()];
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

/**
 * The report of `input` for a period (a date, or a month) under `settings`. `regenciesOf`, when
 * known (the region directory), lists each province's regencies and cities, so that a roll-up
 * says how many of them the table holds.
 */
export function buildReport(
  input: TableInput,
  period: string,
  settings: ReportSettings,
  regenciesOf?: (province: string) => readonly string[],
): Report {
  const onDate = snapshotsOf(input.snapshots, period);
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
  // Summed as of the period: a day and a month of the same month count as one report.
  const regencies = onDate
    .filter((snapshot) => parseRegionCode(snapshot.regionCode).level === 'regency')
    .map((snapshot) => ({ ...snapshot, asOf: period }));
  let provinces: Unranked[] = [];
  let rollUpProblem: string | undefined;
  try {
    const provinceCodes = [...new Set(regencies.map((snapshot) => parseRegionCode(snapshot.regionCode).parentCode ?? ''))];
    const expectedChildren = regenciesOf === undefined ? undefined : Object.fromEntries(provinceCodes.map((code) => [code, regenciesOf(code)]));
    provinces = rollUp(regencies, { to: 'province', ...(expectedChildren === undefined ? {} : { expectedChildren }) }).map((row) => ({
      code: row.regionCode,
      name: provinceName(row.regionCode),
      level: row.level,
      asOf: row.asOf,
      population: row.population,
      participants: row.participants,
      activeParticipants: row.activeParticipants,
      summed: {
        children: row.children.length,
        expected: row.missingChildren === undefined ? undefined : row.children.length + row.missingChildren.length,
      },
      ...regionMetrics(row, settings),
    }));
  } catch (error) {
    rollUpProblem = error instanceof Error ? error.message : String(error);
  }
  return { date: period, regions: ranked(regions), provinces: ranked(provinces), rollUpProblem };
}
