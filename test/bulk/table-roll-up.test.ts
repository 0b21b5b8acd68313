import { describe, expect, it } from 'vitest';
import { tableCoverage } from '../../src/bulk/table-coverage.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRank } from '../../src/bulk/table-rank.js';
import { tableRollUp } from '../../src/bulk/table-roll-up.js';
import { tableRow } from '../../src/bulk/table-row.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rollUp } from '../../src/metrics/roll-up.js';
import { errorOf, errorWithMessageOf } from '../support/caught-error.js';

// Counts below are illustrations with round numbers, not published figures.
const day = '2024-07-01';
const rows: RegionCounts[] = [
  { regionCode: '18.72', asOf: day, population: 180_000, participants: 179_000, activeParticipants: 150_000 },
  { regionCode: '18.01', asOf: day, population: 1_100_000, participants: 1_000_000, activeParticipants: 700_000 },
  { regionCode: '33.10', asOf: day, population: 1_300_000, participants: 1_250_000 },
  { regionCode: '33.10', asOf: '2024-01-01', population: 1_290_000, participants: 1_200_000, activeParticipants: 900_000 },
];

function parentRows(result: ReturnType<typeof tableRollUp>): RegionCounts[] {
  return Array.from({ length: result.parents.rowCount }, (_, index) => tableRow(result.parents, index));
}

