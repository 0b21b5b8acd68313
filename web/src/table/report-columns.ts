// The columns of the region and province tables, on screen and in the downloaded CSV.
import type { ActivityBase } from 'uhc-metrics';
import { DASH, showCount, showPct, showPp } from '../format.js';
import { t } from '../i18n.js';
import type { Column } from '../sortable-table.js';
import type { ReportRow } from './build-report.js';

function awardText(row: ReportRow): string {
  if (row.awardTier === undefined) return row.awardUndecidedAbove ? DASH : t('awardNone');
  return row.awardUndecidedAbove ? t('awardFloor')(row.awardTier) : row.awardTier;
}

function summedText(row: ReportRow): string {
  if (row.summed === undefined) return DASH;
  return row.summed.expected === undefined ? String(row.summed.children) : t('summedOf')(row.summed.children, row.summed.expected);
}

/** The columns; `rolledUp` adds how many regencies and cities each row sums. */
export function reportColumns(base: ActivityBase, rolledUp = false): readonly Column<ReportRow>[] {
  const summed: readonly Column<ReportRow>[] = rolledUp
    ? [{ id: 'summed', header: () => t('colSummed'), sortValue: (row) => row.summed?.children, show: summedText, numeric: true }]
    : [];
  return [
    { id: 'rank', header: () => t('colRank'), sortValue: (row) => row.rank, show: (row) => (row.rank === undefined ? DASH : String(row.rank)), numeric: true },
    { id: 'region', header: () => t('colRegion'), sortValue: (row) => row.name, show: (row) => row.name, rowHeader: true },
    { id: 'code', header: () => t('colCode'), sortValue: (row) => row.code, show: (row) => row.code },
    ...summed,
    { id: 'date', header: () => t('colDate'), sortValue: (row) => row.asOf, show: (row) => row.asOf },
    { id: 'population', header: () => t('colPopulation'), sortValue: (row) => row.population, show: (row) => showCount(row.population), numeric: true },
    { id: 'participants', header: () => t('colParticipants'), sortValue: (row) => row.participants, show: (row) => showCount(row.participants), numeric: true },
    { id: 'active', header: () => t('colActive'), sortValue: (row) => row.activeParticipants, show: (row) => showCount(row.activeParticipants), numeric: true },
    { id: 'coverage', header: () => t('colCoverage'), sortValue: (row) => row.coveragePct, show: (row) => showPct(row.coveragePct), numeric: true },
    { id: 'activeCoverage', header: () => t('colActiveCoverage'), sortValue: (row) => row.activeCoveragePct, show: (row) => showPct(row.activeCoveragePct), numeric: true },
    { id: 'activity', header: () => t('colActivity')(base), sortValue: (row) => row.activityPct, show: (row) => showPct(row.activityPct), numeric: true },
    { id: 'status', header: () => t('colStatus'), sortValue: (row) => row.status, show: (row) => t('status')[row.status] },
    { id: 'gap', header: () => t('colGap'), sortValue: (row) => row.gapPp, show: (row) => showPp(row.gapPp), numeric: true },
    { id: 'short', header: () => t('colShort'), sortValue: (row) => row.peopleShort, show: (row) => showCount(row.peopleShort), numeric: true },
    { id: 'award', header: () => t('colAward'), sortValue: (row) => row.awardTier, show: awardText },
  ];
}

/** The rows as CSV records: numbers in plain machine form (dot decimals), headers in the page's language. */
export function reportRecords(rows: readonly ReportRow[], base: ActivityBase): readonly Record<string, string | number>[] {
  const number = (value: number | undefined): string | number => (value === undefined ? '' : Math.round(value * 1e4) / 1e4);
  return rows.map((row) => ({
    [t('colRank')]: row.rank ?? '',
    [t('colRegion')]: row.name,
    [t('colCode')]: row.code,
    [t('colDate')]: row.asOf,
    [t('colPopulation')]: row.population,
    [t('colParticipants')]: row.participants,
    [t('colActive')]: row.activeParticipants ?? '',
    [`${t('colCoverage')} (%)`]: number(row.coveragePct),
    [`${t('colActiveCoverage')} (%)`]: number(row.activeCoveragePct),
    [`${t('colActivity')(base)} (%)`]: number(row.activityPct),
    [t('colActivityBase')]: base,
    [t('colStatus')]: t('status')[row.status],
    [t('colGap')]: number(row.gapPp),
    [t('colShort')]: row.peopleShort ?? '',
    [t('colAward')]: row.awardTier ?? '',
    ...(row.summed === undefined ? {} : { [t('colSummed')]: summedText(row) }),
  }));
}
