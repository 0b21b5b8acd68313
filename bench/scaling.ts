// Linear at 10 M rows? `npx tsx bench/scaling.ts [--rounds N] [--malloc default|heap|both]
// [--operations a,b] [--base dir] [--drop-rows] [--no-rss] [--out file]` times uhc-metrics and typed on L/10-shuffled (100 800 rows),
// L-shuffled (1 008 000) and 10L-shuffled (10 080 000: 84 000 villages x 120 months), each
// workload in a fresh process, and prints the time per row of every operation and its growth
// from L to 10x L (the goal: at most 1.3x). With RSS (the default), a fresh process per workload
// and implementation runs the pipeline once and reports its peak RSS.
//
// `--malloc` (default `both`) runs every child with glibc's default malloc and/or with
// MALLOC_ENVIRONMENT (malloc-environment.ts): where the machine charges tens of microseconds for the
// first touch of a page (`npm run bench:first-touch`), the default malloc gives every array above
// its mmap threshold fresh pages on every call, and the growth from L to 10x L is mostly the
// machine's page faults; with the heap kept, what remains is the library's own scaling.
// `--operations` times only those (ingest and pipeline take most of a 10x L run); `--base dir`
// also times another checkout's library (`uhc-metrics@base`, e.g. main) in the same rounds,
// after checking its results equal this one's, and prints this / base per round. `--drop-rows`
// releases the input rows once the tables are built and times the operations on tables only
// (as a caller holding columns from Arrow or DuckDB, not 10 M row objects, would run them).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MALLOC_ENVIRONMENT } from './malloc-environment.js';
import { OPERATIONS } from './implementation.js';
import { median, spread } from './timing.js';

interface ScalingResult {
  readonly workload: string;
  readonly rows: number;
  readonly rounds: number;
  /** The 1-minute load average when timing started and when it ended (in the child). */
  readonly load: readonly number[];
  readonly medians: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Per implementation and operation: the ms of each timed round. */
  readonly samples: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  malloc?: Malloc;
  /** The 1 / 5 / 15-minute load averages before the workload's children and after them. */
  loadAround?: readonly (readonly number[])[];
  peakRssMiB?: Record<string, number>;
}

type Malloc = 'default' | 'heap';
const WORKLOADS = ['L/10-shuffled', 'L-shuffled', '10L-shuffled'] as const;
const PEAK_RSS_IMPLEMENTATIONS = ['uhc-metrics', 'typed'] as const;

function child(script: string, args: readonly string[], malloc: Malloc): unknown {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const env = malloc === 'heap' ? { ...process.env, ...MALLOC_ENVIRONMENT } : process.env;
  const result = spawnSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, env });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
}

const loads = (): number[] => os.loadavg().map((load) => Math.round(load * 100) / 100);
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const rounds = flag('--rounds') ?? '3';
const dropRows = argv.includes('--drop-rows');
const operations = flag('--operations')?.split(',') ?? OPERATIONS.filter((operation) => !dropRows || (operation !== 'ingest' && operation !== 'pipeline'));
const base = flag('--base');
const childArgs = [
  ...(flag('--operations') === undefined ? [] : ['--operations', operations.join(',')]),
  ...(base === undefined ? [] : ['--base', base]),
  ...(dropRows ? ['--drop-rows'] : []),
];
const IMPLEMENTATIONS = base === undefined ? ['uhc-metrics', 'typed'] : ['uhc-metrics', 'typed', 'uhc-metrics@base'];
const mallocFlag = flag('--malloc') ?? 'both';
if (!['default', 'heap', 'both'].includes(mallocFlag)) throw new Error(`--malloc must be default, heap or both, not ${mallocFlag}`);
const mallocs: readonly Malloc[] = mallocFlag === 'both' ? ['default', 'heap'] : [mallocFlag as Malloc];
const results: ScalingResult[] = [];
for (const malloc of mallocs) {
  for (const workload of WORKLOADS) {
    const before = loads();
    const result = child('./scaling-child.ts', [workload, rounds, ...childArgs], malloc) as ScalingResult;
    result.malloc = malloc;
    if (!argv.includes('--no-rss')) {
      result.peakRssMiB = {};
      for (const name of ['--baseline', ...PEAK_RSS_IMPLEMENTATIONS]) {
        result.peakRssMiB[name] = Math.round((child('./peak-rss-child.ts', [workload, name], malloc) as { bytes: number }).bytes / 2 ** 20);
      }
    }
    result.loadAround = [before, loads()];
    results.push(result);
    process.stdout.write(
      `${malloc} malloc, ${workload}: ${result.rows} rows, load ${result.loadAround.map((load) => load.join('/')).join(' -> ')}${result.peakRssMiB ? `, peak RSS MiB ${JSON.stringify(result.peakRssMiB)}` : ''}\n`,
    );
  }
}
for (const malloc of mallocs) {
  const ofMalloc = results.filter((result) => result.malloc === malloc);
  const header = ['operation'.padEnd(10)];
  for (const name of IMPLEMENTATIONS) for (const result of ofMalloc) header.push(`${name} ${result.workload}`.padStart(28));
  for (const name of IMPLEMENTATIONS) header.push(`${name} 10x/1x`.padStart(20));
  process.stdout.write(`\n${malloc} malloc${malloc === 'heap' ? ` (${Object.entries(MALLOC_ENVIRONMENT).map(([name, value]) => `${name}=${value}`).join(' ')})` : ''}: ns per row, median of ${rounds} interleaved rounds\n${header.join(' ')}\n`);
  for (const operation of operations) {
    const cells = [operation.padEnd(10)];
    const perRow = (name: string, result: ScalingResult): number => ((result.medians[name]?.[operation] ?? Number.NaN) * 1e6) / result.rows;
    for (const name of IMPLEMENTATIONS) for (const result of ofMalloc) cells.push(perRow(name, result).toFixed(1).padStart(28));
    for (const name of IMPLEMENTATIONS) cells.push(`${(perRow(name, ofMalloc[2]!) / perRow(name, ofMalloc[1]!)).toFixed(2)}x`.padStart(20));
    process.stdout.write(`${cells.join(' ')}\n`);
  }
  if (base !== undefined) {
    process.stdout.write(`\n${malloc} malloc: uhc-metrics / uhc-metrics@base, median of the per-round ratios [min-max]\n`);
    for (const operation of operations) {
      const cells = [operation.padEnd(10)];
      for (const result of ofMalloc) {
        const mine = result.samples['uhc-metrics']?.[operation] ?? [];
        const ratios = mine.map((ms, round) => ms / (result.samples['uhc-metrics@base']?.[operation]?.[round] ?? Number.NaN));
        const [low, high] = spread(ratios);
        cells.push(`${result.workload} ${median(ratios).toFixed(2)}x [${low.toFixed(2)}-${high.toFixed(2)}]`.padStart(36));
      }
      process.stdout.write(`${cells.join(' ')}\n`);
    }
  }
}
const out = flag('--out');
if (out !== undefined) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