describe('tableRollUp', () => {
  it('sums children into parents per date, sorted by parent then date, coverage weighted', () => {
    const result = tableRollUp(tableFromSnapshots(rows));
    expect(parentRows(result)).toEqual([
      { regionCode: '18', asOf: day, population: 1_280_000, participants: 1_179_000, activeParticipants: 850_000 },
      { regionCode: '33', asOf: '2024-01-01', population: 1_290_000, participants: 1_200_000, activeParticipants: 900_000 },
      { regionCode: '33', asOf: day, population: 1_300_000, participants: 1_250_000 },
    ]);
    expect(Array.from(result.coverage.coverageRatio)).toEqual([1_179_000 / 1_280_000, 1_200_000 / 1_290_000, 1_250_000 / 1_300_000]);
    expect(Array.from(result.childCounts)).toEqual([2, 1, 1]);
    expect(result.parents.regionCodes).toEqual(['18', '33']);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('rolls villages to their district, regency, province or the country', () => {
    const villages = tableFromSnapshots([
      { regionCode: '18.72.01.1001', asOf: day, population: 300, participants: 300 },
      { regionCode: '18.72.01.1002', asOf: day, population: 100, participants: 92 },
      { regionCode: '18.72.02.1001', asOf: day, population: 100, participants: 90 },
      { regionCode: '18.01.01.2001', asOf: day, population: 50, participants: 50 },
      { regionCode: '33.10.01.2001', asOf: day, population: 50, participants: 49 },
    ]);
    const codes = (to: 'district' | 'regency' | 'province' | 'country' | 'parent'): readonly string[] => tableRollUp(villages, { to }).parents.regionCodes;
    expect(codes('parent')).toEqual(['18.01.01', '18.72.01', '18.72.02', '33.10.01']);
    expect(codes('district')).toEqual(['18.01.01', '18.72.01', '18.72.02', '33.10.01']);
    expect(codes('regency')).toEqual(['18.01', '18.72', '33.10']);
    expect(codes('province')).toEqual(['18', '33']);
    expect(codes('country')).toEqual(['ID']);
    expect(Array.from(tableRollUp(villages, { to: 'regency' }).coverage.coverageRatio)).toEqual([1, 0.964, 0.98]);
    // A roll-up's parents roll up again level by level to the same sums.
    const districts = tableRollUp(villages, { to: 'district' }).parents;
    expect(parentRows(tableRollUp(districts, { to: 'regency' }))).toEqual(parentRows(tableRollUp(villages, { to: 'regency' })));
    expect(parentRows(tableRollUp(tableRollUp(districts).parents, { to: 'country' }))).toEqual(parentRows(tableRollUp(villages, { to: 'country' })));
  });

  it('rolls regions of several levels one level up each, as rollUp does', () => {
    const mixed: RegionCounts[] = [
      { regionCode: '18.72.01', asOf: day, population: 10, participants: 9 },
      { regionCode: '33', asOf: day, population: 10, participants: 10 },
      { regionCode: '17.01', asOf: day, population: 10, participants: 8 },
      { regionCode: '18', asOf: day, population: 5, participants: 5 },
    ];
    expect(parentRows(tableRollUp(tableFromSnapshots(mixed)))).toEqual(
      rollUp(mixed).map(({ regionCode, asOf, population, participants }) => ({ regionCode, asOf, population, participants })),
    );
  });

  it('gives a table the other operations take: rolled up again, it equals one roll-up to the country', () => {
    const provinces = tableRollUp(tableFromSnapshots(rows)).parents;
    const country = tableRollUp(tableFromSnapshots(rows), { to: 'country' });
    expect(parentRows(tableRollUp(provinces))).toEqual(parentRows(country));
    expect(Array.from(tableRank(country.parents).ranks)).toEqual([1, 1]);
    expect(Array.from(tableCoverage(country.parents).coverageRatio)).toEqual(Array.from(country.coverage.coverageRatio));
  });

  it('handles many parents and dates with few of their pairs present', () => {
    // 138 regencies' districts on 1 500 different days: 207 000 (parent, date) cells, about 1 500 present.
    const start = Date.UTC(2000, 0, 1);
    const sparse: RegionCounts[] = Array.from({ length: 1_500 }, (_, index) => ({
      regionCode: `${index % 2 === 0 ? '18' : '33'}.${String(1 + (index % 69)).padStart(2, '0')}.${String(1 + Math.floor(index / 138)).padStart(2, '0')}`,
      asOf: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
      population: 100 + index,
      participants: 90 + index,
    }));
    sparse.push({ regionCode: '18.01.99', asOf: '2000-01-01', population: 1, participants: 1 });
    const expected = rollUp(sparse).map(({ regionCode, asOf, population, participants }) => ({ regionCode, asOf, population, participants }));
    expect(parentRows(tableRollUp(tableFromSnapshots(sparse)))).toEqual(expected);
    const withCountry = [...sparse, { regionCode: 'ID', asOf: '2000-01-02', population: 1, participants: 1 }];
    expect(errorOf(() => tableRollUp(tableFromSnapshots(withCountry)))).toEqual({ code: 'INVALID_REGION_CODE', path: [1_501, 'regionCode'] });
  });

  it('returns an empty table for an empty table', () => {
    const { parents, childCounts } = tableRollUp(tableFromSnapshots([]));
    expect([parents.rowCount, childCounts.length]).toEqual([0, 0]);
  });
});

describe('tableRollUp errors', () => {
  it('rejects a row at or above the level rolled up to, naming the first such row as rollUp does', () => {
    const input = [...rows, { regionCode: 'ID', asOf: day, population: 1, participants: 1 }, { regionCode: '18', asOf: day, population: 1, participants: 1 }];
    expect(errorWithMessageOf(() => tableRollUp(tableFromSnapshots(input)))).toEqual(errorWithMessageOf(() => rollUp(input)));
    expect(errorOf(() => tableRollUp(tableFromSnapshots(input), { to: 'province' }))).toEqual({ code: 'INVALID_REGION_CODE', path: [4, 'regionCode'] });
    expect(errorWithMessageOf(() => tableRollUp(tableFromSnapshots(rows), { to: 'regency' }))).toEqual({
      code: 'INVALID_REGION_CODE',
      path: [0, 'regionCode'],
      message: "[0].regionCode must be below the regency level to roll up to 'regency' (it is the regency level), got \"18.72\"",
    });
  });

  it('rejects children of several levels under one parent on one date, with rollUp’s message', () => {
    const input = [...rows, { regionCode: '18.72.01', asOf: day, population: 1, participants: 1 }];
    expect(errorWithMessageOf(() => tableRollUp(tableFromSnapshots(input), { to: 'province' }))).toEqual(
      errorWithMessageOf(() => rollUp(input, { to: 'province' })),
    );
    expect(errorOf(() => tableRollUp(tableFromSnapshots(input), { to: 'province' }))).toEqual({ code: 'MIXED_REGIONS', path: [4, 'regionCode'] });
  });

  it('rejects sums past Number.MAX_SAFE_INTEGER at the row that overflows, as rollUp does', () => {
    const big = Number.MAX_SAFE_INTEGER - 10;
    for (const field of ['population', 'participants'] as const) {
      const input: RegionCounts[] = [
        { regionCode: '18.01', asOf: day, population: 10, participants: 10 },
        { regionCode: '18.72', asOf: day, population: 20, participants: 20 },
        { regionCode: '18.71', asOf: day, population: 30, participants: 30 },
      ];
      input[1] = { ...(input[1] as RegionCounts), [field]: big };
      input[2] = { ...(input[2] as RegionCounts), [field]: big };
      expect(errorWithMessageOf(() => tableRollUp(tableFromSnapshots(input)))).toEqual(errorWithMessageOf(() => rollUp(input)));
      expect(errorOf(() => tableRollUp(tableFromSnapshots(input)))).toEqual({ code: 'INVALID_COUNT', path: [2, field] });
    }
  });

  it('reports the failing parent that comes first in code then date order', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const input: RegionCounts[] = [
      { regionCode: '33.10', asOf: day, population: big, participants: 0 },
      { regionCode: '33.11', asOf: day, population: big, participants: 0 },
      { regionCode: '18.01', asOf: day, population: big, participants: 0 },
      { regionCode: '18.72', asOf: day, population: big, participants: 0 },
    ];
    expect(errorOf(() => tableRollUp(tableFromSnapshots(input)))).toEqual({ code: 'INVALID_COUNT', path: [3, 'population'] });
    expect(errorOf(() => rollUp(input))).toEqual({ code: 'INVALID_COUNT', path: [3, 'population'] });
  });

  it.each([
    [{ to: 'village' }, { code: 'INVALID_OPTION', path: ['options', 'to'] }],
    [{ level: 'province' }, { code: 'INVALID_OPTION', path: ['options', 'level'] }],
    ['province', { code: 'INVALID_TYPE', path: ['options'] }],
  ])('rejects the options %j', (options, expected) => {
    expect(errorOf(() => tableRollUp(tableFromSnapshots(rows), options as never))).toEqual(expected);
  });

  it('rejects what is not a table', () => {
    expect(errorOf(() => tableRollUp(rows as never))).toEqual({ code: 'INVALID_TYPE', path: ['table'] });
  });
});
