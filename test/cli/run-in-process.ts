import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

/** What a run of the command printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A stream that keeps what is written to it. */
class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the command in this process, with standard input from `stdin` chunks. */
export async function runInProcess(
  argv: readonly string[],
  options: { readonly stdin?: readonly string[]; readonly tty?: boolean; readonly now?: () => number } = {},
): Promise<RunResult> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, {
    stdin: Readable.from((options.stdin ?? []).map((chunk) => Buffer.from(chunk))),
    stdout,
    stderr,
    isTTY: { stdout: options.tty ?? false, stderr: options.tty ?? false },
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
