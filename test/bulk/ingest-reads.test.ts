// Issue 17's read-once rules on the bulk ingest, error paths included (issue 18: analyzeSnapshots
// no longer copies its rows first, so tableFromSnapshots itself must hold them): each field of
// each row, each column entry and each column-vector member is read once, even for a duplicate
// or a bad row; a proxy that is revoked once read gives the same answer as plain data; inherited
// fields are absent.
import { describe, expect, it } from 'vitest';
import { analyzeSnapshots } from '../../src/bulk/analyze-snapshots.js';
import type { ColumnVector } from '../../src/bulk/column-vector.js';
import { tableFromColumns, type SnapshotColumns } from '../../src/bulk/table-from-columns.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRow } from '../../src/bulk/table-row.js';
import { isUhcMetricsError } from '../../src/errors/uhc-metrics-error.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { catchError, errorOf } from '../support/caught-error.js';

// Counts are illustrations, not published figures.
const day = '2024-07-01';
type Row = Record<string, unknown>;
const metro = (fields: Row = {}): Row => ({ regionCode: '18.72', asOf: day, population: 180_000, participants: 179_000, activeParticipants: 150_000, ...fields });
const selatan = (fields: Row = {}): Row => ({ regionCode: '1801', asOf: day, population: 1_100_000, participants: 1_000_000, ...fields });

/** Inputs of every path of the builder: valid, a duplicate, a bad field, a duplicate before a bad row. */
const ROW_CASES: readonly [string, () => Row[]][] = [
  ['valid rows', () => [metro(), selatan()]],
  ['a duplicate row', () => [metro(), selatan(), metro({ population: 1 })]],
  ['a duplicate spelt another way', () => [selatan(), selatan({ regionCode: '18.01' })]],
  ['a bad count', () => [metro(), selatan({ participants: -1 })]],
  ['a bad code', () => [metro(), selatan({ regionCode: '99' })]],
  ['a bad date', () => [metro(), selatan({ asOf: '2024-02-30' })]],
  ['too many active participants', () => [metro({ activeParticipants: 179_001 })]],
  ['a duplicate before a bad row', () => [metro(), metro(), selatan({ population: Number.NaN })]],
];

/** Counts every read of `object`'s fields under `name` in `reads`; the first read of each gets the value, later reads NaN. */
function counted(object: object, name: string, reads: Map<string, number>): object {
  const copy = Array.isArray(object) ? new Array<unknown>(object.length) : {};
  for (const [key, value] of Object.entries(object)) {
    Object.defineProperty(copy, key, {
      enumerable: true,
      get: (): unknown => {
        const count = (reads.get(`${name}.${key}`) ?? 0) + 1;
        reads.set(`${name}.${key}`, count);
        return count === 1 ? value : Number.NaN;
      },
    });
  }
  return copy;
}

/**
 * A proxy of `object` that answers each field once and is revoked by the second read of any field
 * (an array's `length` is no field: the hole check and the loop each read it).
 */
