import type { AwardScheme } from '../awards/award-scheme.js';
import { classifyAward } from '../awards/classify-award.js';
import type { SnapshotTable } from '../bulk/snapshot-table.js';
import { tableFromColumns } from '../bulk/table-from-columns.js';
import { tableRank } from '../bulk/table-rank.js';
import { tableCoverage } from '../bulk/table-coverage.js';
import { tableRollUp } from '../bulk/table-roll-up.js';
import type { RollUpTo } from '../metrics/roll-up.js';
import { tableRow } from '../bulk/table-row.js';
import { evaluateTarget } from '../metrics/check-target.js';
import type { Target } from '../metrics/target.js';
import { COUNTRY_CODE, parseRegionCode } from '../models/region-code.js';
import { provinceName } from '../models/province-name.js';
import { isUhcMetricsError } from '../errors/uhc-metrics-error.js';
import type { ActivityBase } from '../models/snapshot.js';
import type { Area } from '../areas/area.js';
import type { TiePolicy } from '../ranking/rank.js';
import { activeAt, type CollectedRows } from './collect-rows.js';
import { areaRows } from './area-rows.js';
import type { OutputColumn, OutputRow } from './output.js';

/** What `report` computes, besides the rows. */
export interface ReportSettings {
  readonly target: Target;
  readonly awards: AwardScheme | undefined;
  readonly activityBase: ActivityBase;
  readonly ties: TiePolicy;
  readonly rollUpTo: RollUpTo | undefined;
  /** The areas of `--roll-up areas.json`, summed instead of a level roll-up. */
  readonly areas?: readonly Area[];
}

const STATUS_WORDS = {
  met: { id: 'tercapai', en: 'met' },
  'not-met': { id: 'belum tercapai', en: 'not met' },
  unknown: { id: 'tak dapat dipastikan', en: 'unknown' },
} as const;

const LEVEL_WORDS = {
  country: { id: 'nasional', en: 'country' },
  province: { id: 'provinsi', en: 'province' },
  regency: { id: 'kab/kota', en: 'regency' },
  district: { id: 'kecamatan', en: 'district' },
  village: { id: 'desa/kel', en: 'village' },
  area: { id: 'area', en: 'area' },
} as const;

const BASE_WORDS = {
  population: { id: 'penduduk', en: 'population' },
  participants: { id: 'peserta', en: 'participants' },
} as const;

/**
 * The columns of `report`, in order: `name` only when the table has names, the active counts
 * only when it has an active column, `award` only with `--awards`.
 */
export function reportColumns(hasNames: boolean, hasActive: boolean, hasAwards: boolean): OutputColumn[] {
  const columns: (OutputColumn | false)[] = [
    { key: 'regionCode', label: { id: 'Kode', en: 'Code' }, kind: 'text' },
    hasNames && { key: 'name', label: { id: 'Wilayah', en: 'Region' }, kind: 'text' },
    { key: 'level', label: { id: 'Tingkat', en: 'Level' }, kind: 'word', words: LEVEL_WORDS },
    { key: 'asOf', label: { id: 'Tanggal', en: 'Date' }, kind: 'text' },
    { key: 'population', label: { id: 'Penduduk', en: 'Population' }, kind: 'count' },
    { key: 'participants', label: { id: 'Peserta', en: 'Participants' }, kind: 'count' },
    hasActive && { key: 'activeParticipants', label: { id: 'Peserta aktif', en: 'Active' }, kind: 'count' },
    { key: 'coveragePct', label: { id: 'Cakupan', en: 'Coverage' }, kind: 'pct' },
    hasActive && { key: 'activeCoveragePct', label: { id: 'Cakupan aktif', en: 'Active coverage' }, kind: 'pct' },
    hasActive && { key: 'activityRatePct', label: { id: 'Keaktifan', en: 'Activity' }, kind: 'pct' },
    hasActive && { key: 'activityBase', label: { id: 'Basis keaktifan', en: 'Activity base' }, kind: 'word', words: BASE_WORDS },
    { key: 'target', label: { id: 'Target', en: 'Target' }, kind: 'text' },
    { key: 'status', label: { id: 'Status', en: 'Status' }, kind: 'word', words: STATUS_WORDS },
    { key: 'gapPp', label: { id: 'Selisih', en: 'Gap' }, kind: 'pp' },
    { key: 'peopleShort', label: { id: 'Kurang (jiwa)', en: 'People short' }, kind: 'count' },
    hasAwards && { key: 'award', label: { id: 'Penghargaan', en: 'Award' }, kind: 'text' },
    { key: 'rank', label: { id: 'Peringkat', en: 'Rank' }, kind: 'int' },
  ];
  return columns.filter((column): column is OutputColumn => column !== false);
}

