import { describe, expect, it } from 'vitest';
import { tableFromColumns, type SnapshotColumns } from '../../src/bulk/table-from-columns.js';
import { tableRow } from '../../src/bulk/table-row.js';
import { catchError, errorOf, errorWithMessageOf } from '../support/caught-error.js';

// Counts below are illustrations with round numbers, not published figures.
const columns: SnapshotColumns = {
  regionCode: ['1801', '18.72', '18.72'],
  asOf: ['2024-07-01', '2024-07-01', '2024-08-01'],
  population: [1_100_000, 180_000, 180_100],
  participants: [1_000_000, 179_000, 180_100],
};

describe('tableFromColumns', () => {
  it('builds the rows in column order, codes normalised', () => {
    const table = tableFromColumns(columns);
    expect(table).toEqual({ rowCount: 3, regionCodes: ['18.01', '18.72'], dates: ['2024-07-01', '2024-08-01'] });
    expect(tableRow(table, 2)).toEqual({ regionCode: '18.72', asOf: '2024-08-01', population: 180_100, participants: 180_100 });
  });

  it('reads every kind of typed array, and copies it: later writes do not reach the table', () => {
    const population = new Uint32Array([1_100_000, 180_000, 180_100]);
    const participants = new Float64Array([1_000_000, 179_000, 180_100]);
    const activeParticipants = new Int32Array([700_000, 150_000, 151_000]);
    const table = tableFromColumns({ ...columns, population, participants, activeParticipants });
    population[0] = 1;
    participants[0] = 0;
    expect(tableRow(table, 0)).toEqual({ regionCode: '18.01', asOf: '2024-07-01', population: 1_100_000, participants: 1_000_000, activeParticipants: 700_000 });
    expect(tableFromColumns({ ...columns, population: new Uint8Array([1, 2, 3]), participants: new Int16Array([1, 2, 3]) }).rowCount).toBe(3);
  });

  it('takes undefined entries of activeParticipants as not reported', () => {
    const table = tableFromColumns({ ...columns, activeParticipants: [undefined, 150_000, undefined] });
    expect(tableRow(table, 0).activeParticipants).toBeUndefined();
    expect(tableRow(table, 1).activeParticipants).toBe(150_000);
  });

  it('does not mutate the columns', () => {
    const copy = structuredClone(columns);
    tableFromColumns(columns);
    expect(columns).toEqual(copy);
  });
});

