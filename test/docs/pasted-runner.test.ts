// The runner of guides as pasted (run-pasted.ts, guide-project.ts): it must fail on every way a
// pasted guide can mislead its reader, or the passing guide tests would prove nothing. The
// snippets run against a small stand-in `uhc-metrics` package, so these tests do not depend on
// the library.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BlockError } from './compile-block.js';
import { createProject, guideSetup } from './guide-project.js';
import { runPasted } from './run-pasted.js';

// Each run starts a Node.js process with tsx: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

let packageDir = '';
const projects: (() => void)[] = [];

beforeAll(() => {
  packageDir = mkdtempSync(join(tmpdir(), 'uhc-metrics-standin-'));
  mkdirSync(join(packageDir, 'dist'));
  writeFileSync(
    join(packageDir, 'package.json'),
    JSON.stringify({ name: 'uhc-metrics', type: 'module', exports: { '.': './dist/index.js', './seeds': './dist/seeds.js' } }),
  );
  writeFileSync(join(packageDir, 'dist', 'index.js'), 'export const half = (n) => n / 2;\nexport const fail = () => { throw new Error("boom"); };\n');
  writeFileSync(join(packageDir, 'dist', 'seeds.js'), 'export const SEEDS = ["a", "b"];\n');
});

afterAll(() => {
  for (const remove of projects) remove();
  rmSync(packageDir, { recursive: true, force: true });
});

const GUIDE = [
  'Set up a project with `"type": "module"`, then run `npx tsx example.ts`:',
  '```sh',
  'npm i uhc-metrics',
  'npm i -D tsx',
  '```',
  'The data: [the file](data/lampung-juli-2024.csv).',
].join('\n');

/** Runs a snippet in a fresh project set up as GUIDE says. */
function run(code: string): ReturnType<typeof runPasted> {
  const project = createProject(guideSetup('docs/guide.md', GUIDE), packageDir);
  projects.push(project.remove);
  return runPasted(code, project.dir, (line) => `guide.md:${line + 1}`);
}

describe('guides run as pasted', () => {
  it('pass a program that prints what it claims, strings as printed text, values as printed literals', async () => {
    const code = [
      `import { half } from 'uhc-metrics';`,
      `import { SEEDS } from 'uhc-metrics/seeds';`,
      `const n: number = 5;`,
      `console.log(half(n));`,
      `// => 2.5`,
      `console.log(SEEDS.map((seed) => seed.toUpperCase()).join(', '));`,
      `// => 'A, B'`,
      `console.log({ seeds: SEEDS, none: undefined });`,
      `// => { seeds: ['a', 'b'], none: undefined }`,
      `console.log('not claimed');`,
    ].join('\n');
    await expect(run(code)).resolves.toEqual({ printed: ['2.5', 'A, B', "{ seeds: [ 'a', 'b' ], none: undefined }", 'not claimed'] });
  });

  it('fail on a claim that does not match what is printed, naming its line', async () => {
    await expect(run(`import { half } from 'uhc-metrics';\nconsole.log(half(3));\n// => 1.6`)).rejects.toThrow(
      /guide\.md:2: console\.log\(\.\.\.\) claimed on guide\.md:3[\s\S]*claimed: 1\.6[\s\S]*printed: 1\.5/,
    );
  });

  it('compare a string claim with the printed text exactly: quotes are not printed', async () => {
    await expect(run(`console.log('98,46%');\n// => '98,46%'`)).resolves.toEqual({ printed: ['98,46%'] });
    await expect(run(`console.log(['98,46%']);\n// => '98,46%'`)).rejects.toThrow(/printed: \[ '98,46%' \]/);
    await expect(run(`console.log('2.5');\n// => 2.5`)).resolves.toBeDefined();
  });

  it('fail when a value prints nested too deep to show what the claim says', async () => {
    await expect(run(`console.log({ a: { b: { c: { d: 1 } } } });\n// => { a: { b: { c: { d: 1 } } } }`)).rejects.toThrow(
      /no literal[\s\S]*\[Object\]/,
    );
  });

  it('fail on a program that throws, with its error', async () => {
    await expect(run(`import { fail } from 'uhc-metrics';\nfail();\nconsole.log(1);\n// => 1`)).rejects.toThrow(/failed[\s\S]*boom/);
  });

  it('fail on a program that prints nothing while it claims', async () => {
    await expect(run(`const x = 1;\nif (x > 1) {\n  console.log(x);\n  // => 2\n}`)).rejects.toThrow(/guide\.md:3: .*printed nothing/);
  });

  it('fail on an import the package does not export', async () => {
    await expect(run(`import { half, quarter } from 'uhc-metrics';\nconsole.log(half(quarter));\n// => 0.5`)).rejects.toThrow(
      /does not provide an export named 'quarter'/,
    );
  });

  it('fail on an import of a package the guide does not install', async () => {
    await expect(run(`import { parse } from 'csv-parse/sync';\nconsole.log(typeof parse);\n// => 'function'`)).rejects.toThrow(
      /Cannot find package 'csv-parse'/,
    );
  });

  it('check every print of a claimed statement, in loops too', async () => {
    await expect(run(`for (const n of [2, 4]) {\n  console.log(n % 2);\n  // => 0\n}`)).resolves.toEqual({ printed: ['0', '0'] });
    await expect(run(`for (const n of [2, 3]) {\n  console.log(n % 2);\n  // => 0\n}`)).rejects.toThrow(/printed: 1/);
  });

  it('fail on output printed otherwise than through console.log', async () => {
    await expect(run(`process.stdout.write('x\\n');\nconsole.log(1);\n// => 1`)).rejects.toThrow(/otherwise than through console\.log/);
  });

  it('saves the files the guide links to next to the script', async () => {
    const code = `import { readFileSync } from 'node:fs';\nconsole.log(readFileSync('lampung-juli-2024.csv', 'utf8').includes('KOTA METRO'));\n// => true`;
    await expect(run(code)).resolves.toBeDefined();
  });

  it('reject claims that follow no console.log, and throws claims', async () => {
    await expect(run(`const x = 1;\nx + 1;\n// => 2`)).rejects.toThrow(BlockError);
    await expect(run(`const x = 1;\nx + 1;\n// => 2`)).rejects.toThrow(/console\.log\(\.\.\.\) right above it prints/);
    await expect(run(`JSON.parse('{');\n// throws INVALID_INPUT`)).rejects.toThrow(/catch the error and print its code/);
    await expect(run(`console.log(1);\n// => [x]`)).rejects.toThrow(/must be a literal/);
  });
});

describe('guide setup', () => {
  it('reads the packages, the run command, "type": "module" and the linked files', () => {
    expect(guideSetup('docs/guide.md', GUIDE)).toEqual({
      packages: ['uhc-metrics', 'tsx'],
      tsx: true,
      typeModule: true,
      runCommand: true,
      files: ['docs/data/lampung-juli-2024.csv'],
    });
    const bare = guideSetup('docs/guide.md', '```sh\nnpm install uhc-metrics@1 csv-parse tsx\n```\n[a](concepts.md) [b](https://x.org/y.csv) [c](data/none.csv)');
    expect(bare).toEqual({ packages: ['uhc-metrics', 'csv-parse', 'tsx'], tsx: false, typeModule: false, runCommand: false, files: [] });
  });

  it('refuses a package the repository does not have', () => {
    expect(() => createProject(guideSetup('docs/g.md', '```sh\nnpm i no-such-package-here\n```'), packageDir)).toThrow(/no-such-package-here/);
  });
});
