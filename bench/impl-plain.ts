// The straightforward plain-object code an analyst would write: arrays of objects, Maps keyed
// by strings, Array#sort with comparators.
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

interface PlainRow {
  readonly regionCode: string;
  readonly asOf: string;
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants: number | undefined;
}

interface ParentRow {
  readonly regionCode: string;
  readonly asOf: string;
  population: number;
  participants: number;
  /** `undefined` once a child lacks the count. */
  activeParticipants: number | undefined;
  coverage: number | null;
}

interface GrowthStep {
  readonly regionCode: string;
  readonly fromAsOf: string;
  readonly toAsOf: string;
  readonly participantsChange: number;
  readonly coverageChangePp: number | null;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Copies the rows into fresh objects, checking the counts as a careful script would. */
function ingest(rows: readonly InputRow[]): PlainRow[] {
  return rows.map((row, index) => {
    if (!isCount(row.population) || !isCount(row.participants)) throw new Error(`bad counts in row ${index}`);
    return {
      regionCode: row.regionCode,
      asOf: row.asOf,
      population: row.population,
      participants: row.participants,
      activeParticipants: row.activeParticipants,
    };
  });
}

function coverage(rows: readonly PlainRow[]): (number | null)[] {
  return rows.map((row) => (row.population === 0 ? null : row.participants / row.population));
}

function rollup(rows: readonly PlainRow[], workload: Workload): ParentRow[] {
  const groups = new Map<string, ParentRow>();
  for (const row of rows) {
    const parent = row.regionCode.slice(0, workload.parentCodeLength);
    const key = `${parent}|${row.asOf}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { regionCode: parent, asOf: row.asOf, population: 0, participants: 0, activeParticipants: 0, coverage: null };
      groups.set(key, group);
    }
    group.population += row.population;
    group.participants += row.participants;
    group.activeParticipants =
      group.activeParticipants === undefined || row.activeParticipants === undefined ? undefined : group.activeParticipants + row.activeParticipants;
  }
  const result = [...groups.values()];
  for (const group of result) group.coverage = group.population === 0 ? null : group.participants / group.population;
  return result.sort((a, b) => (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
}

function growth(rows: readonly PlainRow[]): GrowthStep[] {
  const byRegion = new Map<string, PlainRow[]>();
  for (const row of rows) {
    const list = byRegion.get(row.regionCode);
    if (list === undefined) byRegion.set(row.regionCode, [row]);
    else list.push(row);
  }
  const steps: GrowthStep[] = [];
  for (const code of [...byRegion.keys()].sort()) {
    const list = (byRegion.get(code) as PlainRow[]).sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
    for (let index = 1; index < list.length; index += 1) {
      const from = list[index - 1] as PlainRow;
      const to = list[index] as PlainRow;
      steps.push({
        regionCode: code,
        fromAsOf: from.asOf,
        toAsOf: to.asOf,
        participantsChange: to.participants - from.participants,
        coverageChangePp:
          from.population === 0 || to.population === 0
            ? null
            : (to.participants * 100) / to.population - (from.participants * 100) / from.population,
      });
    }
  }
  return steps;
}

function rank(rows: readonly PlainRow[]): number[] {
  const byDate = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const list = byDate.get(row.asOf);
    if (list === undefined) byDate.set(row.asOf, [index]);
    else list.push(index);
  });
  const ratio = coverage(rows);
  const ranks: number[] = new Array<number>(rows.length).fill(0);
  for (const list of byDate.values()) {
    list.sort((a, b) => {
      const x = ratio[a] ?? null;
      const y = ratio[b] ?? null;
      if (x === y) return a - b;
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x || a - b;
    });
    let groupRank = 0;
    list.forEach((index, position) => {
      if (position === 0 || ratio[index] !== ratio[list[position - 1] as number]) groupRank = position + 1;
      ranks[index] = groupRank;
    });
  }
  return ranks;
}

function threshold(rows: readonly PlainRow[]): Map<string, number> {
  const met = new Map<string, number>();
  for (const row of rows) {
    const meets = row.population > 0 && row.participants * 100 >= 95 * row.population;
    met.set(row.asOf, (met.get(row.asOf) ?? 0) + (meets ? 1 : 0));
  }
  return met;
}

function canonicalRollUp(result: readonly ParentRow[]): CanonicalRollUp {
  return {
    regionCodes: result.map((row) => row.regionCode),
    dates: result.map((row) => row.asOf),
    population: result.map((row) => row.population),
    participants: result.map((row) => row.participants),
    activeParticipants: result.map((row) => row.activeParticipants ?? null),
    coverage: result.map((row) => row.coverage),
  };
}

function canonicalGrowth(result: readonly GrowthStep[]): CanonicalGrowth {
  return {
    regionCodes: result.map((step) => step.regionCode),
    fromDates: result.map((step) => step.fromAsOf),
    toDates: result.map((step) => step.toAsOf),
    participantsChange: result.map((step) => step.participantsChange),
    coverageChangePp: result.map((step) => step.coverageChangePp),
  };
}

function canonicalThreshold(result: ReadonlyMap<string, number>): CanonicalThreshold {
  const dates = [...result.keys()].sort();
  return { dates, met: dates.map((date) => result.get(date) as number) };
}

interface PlainPipeline {
  readonly coverage: (number | null)[];
  readonly rollup: ParentRow[];
  readonly growth: GrowthStep[];
  readonly rank: number[];
  readonly threshold: Map<string, number>;
}

export const plain: Implementation<PlainRow[]> = {
  name: 'plain',
  ingest,
  coverage,
  rollup,
  growth,
  rank,
  threshold,
  pipeline: (input, workload): PlainPipeline => {
    const rows = ingest(input);
    return { coverage: coverage(rows), rollup: rollup(rows, workload), growth: growth(rows), rank: rank(rows), threshold: threshold(rows) };
  },
  canonical: {
    ingest: (result): CanonicalIngest => {
      const rows = result as PlainRow[];
      return {
        regionCodes: rows.map((row) => row.regionCode),
        dates: rows.map((row) => row.asOf),
        population: rows.map((row) => row.population),
        participants: rows.map((row) => row.participants),
      };
    },
    coverage: (result): CanonicalCoverage => result as (number | null)[],
    rollup: (result) => canonicalRollUp(result as ParentRow[]),
    growth: (result) => canonicalGrowth(result as GrowthStep[]),
    rank: (result): CanonicalRank => result as number[],
    threshold: (result) => canonicalThreshold(result as Map<string, number>),
    pipeline: (result) => {
      const all = result as PlainPipeline;
      return {
        coverage: all.coverage,
        rollup: canonicalRollUp(all.rollup),
        growth: canonicalGrowth(all.growth),
        rank: all.rank,
        threshold: canonicalThreshold(all.threshold),
      };
    },
  },
};
