import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { runCallerCode } from './caller-code.js';

// The one policy for arrays given to the library (issue 17, class 3): a hole is refused, with
// the index of the first one. A hole is found by checking own elements from index 0 and stopping
// at the first absent one. An array cannot hold more elements than memory does, so the first
// hole lies no further than the number of elements actually stored: a `length` of 2^32 - 1 over
// three elements costs four checks, not four billion, and nothing is allocated by `length`.

/**
 * The index of the first hole of `array` (an index below `length` that is not an own element),
 * or `undefined` when it has none. A proxy's traps are the caller's code: what they throw
 * reaches the caller as `INPUT_THREW` at `path`.
 */
export function firstHole(array: readonly unknown[], path: IssuePath): number | undefined {
  return runCallerCode(path, () => {
    const { length } = array;
    for (let index = 0; index < length; index += 1) {
      if (!Object.hasOwn(array, index)) return index;
    }
    return undefined;
  });
}

