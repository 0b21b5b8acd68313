// Runs a guide's program exactly as a reader pastes it: its text saved as a `.ts` file in the
// reader's project (guide-project.ts) and run in a child process with tsx's loader, which is what
// `npx tsx file.ts` runs (without the command's own relaunching process, a second Node.js start). A preloaded recorder (record-prints.mjs) notes which line printed what; each `// =>`
// claim is then held to what its `console.log(...)` printed.
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { printedAs, readPrintClaims, type PrintClaim } from './print-claims.js';

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const RECORDER = pathToFileURL(join(import.meta.dirname, 'record-prints.mjs')).href;

/** One `console.log` call: the program's 1-based line that made it (if any) and the text. */
interface Print {
  readonly line: number | undefined;
  readonly text: string;
}

/** The program's output. */
export interface PastedRun {
  /** Every line printed by console.log, in order (a print of several lines is one entry). */
  readonly printed: readonly string[];
}

/** Runs `<file>` with tsx in `dir`; resolves with the exit code and both streams, never rejects. */
function runTsx(dir: string, file: string, prints: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    TMPDIR: process.env['TMPDIR'],
    UHC_METRICS_PRINTS: prints,
    UHC_METRICS_PROGRAM: file,
  };
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', TSX_LOADER, '--import', RECORDER, file],
      { cwd: dir, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        done({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs `code` as the file `guide.ts` of the project folder `dir` and checks every claim:
 * the program exits with 0, prints only through console.log, and each claimed statement prints,
 * every time, what its claim says. `where(line)` names a 0-based program line in messages.
 *
 * @throws BlockError (print-claims.ts) when the program's claims are written against the rules
 * @throws Error (an assertion) on a failed run, a claim never printed or a false claim
 */
export async function runPasted(code: string, dir: string, where: (line: number) => string): Promise<PastedRun> {
  const claims = readPrintClaims(code);
  const file = join(realpathSync(dir), 'guide.ts');
  const prints = join(realpathSync(dir), '.prints.jsonl');
  writeFileSync(file, code.endsWith('\n') ? code : `${code}\n`);
  writeFileSync(prints, '');
  const run = await runTsx(dir, file, prints);
  if (run.code !== 0) {
    throw new Error(`the program failed (exit code ${String(run.code)}) as pasted:\n${run.stderr.trim()}\n${run.stdout.trim()}`);
  }
  const recorded: Print[] = readFileSync(prints, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Print);
  const expectedOutput = recorded.map((print) => `${print.text}\n`).join('');
  expect(run.stdout, 'the program printed otherwise than through console.log').toBe(expectedOutput);

  const label = (claim: PrintClaim): string => `${where(claim.firstLine)}: console.log(...) claimed on ${where(claim.line)}`;
  for (const claim of claims) {
    const own = recorded.filter((print) => print.line !== undefined && print.line - 1 >= claim.firstLine && print.line - 1 <= claim.lastLine);
    if (own.length === 0) {
      throw new Error(`${label(claim)} printed nothing (never reached?): ${claim.expression}\n  claimed: ${claim.literal}`);
    }
    for (const print of own) {
      const shown = printedAs(claim, print.text);
      if (shown === undefined) {
        throw new Error(
          `${label(claim)} printed text that is no literal (print fewer levels, or pick fields):\n${print.text}\n  claimed: ${claim.literal}`,
        );
      }
      const message = `${label(claim)}\n  claimed: ${claim.literal}\n  printed: ${print.text}\n  read as: ${inspect(shown.value, { depth: 8 })}\n`;
      expect(shown.value, message).toStrictEqual(claim.expected);
    }
  }
  return { printed: recorded.map((print) => print.text) };
}
