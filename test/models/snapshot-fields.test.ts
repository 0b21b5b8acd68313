import { describe, expect, it } from 'vitest';
import { UhcMetricsError, type Issue } from '../../src/errors/uhc-metrics-error.js';
import { createSnapshot as createTypedSnapshot, safeCreateSnapshot } from '../../src/models/create-snapshot.js';
import { createSnapshots } from '../../src/models/create-snapshots.js';
import type { CreateSnapshotOptions } from '../../src/models/snapshot-options.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { readSnapshotFields } from '../../src/models/snapshot-fields.js';
import { catchError } from '../support/caught-error.js';

// Issue 18, item 4: createSnapshot reads each own field of a row once, straight from the row
// (src/models/snapshot-fields.ts), instead of copying the row whole first. Issue 17's rules hold
// on each branch of that reader: a plain row, a row holding objects (copied from the fields
// already read), an object of another kind, a proxy.

const createSnapshot = createTypedSnapshot as (input: unknown, options?: CreateSnapshotOptions) => Snapshot;

const ROW = Object.freeze({ regionCode: '1872', asOf: '2024-07-01', population: 100, participants: 90 });
const SNAPSHOT = { regionCode: '18.72', asOf: '2024-07-01', population: 100, participants: 90 };

/** `fields` behind getters on a fresh plain object, each counting its reads in `reads`. */
function withGetters(fields: Readonly<Record<string, unknown>>, reads: Map<string, number>, target: object = {}): object {
  for (const [key, value] of Object.entries(fields)) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get: () => {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return value;
      },
    });
  }
  return target;
}

/** The library error `run` throws. */
const thrownBy = catchError;

describe('a plain row, read field by field', () => {
  it('calls each getter once, unknown fields included, and builds what plain data builds', () => {
    const reads = new Map<string, number>();
    const row = withGetters({ ...ROW, kabupaten: 'Kota Metro', activeParticipants: 80 }, reads);
    expect(createSnapshot(row)).toStrictEqual({ ...SNAPSHOT, activeParticipants: 80 });
    expect([...reads]).toStrictEqual([
      ['regionCode', 1],
      ['asOf', 1],
      ['population', 1],
      ['participants', 1],
      ['kabupaten', 1],
      ['activeParticipants', 1],
    ]);
  });

  it('reads the same getters once on a null-prototype row', () => {
    const reads = new Map<string, number>();
    const row = withGetters(ROW, reads, Object.create(null) as object);
    expect(createSnapshot(row)).toStrictEqual(SNAPSHOT);
    expect([...reads.values()]).toStrictEqual([1, 1, 1, 1]);
  });

  it('finds no field on Object.prototype: an inherited count is absent', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['participants'] = 90;
    try {
      const error = thrownBy(() => createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 100 }));
      expect(error.issues.map((issue) => [issue.code, issue.path, issue.value])).toStrictEqual([['INVALID_COUNT', ['participants'], undefined]]);
    } finally {
      delete prototype['participants'];
    }
  });

  it('skips a non-enumerable own field, as Object.keys does', () => {
    const row = Object.defineProperty({ ...ROW, participants: undefined }, 'participants', { value: 90, enumerable: false });
    expect(thrownBy(() => createSnapshot(row)).path).toStrictEqual(['participants']);
  });

  it('reads -0 as 0', () => {
    const snapshot = createSnapshot({ ...ROW, population: -0, participants: -0 });
    expect(Object.is(snapshot.population, 0) && Object.is(snapshot.participants, 0)).toBe(true);
  });

  it('turns a throwing getter into INPUT_THREW at its field, the original as cause, before any option problem', () => {
    const thrown = new RangeError('no participants today');
    const row = Object.defineProperty({ ...ROW }, 'participants', {
      enumerable: true,
      get: () => {
        throw thrown;
      },
    });
    const error = thrownBy(() => createSnapshot(row, { locale: 'fr' } as unknown as CreateSnapshotOptions));
    expect([error.code, error.path, error.cause]).toStrictEqual(['INPUT_THREW', ['participants'], thrown]);
    const safe = safeCreateSnapshot(row);
    expect(safe.success ? [] : safe.issues.map((issue) => [issue.code, issue.path])).toStrictEqual([['INPUT_THREW', ['participants']]]);
  });

  it("passes a getter's own UhcMetricsError through: thrown by createSnapshot, its issues returned by the safe form", () => {
    const ours = new UhcMetricsError([
      { code: 'INVALID_COUNT', path: ['elsewhere'], value: -1, message: 'elsewhere must be a count' },
      { code: 'INVALID_DATE', path: ['other'], value: 'x', message: 'other must be a date' },
    ]);
    const row = Object.defineProperty({ ...ROW }, 'asOf', {
      enumerable: true,
      get: () => {
        throw ours;
      },
    });
    expect(catchError(() => createSnapshot(row))).toBe(ours);
    const safe = safeCreateSnapshot(row);
    expect(safe.success ? [] : safe.issues).toStrictEqual(ours.issues);
  });

  it('still throws a bad option from the safe form, after reading a valid row', () => {
    expect(thrownBy(() => safeCreateSnapshot(ROW, { unknownFields: 'warn' } as unknown as CreateSnapshotOptions)).code).toBe('INVALID_OPTION');
  });

  it('never writes to the row', () => {
    const row = Object.freeze({ ...ROW, segments: Object.freeze({ pbpu: 5 }), extra: Object.freeze([1, 2]) });
    expect(createSnapshot(row)).toStrictEqual({ ...SNAPSHOT, segments: { pbpu: 5 } });
  });
});

