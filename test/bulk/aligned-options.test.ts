// The per-snapshot and table functions take the same options for the same idea, and give the
// same answer on the same data (issue 16).
import { describe, expect, it } from 'vitest';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRank, type TableRankOptions } from '../../src/bulk/table-rank.js';
import { tableRollUp } from '../../src/bulk/table-roll-up.js';
import { tableRow } from '../../src/bulk/table-row.js';
import { coveragePct } from '../../src/metrics/coverage.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rollUp, type RollUpOptions } from '../../src/metrics/roll-up.js';
import { rank, type RankOptions } from '../../src/ranking/rank.js';
import { errorOf } from '../support/caught-error.js';

const villages: readonly (RegionCounts & { readonly asOf: string })[] = [
  { regionCode: '18.72.01.1001', asOf: '2024-07-01', population: 300, participants: 300, activeParticipants: 250 },
  { regionCode: '18.72.02.1001', asOf: '2024-07-01', population: 100, participants: 92, activeParticipants: 80 },
  { regionCode: '18.01.01.2001', asOf: '2024-07-01', population: 500, participants: 470, activeParticipants: 400 },
  { regionCode: '18.72.01.1001', asOf: '2024-08-01', population: 300, participants: 299, activeParticipants: 260 },
  { regionCode: '18.01.01.2001', asOf: '2024-08-01', population: 500, participants: 480, activeParticipants: 260 },
  { regionCode: '18.01.02.2002', asOf: '2024-08-01', population: 200, participants: 192, activeParticipants: 100 },
];

describe('rollUp and tableRollUp take one RollUpOptions', () => {
  it.each<RollUpOptions>([
    {},
    { to: 'parent' },
    { to: 'district' },
    { to: 'regency', expectedChildren: { '18.72': ['18.72.01.1001', '18.72.02.1001', '18.72.03.1001'] } },
    { to: 'province', expectedChildren: { '18': ['18.72.01.1001', '18.01.01.2001', '18.01.02.2002'] } },
    { to: 'country' },
  ])('gives the same parents, sums and missing children for %j', (options) => {
    const rows = rollUp(villages, options);
    const table = tableRollUp(tableFromSnapshots(villages), options);
    expect(table.parents.rowCount).toBe(rows.length);
    rows.forEach((row, index) => {
      expect(tableRow(table.parents, index)).toEqual({
        regionCode: row.regionCode,
        asOf: row.asOf,
        population: row.population,
        participants: row.participants,
        ...(row.activeParticipants === undefined ? {} : { activeParticipants: row.activeParticipants }),
      });
      expect(table.childCounts[index]).toBe(row.children.length);
      expect(table.missingChildren[index]).toEqual(row.missingChildren);
    });
  });

  it('reports the missing children of a listed parent only, per date', () => {
    const options: RollUpOptions = { to: 'regency', expectedChildren: { '1872': ['18.72.01.1001', '1872021001'] } };
    const { parents, missingChildren } = tableRollUp(tableFromSnapshots(villages), options);
    expect(Array.from({ length: parents.rowCount }, (_, index) => [tableRow(parents, index).regionCode, missingChildren[index]])).toEqual([
      ['18.01', undefined],
      ['18.01', undefined],
      ['18.72', []],
      ['18.72', ['18.72.02.1001']],
    ]);
    expect(Object.isFrozen(missingChildren)).toBe(true);
  });

  it('rejects a bad expectedChildren as rollUp does', () => {
    const table = tableFromSnapshots(villages);
    const bad = { expectedChildren: { '18': ['17.01'] } } as RollUpOptions;
    expect(errorOf(() => tableRollUp(table, bad))).toEqual(errorOf(() => rollUp(villages, bad)));
    expect(errorOf(() => tableRollUp(table, bad))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'expectedChildren', '18', 0] });
  });
});

describe('rank and tableRank take one options object', () => {
  const byActive = {
    keys: [
      { name: 'activeParticipants', value: (row: RegionCounts) => row.activeParticipants, direction: 'desc' },
      { name: 'coveragePct', value: (row: RegionCounts) => coveragePct(row), direction: 'desc', precision: 0 },
    ],
  } as const;

  it.each(['competition', 'dense', 'ordinal'] as const)('ranks each date as rank ranks its rows (%s ties)', (ties) => {
    const options: RankOptions<RegionCounts> & TableRankOptions = { ...byActive, ties };
    const table = tableFromSnapshots(villages);
    const result = tableRank(table, options);
    table.dates.forEach((date, dateIndex) => {
      const rowsOfDate = villages.flatMap((_, row) => (tableRow(table, row).asOf === date ? [row] : []));
      const entries = rank(rowsOfDate.map((row) => tableRow(table, row)), options);
      expect(entries.map((entry) => result.ranks[rowsOfDate[entry.index] as number])).toEqual(entries.map((entry) => entry.rank));
      const start = result.dateOffsets[dateIndex] as number;
      expect(Array.from(result.order.subarray(start, start + rowsOfDate.length))).toEqual(entries.map((entry) => rowsOfDate[entry.index]));
    });
  });

  it('ties on the keys it is given: dense and competition differ', () => {
    const table = tableFromSnapshots(villages);
    // 2024-08-01: active 260, 260, 100: the first two tie; the third is 3rd (competition) or 2nd (dense).
    expect(Array.from(tableRank(table, { keys: [byActive.keys[0]] }).ranks)).toEqual([2, 3, 1, 1, 1, 3]);
    expect(Array.from(tableRank(table, { keys: [byActive.keys[0]], ties: 'dense' }).ranks)).toEqual([2, 3, 1, 1, 1, 2]);
  });

  it('gives the coverage ranking without keys, as rank by coverage does', () => {
    const table = tableFromSnapshots(villages.slice(0, 3));
    const byCoverage = { keys: [{ value: (row: RegionCounts) => coveragePct(row), direction: 'desc' }] } as const;
    expect(Array.from(tableRank(table).ranks)).toEqual(Array.from(tableRank(table, byCoverage).ranks));
    expect(Array.from(tableRank(table).ranks)).toEqual([1, 3, 2]);
  });

  it('names the row and key of a bad key value, as rank names the item', () => {
    const table = tableFromSnapshots(villages);
    const bad = { keys: [{ name: 'score', value: () => Number.NaN, direction: 'desc' }] } as const;
    expect(errorOf(() => tableRank(table, bad))).toEqual({ code: 'INVALID_NUMBER', path: ['items', 0, 'score'] });
    expect(errorOf(() => rank(villages, bad))).toEqual({ code: 'INVALID_NUMBER', path: ['items', 0, 'score'] });
  });
});
