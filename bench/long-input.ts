// Times every call of the long-input cases (test/hostile/long-input-cases.ts: each public function
// that reads text, on repeated prefixes of what it accepts) at 256 KB and 1 MB, and prints the
// ratio per call. Linear time gives about 4; quadratic 16; catastrophic backtracking would not
// finish. The unit test runs the same cases at 1 MB for their outcomes only: a time limit there
// would fail on a loaded machine, a ratio here is read by a person.
//
//   npm run bench:long-input [-- rounds]
//
// Exits with status 1 when a case grows clearly faster than linearly (ratio above MAX_RATIO).
import os from 'node:os';
import { HOSTILE_UNITS, LONG_INPUT_CALLS, repeatTo } from '../test/hostile/long-input-cases.js';
import { median } from './timing.js';

const KB = 1024;
const SMALL = 256 * KB;
const LARGE = 1024 * KB;
const MAX_RATIO = 8;
const ROUNDS = Math.max(3, Number(process.argv[2] ?? 3));

/** One call's time in ms; a thrown error is an outcome like any other here. */
function timeOnce(call: (text: string) => unknown, text: string): number {
  const start = performance.now();
  try {
    call(text);
  } catch {
    // The unit test checks what is thrown; here only the time counts.
  }
  return performance.now() - start;
}

const keys = Object.entries(LONG_INPUT_CALLS).flatMap(([call, run]) =>
  Object.entries(HOSTILE_UNITS).map(([unit, text]) => ({ key: `${call} / ${unit}`, run, unit: text })),
);
const ratios = new Map<string, number[]>();
const largeMs = new Map<string, number[]>();
console.log(`long inputs: ${keys.length} cases, ${ROUNDS} rounds, Node ${process.version}, load ${os.loadavg().map((load) => load.toFixed(1)).join(' / ')}`);
for (let round = 0; round < ROUNDS; round += 1) {
  // Rotate the order so that a load spike does not always hit the same cases.
  const order = keys.map((_, index) => keys[(index + round * 7) % keys.length] as (typeof keys)[number]);
  for (const { key, run, unit } of order) {
    const small = timeOnce(run, repeatTo(unit, SMALL));
    const large = timeOnce(run, repeatTo(unit, LARGE));
    ratios.set(key, [...(ratios.get(key) ?? []), large / Math.max(small, 0.05)]);
    largeMs.set(key, [...(largeMs.get(key) ?? []), large]);
  }
}

let failed = false;
console.log('case | 1 MB ms (median) | 1 MB / 256 KB (median)');
for (const { key } of keys) {
  const ratio = median(ratios.get(key) ?? []);
  const ms = median(largeMs.get(key) ?? []);
  // Below a few milliseconds the ratio is timer noise, not growth.
  const superLinear = ratio > MAX_RATIO && ms > 5;
  if (superLinear) failed = true;
  console.log(`${key} | ${ms.toFixed(1)} | ${ratio.toFixed(1)}${superLinear ? '  <- grows faster than linear' : ''}`);
}
console.log(`load after: ${os.loadavg().map((load) => load.toFixed(1)).join(' / ')}`);
process.exitCode = failed ? 1 : 0;
