import { describe, expect, it } from 'vitest';
import { rank, type RankKey } from '../../src/ranking/rank.js';
import { errorWithMessageOf } from '../support/caught-error.js';


const desc: RankKey<number> = { value: (n) => n, direction: 'desc' };
const ranks = (entries: readonly { rank: number }[]) => entries.map((entry) => entry.rank);

describe('rank: tie policies', () => {
  const scores = [80, 95, 90, 95, 70, 90];

  it('competition shares the best rank and skips after a tie (1, 1, 3, 3, 5, 6)', () => {
    const entries = rank(scores, { keys: [desc] });
    expect(entries.map((entry) => [entry.item, entry.rank, entry.tied, entry.index])).toEqual([
      [95, 1, true, 1],
      [95, 1, true, 3],
      [90, 3, true, 2],
      [90, 3, true, 5],
      [80, 5, false, 0],
      [70, 6, false, 4],
    ]);
    expect(ranks(rank(scores, { keys: [desc], ties: 'competition' }))).toEqual([1, 1, 3, 3, 5, 6]);
  });

  it('dense has no gaps (1, 1, 2, 2, 3, 4)', () => {
    expect(ranks(rank(scores, { keys: [desc], ties: 'dense' }))).toEqual([1, 1, 2, 2, 3, 4]);
  });

  it('ordinal breaks ties by input order and still marks them tied', () => {
    const entries = rank(scores, { keys: [desc], ties: 'ordinal' });
    expect(entries.map((entry) => [entry.index, entry.rank, entry.tied])).toEqual([
      [1, 1, true],
      [3, 2, true],
      [2, 3, true],
      [5, 4, true],
      [0, 5, false],
      [4, 6, false],
    ]);
  });

  it('ranks ascending keys with lower as better', () => {
    expect(rank([3, 1, 2], { keys: [{ value: (n) => n, direction: 'asc' }] }).map((entry) => entry.item)).toEqual([
      1, 2, 3,
    ]);
  });

  it('returns no entries for no items', () => {
    expect(rank([], { keys: [desc] })).toEqual([]);
  });
});

