// Preloaded (`tsx --import`) into a guide's program by run-pasted.ts: every console.log call is
// printed as usual and also recorded, one JSON line per call in the file UHC_METRICS_PRINTS,
// with the text it printed and the line of the program (UHC_METRICS_PROGRAM) that called it, so
// that the runner can hold each print to the claim below its statement. The program's own text
// is not touched.
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const records = process.env['UHC_METRICS_PRINTS'];
const program = process.env['UHC_METRICS_PROGRAM'];
if (records === undefined || program === undefined) throw new Error('UHC_METRICS_PRINTS and UHC_METRICS_PROGRAM must be set');

/** The program's line (1-based) in a stack trace, innermost first; `undefined` when none. */
function programLine(stack) {
  for (const frame of stack.split('\n').slice(1)) {
    const match = /\(?((?:file:\/\/)?\/[^()]*?):(\d+):\d+\)?\s*$/.exec(frame);
    if (match === null) continue;
    const file = match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1];
    if (file === program) return Number(match[2]);
  }
  return undefined;
}

const log = console.log;
console.log = function recordedLog(...args) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const holder = {};
  Error.captureStackTrace(holder, recordedLog);
  Error.stackTraceLimit = limit;
  // Not colored: the program's stdout is a pipe, so console.log formats exactly as util.format.
  appendFileSync(records, `${JSON.stringify({ line: programLine(holder.stack), text: format(...args) })}\n`);
  log.apply(console, args);
};
