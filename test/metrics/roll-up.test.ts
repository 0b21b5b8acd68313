import { describe, expect, it } from 'vitest';
import { coverageRatio } from '../../src/metrics/coverage.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rollUp, type RollUpOptions } from '../../src/metrics/roll-up.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { errorOf } from '../support/caught-error.js';

// Counts below are illustrations with round numbers, not published figures.
const day = '2024-07-01';
const metro: RegionCounts = { regionCode: '18.72', asOf: day, population: 180_000, participants: 179_000, activeParticipants: 150_000 };
const lampungSelatan: RegionCounts = { regionCode: '18.01', asOf: day, population: 1_100_000, participants: 1_000_000, activeParticipants: 700_000 };
const klaten: RegionCounts = { regionCode: '33.10', asOf: day, population: 1_300_000, participants: 1_250_000 };

describe('rollUp to the parent', () => {
  it('sums counts and weights coverage by population, not a mean of percentages', () => {
    const [lampung, ...rest] = rollUp([metro, lampungSelatan]);
    expect(rest).toEqual([]);
    expect(lampung).toEqual({
      regionCode: '18',
      level: 'province',
      asOf: day,
      population: 1_280_000,
      participants: 1_179_000,
      activeParticipants: 850_000,
      coverageRatio: 1_179_000 / 1_280_000,
      coveragePct: (1_179_000 * 100) / 1_280_000,
      childLevel: 'regency',
      children: ['18.01', '18.72'],
      missingChildren: undefined,
    });
    const meanOfRatios = ((coverageRatio(metro) as number) + (coverageRatio(lampungSelatan) as number)) / 2;
    expect(lampung?.coverageRatio).not.toBeCloseTo(meanOfRatios, 3);
  });

  it('leaves active participants undefined unless every child has them', () => {
    const [jateng] = rollUp([klaten, { regionCode: '33.11', asOf: day, population: 10, participants: 9, activeParticipants: 8 }]);
    expect(jateng?.activeParticipants).toBeUndefined();
    expect(jateng?.participants).toBe(1_250_009);
  });

  it('groups by parent and date, sorted by parent then date', () => {
    const rows = rollUp([
      { ...klaten, asOf: '2024-01-01' },
      klaten,
      { ...metro, asOf: '2023-08-01' },
      metro,
      lampungSelatan,
    ]);
    expect(rows.map((row) => [row.regionCode, row.asOf, row.children])).toEqual([
      ['18', '2023-08-01', ['18.72']],
      ['18', day, ['18.01', '18.72']],
      ['33', '2024-01-01', ['33.10']],
      ['33', day, ['33.10']],
    ]);
  });

  it('rolls districts into their regency and villages into their district, normalising codes', () => {
    const rows = rollUp([
      { regionCode: '187201', asOf: day, population: 50, participants: 49 },
      { regionCode: '18.72.02', asOf: day, population: 50, participants: 48 },
      { regionCode: '1872011001', asOf: day, population: 5, participants: 5 },
    ]);
    expect(rows.map((row) => [row.regionCode, row.level, row.childLevel, row.children, row.participants])).toEqual([
      ['18.72', 'regency', 'district', ['18.72.01', '18.72.02'], 97],
      ['18.72.01', 'district', 'village', ['18.72.01.1001'], 5],
    ]);
  });

  it('rolls provinces into the country', () => {
    const [country] = rollUp([
      { regionCode: '18', asOf: day, population: 9_051_459, participants: 8_911_770 },
      { regionCode: '17', asOf: day, population: 2_032_767, participants: 1_638_817 },
    ]);
    expect(country).toMatchObject({ regionCode: 'ID', level: 'country', childLevel: 'province', children: ['17', '18'] });
    expect(country?.population).toBe(11_084_226);
  });

  it('gives an undefined coverage for a population of 0', () => {
    const [row] = rollUp([{ regionCode: '18.72', asOf: day, population: 0, participants: 0 }]);
    expect(row?.coverageRatio).toBeUndefined();
  });

  it('returns [] for no snapshots', () => {
    expect(rollUp([])).toEqual([]);
  });

  it('accepts snapshots and its own rows as input', () => {
    const snapshot: Snapshot = { regionCode: '18.72', asOf: day, population: 10, participants: 9, populationPeriod: '2023-S2' };
    const provinces = rollUp([snapshot, lampungSelatan]);
    const [country] = rollUp(provinces);
    expect(country?.regionCode).toBe('ID');
    expect(country?.participants).toBe(1_000_009);
  });
});

