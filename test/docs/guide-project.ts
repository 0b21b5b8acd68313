// The reader's project for a guide: a fresh folder with `"type": "module"`, the packages the
// guide's setup installs (`npm i ...` lines of its ```sh blocks) and the files it links to, each
// saved next to the script as the guide tells the reader to. `uhc-metrics` is the built package:
// the library's ESM entries built by tsup into a temporary folder beside the repository's
// package.json, whose "exports" map resolves them as npm would (or, with UHC_METRICS_PACKAGE set,
// an already built package folder such as the repository after `npm run build`). Every other
// package is the repository's own copy in node_modules; the folder sits outside the repository,
// so a program cannot reach anything the guide does not install.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'tsup';
import { ROOT } from './doc-blocks.js';
import { LIBRARY_ENTRY } from '../../tsup.config.js';

/** What a guide tells the reader to set up. */
export interface GuideSetup {
  /** Packages of the guide's `npm i` / `npm install` lines, dev or not, in order. */
  readonly packages: readonly string[];
  /** Whether `npm i -D tsx` (or `--save-dev`) is among them, the way the guide's code is run. */
  readonly tsx: boolean;
  /** Whether the guide says to set `"type": "module"` and to run `npx tsx <file>.ts`. */
  readonly typeModule: boolean;
  readonly runCommand: boolean;
  /** Repository paths of the files the guide links to (not guides): the reader downloads them. */
  readonly files: readonly string[];
}

const SH_FENCE = /^\s*```(sh|bash|shell)\s*$/;
const NPM_INSTALL = /^\s*npm (?:i|install)\b(.*)$/;

/** A package name without a version (`csv-parse@7` -> `csv-parse`, `@scope/x@1` -> `@scope/x`). */
function packageName(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}

/** The setup a guide's text asks for; `file` is the guide's repository path. */
export function guideSetup(file: string, text: string): GuideSetup {
  const packages: string[] = [];
  let tsx = false;
  let inShell = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) {
      inShell = !inShell && SH_FENCE.test(line);
      continue;
    }
    const install = inShell ? NPM_INSTALL.exec(line) : null;
    if (install === null) continue;
    const words = (install[1] as string).replace(/#.*$/, '').trim().split(/\s+/).filter((word) => word !== '');
    const dev = words.includes('-D') || words.includes('--save-dev');
    for (const word of words.filter((candidate) => !candidate.startsWith('-'))) {
      const name = packageName(word);
      packages.push(name);
      if (name === 'tsx' && dev) tsx = true;
    }
  }
  const files = [...text.matchAll(/\]\(([^)#\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((href) => !/^[a-z]+:/i.test(href) && !href.endsWith('.md'))
    .map((href) => join(dirname(file), href))
    .filter((path) => existsSync(join(ROOT, path)));
  return {
    packages,
    tsx,
    typeModule: text.includes('"type": "module"'),
    runCommand: /npx tsx \S+\.ts/.test(text),
    files: [...new Set(files)],
  };
}

/**
 * The package under test, built once per call: a folder holding the repository's package.json
 * and the ESM build of its entries. Returns the folder and how to remove it.
 */
export async function builtPackage(): Promise<{ readonly dir: string; readonly remove: () => void }> {
  const given = process.env['UHC_METRICS_PACKAGE'];
  if (given !== undefined && given !== '') return { dir: resolve(ROOT, given), remove: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'uhc-metrics-package-'));
  await build({
    entry: LIBRARY_ENTRY,
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'es2022',
    splitting: true,
    outDir: join(dir, 'dist'),
    silent: true,
    config: false,
  });
  writeFileSync(join(dir, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh project for a guide: `package.json` with `"type": "module"`, `node_modules` holding
 * `uhc-metrics` (the folder `packageDir`) and the other packages the setup installs, and the
 * linked files next to where the script will be. `tsx` is not installed into it: the runner
 * brings its own, the repository's.
 *
 * @throws Error when the setup installs a package the repository does not have
 */
export function createProject(setup: GuideSetup, packageDir: string): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'uhc-metrics-guide-'));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'reader', private: true, type: 'module' }, null, 2)}\n`);
    for (const name of new Set(setup.packages)) {
      if (name === 'tsx') continue;
      const target = name === 'uhc-metrics' ? packageDir : join(ROOT, 'node_modules', name);
      if (!existsSync(target)) throw new Error(`the guide installs ${name}, which is not in the repository's node_modules`);
      const link = join(dir, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(target, link, 'dir');
    }
    for (const file of setup.files) cpSync(join(ROOT, file), join(dir, basename(file)));
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}
