import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRow } from '../../src/bulk/table-row.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rollUp } from '../../src/metrics/roll-up.js';
import { catchError, errorOf, errorWithMessageOf } from '../support/caught-error.js';

// Counts below are illustrations with round numbers, not published figures.
const day = '2024-07-01';
const metro: RegionCounts = { regionCode: '18.72', asOf: day, population: 180_000, participants: 179_000, activeParticipants: 150_000 };
const selatan: RegionCounts = { regionCode: '1801', asOf: day, population: 1_100_000, participants: 1_000_000 };

describe('tableFromSnapshots', () => {
  it('keeps the input order and normalises codes, sorting the dictionaries of codes and dates', () => {
    const table = tableFromSnapshots([metro, selatan, { ...metro, asOf: '2023-12-31' }]);
    expect(table).toEqual({ rowCount: 3, regionCodes: ['18.01', '18.72'], dates: ['2023-12-31', day] });
    expect([0, 1, 2].map((index) => tableRow(table, index))).toEqual([
      metro,
      { ...selatan, regionCode: '18.01' },
      { ...metro, asOf: '2023-12-31' },
    ]);
  });

  it('builds an empty table from no rows', () => {
    expect(tableFromSnapshots([])).toEqual({ rowCount: 0, regionCodes: [], dates: [] });
  });

  it('freezes the table and its dictionaries, and leaves the input alone', () => {
    const rows = [metro, selatan];
    const copy = structuredClone(rows);
    const table = tableFromSnapshots(rows);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.regionCodes)).toBe(true);
    expect(Object.isFrozen(table.dates)).toBe(true);
    expect(rows).toEqual(copy);
  });

  it('ignores fields other than the counts, code and date (a Snapshot fits)', () => {
    const table = tableFromSnapshots([{ ...metro, populationPeriod: '2023-S2', source: { outlet: 'x' } } as RegionCounts]);
    expect(tableRow(table, 0)).toEqual(metro);
  });

  it('accepts every spelling of a code, and the country, in any order of appearance', () => {
    const rows: RegionCounts[] = [
      { regionCode: '18.72', asOf: '2024-01-01', population: 1, participants: 1 },
      { regionCode: '1872', asOf: '2024-02-01', population: 2, participants: 2 },
      { regionCode: ' 18.01 ', asOf: '2024-01-01', population: 3, participants: 3 },
      { regionCode: 'id', asOf: '2024-01-01', population: 4, participants: 4 },
      { regionCode: '18.01', asOf: '2024-02-01', population: 5, participants: 5 },
      { regionCode: '18', asOf: '2024-01-01', population: 6, participants: 6 },
    ];
    const table = tableFromSnapshots(rows);
    expect(table.regionCodes).toEqual(['18', '18.01', '18.72', 'ID']);
    expect(rows.map((_, index) => tableRow(table, index).regionCode)).toEqual(['18.72', '18.72', '18.01', 'ID', '18.01', '18']);
  });

  it('reads rows sorted by region, by date, or in no order alike', () => {
    const codes = ['11.01', '11.02', '12.01'];
    const dates = ['2024-01-01', '2024-02-01'];
    const byDate = dates.flatMap((asOf) => codes.map((regionCode) => ({ regionCode, asOf, population: 10, participants: 9 })));
    const byRegion = codes.flatMap((regionCode) => dates.map((asOf) => ({ regionCode, asOf, population: 10, participants: 9 })));
    const shuffled = [byDate[4], byDate[0], byDate[5], byDate[2], byDate[1], byDate[3]] as RegionCounts[];
    for (const rows of [byDate, byRegion, shuffled]) {
      const table = tableFromSnapshots(rows);
      expect(table.regionCodes).toEqual(codes);
      expect(rows.map((_, index) => tableRow(table, index))).toEqual(rows);
    }
  });

  it('finds the shared code strings of a sorted export, and any other spelling, as the same codes', () => {
    // Dates in turn, codes ascending, one string per code shared by every date (found by
    // identity), then a date writing codes undotted and adding one mid-way (found by digits).
    const codes = ['11.01', '11.02', '12.01'];
    const shared = ['2024-01-01', '2024-02-01'].flatMap((asOf) => codes.map((regionCode) => ({ regionCode, asOf, population: 10, participants: 9 })));
    const respelled = ['1101', '11.01.01', '1102', '12.01'].map((regionCode) => ({ regionCode, asOf: '2024-03-01', population: 10, participants: 9 }));
    const table = tableFromSnapshots([...shared, ...respelled]);
    expect(table.regionCodes).toEqual(['11.01', '11.01.01', '11.02', '12.01']);
    expect([...shared, ...respelled].map((_, index) => tableRow(table, index).regionCode)).toEqual([
      ...codes,
      ...codes,
      '11.01',
      '11.01.01',
      '11.02',
      '12.01',
    ]);
  });

  it('keeps active participants where given and only there', () => {
    const table = tableFromSnapshots([selatan, metro]);
    expect(tableRow(table, 0).activeParticipants).toBeUndefined();
    expect('activeParticipants' in tableRow(table, 0)).toBe(false);
    expect(tableRow(table, 1).activeParticipants).toBe(150_000);
  });
});