describe('rollUp straight to the province or the country', () => {
  it("sums districts of several regencies into the province with to: 'province'", () => {
    const rows = rollUp(
      [
        { regionCode: '18.72.01', asOf: day, population: 50, participants: 49 },
        { regionCode: '18.01.03', asOf: day, population: 50, participants: 48 },
        { regionCode: '33.10.01', asOf: day, population: 10, participants: 10 },
      ],
      { to: 'province' },
    );
    expect(rows.map((row) => [row.regionCode, row.childLevel, row.children, row.participants])).toEqual([
      ['18', 'district', ['18.01.03', '18.72.01'], 97],
      ['33', 'district', ['33.10.01'], 10],
    ]);
  });

  it("sums regencies of every province into the country with to: 'country'", () => {
    const [country] = rollUp([metro, lampungSelatan, klaten], { to: 'country' });
    expect(country).toMatchObject({ regionCode: 'ID', children: ['18.01', '18.72', '33.10'], population: 2_580_000 });
  });

  it('rejects children of one parent and date at different levels (double counting)', () => {
    const district = { regionCode: '18.72.01', asOf: day, population: 50, participants: 49 };
    expect(errorOf(() => rollUp([metro, district], { to: 'province' }))).toEqual({
      code: 'MIXED_REGIONS',
      path: [1, 'regionCode'],
    });
    // On different dates the levels do not mix within a group.
    expect(rollUp([metro, { ...district, asOf: '2024-08-01' }], { to: 'province' })).toHaveLength(2);
  });

  it('rejects a region that is not below the level rolled to', () => {
    const province = { regionCode: '18', asOf: day, population: 1, participants: 1 };
    expect(errorOf(() => rollUp([metro, province], { to: 'province' }))).toEqual({
      code: 'INVALID_REGION_CODE',
      path: [1, 'regionCode'],
    });
    const country = { regionCode: 'ID', asOf: day, population: 1, participants: 1 };
    for (const to of ['parent', 'province', 'country'] as const) {
      expect(errorOf(() => rollUp([country], { to }))).toEqual({ code: 'INVALID_REGION_CODE', path: [0, 'regionCode'] });
    }
  });
});

describe('rollUp with expected children', () => {
  it('lists the expected children that are absent, per date', () => {
    const rows = rollUp([metro, { ...lampungSelatan, asOf: '2024-08-01' }, klaten], {
      expectedChildren: { '18': ['1801', '18.72', '18.02'], ID: ['18'] },
    });
    expect(rows.map((row) => [row.regionCode, row.asOf, row.missingChildren])).toEqual([
      ['18', day, ['18.01', '18.02']],
      ['18', '2024-08-01', ['18.02', '18.72']],
      // A parent that is not listed: nothing to compare with.
      ['33', day, undefined],
    ]);
    expect(rows[0]?.missingChildren).toSatisfy(Object.isFrozen);
  });

  it('gives an empty list when every expected child is present', () => {
    const [row] = rollUp([metro, lampungSelatan], { expectedChildren: { '18': ['18.01', '18.72'] } });
    expect(row?.missingChildren).toEqual([]);
  });

  it('works with to: country and province', () => {
    const [country] = rollUp([metro], { to: 'country', expectedChildren: { ID: ['18.72', '33.10'] } });
    expect(country?.missingChildren).toEqual(['33.10']);
  });

  it('rejects malformed expected children', () => {
    const cases: readonly [unknown, string, readonly (string | number)[]][] = [
      [['18'], 'INVALID_TYPE', ['options', 'expectedChildren']],
      [{ '18': '18.72' }, 'INVALID_TYPE', ['options', 'expectedChildren', '18']],
      [{ '18.70': ['18.72'] }, 'INVALID_REGION_CODE', ['options', 'expectedChildren', '18.70']],
      [{ '18': ['18.72', 1872] }, 'INVALID_TYPE', ['options', 'expectedChildren', '18', 1]],
      [{ '18': ['33.10'] }, 'INVALID_OPTION', ['options', 'expectedChildren', '18', 0]],
      [{ '18': ['18'] }, 'INVALID_OPTION', ['options', 'expectedChildren', '18', 0]],
      [{ ID: ['ID'] }, 'INVALID_OPTION', ['options', 'expectedChildren', 'ID', 0]],
      [{ '18': ['18.72'], ' 18': ['18.01'] }, 'INVALID_OPTION', ['options', 'expectedChildren', ' 18']],
    ];
    for (const [expectedChildren, code, path] of cases) {
      expect(errorOf(() => rollUp([metro], { expectedChildren } as unknown as RollUpOptions))).toEqual({ code, path });
    }
  });
});

