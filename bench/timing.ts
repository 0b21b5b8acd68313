// One timing sample, and the statistics of several. A sample of a fast operation repeats it until
// the repeats fill MIN_SAMPLE_MS and reports the mean per call: a single 3 ms run is mostly timer
// and scheduler noise. No forced collection between samples: it also discards optimised code.

/** The least wall time one sample covers. */
const MIN_SAMPLE_MS = 40;

/** Milliseconds per call of `task`, over one or more back-to-back calls filling {@link MIN_SAMPLE_MS}. */
export function sampleMs(task: () => unknown): number {
  const start = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    task();
    calls += 1;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_SAMPLE_MS);
  return elapsed / calls;
}

/** The median of a non-empty list (NaN for an empty one). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The least and greatest of a list. */
export function spread(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}
