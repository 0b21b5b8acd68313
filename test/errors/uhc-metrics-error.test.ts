import { describe, expect, it } from 'vitest';
import { UhcMetricsError, isUhcMetricsError } from '../../src/errors/uhc-metrics-error.js';

describe('UhcMetricsError', () => {
  it('takes code, path and value from its single issue', () => {
    const error = new UhcMetricsError([
      { code: 'INVALID_COUNT', path: ['population'], value: -1, message: 'population must be a non-negative safe integer, got -1' },
    ]);
    expect(error.name).toBe('UhcMetricsError');
    expect(error.code).toBe('INVALID_COUNT');
    expect(error.path).toEqual(['population']);
    expect(error.value).toBe(-1);
    expect(error.message).toBe('population must be a non-negative safe integer, got -1');
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('reports INVALID_INPUT and every message when several issues are found', () => {
    const error = new UhcMetricsError([
      { code: 'INVALID_COUNT', path: ['population'], value: -1, message: 'a' },
      { code: 'INVALID_DATE', path: ['asOf'], value: '2023-02-30', message: 'b' },
    ]);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(['population']);
    expect(error.message).toBe('2 issues: a; b');
  });

  it('reads each issue and each of its fields once, and keeps what it read (issue 17)', () => {
    const reads: string[] = [];
    const issue = {
      get code() {
        reads.push('code');
        return 'INVALID_COUNT' as const;
      },
      get path() {
        reads.push('path');
        return ['population'];
      },
      get value() {
        reads.push('value');
        return -1;
      },
      get message() {
        reads.push('message');
        return reads.length > 4 ? 'read twice' : 'population must be a non-negative safe integer, got -1';
      },
    };
    const error = new UhcMetricsError([issue]);
    expect(reads).toEqual(['code', 'path', 'value', 'message']);
    expect(error.message).toBe('population must be a non-negative safe integer, got -1');
    expect(error.issues[0]).toEqual({ code: 'INVALID_COUNT', path: ['population'], value: -1, message: error.message });
  });

  it('names a getter that throws while reading the issues as INPUT_THREW, with the cause', () => {
    const boom = new RangeError('boom');
    const issue = {
      code: 'INVALID_COUNT' as const,
      path: ['population'],
      value: -1,
      get message(): string {
        throw boom;
      },
    };
    const caught = (() => {
      try {
        return new UhcMetricsError([issue]);
      } catch (error) {
        return error;
      }
    })();
    expect(caught).toBeInstanceOf(UhcMetricsError);
    expect(caught).toMatchObject({ code: 'INPUT_THREW', path: ['issues', 0, 'message'], cause: boom });
    expect((caught as Error).message).toBe("issues[0].message could not be read: the caller's code threw");
  });

  it('refuses what is not a non-empty array of issues, naming the bad element', () => {
    expect(() => new UhcMetricsError([] as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['issues'] }));
    const notAnIssue = { code: 'INVALID_COUNT', path: 'population', value: -1, message: 'x' };
    expect(() => new UhcMetricsError([notAnIssue] as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['issues', 0] }));
  });
});

describe('isUhcMetricsError', () => {
  it('recognises the library error and rejects look-alikes', () => {
    const error = new UhcMetricsError([{ code: 'INVALID_TYPE', path: [], value: null, message: 'x' }]);
    expect(isUhcMetricsError(error)).toBe(true);
    expect(isUhcMetricsError(new Error('x'))).toBe(false);
    const impostor = new Error('x');
    impostor.name = 'UhcMetricsError';
    expect(isUhcMetricsError(impostor)).toBe(false);
    expect(isUhcMetricsError({ name: 'UhcMetricsError' })).toBe(false);
    expect(isUhcMetricsError(undefined)).toBe(false);
  });
});
