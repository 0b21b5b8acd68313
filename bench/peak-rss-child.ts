// Run in a child process: generates workload L, runs one implementation's pipeline end to end
// once, and prints the peak resident set size of the whole process, in bytes, as JSON. With
// `--baseline` it only generates the rows: the part of the peak every implementation shares.
import { implementationNamed } from './implementations.js';
import { generateWorkload } from './workload.js';

const [name = 'typed'] = process.argv.slice(2);
const workload = generateWorkload('L');
let result: unknown;
if (name !== '--baseline') result = implementationNamed(name).pipeline(workload.rows, workload);
// maxRSS is in kibibytes.
const bytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ implementation: name, bytes, kept: result !== undefined })}\n`);
