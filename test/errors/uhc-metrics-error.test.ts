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
