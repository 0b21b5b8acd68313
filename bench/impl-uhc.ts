// uhc-metrics: the library's columnar path, imported from the source.
import { analyzeSnapshots, type SnapshotAnalysis } from '../src/bulk/analyze-snapshots.js';
import type { SnapshotTable } from '../src/bulk/snapshot-table.js';
import { tableCountMeeting, type TableTally } from '../src/bulk/table-count-meeting.js';
import { tableCoverage, type TableCoverage } from '../src/bulk/table-coverage.js';
import { tableFromSnapshots } from '../src/bulk/table-from-snapshots.js';
import { tableGrowth, type TableGrowth } from '../src/bulk/table-growth.js';
import { tableRank, type TableRank } from '../src/bulk/table-rank.js';
import { tableRollUp, type TableRollUp } from '../src/bulk/table-roll-up.js';
import { tableRow } from '../src/bulk/table-row.js';
import { UHC_2015_2019 } from '../src/metrics/target-presets.js';
import type {
  CanonicalCoverage,
  CanonicalGrowth,
  CanonicalIngest,
  CanonicalRank,
  CanonicalRollUp,
  CanonicalThreshold,
} from './canonical.js';
import type { Implementation } from './implementation.js';

/** The rows of a table, column by column. */
function columnsOf(table: SnapshotTable): CanonicalIngest {
  const regionCodes: string[] = [];
  const dates: string[] = [];
  const population: number[] = [];
  const participants: number[] = [];
  for (let row = 0; row < table.rowCount; row += 1) {
    const counts = tableRow(table, row);
    regionCodes.push(counts.regionCode);
    dates.push(counts.asOf);
    population.push(counts.population);
    participants.push(counts.participants);
  }
  return { regionCodes, dates, population, participants };
}

function coverageList(coverage: TableCoverage): CanonicalCoverage {
  const list: (number | null)[] = Array.from(coverage.coverageRatio);
  for (const row of coverage.undefinedRows) list[row] = null;
  return list;
}

function rollUpOf(result: TableRollUp): CanonicalRollUp {
  const { parents } = result;
  const activeParticipants = Array.from({ length: parents.rowCount }, (_, row) => tableRow(parents, row).activeParticipants ?? null);
  return { ...columnsOf(parents), activeParticipants, coverage: coverageList(result.coverage) };
}

function growthOf(result: TableGrowth, table: SnapshotTable): CanonicalGrowth {
  const change: (number | null)[] = Array.from(result.coverageChangePp);
  for (const step of result.undefinedSteps) change[step] = null;
  const from = Array.from(result.fromRows, (row) => tableRow(table, row));
  const to = Array.from(result.toRows, (row) => tableRow(table, row));
  return {
    regionCodes: from.map((row) => row.regionCode),
    fromDates: from.map((row) => row.asOf),
    toDates: to.map((row) => row.asOf),
    participantsChange: Array.from(result.participantsChange),
    coverageChangePp: change,
  };
}

function thresholdOf(result: TableTally): CanonicalThreshold {
  return { dates: [...result.dates], met: Array.from(result.met) };
}

export const uhcMetrics: Implementation<SnapshotTable> = {
  name: 'uhc-metrics',
  ingest: (rows) => tableFromSnapshots(rows),
  coverage: (table) => tableCoverage(table),
  rollup: (table, workload) => tableRollUp(table, { to: workload.rollUpTo }),
  growth: (table) => tableGrowth(table),
  rank: (table) => tableRank(table),
  threshold: (table) => tableCountMeeting(table, UHC_2015_2019),
  pipeline: (rows, workload) => analyzeSnapshots(rows, { rollUp: { to: workload.rollUpTo } }),
  canonical: {
    ingest: (result) => columnsOf(result as SnapshotTable),
    coverage: (result) => coverageList(result as TableCoverage),
    rollup: (result) => rollUpOf(result as TableRollUp),
    growth: (result, table) => growthOf(result as TableGrowth, table),
    rank: (result): CanonicalRank => Array.from((result as TableRank).ranks),
    threshold: (result) => thresholdOf(result as TableTally),
    pipeline: (result) => {
      const analysis = result as SnapshotAnalysis;
      return {
        coverage: coverageList(analysis.coverage),
        rollup: rollUpOf(analysis.rollUp),
        growth: growthOf(analysis.growth, analysis.table),
        rank: Array.from(analysis.rank.ranks),
        threshold: thresholdOf(analysis.tally),
      };
    },
  },
};
