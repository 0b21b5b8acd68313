// Run in a child process, one per workload and implementation, so that each is timed with only
// its own data on the heap (the input rows and its own table), as in a program that uses it:
// `node --expose-gc --import tsx bench/time-child.ts S typed 7 5` prints one JSON line of
// operation -> median ms.
import { OPERATIONS, type Operation } from './implementation.js';
import { implementationNamed } from './implementations.js';
import { operationTask } from './operations.js';
import { medianMs } from './timing.js';
import { generateWorkload, type WorkloadName } from './workload.js';

const [workloadName = 'S', name = 'typed', runs = '7', warmups = '5'] = process.argv.slice(2);
const workload = generateWorkload(workloadName as WorkloadName);
const implementation = implementationNamed(name);
const table = implementation.ingest(workload.rows);
const medians: Partial<Record<Operation, number>> = {};
for (const operation of OPERATIONS) {
  medians[operation] = medianMs(operationTask(implementation, operation, workload, table), { runs: Number(runs), warmups: Number(warmups) });
}
process.stdout.write(`${JSON.stringify(medians)}\n`);
