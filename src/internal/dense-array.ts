import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { runCallerCode } from './caller-code.js';

// The one policy for arrays given to the library (issue 17, class 3): a hole is refused, with
// the index of the first one. A hole is found by checking own elements from index 0 and stopping
// at the first absent one. An array cannot hold more elements than memory does, so the first
// hole lies no further than the number of elements actually stored: a `length` of 2^32 - 1 over
// three elements costs four checks, not four billion, and nothing is allocated by `length`.

/**
 * From this many elements on, an array whose prototypes are the realm's own `Array.prototype` and
 * `Object.prototype`, neither holding an index, is checked with `in`, which the engine answers
 * inline: `Object.hasOwn` is a call per element, about 15 ns, 6% of building a table from a
 * million rows. Below it, the one-off check of the prototypes would cost more than it saves.
 */
const IN_CHECK_MIN_LENGTH = 256;

/** An array index as a property name: `0`, `17`, never `017` or `-1`. */
const INDEX_NAME = /^(?:0|[1-9]\d*)$/;

/**
 * The index of the first hole of `array` (an index below `length` that is not an own element),
 * or `undefined` when it has none. A proxy's traps are the caller's code: what they throw
 * reaches the caller as `INPUT_THREW` at `path` (for a long array, a proxy is asked its
 * prototype and `has`, not `getOwnPropertyDescriptor`).
 */
export function firstHole(array: readonly unknown[], path: IssuePath): number | undefined {
  return runCallerCode(path, () => firstHoleOf(array));
}

/**
 * {@link firstHole}'s loops, in a function of their own rather than in the closure given to
 * `runCallerCode`: a closure made afresh on every call lost its optimised code to a forced full
 * collection (`gc()` under `--expose-gc`), and a million elements then took 20 ms instead of
 * under one; a function of its own kept it.
 */
function firstHoleOf(array: readonly unknown[]): number | undefined {
  const { length } = array;
  if (length >= IN_CHECK_MIN_LENGTH && inheritsNoIndex(array)) {
    // Nothing can be inherited at an index: present there means own.
    for (let index = 0; index < length; index += 1) {
      if (!(index in array)) return index;
    }
    return undefined;
  }
  for (let index = 0; index < length; index += 1) {
    if (!Object.hasOwn(array, index)) return index;
  }
  return undefined;
}

/** Whether `array`'s prototypes are exactly the realm's `Array.prototype` and `Object.prototype`, and neither has an index of its own. */
function inheritsNoIndex(array: readonly unknown[]): boolean {
  if (Object.getPrototypeOf(array) !== Array.prototype || Object.getPrototypeOf(Array.prototype) !== Object.prototype) return false;
  const hasIndex = (prototype: object): boolean => Object.getOwnPropertyNames(prototype).some((name) => INDEX_NAME.test(name));
  return !hasIndex(Array.prototype) && !hasIndex(Object.prototype);
}
