// The `uhc-metrics` command (the package's bin): the process around `runCli`.
import { runCli } from './cli/run-cli.js';

// Output piped into a program that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a user's mistake (those are handled in runCli): a bug, reported with its trace.
    process.stderr.write(`uhc-metrics: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