describe('tableFromColumns errors', () => {
  const bad = (patch: Partial<Record<keyof SnapshotColumns, unknown>> & Record<string, unknown>): SnapshotColumns =>
    ({ ...columns, ...patch }) as SnapshotColumns;

  it.each([
    ['not an object', 'columns', { code: 'INVALID_TYPE', path: ['columns'] }],
    ['an unknown column', bad({ segments: [] }), { code: 'INVALID_TYPE', path: ['columns', 'segments'] }],
    ['a missing column', bad({ participants: undefined }), { code: 'INVALID_TYPE', path: ['columns', 'participants'] }],
    ['codes that are not an array', bad({ regionCode: '18' }), { code: 'INVALID_TYPE', path: ['columns', 'regionCode'] }],
    ['dates that are not an array', bad({ asOf: new Set() }), { code: 'INVALID_TYPE', path: ['columns', 'asOf'] }],
    ['a DataView for counts', bad({ population: new DataView(new ArrayBuffer(8)) }), { code: 'INVALID_TYPE', path: ['columns', 'population'] }],
    ['a short date column', bad({ asOf: ['2024-07-01'] }), { code: 'INVALID_TYPE', path: ['columns', 'asOf'] }],
    ['a long count column', bad({ population: [1, 2, 3, 4] }), { code: 'INVALID_TYPE', path: ['columns', 'population'] }],
    ['a short active column', bad({ activeParticipants: [1] }), { code: 'INVALID_TYPE', path: ['columns', 'activeParticipants'] }],
    ['a bad code', bad({ regionCode: ['1801', '18.70', '18.72'] }), { code: 'INVALID_REGION_CODE', path: ['columns', 'regionCode', 1] }],
    ['a code that is not a string', bad({ regionCode: ['1801', 1872, '18.72'] }), { code: 'INVALID_TYPE', path: ['columns', 'regionCode', 1] }],
    ['a bad date', bad({ asOf: ['2024-07-01', '2024-13-01', '2024-08-01'] }), { code: 'INVALID_DATE', path: ['columns', 'asOf', 1] }],
    ['a fractional population', bad({ population: [1.5, 1, 1] }), { code: 'INVALID_COUNT', path: ['columns', 'population', 0] }],
    ['a negative participants count', bad({ participants: new Float64Array([1, -1, 1]) }), { code: 'INVALID_COUNT', path: ['columns', 'participants', 1] }],
    ['a 64-bit count beyond the safe integers', bad({ population: new BigInt64Array([1n, 2n ** 53n, 3n]) }), { code: 'INVALID_COUNT', path: ['columns', 'population', 1] }],
    ['a negative 64-bit count', bad({ participants: new BigInt64Array([1n, 1n, -1n]) }), { code: 'INVALID_COUNT', path: ['columns', 'participants', 2] }],
    ['a typed array of codes', bad({ regionCode: new Uint8Array(3) }), { code: 'INVALID_TYPE', path: ['columns', 'regionCode'] }],
    ['a bad active count', bad({ activeParticipants: [1, Number.NaN, 1] }), { code: 'INVALID_COUNT', path: ['columns', 'activeParticipants', 1] }],
    ['more active than participants', bad({ activeParticipants: [1, 179_001, 1] }), { code: 'INCONSISTENT_COUNTS', path: ['columns', 'activeParticipants', 1] }],
    ['a repeated region and date', bad({ asOf: ['2024-07-01', '2024-08-01', '2024-08-01'] }), { code: 'DUPLICATE_SNAPSHOT', path: ['columns', 'regionCode', 2] }],
  ])('rejects %s', (_name, input, expected) => {
    expect(errorOf(() => tableFromColumns(input as SnapshotColumns))).toEqual(expected);
  });

  it('checks a row field by field: the code before the date before the counts', () => {
    const input = bad({ regionCode: ['18', 'x', '18.72'], asOf: ['2024-07-01', 'y', '2024-08-01'], population: [1, -1, 1] });
    expect(errorOf(() => tableFromColumns(input))).toEqual({ code: 'INVALID_REGION_CODE', path: ['columns', 'regionCode', 1] });
  });

  it('names the value and the first occurrence of a repeated region', () => {
    const { message } = errorWithMessageOf(() => tableFromColumns(bad({ regionCode: ['1872', '18.72', '18.71'], asOf: ['2024-07-01', '2024-07-01', '2024-07-01'] })));
    expect(message).toBe('columns.regionCode[1] repeats region 18.72 on 2024-07-01 (first at index 0)');
  });

  it('reads an entry once and judges the value it returned', () => {
    let reads = 0;
    const shifty = new Proxy([1, 1, 1], {
      get(target, key, receiver): unknown {
        if (key === '0') {
          reads += 1;
          return reads === 1 ? -1 : 1;
        }
        return Reflect.get(target, key, receiver);
      },
    });
    expect(errorOf(() => tableFromColumns(bad({ population: shifty })))).toEqual({ code: 'INVALID_COUNT', path: ['columns', 'population', 0] });
    expect(reads).toBe(1);
  });

  it('turns what a column entry throws into INPUT_THREW at the entry, the original as cause', () => {
    const boom = new RangeError('boom');
    const asOf = new Proxy(['2024-07-01', '2024-07-01', '2024-08-01'], {
      get(target, key, receiver): unknown {
        if (key === '1') throw boom;
        return Reflect.get(target, key, receiver);
      },
    });
    const error = catchError(() => tableFromColumns({ ...columns, asOf }));
    expect([error.code, error.path, error.cause]).toEqual(['INPUT_THREW', ['columns', 'asOf', 1], boom]);
  });

  it('stores a count of -0 as 0', () => {
    const row = tableRow(tableFromColumns({ regionCode: ['18'], asOf: ['2024-07-01'], population: [-0], participants: new Float64Array([-0]), activeParticipants: [-0] }), 0);
    expect([Object.is(row.population, 0), Object.is(row.participants, 0), Object.is(row.activeParticipants, 0)]).toEqual([true, true, true]);
  });
});