describe('rank: keys', () => {
  interface Region {
    readonly name: string;
    readonly coveragePct?: number;
    readonly activityPct?: number;
  }
  const coverage: RankKey<Region> = { name: 'coveragePct', value: (region) => region.coveragePct, direction: 'desc' };
  const activity: RankKey<Region> = { name: 'activityPct', value: (region) => region.activityPct, direction: 'desc' };

  it('breaks ties of the first key with the next', () => {
    const regions: Region[] = [
      { name: 'A', coveragePct: 98, activityPct: 70 },
      { name: 'B', coveragePct: 98, activityPct: 80 },
      { name: 'C', coveragePct: 99, activityPct: 60 },
    ];
    expect(
      rank(regions, { keys: [coverage, activity] }).map((entry) => [entry.item.name, entry.rank, entry.tied]),
    ).toEqual([
      ['C', 1, false],
      ['B', 2, false],
      ['A', 3, false],
    ]);
  });

  it('puts items without a value last in either direction, where the next key decides', () => {
    const regions: Region[] = [
      { name: 'none-low', activityPct: 10 },
      { name: 'mid', coveragePct: 50 },
      { name: 'none-high', activityPct: 90 },
      { name: 'top', coveragePct: 99 },
      { name: 'none-none' },
    ];
    const names = (direction: 'asc' | 'desc') =>
      rank(regions, { keys: [{ ...coverage, direction }, activity] }).map((entry) => entry.item.name);
    expect(names('desc')).toEqual(['top', 'mid', 'none-high', 'none-low', 'none-none']);
    expect(names('asc')).toEqual(['mid', 'top', 'none-high', 'none-low', 'none-none']);
    const onlyCoverage = rank(regions, { keys: [coverage] });
    expect(onlyCoverage.map((entry) => [entry.item.name, entry.rank, entry.tied])).toEqual([
      ['top', 1, false],
      ['mid', 2, false],
      ['none-low', 3, true],
      ['none-high', 3, true],
      ['none-none', 3, true],
    ]);
  });

  it('compares exactly unless a precision is asked for', () => {
    expect(ranks(rank([0.1 + 0.2, 0.3], { keys: [desc] }))).toEqual([1, 2]);
    // 98,456 and 98,464 both print 98,46: they tie at 2 decimals, not at 3.
    expect(ranks(rank([98.456, 98.464], { keys: [{ ...desc, precision: 2 }] }))).toEqual([1, 1]);
    expect(ranks(rank([98.456, 98.464], { keys: [{ ...desc, precision: 3 }] }))).toEqual([1, 2]);
    expect(ranks(rank([98.4, 97.6], { keys: [{ ...desc, precision: 0 }] }))).toEqual([1, 1]);
    expect(ranks(rank([0.1 + 0.2, 0.3], { keys: [{ ...desc, precision: 2 }] }))).toEqual([1, 1]);
  });

  it('treats -0 and 0 as equal', () => {
    expect(ranks(rank([-0, 0], { keys: [desc] }))).toEqual([1, 1]);
  });

  it('ranks extreme finite values without overflow errors', () => {
    const extremes = [-Number.MAX_VALUE, Number.MAX_VALUE, 0];
    expect(rank(extremes, { keys: [desc] }).map((entry) => entry.item)).toEqual([
      Number.MAX_VALUE,
      0,
      -Number.MAX_VALUE,
    ]);
    expect(rank(extremes, { keys: [{ ...desc, direction: 'asc' }] }).map((entry) => entry.item)).toEqual([
      -Number.MAX_VALUE,
      0,
      Number.MAX_VALUE,
    ]);
  });

  it('reads each key once per item', () => {
    let calls = 0;
    rank([3, 1, 2, 2, 5], { keys: [{ value: (n) => ((calls += 1), n), direction: 'desc' }] });
    expect(calls).toBe(5);
  });

  it('refuses a hole of a sparse array at its index (one policy for every array)', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [3, , 1] as (number | undefined)[];
    expect(() => rank(sparse, { keys: [{ value: (n) => n, direction: 'desc' }] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_TYPE', path: ['items', 1] }),
    );
  });
});

describe('rank: results', () => {
  it('freezes the entries, keeps items by reference and does not touch the input', () => {
    const items = [{ score: 2 }, { score: 1 }];
    const entries = rank(items, { keys: [{ value: (item) => item.score, direction: 'asc' }] });
    expect(Object.isFrozen(entries)).toBe(true);
    expect(entries.every((entry) => Object.isFrozen(entry))).toBe(true);
    expect(entries[0]?.item).toBe(items[1]);
    expect(items).toEqual([{ score: 2 }, { score: 1 }]);
    expect(Object.isFrozen(items[0])).toBe(false);
  });
});

describe('rank: errors', () => {
  it('names the item index and key of a NaN or infinite value', () => {
    const items = [{ pct: 1 }, { pct: 2 }, { pct: Number.NaN }];
    const named = errorWithMessageOf(() =>
      rank(items, { keys: [{ name: 'coveragePct', value: (item) => item.pct, direction: 'desc' }] }),
    );
    expect(named).toMatchObject({ code: 'INVALID_NUMBER', path: ['items', 2, 'coveragePct'] });
    expect(named.message).toContain('items[2].coveragePct');
    expect(named.message).toContain('NaN');
    const unnamed = errorWithMessageOf(() =>
      rank([1, Infinity], {
        keys: [
          { value: () => 1, direction: 'desc' },
          { value: (n) => n, direction: 'desc' },
        ],
      }),
    );
    expect(unnamed).toMatchObject({ code: 'INVALID_NUMBER', path: ['items', 1, 'keys[1]'] });
    expect(errorWithMessageOf(() => rank([-Infinity], { keys: [desc] }))).toMatchObject({ code: 'INVALID_NUMBER' });
  });

  it('rejects a key value that is not a number or undefined', () => {
    expect(errorWithMessageOf(() => rank(['a'], { keys: [{ value: (s) => s as never, direction: 'desc' }] }))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['items', 0, 'keys[0]'],
    });
    expect(errorWithMessageOf(() => rank([1], { keys: [{ value: () => null as never, direction: 'desc' }] }))).toMatchObject({
      code: 'INVALID_TYPE',
    });
  });

  it('rejects bad items and options with the path', () => {
    expect(errorWithMessageOf(() => rank('abc' as never, { keys: [desc] }))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['items'],
    });
    expect(errorWithMessageOf(() => rank([1], undefined as never))).toMatchObject({ code: 'INVALID_TYPE', path: ['options'] });
    expect(errorWithMessageOf(() => rank([1], { keys: [desc], order: 'desc' } as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'order'],
    });
    expect(errorWithMessageOf(() => rank([1], { keys: [] }))).toMatchObject({ code: 'EMPTY_INPUT', path: ['options', 'keys'] });
    expect(errorWithMessageOf(() => rank([1], { keys: desc } as never))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['options', 'keys'],
    });
    expect(errorWithMessageOf(() => rank([1], { keys: [null] } as never))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['options', 'keys', 0],
    });
    expect(errorWithMessageOf(() => rank([1], { keys: [{ value: 'n', direction: 'desc' }] } as never))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['options', 'keys', 0, 'value'],
    });
    expect(errorWithMessageOf(() => rank([1], { keys: [{ ...desc, direction: 'down' }] } as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'keys', 0, 'direction'],
    });
    expect(errorWithMessageOf(() => rank([1], { keys: [{ ...desc, name: 3 }] } as never))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['options', 'keys', 0, 'name'],
    });
    expect(errorWithMessageOf(() => rank([1], { keys: [{ ...desc, decimals: 2 }] } as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'keys', 0, 'decimals'],
    });
    for (const precision of [-1, 1.5, 21, '2', Number.NaN]) {
      expect(errorWithMessageOf(() => rank([1], { keys: [{ ...desc, precision }] } as never))).toMatchObject({
        code: 'INVALID_OPTION',
        path: ['options', 'keys', 0, 'precision'],
      });
    }
    expect(errorWithMessageOf(() => rank([1], { keys: [desc], ties: 'olympic' } as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'ties'],
    });
  });
});