describe('rollUp validation', () => {
  it('rejects the same region twice on one date, even written differently', () => {
    expect(errorOf(() => rollUp([metro, lampungSelatan, { ...metro, regionCode: '1872' }]))).toEqual({
      code: 'DUPLICATE_SNAPSHOT',
      path: [2],
    });
    expect(() => rollUp([metro, metro])).toThrow(/repeats region 18\.72 on 2024-07-01 \(first at index 0\)/);
  });

  it('names the bad field of the bad row', () => {
    const cases: readonly [unknown, string, readonly (string | number)[]][] = [
      [null, 'INVALID_TYPE', [1]],
      [{ ...metro, regionCode: 1872 }, 'INVALID_TYPE', [1, 'regionCode']],
      [{ ...metro, regionCode: '18.70' }, 'INVALID_REGION_CODE', [1, 'regionCode']],
      [{ ...metro, regionCode: '99.01' }, 'UNKNOWN_PROVINCE', [1, 'regionCode']],
      [{ ...metro, asOf: '2024-02-30' }, 'INVALID_DATE', [1, 'asOf']],
      [{ ...metro, population: -1 }, 'INVALID_COUNT', [1, 'population']],
      [{ ...metro, participants: 1.5 }, 'INVALID_COUNT', [1, 'participants']],
      [{ ...metro, activeParticipants: 179_001 }, 'INCONSISTENT_COUNTS', [1, 'activeParticipants']],
    ];
    for (const [row, code, path] of cases) {
      expect(errorOf(() => rollUp([lampungSelatan, row as RegionCounts]))).toEqual({ code, path });
    }
    expect(errorOf(() => rollUp(metro as unknown as RegionCounts[]))).toEqual({ code: 'INVALID_TYPE', path: [] });
  });

  it('rejects sums past Number.MAX_SAFE_INTEGER', () => {
    const huge = Number.MAX_SAFE_INTEGER - 5;
    const rows = [
      { regionCode: '18.01', asOf: day, population: huge, participants: 1, activeParticipants: 1 },
      { regionCode: '18.02', asOf: day, population: 10, participants: 1, activeParticipants: 1 },
    ];
    expect(errorOf(() => rollUp(rows))).toEqual({ code: 'INVALID_COUNT', path: [1, 'population'] });
    // Active participants never exceed participants, so their sum overflows only after those.
    const participants = [
      { regionCode: '18.01', asOf: day, population: 1, participants: huge, activeParticipants: huge },
      { regionCode: '18.02', asOf: day, population: 1, participants: 10, activeParticipants: 10 },
    ];
    expect(errorOf(() => rollUp(participants))).toEqual({ code: 'INVALID_COUNT', path: [1, 'participants'] });
  });

  it('rejects unknown options and a bad `to`', () => {
    expect(errorOf(() => rollUp([metro], { level: 'province' } as unknown as RollUpOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'level'],
    });
    expect(errorOf(() => rollUp([metro], { to: null } as unknown as RollUpOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'to'],
    });
    expect(errorOf(() => rollUp([metro], { to: 'village' } as unknown as RollUpOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'to'],
    });
  });

  it('freezes what it builds and leaves the input alone', () => {
    const input = [structuredClone(metro), structuredClone(lampungSelatan)];
    const before = structuredClone(input);
    const rows = rollUp(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
    expect(Object.isFrozen(rows[0]?.children)).toBe(true);
  });
});
