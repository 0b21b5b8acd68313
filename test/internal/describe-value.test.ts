// describeValue words any value for a message: short, and never throwing, whatever the value.
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/internal/describe-value.js';
import { revoked } from '../support/revoked.js';

describe('describeValue', () => {
  it('shows a Date as its instant, not as an object', () => {
    expect(describeValue(new Date('2024-07-01'))).toBe('a Date (2024-07-01T00:00:00.000Z)');
    expect(describeValue(new Date(Date.UTC(2024, 6, 1, 7, 30)))).toBe('a Date (2024-07-01T07:30:00.000Z)');
  });

  it('names an invalid Date without calling toISOString, which throws on it', () => {
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
  });

  it('reads a Date by its internal time, not by methods a subclass or an instance may replace', () => {
    class Shifted extends Date {
      override toISOString(): string {
        throw new Error('toISOString');
      }
      override getTime(): number {
        throw new Error('getTime');
      }
    }
    expect(describeValue(new Shifted('2024-07-01'))).toBe('a Date (2024-07-01T00:00:00.000Z)');
    const date = new Date('2024-07-01');
    Object.defineProperty(date, 'toISOString', { value: () => 'x'.repeat(1_000_000) });
    expect(describeValue(date)).toBe('a Date (2024-07-01T00:00:00.000Z)');
  });

  it('takes no look-alike for a Date, and runs none of its code', () => {
    const fake = {
      [Symbol.toStringTag]: 'Date',
      getTime: () => {
        throw new Error('getTime');
      },
    };
    expect(describeValue(fake)).toBe('an object');
    expect(describeValue(Object.create(Date.prototype))).toBe('an object');
    const traps = new Proxy(new Date(0), {
      get: () => {
        throw new Error('get');
      },
      getPrototypeOf: () => {
        throw new Error('getPrototypeOf');
      },
    });
    expect(describeValue(traps)).toBe('an object');
  });

  it('describes a revoked proxy without throwing', () => {
    expect(describeValue(revoked({}))).toBe('an object');
    expect(describeValue(revoked(new Date(0)))).toBe('an object');
    expect(describeValue(revoked([1, 2]))).toBe('an object');
  });

  it('keeps its other wordings', () => {
    expect(describeValue({ population: 1 })).toBe('an object');
    expect(describeValue([1, 2, 3])).toBe('an array of 3');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('x'.repeat(100))).toBe(JSON.stringify(`${'x'.repeat(57)}...`));
  });
});
