import { describe, expect, it } from 'vitest';
import { UhcMetricsError } from '../../src/errors/uhc-metrics-error.js';
import { callKeepingGuarantees, copyDeep, deepFreeze, findNaN } from './guarantees.js';

// The checks the catalogue relies on must be able to fail: each is shown catching a culprit.

/** Whether `run` fails an assertion (an AssertionError from `expect`). */
function failsAnAssertion(run: () => unknown): boolean {
  try {
    run();
  } catch (error) {
    return error instanceof Error && error.name === 'AssertionError';
  }
  return false;
}

const ISSUE = { code: 'INVALID_COUNT', path: ['x'], value: Number.NaN, message: 'x must be a count, got NaN' } as const;

describe('findNaN', () => {
  it('finds NaN at any depth, in arrays, typed arrays, maps and sets', () => {
    expect(findNaN(Number.NaN)).toBe('(the result)');
    expect(findNaN({ a: [1, { b: Number.NaN }] })).toBe('.a.1.b');
    expect(findNaN({ column: new Float64Array([1, Number.NaN]) })).toBe('.column[1]');
    expect(findNaN(new Map([['k', Number.NaN]]))).toBe('.get(k)');
    expect(findNaN(new Set([Number.NaN]))).toBe('<item>');
  });

  it('finds nothing in NaN-free values, cycles included', () => {
    const cyclic: Record<string, unknown> = { low: 0, high: Number.POSITIVE_INFINITY };
    cyclic['self'] = cyclic;
    expect(findNaN(cyclic)).toBeUndefined();
    expect(findNaN(new Int32Array([1, 2]))).toBeUndefined();
  });

  it('skips only the fields that hand the input back as given', () => {
    expect(findNaN({ success: false, issues: [ISSUE] })).toBeUndefined();
    expect(findNaN({ success: false, issues: [{ ...ISSUE, value: 1, extra: Number.NaN }] })).toBe('.issues.0.extra');
    expect(findNaN([{ item: Number.NaN, rank: 1, tied: false, index: 0 }])).toBeUndefined();
    expect(findNaN([{ item: 1, rank: Number.NaN, index: 0 }])).toBe('.0.rank');
    expect(findNaN({ periodKey: '2024', snapshot: { note: Number.NaN }, growth: undefined })).toBeUndefined();
    expect(findNaN({ value: Number.NaN, step: 1 })).toBe('.value');
  });
});

describe('deepFreeze and copyDeep', () => {
  it('freezes every object reachable, and a copy is equal but unfrozen and separate', () => {
    const input = { rows: [{ population: 1 }], when: new Date(0), tags: new Set(['a']) };
    const copy = copyDeep(input);
    deepFreeze(input);
    expect(Object.isFrozen(input.rows[0])).toBe(true);
    expect(copy).toStrictEqual(input);
    expect(Object.isFrozen(copy.rows[0])).toBe(false);
    expect(copy.rows[0]).not.toBe(input.rows[0]);
  });

  it('keeps holes, prototypes, functions and errors', () => {
    const key = (): number => 1;
    const sparse = [1, , 3];
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    const error = new UhcMetricsError([{ ...ISSUE }]);
    const copy = copyDeep({ sparse, bare, key, error });
    expect(1 in copy.sparse).toBe(false);
    expect(Object.getPrototypeOf(copy.bare)).toBeNull();
    expect(copy.key).toBe(key);
    expect(copy.error).toBeInstanceOf(UhcMetricsError);
    expect(copy.error).toStrictEqual(error);
  });
});

describe('callKeepingGuarantees', () => {
  it('passes a well-behaved function and reports its result', () => {
    const outcome = callKeepingGuarantees((rows: readonly number[]) => rows.length, () => [[3, 1, 2]]);
    expect(outcome).toStrictEqual({ kind: 'returned', value: 3 });
  });

  it('passes a function that throws the library error', () => {
    const outcome = callKeepingGuarantees(() => {
      throw new UhcMetricsError([{ ...ISSUE }]);
    }, () => []);
    expect(outcome.kind).toBe('threw');
  });

  it('fails a function returning NaN deep inside its result', () => {
    expect(failsAnAssertion(() => callKeepingGuarantees(() => ({ rows: [{ ratio: 0 / 0 }] }), () => []))).toBe(true);
  });

  it('fails a function throwing a TypeError from inside', () => {
    const culprit = (input: { readonly a?: { readonly b: number } }): number => (input.a as { b: number }).b;
    expect(failsAnAssertion(() => callKeepingGuarantees(culprit as (...args: never[]) => unknown, () => [{}]))).toBe(true);
  });

  it('fails a function writing to its input (the frozen call throws)', () => {
    const culprit = (input: { total?: number }): void => {
      input.total = 1;
    };
    expect(failsAnAssertion(() => callKeepingGuarantees(culprit as (...args: never[]) => unknown, () => [{}]))).toBe(true);
  });

  it('fails a function sorting its input in place, even where the freeze cannot reach', () => {
    // A typed array cannot be frozen: only the comparison with the copy sees the sort.
    const culprit = (column: Float64Array): number => column.sort()[0] as number;
    expect(failsAnAssertion(() => callKeepingGuarantees(culprit as (...args: never[]) => unknown, () => [new Float64Array([3, 1, 2])]))).toBe(true);
  });
});
