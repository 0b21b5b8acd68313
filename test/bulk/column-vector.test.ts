// tableFromColumns reads Apache Arrow and flechette columns as they are (structurally: the library
// imports neither), with the same rows and errors as from arrays.
import * as arrow from 'apache-arrow';
import * as flechette from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import type { ColumnVector } from '../../src/bulk/column-vector.js';
import { tableFromColumns } from '../../src/bulk/table-from-columns.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRow } from '../../src/bulk/table-row.js';
import { errorOf } from '../support/caught-error.js';

// Counts are illustrations, not published figures.
const snapshots = [
  { regionCode: '18.72', asOf: '2024-08-01', population: 180_100, participants: 180_100, activeParticipants: 151_000 },
  { regionCode: '1801', asOf: '2024-07-01', population: 1_100_000, participants: 1_000_000, activeParticipants: 700_000 },
  { regionCode: '18.72', asOf: '2024-07-01', population: 180_000, participants: 179_000, activeParticipants: 150_000 },
];
const arrays = {
  regionCode: snapshots.map((row) => row.regionCode),
  asOf: snapshots.map((row) => row.asOf),
  population: Int32Array.from(snapshots, (row) => row.population),
  participants: Float64Array.from(snapshots, (row) => row.participants),
  activeParticipants: Int32Array.from(snapshots, (row) => row.activeParticipants),
};

const rowsOf = (table: ReturnType<typeof tableFromColumns>): unknown[] => Array.from({ length: table.rowCount }, (_, row) => tableRow(table, row));

describe('tableFromColumns with column vectors', () => {
  it('reads Apache Arrow columns (Utf8, Int32, Float64, Int64) as the same rows as the objects', () => {
    const table = arrow.tableFromArrays({ ...arrays, activeParticipants: BigInt64Array.from(snapshots, (row) => BigInt(row.activeParticipants)) });
    const built = tableFromColumns({
      regionCode: table.getChild('regionCode')!,
      asOf: table.getChild('asOf')!,
      population: table.getChild('population')!,
      participants: table.getChild('participants')!,
      activeParticipants: table.getChild('activeParticipants')!,
    });
    expect(rowsOf(built)).toEqual(rowsOf(tableFromSnapshots(snapshots)));
  });

  it('reads flechette columns as the same rows as the objects', () => {
    const table = flechette.tableFromArrays(arrays);
    const built = tableFromColumns({
      regionCode: table.getChild('regionCode'),
      asOf: table.getChild('asOf'),
      population: table.getChild('population'),
      participants: table.getChild('participants'),
      activeParticipants: table.getChild('activeParticipants'),
    });
    expect(rowsOf(built)).toEqual(rowsOf(tableFromSnapshots(snapshots)));
  });

  it('reads a column without nulls through toArray() alone: no entry by entry copy', () => {
    const whole = (values: Int32Array): ColumnVector => ({
      length: values.length,
      nullCount: 0,
      at: () => {
        throw new Error('read entry by entry');
      },
      toArray: () => values,
    });
    const built = tableFromColumns({ ...arrays, population: whole(arrays.population), participants: whole(Int32Array.from(arrays.participants)) });
    expect(rowsOf(built)).toEqual(rowsOf(tableFromSnapshots(snapshots)));
  });

  it('takes a null active count as not reported', () => {
    const active = arrow.vectorFromArray([151_000, null, 150_000], new arrow.Int32());
    const built = tableFromColumns({ ...arrays, activeParticipants: active });
    expect(tableRow(built, 1).activeParticipants).toBeUndefined();
    expect(tableRow(built, 2).activeParticipants).toBe(150_000);
  });

  it('rejects a null population, a null code and an unsafe 64-bit count at their rows', () => {
    const population = arrow.vectorFromArray([180_100, 1_100_000, null], new arrow.Int32());
    expect(errorOf(() => tableFromColumns({ ...arrays, population }))).toEqual({ code: 'INVALID_COUNT', path: ['columns', 'population', 2] });
    const regionCode = arrow.vectorFromArray(['18.72', null, '18.72'], new arrow.Utf8());
    expect(errorOf(() => tableFromColumns({ ...arrays, regionCode }))).toEqual({ code: 'INVALID_TYPE', path: ['columns', 'regionCode', 1] });
    const participants = arrow.vectorFromArray([180_100n, 2n ** 60n, 179_000n], new arrow.Int64());
    expect(errorOf(() => tableFromColumns({ ...arrays, participants }))).toEqual({ code: 'INVALID_COUNT', path: ['columns', 'participants', 1] });
  });

  it('rejects an object that only looks like part of a column, and a column vector of another length', () => {
    const partial = { length: 3, toArray: () => arrays.population };
    expect(errorOf(() => tableFromColumns({ ...arrays, population: partial as unknown as ColumnVector }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['columns', 'population'],
    });
    const short = arrow.vectorFromArray([1, 2], new arrow.Int32());
    expect(errorOf(() => tableFromColumns({ ...arrays, population: short }))).toEqual({ code: 'INVALID_TYPE', path: ['columns', 'population'] });
  });
});
