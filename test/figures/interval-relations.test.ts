import { describe, expect, it } from 'vitest';
import { intervalContains, intervalsOverlap } from '../../src/figures/interval-relations.js';
import type { Interval } from '../../src/figures/printed-figure.js';

describe('intervalsOverlap', () => {
  it.each([
    [{ low: 0, high: 1 }, { low: 1, high: 2 }, true], // touching ends count: intervals are closed
    [{ low: 0, high: 1 }, { low: 1.0000001, high: 2 }, false],
    [{ low: 5, high: 6 }, { low: 0, high: 10 }, true],
    [{ low: 0, high: 10 }, { low: 5, high: 6 }, true],
    [{ low: 3, high: 3 }, { low: 3, high: 3 }, true],
    [{ low: 95, high: Infinity }, { low: -Infinity, high: 94 }, false],
    [{ low: 95, high: Infinity }, { low: 99.455, high: 99.47 }, true],
    [{ low: -Infinity, high: Infinity }, { low: 7, high: 7 }, true],
  ])('%o and %o -> %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });

  it.each([
    [null, { low: 0, high: 1 }, 'INVALID_TYPE', ['a']],
    [{ low: 0, high: 1 }, [0, 1], 'INVALID_TYPE', ['b']],
    [{ low: Number.NaN, high: 1 }, { low: 0, high: 1 }, 'INVALID_NUMBER', ['a', 'low']],
    [{ low: 0, high: '1' }, { low: 0, high: 1 }, 'INVALID_NUMBER', ['a', 'high']],
    [{ low: 0, high: 1 }, { low: 2, high: 1 }, 'INVALID_NUMBER', ['b', 'high']],
    [{ low: 0 }, { low: 0, high: 1 }, 'INVALID_NUMBER', ['a', 'high']],
  ])('rejects %o, %o with %s at %o', (a, b, code, path) => {
    expect(() => intervalsOverlap(a as Interval, b as Interval)).toThrowError(expect.objectContaining({ code, path }));
  });
});

describe('intervalContains', () => {
  it.each([
    [{ low: 99.455, high: 99.465 }, 99.455, true],
    [{ low: 99.455, high: 99.465 }, 99.465, true],
    [{ low: 99.455, high: 99.465 }, 98.46, false],
    [{ low: 250_000_000, high: Infinity }, 252_170_000, true],
    [{ low: 0, high: 5 }, -1, false],
    [{ low: 0, high: 5 }, 5.000001, false],
  ])('%o contains %d: %s', (interval, value, expected) => {
    expect(intervalContains(interval, value)).toBe(expected);
  });

  it.each([
    [undefined, 1, 'INVALID_TYPE', ['interval']],
    [{ low: 1, high: 0 }, 1, 'INVALID_NUMBER', ['interval', 'high']],
    [{ low: 0, high: 1 }, Number.NaN, 'INVALID_NUMBER', ['value']],
    [{ low: 0, high: 1 }, Infinity, 'INVALID_NUMBER', ['value']],
    [{ low: 0, high: 1 }, '0.5', 'INVALID_NUMBER', ['value']],
  ])('rejects %o, %o with %s at %o', (interval, value, code, path) => {
    expect(() => intervalContains(interval as Interval, value as number)).toThrowError(expect.objectContaining({ code, path }));
  });
});