describe('a row holding objects, copied from the fields already read', () => {
  it('reads each getter once, the row, a shared sub-object and a cycle back to the row included', () => {
    const reads = new Map<string, number>();
    const segments = withGetters({ pbpu: 5, pbiApbn: 7 }, new Map<string, number>());
    const shared = withGetters({ pbpu: 5, pbiApbn: 7 }, reads);
    const row = withGetters({ ...ROW, segments: shared, alsoSegments: shared }, reads);
    Object.defineProperty(row, 'self', {
      enumerable: true,
      get: () => {
        reads.set('self', (reads.get('self') ?? 0) + 1);
        return row;
      },
    });
    expect(createSnapshot(row)).toStrictEqual({ ...SNAPSHOT, segments: { pbiApbn: 7, pbpu: 5 } });
    expect(createSnapshot({ ...ROW, segments })).toStrictEqual({ ...SNAPSHOT, segments: { pbiApbn: 7, pbpu: 5 } });
    expect([...reads].filter(([, count]) => count !== 1)).toStrictEqual([]);
    expect([...reads.keys()].sort()).toStrictEqual(['alsoSegments', 'asOf', 'participants', 'pbiApbn', 'pbpu', 'population', 'regionCode', 'segments', 'self']);
  });

  it('reports a throwing getter of a nested object at its full path', () => {
    const thrown = new TypeError('segments unreadable');
    const segments = Object.defineProperty({}, 'pbpu', {
      enumerable: true,
      get: () => {
        throw thrown;
      },
    });
    const error = thrownBy(() => createSnapshot({ ...ROW, segments }));
    expect([error.code, error.path, error.cause]).toStrictEqual(['INPUT_THREW', ['segments', 'pbpu'], thrown]);
  });

  it("puts a private copy, not the caller's object, into an issue about an unknown field", () => {
    const extra = { note: 'x' };
    const safe = safeCreateSnapshot({ ...ROW, extra }, { unknownFields: 'reject' });
    const [issue] = safe.success ? [] : safe.issues;
    expect(issue?.path).toStrictEqual(['extra']);
    expect(issue?.value).toStrictEqual(Object.assign(Object.create(null) as object, extra));
    expect(issue?.value).not.toBe(extra);
  });
});