/** The percentage `part / whole`, or `undefined` without a part or with a whole of 0. */
export function pct(part: number | undefined, whole: number): number | undefined {
  return part === undefined || whole === 0 ? undefined : (part * 100) / whole;
}

/**
 * An award's best tier met (its name; `none` when no tier is met), marked `*` when the tier has
 * cut-offs that were never published (only the published ones were checked) and `(?)` when a
 * higher tier cannot be decided from the table (it lacks an input such as activity).
 */
function awardOf(scheme: AwardScheme, population: number, participants: number, active: number | undefined): string {
  const result = classifyAward(active === undefined ? { population, participants } : { population, participants, activeParticipants: active }, scheme);
  const tier = result.tier === undefined ? 'none' : `${result.tier.name}${result.tier.incomplete ? '*' : ''}`;
  return result.undecidedHigherTierIds.length > 0 ? `${tier} (?)` : tier;
}

/**
 * The counts of one row (an input row, a parent or an area) with its metrics: coverage, active
 * coverage, activity rate with its base, the target check and the award tier.
 */
export function countMetrics(
  population: number,
  participants: number,
  activeParticipants: number | undefined,
  settings: ReportSettings,
): Record<string, string | number | undefined> {
  // The table validated the counts and loadTarget the target: skip checking them again per row.
  const check = evaluateTarget(
    activeParticipants === undefined ? { population, participants } : { population, participants, activeParticipants },
    settings.target,
  );
  const activity = pct(activeParticipants, settings.activityBase === 'population' ? population : participants);
  return {
    population,
    participants,
    activeParticipants,
    coveragePct: pct(participants, population),
    activeCoveragePct: pct(activeParticipants, population),
    activityRatePct: activity,
    activityBase: activity === undefined ? undefined : settings.activityBase,
    target: check.targetId,
    status: check.status,
    gapPp: check.gapPp,
    peopleShort: check.peopleShort,
    award: settings.awards === undefined ? undefined : awardOf(settings.awards, population, participants, activeParticipants),
  };
}

/** The rows of one table (input rows, or roll-up parents) with every metric. */
function* metricRows(
  table: SnapshotTable,
  names: readonly string[] | undefined,
  settings: ReportSettings,
  counts: (row: number) => { readonly regionCode: string; readonly asOf: string; readonly population: number; readonly participants: number; readonly activeParticipants: number | undefined },
): Generator<OutputRow> {
  const { coverageRatio: coverage, undefinedRows } = tableCoverage(table);
  const ranks = tableRank(table, { ties: settings.ties }).ranks;
  const levels = new Map<string, string>();
  const undefinedCoverage = new Set(undefinedRows);
  for (let row = 0; row < table.rowCount; row += 1) {
    const { regionCode, asOf, population, participants, activeParticipants } = counts(row);
    let level = levels.get(regionCode);
    if (level === undefined) levels.set(regionCode, (level = parseRegionCode(regionCode).level));
    yield {
      regionCode,
      name: names?.[row],
      level,
      asOf,
      ...countMetrics(population, participants, activeParticipants, settings),
      coveragePct: undefinedCoverage.has(row) ? undefined : (coverage[row] as number) * 100,
      rank: undefinedCoverage.has(row) ? undefined : ranks[row],
    };
  }
}

/**
 * The active participants of the rows (all, or those listed) as `tableFromColumns` takes them:
 * the typed array itself when every row reported them, else a list with `undefined` gaps.
 */
function activeColumn(rows: CollectedRows, only: readonly number[] | undefined): Float64Array | (number | undefined)[] {
  const values = rows.activeParticipants;
  if (only === undefined) return values.some((value) => Number.isNaN(value)) ? Array.from(values, (_, row) => activeAt(rows, row)) : values;
  return only.map((row) => activeAt(rows, row));
}

