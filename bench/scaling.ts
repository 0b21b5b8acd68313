// Linear at 10 M rows? `npx tsx bench/scaling.ts [--rounds N] [--no-rss] [--out file]` times
// uhc-metrics and typed on L/10-shuffled (100 800 rows), L-shuffled (1 008 000) and 10L-shuffled
// (10 080 000: 84 000 villages x 120 months), each workload in a fresh process, and prints the
// time per row of every operation and its growth from L to 10x L (the goal: at most 1.3x). With
// RSS (the default), a fresh process per workload and implementation runs the pipeline once
// and reports its peak RSS.
import { writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { OPERATIONS } from './implementation.js';

interface ScalingResult {
  readonly workload: string;
  readonly rows: number;
  readonly rounds: number;
  readonly load: readonly number[];
  readonly medians: Readonly<Record<string, Readonly<Record<string, number>>>>;
  peakRssMiB?: Record<string, number>;
}

const WORKLOADS = ['L/10-shuffled', 'L-shuffled', '10L-shuffled'] as const;
const IMPLEMENTATIONS = ['uhc-metrics', 'typed'] as const;

function child(script: string, args: readonly string[]): unknown {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const result = spawnSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
}

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const rounds = flag('--rounds') ?? '3';
const results: ScalingResult[] = [];
for (const workload of WORKLOADS) {
  const result = child('./scaling-child.ts', [workload, rounds]) as ScalingResult;
  if (!argv.includes('--no-rss')) {
    result.peakRssMiB = {};
    for (const name of ['--baseline', ...IMPLEMENTATIONS]) {
      result.peakRssMiB[name] = Math.round((child('./peak-rss-child.ts', [workload, name]) as { bytes: number }).bytes / 2 ** 20);
    }
  }
  results.push(result);
  process.stdout.write(`${workload}: ${result.rows} rows, load ${result.load.map((load) => load.toFixed(2)).join(' -> ')}${result.peakRssMiB ? `, peak RSS MiB ${JSON.stringify(result.peakRssMiB)}` : ''}\n`);
}
const header = ['operation'.padEnd(10)];
for (const name of IMPLEMENTATIONS) for (const result of results) header.push(`${name} ${result.workload}`.padStart(28));
for (const name of IMPLEMENTATIONS) header.push(`${name} 10x/1x`.padStart(20));
process.stdout.write(`\nns per row, median of ${rounds} interleaved rounds\n${header.join(' ')}\n`);
for (const operation of OPERATIONS) {
  const cells = [operation.padEnd(10)];
  const perRow = (name: string, result: ScalingResult): number => ((result.medians[name]?.[operation] ?? Number.NaN) * 1e6) / result.rows;
  for (const name of IMPLEMENTATIONS) for (const result of results) cells.push(perRow(name, result).toFixed(1).padStart(28));
  for (const name of IMPLEMENTATIONS) cells.push(`${(perRow(name, results[2]!) / perRow(name, results[1]!)).toFixed(2)}x`.padStart(20));
  process.stdout.write(`${cells.join(' ')}\n`);
}
const out = flag('--out');
if (out !== undefined) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
