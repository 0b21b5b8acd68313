import { describe, expect, it } from 'vitest';
import { safeCreateSnapshot } from '../../src/models/create-snapshot.js';
import { snapshotSchema } from '../../src/models/snapshot-schema.js';

const { validate } = snapshotSchema['~standard'];

describe('snapshotSchema (Standard Schema V1)', () => {
  it('declares version 1 and its vendor, and is frozen', () => {
    expect(snapshotSchema['~standard'].version).toBe(1);
    expect(snapshotSchema['~standard'].vendor).toBe('uhc-metrics');
    expect(Object.isFrozen(snapshotSchema)).toBe(true);
    expect(Object.isFrozen(snapshotSchema['~standard'])).toBe(true);
  });

  it('returns the snapshot safeCreateSnapshot builds, and no issues', () => {
    const input = { regionCode: '1872', asOf: '2024-07', population: '170.000', participants: 165_000, activeParticipants: '' };
    const result = validate(input);
    const expected = safeCreateSnapshot(input);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result.issues).toBeUndefined();
    expect(expected.success && result.issues === undefined ? result.value : undefined).toStrictEqual(expected.success ? expected.output : 'not built');
    expect(result.issues === undefined ? result.value : undefined).toStrictEqual({ regionCode: '18.72', asOf: '2024-07', population: 170_000, participants: 165_000 });
  });

  it('returns every issue with message and path, never a value', () => {
    const result = validate({ regionCode: '18', asOf: '2024-02-30', population: -1, participants: 5 });
    expect('value' in result).toBe(false);
    expect(result.issues?.map((issue) => [issue.path, issue.code, issue.value])).toEqual([
      [['asOf'], 'INVALID_DATE', '2024-02-30'],
      [['population'], 'INVALID_COUNT', -1],
    ]);
    for (const issue of result.issues ?? []) expect(issue.message).toMatch(/^(asOf|population) /);
  });

  it.each([[undefined], [null], ['18'], [42], [[]], [{}]])('never throws for %j', (value) => {
    const result = validate(value);
    expect(result.issues?.length).toBeGreaterThan(0);
  });

  it("turns what the input's own code throws into an INPUT_THREW issue", () => {
    const input = {
      regionCode: '18',
      asOf: '2024-07-01',
      get population(): number {
        throw new TypeError('boom');
      },
      participants: 5,
    };
    const result = validate(input);
    expect(result.issues?.map((issue) => issue.code)).toEqual(['INPUT_THREW']);
  });
});