const DEPTH: Readonly<Record<string, number>> = { country: 0, province: 1, regency: 2, district: 3, village: 4 };

/** A problem of the roll-up: a row that cannot roll up to the level asked for. */
export interface RollUpIssue {
  /** The row's index in the collected rows. */
  readonly row: number;
  readonly message: string;
}

/**
 * The report of checked rows: every input row with its metrics, in input order, then (with a
 * roll-up) every parent per date. Built on the library's columnar table: one validation, then
 * coverage, rank and roll-up over typed arrays. Rows that cannot roll up (a province row in a
 * roll-up to provinces) are reported through `onIssue` and left out of the roll-up only.
 */
export function reportRows(rows: CollectedRows, settings: ReportSettings, onIssue: (issue: RollUpIssue) => void): Iterable<OutputRow> {
  const table = tableFromColumns({
    regionCode: rows.regionCode,
    asOf: rows.asOf,
    population: rows.population,
    participants: rows.participants,
    ...(rows.hasActive ? { activeParticipants: activeColumn(rows, undefined) } : {}),
  });
  const own = metricRows(table, rows.names, settings, (row) => ({
    regionCode: rows.regionCode[row] as string,
    asOf: rows.asOf[row] as string,
    population: rows.population[row] as number,
    participants: rows.participants[row] as number,
    activeParticipants: activeAt(rows, row),
  }));
  const areas = settings.areas;
  if (areas !== undefined) {
    return (function* () {
      yield* own;
      yield* areaRows(rows, areas, settings);
    })();
  }
  const to = settings.rollUpTo;
  if (to === undefined) return own;
  const parents = rollUpTable(rows, table, to, onIssue);
  const parentRows =
    parents === undefined
      ? []
      : metricRows(parents, parentNames(parents), settings, (row) => {
          const counts = tableRow(parents, row);
          return { ...counts, activeParticipants: counts.activeParticipants };
        });
  return (function* () {
    yield* own;
    yield* parentRows;
  })();
}

/** Province names (and the country's) for roll-up rows. */
function parentNames(parents: SnapshotTable): string[] {
  const names: string[] = [];
  for (let row = 0; row < parents.rowCount; row += 1) {
    const code = tableRow(parents, row).regionCode;
    names.push(code === COUNTRY_CODE ? 'Indonesia' : parseRegionCode(code).level === 'province' ? provinceName(code) : '');
  }
  return names;
}

/** The parents' table, from the rows that can roll up to `to`; each other row is an issue. */
function rollUpTable(
  rows: CollectedRows,
  table: SnapshotTable,
  to: RollUpTo,
  onIssue: (issue: RollUpIssue) => void,
): SnapshotTable | undefined {
  const wanted = to === 'parent' ? 0 : (DEPTH[to] as number);
  const keep: number[] = [];
  for (let row = 0; row < rows.count; row += 1) {
    const code = rows.regionCode[row] as string;
    const level = parseRegionCode(code).level;
    if ((DEPTH[level] as number) > wanted) keep.push(row);
    else onIssue({ row, message: `region ${code} is a ${level}: it cannot roll up to ${to === 'parent' ? 'a parent' : `a ${to}`}` });
  }
  const source =
    keep.length === rows.count
      ? table
      : tableFromColumns({
          regionCode: keep.map((row) => rows.regionCode[row] as string),
          asOf: keep.map((row) => rows.asOf[row] as string),
          population: keep.map((row) => rows.population[row] as number),
          participants: keep.map((row) => rows.participants[row] as number),
          ...(rows.hasActive ? { activeParticipants: activeColumn(rows, keep) } : {}),
        });
  try {
    return tableRollUp(source, { to }).parents;
  } catch (error) {
    // Children of one parent at different levels (regencies and districts of one province).
    if (!isUhcMetricsError(error)) throw error;
    const at = error.issues[0]?.path[0];
    const row = typeof at === 'number' ? (keep[at] ?? 0) : 0;
    onIssue({ row, message: `cannot roll up: ${error.issues[0]?.message ?? error.message}` });
    return undefined;
  }
}