describe('tableFromSnapshots errors', () => {
  it.each([
    ['not an array', { rows: 'x' }, { code: 'INVALID_TYPE', path: [] }],
    ['a row that is not an object', [metro, null], { code: 'INVALID_TYPE', path: [1] }],
    ['an array as a row', [[1, 2]], { code: 'INVALID_TYPE', path: [0] }],
    ['a hole in a sparse array', [metro, , selatan], { code: 'INVALID_TYPE', path: [1] }],
    ['a malformed code', [{ ...metro, regionCode: '18.70' }], { code: 'INVALID_REGION_CODE', path: [0, 'regionCode'] }],
    ['an unknown province', [{ ...metro, regionCode: '99' }], { code: 'UNKNOWN_PROVINCE', path: [0, 'regionCode'] }],
    ['a code that is not a string', [{ ...metro, regionCode: 1872 }], { code: 'INVALID_TYPE', path: [0, 'regionCode'] }],
    ['a missing code', [{ ...metro, regionCode: undefined }], { code: 'INVALID_TYPE', path: [0, 'regionCode'] }],
    ['an impossible date', [{ ...metro, asOf: '2023-02-29' }], { code: 'INVALID_DATE', path: [0, 'asOf'] }],
    ['a missing date', [{ ...metro, asOf: undefined }], { code: 'INVALID_DATE', path: [0, 'asOf'] }],
    ['a negative population', [{ ...metro, population: -1 }], { code: 'INVALID_COUNT', path: [0, 'population'] }],
    ['a fractional count', [{ ...metro, participants: 1.5 }], { code: 'INVALID_COUNT', path: [0, 'participants'] }],
    ['NaN', [{ ...metro, population: Number.NaN }], { code: 'INVALID_COUNT', path: [0, 'population'] }],
    ['Infinity', [{ ...metro, participants: Infinity }], { code: 'INVALID_COUNT', path: [0, 'participants'] }],
    ['a count past 2^53', [{ ...metro, population: 2 ** 53 }], { code: 'INVALID_COUNT', path: [0, 'population'] }],
    ['a count as text', [{ ...metro, population: '100' }], { code: 'INVALID_COUNT', path: [0, 'population'] }],
    ['a bad active count', [{ ...metro, activeParticipants: -3 }], { code: 'INVALID_COUNT', path: [0, 'activeParticipants'] }],
    ['more active than participants', [{ ...metro, activeParticipants: 179_001 }], { code: 'INCONSISTENT_COUNTS', path: [0, 'activeParticipants'] }],
    ['a region twice on a date', [metro, selatan, { ...metro, population: 1 }], { code: 'DUPLICATE_SNAPSHOT', path: [2] }],
    ['a region twice, spelt two ways', [selatan, { ...selatan, regionCode: '18.01' }], { code: 'DUPLICATE_SNAPSHOT', path: [1] }],
  ])('rejects %s as rollUp does', (_name, input, expected) => {
    expect(errorOf(() => tableFromSnapshots(input as RegionCounts[]))).toEqual(expected);
    expect(errorWithMessageOf(() => tableFromSnapshots(input as RegionCounts[]))).toEqual(
      errorWithMessageOf(() => rollUp(input as RegionCounts[])),
    );
  });

  it('names the first occurrence of a repeated region and date', () => {
    const { message } = errorWithMessageOf(() => tableFromSnapshots([selatan, metro, { ...metro }]));
    expect(message).toBe('[2] repeats region 18.72 on 2024-07-01 (first at index 1)');
  });

  it('reports the first bad row, even when a later row is bad in an earlier field', () => {
    const rows = [metro, { ...selatan, population: -1 }, { ...metro, regionCode: 'x', asOf: '2024-08-01' }];
    expect(errorOf(() => tableFromSnapshots(rows))).toEqual({ code: 'INVALID_COUNT', path: [1, 'population'] });
  });

  it('reports a repeated region before a later bad row', () => {
    const rows = [metro, { ...metro }, { ...selatan, population: -1 }];
    expect(errorOf(() => tableFromSnapshots(rows))).toEqual({ code: 'DUPLICATE_SNAPSHOT', path: [1] });
  });

  it('reports a repeated region among many dates and codes, where duplicates are found with a set', () => {
    // 1 000 codes x 1 000 dates is far more cells than rows (past 64 a row plus 524 288): the sparse path.
    const rows: RegionCounts[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const regency = String(1 + (index % 69)).padStart(2, '0');
      const district = String(1 + Math.floor(index / 69)).padStart(2, '0');
      const month = String(1 + (index % 12)).padStart(2, '0');
      rows.push({ regionCode: `18.${regency}.${district}`, asOf: `${2000 + Math.floor(index / 12)}-${month}-01`, population: 1, participants: 1 });
    }
    const table = tableFromSnapshots(rows);
    expect([table.rowCount, table.regionCodes.length, table.dates.length]).toEqual([1000, 1000, 1000]);
    rows.push({ ...(rows[150] as RegionCounts) });
    expect(errorOf(() => tableFromSnapshots(rows))).toEqual({ code: 'DUPLICATE_SNAPSHOT', path: [1000] });
  });

  it('finds the first repeated region and date wherever it falls in the bitmap (one bit a cell)', () => {
    // 40 codes x 37 dates: 1 480 cells, dense enough for the bitmap; the cells' bits straddle
    // 32-bit words at every offset. Rows in a random order, one of them repeated at random.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1479 }), fc.integer({ min: 0, max: 1479 }), fc.integer({ min: 1, max: 2 ** 31 - 2 }), (original, insertAt, seed) => {
        const cells = Array.from({ length: 1480 }, (_, cell) => cell);
        let state = seed;
        for (let index = cells.length - 1; index > 0; index -= 1) {
          state = (state * 48_271) % 2_147_483_647;
          const other = state % (index + 1);
          [cells[index], cells[other]] = [cells[other] as number, cells[index] as number];
        }
        const rowOf = (cell: number): RegionCounts => ({
          regionCode: `18.${String(1 + Math.floor(cell / 37)).padStart(2, '0')}`,
          asOf: `${2000 + (cell % 37)}-01-01`,
          population: 10,
          participants: 9,
        });
        const rows = cells.map(rowOf);
        // The repeat goes after the row it repeats: its index is the error's path.
        const position = Math.max(insertAt, original + 1);
        rows.splice(position, 0, rowOf(cells[original] as number));
        expect(errorOf(() => tableFromSnapshots(rows))).toEqual({ code: 'DUPLICATE_SNAPSHOT', path: [position] });
      }),
      { numRuns: 200 },
    );
  });

  it('reads a getter once and judges the value it returned', () => {
    let reads = 0;
    const shifty = {
      regionCode: '18',
      asOf: day,
      participants: 1,
      get population(): unknown {
        reads += 1;
        return reads === 1 ? -1 : 5;
      },
    };
    expect(errorOf(() => tableFromSnapshots([shifty as RegionCounts]))).toEqual({ code: 'INVALID_COUNT', path: [0, 'population'] });
    expect(reads).toBe(1);
  });

  it('turns what a getter throws into INPUT_THREW at the field, the original as cause', () => {
    const boom = new RangeError('boom');
    const row = {
      regionCode: '18',
      asOf: day,
      participants: 1,
      get population(): number {
        throw boom;
      },
    };
    const error = catchError(() => tableFromSnapshots([metro, row as RegionCounts]));
    expect([error.code, error.path, error.cause]).toEqual(['INPUT_THREW', [1, 'population'], boom]);
  });

  it('reports a duplicate before a later row whose getter throws, as rows are read in order', () => {
    const row = {
      get regionCode(): string {
        throw new Error('no');
      },
    };
    expect(errorOf(() => tableFromSnapshots([metro, metro, row as unknown as RegionCounts]))).toEqual({ code: 'DUPLICATE_SNAPSHOT', path: [1] });
  });

  it('turns what a proxy row throws into INPUT_THREW at the row', () => {
    const row = new Proxy({}, {
      getPrototypeOf(): never {
        throw new Error('no');
      },
    });
    expect(errorOf(() => tableFromSnapshots([row as RegionCounts]))).toEqual({ code: 'INPUT_THREW', path: [0] });
  });

  it('reads only fields a row holds itself: an inherited count is a missing one', () => {
    const inherits = Object.assign(Object.create({ participants: 5 }) as object, { regionCode: '18', asOf: day, population: 10 });
    expect(errorOf(() => tableFromSnapshots([inherits as RegionCounts]))).toEqual({ code: 'INVALID_COUNT', path: [0, 'participants'] });
    const own = Object.assign(Object.create({ participants: 5 }) as object, { regionCode: '18', asOf: day, population: 10, participants: 7 });
    expect(tableRow(tableFromSnapshots([own as RegionCounts]), 0)).toEqual({ regionCode: '18', asOf: day, population: 10, participants: 7 });
    const bare = Object.assign(Object.create(null) as object, { regionCode: '18', asOf: day, population: 10, participants: 7 });
    expect(tableRow(tableFromSnapshots([bare as RegionCounts]), 0).participants).toBe(7);
  });

  it('stores a count of -0 as 0', () => {
    const row = tableRow(tableFromSnapshots([{ regionCode: '18', asOf: day, population: -0, participants: -0, activeParticipants: -0 }]), 0);
    expect([Object.is(row.population, 0), Object.is(row.participants, 0), Object.is(row.activeParticipants, 0)]).toEqual([true, true, true]);
  });
});
