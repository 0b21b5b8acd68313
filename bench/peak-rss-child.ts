// Run in a child process: generates a workload, runs one implementation's pipeline end to end
// once, and prints the peak resident set size of the whole process, in bytes, as JSON. With
// `--baseline` it only generates the rows: the part of the peak every implementation shares.
// `node --import tsx bench/peak-rss-child.ts L-shuffled uhc-metrics`
import { implementationNamed } from './implementations.js';
import { generateWorkload, type WorkloadName } from './workload.js';

const [workloadName = 'L', name = 'typed'] = process.argv.slice(2);
const workload = generateWorkload(workloadName as WorkloadName);
let result: unknown;
if (name !== '--baseline') result = implementationNamed(name).pipeline(workload.rows, workload);
// maxRSS is in kibibytes.
const bytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ implementation: name, bytes, kept: result !== undefined })}\n`);
