import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { outcomeOf } from './guarantees.js';
import { HOSTILE_UNITS, LONG_INPUT_CALLS, repeatTo } from './long-input-cases.js';

// Megabyte strings through every public function that reads text: each call ends with a result
// or a UhcMetricsError whose message quotes the value shortened. Every pattern in src is anchored
// with bounded repetition or tests one character, so each call is linear; catastrophic
// backtracking would not end before the test's timeout. How the time grows with the length is
// measured, not asserted here: `npm run bench:long-input` (256 KB to 1 MB, ratio per call).

const MB = 1024 * 1024;

describe.each(Object.keys(LONG_INPUT_CALLS))('%s on a 1 MB string', (name) => {
  it.each(Object.keys(HOSTILE_UNITS))('%s', (input) => {
    const call = LONG_INPUT_CALLS[name] as (text: string) => unknown;
    const text = repeatTo(HOSTILE_UNITS[input] as string, MB);
    const outcome = outcomeOf(() => call(text));
    if (outcome.kind === 'threw') {
      expect(api.isUhcMetricsError(outcome.error)).toBe(true);
      // The message quotes the value shortened, never the whole megabyte.
      expect((outcome.error as Error).message.length).toBeLessThan(2_000);
    }
  });
});
