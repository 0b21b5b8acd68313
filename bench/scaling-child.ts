// Run in a child process, one per workload: times uhc-metrics and typed interleaved (rotating
// order, round 0 a warm-up) on one workload and prints JSON: rows, the median ms of every
// operation per implementation, and the load average.
// `node --max-old-space-size=8192 --import tsx bench/scaling-child.ts 10L-shuffled 3`
import os from 'node:os';
import { OPERATIONS, type Operation } from './implementation.js';
import { implementationNamed } from './implementations.js';
import { operationTask } from './operations.js';
import { median, sampleMs } from './timing.js';
import { generateWorkload, type WorkloadName } from './workload.js';

const [workloadName = 'L/10-shuffled', roundsText = '3'] = process.argv.slice(2);
const rounds = Number(roundsText);
const workload = generateWorkload(workloadName as WorkloadName);
const implementations = [implementationNamed('uhc-metrics'), implementationNamed('typed')];
const tables = implementations.map((implementation) => implementation.ingest(workload.rows));
const loadBefore = os.loadavg()[0];
const samples: Record<string, Partial<Record<Operation, number[]>>> = { 'uhc-metrics': {}, typed: {} };
for (let round = 0; round <= rounds; round += 1) {
  for (const operation of OPERATIONS) {
    for (let turn = 0; turn < implementations.length; turn += 1) {
      const index = (turn + round) % implementations.length;
      const implementation = implementations[index]!;
      const ms = sampleMs(operationTask(implementation, operation, workload, tables[index]));
      if (round > 0) (samples[implementation.name]![operation] ??= []).push(ms);
    }
  }
}
const medians = Object.fromEntries(
  Object.entries(samples).map(([name, byOperation]) => [name, Object.fromEntries(OPERATIONS.map((operation) => [operation, median(byOperation[operation] ?? [])]))]),
);
process.stdout.write(`${JSON.stringify({ workload: workloadName, rows: workload.rows.length, rounds, load: [loadBefore, os.loadavg()[0]], medians })}\n`);
