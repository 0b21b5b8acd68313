// arquero (a dev dependency only): the verbs an analyst would chain, window functions for lag
// and rank, grouped roll-ups for sums.
import * as aq from 'arquero';
import type {
  CanonicalCoverage,
  CanonicalGrowth,
  CanonicalIngest,
  CanonicalRank,
  CanonicalRollUp,
  CanonicalThreshold,
} from './canonical.js';
import type { Implementation } from './implementation.js';
import type { InputRow, Workload } from './workload.js';

type Table = aq.ColumnTable;
const { op } = aq;

/** A row inside an arquero expression: arquero parses expressions from their source and types them loosely. */
type Row = any;

function ingest(rows: readonly InputRow[]): Table {
  return aq.from(rows as InputRow[]);
}

function coverage(table: Table): Table {
  return table.derive({ coverage: (d: Row) => (d.population === 0 ? null : d.participants / d.population) });
}

function rollup(table: Table, workload: Workload): Table {
  return table
    .params({ length: workload.parentCodeLength })
    .derive({ parent: (d: Row, $: Row) => op.substring(d.regionCode, 0, $.length) })
    .groupby('parent', 'asOf')
    .rollup({
      population: (d: Row) => op.sum(d.population),
      participants: (d: Row) => op.sum(d.participants),
      activeParticipants: (d: Row) => op.sum(d.activeParticipants),
    })
    .derive({ coverage: (d: Row) => (d.population === 0 ? null : d.participants / d.population) })
    .orderby('parent', 'asOf');
}

function growth(table: Table): Table {
  return table
    .derive({ pct: (d: Row) => (d.population === 0 ? null : (d.participants * 100) / d.population) })
    .groupby('regionCode')
    .orderby('asOf')
    .derive({
      fromAsOf: (d: Row) => op.lag(d.asOf),
      participantsChange: (d: Row) => d.participants - op.lag(d.participants),
      fromPct: (d: Row) => op.lag(d.pct),
    })
    .filter((d: Row) => d.fromAsOf != null)
    .derive({ coverageChangePp: (d: Row) => (d.pct == null || d.fromPct == null ? null : d.pct - d.fromPct) });
}

function rank(table: Table): Table {
  return table
    .derive({ coverage: (d: Row) => (d.population === 0 ? null : d.participants / d.population) })
    .groupby('asOf')
    .orderby(aq.desc('coverage'))
    .derive({ rank: () => op.rank() });
}

function threshold(table: Table): Table {
  return table
    .groupby('asOf')
    .rollup({ met: (d: Row) => op.sum(d.population > 0 && d.participants * 100 >= 95 * d.population ? 1 : 0) })
    .orderby('asOf');
}

function canonicalRollUp(result: Table): CanonicalRollUp {
  return {
    regionCodes: result.array('parent') as string[],
    dates: result.array('asOf') as string[],
    population: result.array('population') as number[],
    participants: result.array('participants') as number[],
    activeParticipants: result.array('activeParticipants') as number[],
    coverage: result.array('coverage') as (number | null)[],
  };
}

function canonicalGrowth(result: Table): CanonicalGrowth {
  const sorted = result.ungroup().orderby('regionCode', 'asOf');
  return {
    regionCodes: sorted.array('regionCode') as string[],
    fromDates: sorted.array('fromAsOf') as string[],
    toDates: sorted.array('asOf') as string[],
    participantsChange: sorted.array('participantsChange') as number[],
    coverageChangePp: sorted.array('coverageChangePp') as (number | null)[],
  };
}

function canonicalThreshold(result: Table): CanonicalThreshold {
  return { dates: result.array('asOf') as string[], met: result.array('met') as number[] };
}

/** Ranks in input row order: the derived table keeps its rows where they were; only the view is ordered. */
function canonicalRank(result: Table): CanonicalRank {
  return Array.from(result.ungroup().unorder().array('rank') as ArrayLike<number>);
}

interface ArqueroPipeline {
  readonly coverage: Table;
  readonly rollup: Table;
  readonly growth: Table;
  readonly rank: Table;
  readonly threshold: Table;
}

export const arquero: Implementation<Table> = {
  name: 'arquero',
  ingest,
  coverage,
  rollup,
  growth,
  rank,
  threshold,
  pipeline: (rows, workload): ArqueroPipeline => {
    const table = ingest(rows);
    return {
      coverage: coverage(table),
      rollup: rollup(table, workload),
      growth: growth(table),
      rank: rank(table),
      threshold: threshold(table),
    };
  },
  canonical: {
    ingest: (result): CanonicalIngest => {
      const table = result as Table;
      return {
        regionCodes: table.array('regionCode') as string[],
        dates: table.array('asOf') as string[],
        population: table.array('population') as number[],
        participants: table.array('participants') as number[],
      };
    },
    coverage: (result): CanonicalCoverage => (result as Table).array('coverage') as (number | null)[],
    rollup: (result) => canonicalRollUp(result as Table),
    growth: (result) => canonicalGrowth(result as Table),
    rank: (result) => canonicalRank(result as Table),
    threshold: (result) => canonicalThreshold(result as Table),
    pipeline: (result) => {
      const all = result as ArqueroPipeline;
      return {
        coverage: all.coverage.array('coverage') as (number | null)[],
        rollup: canonicalRollUp(all.rollup),
        growth: canonicalGrowth(all.growth),
        rank: canonicalRank(all.rank),
        threshold: canonicalThreshold(all.threshold),
      };
    },
  },
};