describe('objects of another kind and proxies', () => {
  it('reads a class instance by name, its prototype getters once each, as before issue 18', () => {
    let reads = 0;
    class Row {
      readonly regionCode = '1872';
      readonly asOf = '2024-07-01';
      readonly participants = 90;
      get population(): number {
        reads += 1;
        return 100;
      }
    }
    expect(createSnapshot(new Row())).toStrictEqual(SNAPSHOT);
    expect(reads).toBe(1);
  });

  it("turns a class instance's throwing getter into INPUT_THREW at its field", () => {
    const thrown = new Error('lazy population failed');
    class Row {
      readonly regionCode = '18';
      get population(): number {
        throw thrown;
      }
    }
    const error = thrownBy(() => createSnapshot(new Row()));
    expect([error.code, error.path, error.cause]).toStrictEqual(['INPUT_THREW', ['population'], thrown]);
  });

  it("gives INPUT_THREW at the field whose proxy `get` trap throws", () => {
    const thrown = new Error('get trap');
    const row = new Proxy({ ...ROW }, {
      get: (target, key, receiver) => {
        if (key === 'asOf') throw thrown;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const error = thrownBy(() => createSnapshot(row));
    expect([error.code, error.path, error.cause]).toStrictEqual(['INPUT_THREW', ['asOf'], thrown]);
  });

  it.each([
    ['ownKeys', { ownKeys: () => { throw new Error('ownKeys trap'); } }],
    ['getOwnPropertyDescriptor', { getOwnPropertyDescriptor: () => { throw new Error('descriptor trap'); } }],
    ['getPrototypeOf', { getPrototypeOf: () => { throw new Error('prototype trap'); } }],
  ] as const)('gives INPUT_THREW at the row when its proxy `%s` trap throws', (_, handler) => {
    const row = new Proxy({ ...ROW }, handler as ProxyHandler<object>);
    const error = thrownBy(() => createSnapshot(row));
    expect([error.code, error.path]).toStrictEqual(['INPUT_THREW', []]);
    const safe = safeCreateSnapshot(row);
    expect(safe.success ? [] : safe.issues.map((issue) => issue.code)).toStrictEqual(['INPUT_THREW']);
  });

  it('reads a proxy as its traps describe it: the keys ownKeys lists, each through `get` once', () => {
    const gets: (string | symbol)[] = [];
    const row = new Proxy({ ...ROW, hidden: 1 }, {
      ownKeys: (target) => Reflect.ownKeys(target).filter((key) => key !== 'hidden'),
      get: (target, key, receiver) => {
        gets.push(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(createSnapshot(row)).toStrictEqual(SNAPSHOT);
    expect(gets).toStrictEqual(['regionCode', 'asOf', 'population', 'participants']);
  });

  it('gives INPUT_THREW at the row for a revoked proxy, and INVALID_TYPE for an array, with a copy as its value', () => {
    const { proxy, revoke } = Proxy.revocable({ ...ROW }, {});
    revoke();
    expect(thrownBy(() => createSnapshot(proxy)).code).toBe('INPUT_THREW');
    const rows = [ROW];
    const issues: Issue[] = [];
    expect(readSnapshotFields(rows, [3], issues)).toBeUndefined();
    expect(issues.map((issue) => [issue.code, issue.path])).toStrictEqual([['INVALID_TYPE', [3]]]);
    expect(issues[0]?.value).toEqual(rows);
    expect(issues[0]?.value).not.toBe(rows);
  });
});

describe('createSnapshots: rows copied whole, then taken as they are', () => {
  it('reads each getter of each row once, nested ones included, and reads a class instance row by name', () => {
    const reads = new Map<string, number>();
    const segments = withGetters({ pbpu: 5 }, reads);
    class Row {
      readonly regionCode = '18';
      readonly asOf = '2024-07-01';
      readonly population = 100;
      readonly participants = 90;
    }
    const rows = [withGetters({ ...ROW, segments }, reads), new Row()];
    expect(createSnapshots(rows as never)).toStrictEqual([
      { ...SNAPSHOT, segments: { pbpu: 5 } },
      { regionCode: '18', asOf: '2024-07-01', population: 100, participants: 90 },
    ]);
    expect([...reads].filter(([, count]) => count !== 1)).toStrictEqual([]);
    expect(reads.size).toBe(6);
  });
});
