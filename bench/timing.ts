// Median wall time of repeated runs after warm-up. A full collection (when the process was
// started with --expose-gc) runs once before the warm-up, so that one operation's series does not
// inherit the previous one's garbage; never between timed runs, because a forced collection also
// discards optimised code and every run would then pay for re-optimisation.

/**
 * How many runs to time and how many to discard first: at least these many, and more for fast
 * operations, until the timed runs fill {@link MIN_TIMED_MS} (and the warm-up half of it), at most
 * {@link MAX_RUNS} each: a median of a handful of 4 ms runs is noise.
 */
export interface TimingPlan {
  readonly warmups: number;
  readonly runs: number;
}

/** The least total time of the timed runs of one operation, when {@link MAX_RUNS} allows. */
const MIN_TIMED_MS = 1_000;
const MAX_RUNS = 101;

const collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** The median time in milliseconds of the timed runs of `task` after the untimed ones (see {@link TimingPlan}). */
export function medianMs(task: () => unknown, plan: TimingPlan): number {
  collect?.();
  const warmupStart = performance.now();
  for (let run = 0; run < MAX_RUNS && (run < plan.warmups || performance.now() - warmupStart < MIN_TIMED_MS / 2); run += 1) {
    task();
  }
  const times: number[] = [];
  let total = 0;
  while (times.length < MAX_RUNS && (times.length < plan.runs || total < MIN_TIMED_MS)) {
    const start = performance.now();
    task();
    const elapsed = performance.now() - start;
    times.push(elapsed);
    total += elapsed;
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] as number) : ((times[middle - 1] as number) + (times[middle] as number)) / 2;
}
