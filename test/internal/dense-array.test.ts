// The one hole policy of src/internal/dense-array.ts, on both of its paths: short arrays and
// arrays with unusual prototypes are checked own element by own element, long ordinary arrays
// with `in`, which must find exactly the same holes.
import { describe, expect, it } from 'vitest';
import { firstHole } from '../../src/internal/dense-array.js';

const LONG = 1_000;

/** A dense array of `length` numbers with a hole at each of `holes`. */
function withHoles(length: number, holes: readonly number[]): number[] {
  const array = Array.from({ length }, (_, index) => index);
  for (const hole of holes) delete array[hole];
  return array;
}

/** Runs `check` while `prototype` holds `value` at `index`, then removes it. */
function inheriting<T>(prototype: object, index: number, check: () => T): T {
  Object.defineProperty(prototype, index, { value: 'inherited', configurable: true, enumerable: false, writable: true });
  try {
    return check();
  } finally {
    delete (prototype as Record<number, unknown>)[index];
  }
}

describe('firstHole', () => {
  it.each([10, LONG])('finds the first hole of an array of %i, or none', (length) => {
    expect(firstHole(withHoles(length, []), [])).toBeUndefined();
    expect(firstHole(withHoles(length, [length - 1, 7]), [])).toBe(7);
    expect(firstHole(withHoles(length, [0]), [])).toBe(0);
  });

  it.each([
    ['Array.prototype', Array.prototype],
    ['Object.prototype', Object.prototype],
  ])('finds a hole that %s fills, as not own', (_, prototype) => {
    const array = withHoles(LONG, [700]);
    expect(inheriting(prototype, 700, () => [700 in array, firstHole(array, [])])).toEqual([true, 700]);
    // An index elsewhere on the prototype still turns the long check off.
    expect(inheriting(prototype, 5, () => firstHole(array, []))).toBe(700);
  });

  it('finds a hole that a prototype of its own fills', () => {
    const array = withHoles(LONG, [300]);
    Object.setPrototypeOf(array, Object.assign(Object.create(Array.prototype) as object, { 300: 'inherited' }));
    expect(firstHole(array, [])).toBe(300);
  });

  it('stops at the first hole of a huge sparse array', () => {
    const array = [1, 2, 3];
    array.length = 2 ** 32 - 1;
    expect(firstHole(array, [])).toBe(3);
  });

  it("names what a long proxy's trap throws as INPUT_THREW at the path", () => {
    const proxy = new Proxy(withHoles(LONG, []), {
      has: () => {
        throw new Error('trap');
      },
    });
    expect(() => firstHole(proxy, ['rows'])).toThrow(expect.objectContaining({ code: 'INPUT_THREW', path: ['rows'] }));
  });
});
