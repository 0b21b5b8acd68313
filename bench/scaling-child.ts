// Run in a child process, one per workload: times uhc-metrics and typed interleaved (rotating
// order, round 0 a warm-up) on one workload and prints JSON: rows, the median ms of every
// operation per implementation with the per-round times, and the load average.
// `node --max-old-space-size=8192 --import tsx bench/scaling-child.ts 10L-shuffled 3 [--operations a,b] [--base dir]`
// `--operations` times only those operations (ingest still runs once, to build the tables).
// `--base dir` adds `uhc-metrics@base`: the library of another checkout (its bench/impl-uhc.ts
// and src), timed in the same rounds, its results first compared with this one's (Object.is).
// `--drop-rows` lets the input rows go once the tables are built, and times only the operations
// on tables: what a caller who built the table from columns (Arrow, DuckDB) and holds no row
// objects sees. The collector then has no 10 M live objects to mark inside the timed calls.
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { firstDifference } from './canonical.js';
import { OPERATIONS, type Implementation, type Operation } from './implementation.js';
import { implementationNamed } from './implementations.js';
import { canonicalResult, operationTask } from './operations.js';
import { median, sampleMs } from './timing.js';
import { generateWorkload, type WorkloadName } from './workload.js';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const [workloadName = 'L/10-shuffled', roundsText = '3'] = argv;
const rounds = Number(roundsText);
const dropRows = argv.includes('--drop-rows');
const ROW_OPERATIONS: readonly Operation[] = ['ingest', 'pipeline'];
const operations = (flag('--operations')?.split(',') ?? OPERATIONS.filter((operation) => !dropRows || !ROW_OPERATIONS.includes(operation))) as Operation[];
if (dropRows && operations.some((operation) => ROW_OPERATIONS.includes(operation))) throw new Error('--drop-rows times operations on tables only, not ingest or pipeline');
for (const operation of operations) if (!OPERATIONS.includes(operation)) throw new Error(`unknown operation ${operation}`);
const base = flag('--base');
let workload = generateWorkload(workloadName as WorkloadName);
const implementations: { readonly label: string; readonly implementation: Implementation }[] = [
  { label: 'uhc-metrics', implementation: implementationNamed('uhc-metrics') },
  { label: 'typed', implementation: implementationNamed('typed') },
];
if (base !== undefined) {
  const module = (await import(pathToFileURL(`${base}/bench/impl-uhc.ts`).href)) as { uhcMetrics: Implementation };
  implementations.push({ label: 'uhc-metrics@base', implementation: module.uhcMetrics });
}
const tables = implementations.map(({ implementation }) => implementation.ingest(workload.rows));
if (base !== undefined) {
  for (const operation of operations) {
    const [mine, theirs] = [0, 2].map((index) => {
      const { implementation } = implementations[index]!;
      return canonicalResult(implementation, operation, operationTask(implementation, operation, workload, tables[index])(), tables[index]);
    });
    const difference = firstDifference(theirs, mine);
    if (difference !== undefined) throw new Error(`${operation}: uhc-metrics differs from uhc-metrics@base at ${difference}`);
  }
}
const rowCount = workload.rows.length;
// The rows released: the last reference is the workload's (the warm-up round pays the collection).
if (dropRows) workload = { ...workload, rows: [] };
const loadBefore = os.loadavg()[0];
const samples: Record<string, Partial<Record<Operation, number[]>>> = Object.fromEntries(implementations.map(({ label }) => [label, {}]));
for (let round = 0; round <= rounds; round += 1) {
  for (const operation of operations) {
    for (let turn = 0; turn < implementations.length; turn += 1) {
      const index = (turn + round) % implementations.length;
      const { label, implementation } = implementations[index]!;
      const ms = sampleMs(operationTask(implementation, operation, workload, tables[index]));
      if (round > 0) (samples[label]![operation] ??= []).push(ms);
    }
  }
}
const medians = Object.fromEntries(
  Object.entries(samples).map(([name, byOperation]) => [name, Object.fromEntries(operations.map((operation) => [operation, median(byOperation[operation] ?? [])]))]),
);
process.stdout.write(`${JSON.stringify({ workload: workloadName, rows: rowCount, rounds, load: [loadBefore, os.loadavg()[0]], medians, samples })}\n`);
