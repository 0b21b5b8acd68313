import { describe, expect, it } from 'vitest';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRank } from '../../src/bulk/table-rank.js';
import { coverageRatio } from '../../src/metrics/coverage.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rank } from '../../src/ranking/rank.js';
import { errorOf } from '../support/caught-error.js';

const day = '2024-07-01';
const row = (regionCode: string, population: number, participants: number, asOf = day): RegionCounts => ({
  regionCode,
  asOf,
  population,
  participants,
});

describe('tableRank', () => {
  const table = tableFromSnapshots([
    row('33.10', 300, 297),
    row('33.11', 500, 500),
    row('33.12', 0, 0),
    row('33.13', 700, 700),
    row('33.14', 100, 97),
    row('33.15', 0, 5),
    row('33.10', 10, 9, '2024-08-01'),
  ]);

  it('ranks within each date, highest coverage first, rows without coverage last and tied', () => {
    const result = tableRank(table);
    expect(Array.from(result.ranks)).toEqual([3, 1, 5, 1, 4, 5, 1]);
    expect(Array.from(result.order)).toEqual([1, 3, 0, 4, 2, 5, 6]);
    expect(Array.from(result.dateOffsets)).toEqual([0, 6, 7]);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it.each([
    ['competition', [3, 1, 5, 1, 4, 5, 1]],
    ['dense', [2, 1, 4, 1, 3, 4, 1]],
    ['ordinal', [3, 1, 5, 2, 4, 6, 1]],
  ] as const)('applies the %s tie policy', (ties, expected) => {
    expect(Array.from(tableRank(table, { ties }).ranks)).toEqual(expected);
  });

  it('ties equal fractions written with different counts (3/4 and 75/100)', () => {
    const ranks = tableRank(tableFromSnapshots([row('18.01', 4, 3), row('18.02', 100, 75), row('18.03', 1_000_000, 750_001)])).ranks;
    expect(Array.from(ranks)).toEqual([2, 2, 1]);
  });

  it('orders coverages a double cannot tell apart exactly, in integers beyond 2^53', () => {
    // (m - 1) / m and (m - 2) / (m - 1) round to the same double, yet the first is larger.
    const m = Number.MAX_SAFE_INTEGER;
    expect((m - 1) / m).toBe((m - 2) / (m - 1));
    const ranks = tableRank(tableFromSnapshots([row('18.01', m - 1, m - 2), row('18.02', m, m - 1), row('18.03', m, m - 1, '2024-08-01')])).ranks;
    expect(Array.from(ranks)).toEqual([2, 1, 1]);
  });

  it('orders near-equal coverages that share a sort key by their exact values, ties by row', () => {
    // 19/20 and 950 000 000 001 / 10^12 differ by 10^-12: far closer than the sort key's resolution.
    const result = tableRank(
      tableFromSnapshots([
        row('18.01', 20, 19),
        row('18.02', 1e12, 950_000_000_001),
        row('18.03', 40, 38),
        row('18.04', 1e12, 949_999_999_999),
      ]),
    );
    expect(Array.from(result.order)).toEqual([1, 0, 2, 3]);
    expect(Array.from(result.ranks)).toEqual([2, 1, 2, 4]);
  });

  it('orders long runs of near-equal coverages exactly too', () => {
    // 40 coverages 10^-12 apart, given in ascending order: ranks run the other way.
    const rows = Array.from({ length: 40 }, (_, index) =>
      row(`18.${String(index + 1).padStart(2, '0')}`, 1e12, 950_000_000_000 + index),
    );
    expect(Array.from(tableRank(tableFromSnapshots(rows)).ranks)).toEqual(rows.map((_, index) => 40 - index));
  });

  it('tells the closest coverages of populations up to 46 340 apart by their keys alone, and ties equal fractions', () => {
    // 46 338/46 339 and 46 339/46 340 differ by 1/(46 339 * 46 340), just above 2^-31; 23 169/23 170 = 46 338/46 340.
    const rows = [row('18.01', 46_339, 46_338), row('18.02', 46_340, 46_339), row('18.03', 46_340, 46_338), row('18.04', 23_170, 23_169), row('18.05', 1, 1)];
    const expected = rank(rows, { keys: [{ value: (counts) => coverageRatio(counts), direction: 'desc' }] });
    const result = tableRank(tableFromSnapshots(rows));
    expect(Array.from(result.ranks)).toEqual([3, 2, 4, 4, 1]);
    expect(expected.map((entry) => result.ranks[entry.index])).toEqual(expected.map((entry) => entry.rank));
  });

  it('orders absurd coverages (above 256 times the population) exactly too', () => {
    const ranks = tableRank(tableFromSnapshots([row('18.01', 1, 1_000), row('18.02', 1, 2_000), row('18.03', 2, 2_000)])).ranks;
    expect(Array.from(ranks)).toEqual([2, 1, 2]);
  });

  it('ranks a date of many rows (sorted 11 bits at a time) as rank() does', () => {
    // 20 000 villages; coverages from a small linear congruential generator, many of them tied.
    let state = 7;
    const next = (): number => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state;
    };
    const rows = Array.from({ length: 20_000 }, (_, index) => {
      const population = 100 + (next() % 5_000);
      const participants = next() % 3 === 0 ? population : Math.floor((population * (next() % 1_100)) / 1_000);
      return row(`18.01.${String(1 + Math.floor(index / 1_000)).padStart(2, '0')}.${1_000 + (index % 1_000)}`, population, participants);
    });
    const expected = rank(rows, { keys: [{ value: (counts) => coverageRatio(counts), direction: 'desc' }] });
    const result = tableRank(tableFromSnapshots(rows));
    expect(Array.from(result.order)).toEqual(expected.map((entry) => entry.index));
    expect(expected.every((entry) => result.ranks[entry.index] === entry.rank)).toBe(true);
  });

  it.each(['competition', 'dense', 'ordinal'] as const)('applies the %s policy inside runs of near-equal coverages, short and long, as rank() does', (ties) => {
    // Runs of 6 and of 40 coverages 10^-12 apart in pairs that tie exactly (given shuffled), beside
    // a run of exact ties at 95% written with different counts, and rows without coverage.
    const near = (count: number, base: number): RegionCounts[] =>
      Array.from({ length: count }, (_, index) => row(`18.${String(base + index).padStart(2, '0')}`, 1e12, 950_000_000_000 + ((index * 7) % count >> 1)));
    const rows = [
      ...near(6, 1),
      row('19.01', 20, 19),
      row('19.02', 40, 38),
      row('19.03', 0, 0),
      ...near(40, 10),
      row('19.04', 2_000, 1_900),
      row('19.05', 0, 3),
      row('19.06', 100, 100),
    ];
    const expected = rank(rows, { keys: [{ value: (counts) => coverageRatio(counts), direction: 'desc' }], ties });
    const result = tableRank(tableFromSnapshots(rows), { ties });
    expect(Array.from(result.order)).toEqual(expected.map((entry) => entry.index));
    expect(expected.map((entry) => result.ranks[entry.index])).toEqual(expected.map((entry) => entry.rank));
  });

  it('ranks an empty table', () => {
    expect(tableRank(tableFromSnapshots([]))).toEqual({ ranks: new Int32Array(0), order: new Int32Array(0), dateOffsets: new Int32Array(1) });
  });

  it.each([
    [{ ties: 'olympic' }, { code: 'INVALID_OPTION', path: ['options', 'ties'] }],
    [{ keys: [] }, { code: 'EMPTY_INPUT', path: ['options', 'keys'] }],
    [{ key: [] }, { code: 'INVALID_OPTION', path: ['options', 'key'] }],
    [null, { code: 'INVALID_TYPE', path: ['options'] }],
  ])('rejects the options %j', (options, expected) => {
    expect(errorOf(() => tableRank(table, options as never))).toEqual(expected);
  });

  it('rejects what is not a table', () => {
    expect(errorOf(() => tableRank(undefined as never))).toEqual({ code: 'INVALID_TYPE', path: ['table'] });
  });
});