function revokedOnceRead<T extends object>(object: T): T {
  const seen = new Set<PropertyKey>();
  const revocable = Proxy.revocable(object, {
    get(target, key, receiver): unknown {
      if (seen.has(key) && !(Array.isArray(target) && key === 'length')) {
        revocable.revoke();
        // Read through the revoked proxy: the TypeError any later read meets.
        return Reflect.get(revocable.proxy, key) as unknown;
      }
      seen.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return revocable.proxy;
}

/** The code and path of what `run` throws (a UhcMetricsError, or the test fails), or its result. */
function outcomeOf(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (!isUhcMetricsError(error)) throw new Error(`expected a UhcMetricsError, got ${String(error)}`);
    return { code: error.code, path: error.path };
  }
}

/** Results compared as data: a table by its face and rows. */
function comparable(outcome: unknown): unknown {
  const value = (outcome as { value?: unknown }).value;
  if (value === undefined) return outcome;
  const table = (value as { table?: unknown }).table ?? value;
  const { rowCount } = table as { rowCount: number };
  return { table, rows: Array.from({ length: rowCount }, (_, row) => tableRow(table as never, row)) };
}

const BUILDERS: readonly [string, (rows: readonly Row[]) => unknown][] = [
  ['tableFromSnapshots', (rows) => tableFromSnapshots(rows as unknown as RegionCounts[])],
  ['analyzeSnapshots', (rows) => analyzeSnapshots(rows as unknown as RegionCounts[], { rollUp: { to: 'province' } })],
];

describe.each(BUILDERS)('%s reads each row once', (_, build) => {
  it.each(ROW_CASES)('%s: every field and every element read once, the answer unchanged', (_case, rows) => {
    const reads = new Map<string, number>();
    const input = counted(rows().map((row, index) => counted(row, String(index), reads)), 'rows', reads);
    expect(comparable(outcomeOf(() => build(input as Row[])))).toStrictEqual(comparable(outcomeOf(() => build(rows()))));
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
  });

  it.each(ROW_CASES)('%s: rows and array revoked once read give the answer of plain rows', (_case, rows) => {
    const input = revokedOnceRead(rows().map((row) => revokedOnceRead(row)));
    expect(comparable(outcomeOf(() => build(input)))).toStrictEqual(comparable(outcomeOf(() => build(rows()))));
  });

  it('takes a row that is revoked before it is read as INPUT_THREW at the row, the TypeError as cause', () => {
    const { proxy, revoke } = Proxy.revocable(metro(), {});
    revoke();
    const error = catchError(() => build([selatan(), proxy]));
    expect([error.code, error.path]).toEqual(['INPUT_THREW', [1]]);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('takes a revoked array of rows as INPUT_THREW at the input', () => {
    const { proxy, revoke } = Proxy.revocable([metro()], {});
    revoke();
    expect(errorOf(() => build(proxy))).toEqual({ code: 'INPUT_THREW', path: [] });
  });

  it('takes an inherited field as absent', () => {
    const inheriting = Object.assign(Object.create({ activeParticipants: 1, regionCode: '18.01' }) as Row, selatan({ regionCode: undefined }));
    delete inheriting['regionCode'];
    expect(errorOf(() => build([inheriting]))).toEqual({ code: 'INVALID_TYPE', path: [0, 'regionCode'] });
    const active = Object.assign(Object.create({ activeParticipants: 1 }) as Row, selatan());
    const built = build([active]) as { table?: unknown };
    expect(tableRow((built.table ?? built) as never, 0).activeParticipants).toBeUndefined();
  });
});

describe('a duplicate row is reported with what was read of it, not read again', () => {
  it('tableFromSnapshots: the row as tableRow gives it', () => {
    const rows = [metro(), selatan(), metro({ regionCode: '1872', population: 1 })];
    const error = catchError(() => tableFromSnapshots(rows as unknown as RegionCounts[]));
    expect([error.code, error.path]).toEqual(['DUPLICATE_SNAPSHOT', [2]]);
    expect(error.value).toStrictEqual(metro({ population: 1 }));
    expect(error.message).toBe('[2] repeats region 18.72 on 2024-07-01 (first at index 0)');
  });

  it('tableFromColumns: the code, normalised', () => {
    const columns = { regionCode: ['18.72', '1872'], asOf: [day, day], population: [1, 2], participants: [1, 2] };
    const error = catchError(() => tableFromColumns(columns));
    expect([error.code, error.path, error.value]).toEqual(['DUPLICATE_SNAPSHOT', ['columns', 'regionCode', 1], '18.72']);
  });
});

/** Columns of Lampung's two regencies on one date, then `overrides`. */
const columns = (overrides: Row = {}): Row => ({
  regionCode: ['1872', '18.01'],
  asOf: [day, day],
  population: [180_000, 1_100_000],
  participants: [179_000, 1_000_000],
  activeParticipants: [150_000, undefined],
  ...overrides,
});

const COLUMN_CASES: readonly [string, () => Row][] = [
  ['valid columns', () => columns()],
  ['a duplicate row', () => columns({ regionCode: ['18.72', '1872'] })],
  ['a bad count', () => columns({ participants: [179_000, -1] })],
  ['a bad date', () => columns({ asOf: [day, '2024-13-01'] })],
  ['a duplicate before a bad row', () => ({ ...columns(), regionCode: ['18.72', '18.72', '18.01'], asOf: [day, day, 'x'], population: [1, 1, 1], participants: [1, 1, 1], activeParticipants: [1, 1, 1] })],
];

describe('tableFromColumns reads each column and entry once', () => {
  it.each(COLUMN_CASES)('%s: every column and every entry read once, the answer unchanged', (_case, input) => {
    const reads = new Map<string, number>();
    const given = Object.entries(input()).reduce<Row>((all, [name, column]) => ({ ...all, [name]: counted(column as object, name, reads) }), {});
    const hostile = counted(given, 'columns', reads);
    expect(comparable(outcomeOf(() => tableFromColumns(hostile as unknown as SnapshotColumns)))).toStrictEqual(comparable(outcomeOf(() => tableFromColumns(input() as unknown as SnapshotColumns))));
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
  });

  it.each(COLUMN_CASES)('%s: columns revoked once read give the answer of plain columns', (_case, input) => {
    const hostile = revokedOnceRead(Object.fromEntries(Object.entries(input()).map(([name, column]) => [name, revokedOnceRead(column as object)])));
    expect(comparable(outcomeOf(() => tableFromColumns(hostile as unknown as SnapshotColumns)))).toStrictEqual(comparable(outcomeOf(() => tableFromColumns(input() as unknown as SnapshotColumns))));
  });

  it('takes inherited columns as absent', () => {
    const inheriting = Object.assign(Object.create({ activeParticipants: [1, 1] }) as Row, columns({ activeParticipants: undefined }));
    delete inheriting['activeParticipants'];
    expect(tableRow(tableFromColumns(inheriting as unknown as SnapshotColumns), 0).activeParticipants).toBeUndefined();
    const withoutCodes = Object.create({ regionCode: ['18.72', '18.01'] }) as Row;
    Object.assign(withoutCodes, columns());
    delete withoutCodes['regionCode'];
    expect(errorOf(() => tableFromColumns(withoutCodes as unknown as SnapshotColumns))).toEqual({ code: 'INVALID_TYPE', path: ['columns', 'regionCode'] });
  });

  it('turns a throwing column getter and a revoked columns object into INPUT_THREW', () => {
    const boom = new RangeError('boom');
    const throwing = Object.defineProperty(columns(), 'asOf', {
      get: (): never => {
        throw boom;
      },
    });
    const error = catchError(() => tableFromColumns(throwing as unknown as SnapshotColumns));
    expect([error.code, error.path, error.cause]).toEqual(['INPUT_THREW', ['columns', 'asOf'], boom]);
    const { proxy, revoke } = Proxy.revocable(columns(), {});
    revoke();
    expect(errorOf(() => tableFromColumns(proxy as unknown as SnapshotColumns))).toEqual({ code: 'INPUT_THREW', path: ['columns'] });
  });
});

/** A column vector over `values` whose members count their reads in `reads`; `at` counts each index. */
function countedVector(values: readonly (number | null)[], reads: Map<string, number>): ColumnVector {
  const count = (key: string): void => {
    reads.set(key, (reads.get(key) ?? 0) + 1);
  };
  const nullCount = values.filter((value) => value === null).length;
  return {
    get length(): number {
      count('length');
      return values.length;
    },
    get nullCount(): number {
      count('nullCount');
      return nullCount;
    },
    get at(): (index: number) => unknown {
      count('at');
      return (index: number) => {
        count(`at(${index})`);
        return values[index];
      };
    },
    get toArray(): () => ArrayLike<unknown> {
      count('toArray');
      return () => {
        count('toArray()');
        return [...values];
      };
    },
  };
}

describe('tableFromColumns reads a column vector once', () => {
  it.each([
    ['without nulls', [150_000, 900_000]],
    ['with nulls', [150_000, null]],
  ] as const)('%s: each member and each entry read once', (_case, values) => {
    const reads = new Map<string, number>();
    const build = (): unknown => tableFromColumns({ ...columns(), activeParticipants: countedVector(values, reads) } as unknown as SnapshotColumns);
    expect(build).not.toThrow();
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
    expect(reads.get('toArray()') ?? reads.get('at(1)')).toBe(1);
  });

  it('turns what toArray() and at(i) throw into INPUT_THREW at the column and the entry', () => {
    const boom = new RangeError('boom');
    const vector = (nullCount: number): ColumnVector => ({
      length: 2,
      nullCount,
      at: (index) => {
        if (index === 1) throw boom;
        return 1;
      },
      toArray: () => {
        throw boom;
      },
    });
    const whole = catchError(() => tableFromColumns({ ...columns(), population: vector(0) } as unknown as SnapshotColumns));
    expect([whole.code, whole.path, whole.cause]).toEqual(['INPUT_THREW', ['columns', 'population'], boom]);
    const entry = catchError(() => tableFromColumns({ ...columns(), population: vector(1) } as unknown as SnapshotColumns));
    expect([entry.code, entry.path, entry.cause]).toEqual(['INPUT_THREW', ['columns', 'population', 1], boom]);
  });

  it('takes a plain object whose members are inherited from Object.prototype for no column vector', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    const members = { nullCount: 0, at: () => 1, toArray: () => [1, 1] };
    Object.assign(prototype, members);
    try {
      expect(errorOf(() => tableFromColumns({ ...columns(), population: { length: 2 } } as unknown as SnapshotColumns))).toEqual({ code: 'INVALID_TYPE', path: ['columns', 'population'] });
    } finally {
      for (const key of Object.keys(members)) delete prototype[key];
    }
  });
});
