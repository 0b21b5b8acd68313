// Issue 18, item 4: the per-snapshot path (createSnapshot + coverageRatio + checkTarget) against
// a validated plain loop that checks the same things and decides the same target exactly.
// Usage: npx tsx bench/per-snapshot.ts [--rows N] [--rounds N] [--target RPJMN_2020_2024|UHC_2015_2019] [--out file]
//          [--source | --dist DIR]
// By default it times the BUILT package, imported by its own name (`uhc-metrics`, dist/index.js)
// in a plain `node` process: it builds dist/ first when a file under src/ is newer, bundles this
// script without the library into .tmp/ and runs that. tsx would put esbuild's `__name` wrapper
// around every closure of the library (it transforms dist/ too), which is not what users run.
// `--source` times src/ through tsx instead; `--dist DIR` times another build (DIR/index.js),
// e.g. one of main, for a before-and-after.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Library from '../src/index.js';
import { median, spread } from './timing.js';
import { random } from './workload.js';

/** What the bench uses of the library, from whichever build it times. */
type Api = Pick<typeof Library, 'createSnapshot' | 'coverageRatio' | 'checkTarget' | 'RPJMN_2020_2024' | 'UHC_2015_2019' | 'PROVINCES' | 'UhcMetricsError'>;
type Target = typeof Library.RPJMN_2020_2024;

/** Set in the plain-node child that times a build. */
const CHILD_FLAG = 'UHC_METRICS_BENCH_BUILT';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  readonly rows: number;
  readonly rounds: number;
  readonly target: 'RPJMN_2020_2024' | 'UHC_2015_2019';
  readonly out: string | undefined;
  readonly source: boolean;
  readonly dist: string | undefined;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const rows = Number(value('--rows') ?? 1_000_000);
  const rounds = Number(value('--rounds') ?? 7);
  const target = value('--target') ?? 'RPJMN_2020_2024';
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error('--rows must be a positive integer');
  // Round 0 is a warm-up: at least 5 timed rounds.
  if (!Number.isSafeInteger(rounds) || rounds < 6) throw new Error('--rounds must be at least 6 (round 0 is a warm-up)');
  if (target !== 'RPJMN_2020_2024' && target !== 'UHC_2015_2019') throw new Error('--target must be RPJMN_2020_2024 or UHC_2015_2019');
  const source = argv.includes('--source');
  const dist = value('--dist');
  if (source && dist !== undefined) throw new Error('--source and --dist exclude each other');
  return { rows, rounds, target, out: value('--out'), source, dist: dist === undefined ? undefined : path.resolve(dist) };
}


const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Rows shaped like a real export: regency and village codes, dotted and undotted; days and some
 * months; populations log-uniform 300-3 000 000; coverage spread over 60%-102% with exact ties at
 * 95% and 98% and a few populations of 0; segment counts on a tenth of the rows. Each row's
 * strings are its own (the rows go through JSON, as a parsed file's would).
 */
function generateRows(count: number, PROVINCES: Api['PROVINCES']): unknown[] {
  const next = random(18_04);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const rows: object[] = [];
  for (let index = 0; index < count; index += 1) {
    const province = pick(PROVINCES).code;
    const regency = next() < 0.8 ? 1 + Math.floor(next() * 69) : 71 + Math.floor(next() * 29);
    const village = next() < 0.7;
    const parts = village
      ? [province, pad(regency, 2), pad(1 + Math.floor(next() * 99), 2), pad(1 + Math.floor(next() * 9_999), 4)]
      : [province, pad(regency, 2)];
    const regionCode = next() < 0.85 ? parts.join('.') : parts.join('');
    const year = 2019 + Math.floor(next() * 7);
    const month = 1 + Math.floor(next() * 12);
    const asOf = next() < 0.15 ? `${year}-${pad(month, 2)}` : `${year}-${pad(month, 2)}-${pad(1 + Math.floor(next() * 28), 2)}`;
    const roll = next();
    const population = roll < 0.0005 ? 0 : Math.round(300 * 10_000 ** next());
    const share = roll < 0.01 ? 0.98 : roll < 0.02 ? 0.95 : 0.6 + next() * 0.42;
    // A tie is exact only where the population allows one; elsewhere ceil lands just above.
    const participants = Math.ceil(population * share);
    const row: Record<string, unknown> = { regionCode, asOf, population, participants };
    if (next() < 0.1) {
      const pbiApbn = Math.floor(participants * 0.5);
      row['segments'] = { pbiApbn, pbpu: Math.floor((participants - pbiApbn) * next()) };
    }
    rows.push(row);
  }
  return JSON.parse(JSON.stringify(rows)) as unknown[];
}

/** What both sides report for a row, compared with Object.is before timing. */
interface Answers {
  readonly codes: string[];
  readonly coverage: Float64Array;
  readonly met: Uint8Array;
  readonly short: Float64Array;
}

const answers = (rows: number): Answers => ({
  codes: new Array<string>(rows),
  coverage: new Float64Array(rows),
  met: new Uint8Array(rows),
  short: new Float64Array(rows),
});

/** The library: one snapshot, its coverage and its check per row. */
function libraryPath(api: Api, rows: readonly unknown[], target: Target, out: Answers): void {
  const { createSnapshot, coverageRatio, checkTarget } = api;
  for (let index = 0; index < rows.length; index += 1) {
    const snapshot = createSnapshot(rows[index] as Library.SnapshotInput);
    const coverage = coverageRatio(snapshot);
    const check = checkTarget(snapshot, target);
    out.codes[index] = snapshot.regionCode;
    out.coverage[index] = coverage === undefined ? -1 : coverage;
    out.met[index] = check.status === 'met' ? 1 : check.status === 'not-met' ? 0 : 2;
    out.short[index] = check.peopleShort === undefined ? -1 : check.peopleShort;
  }
}

// ---- The validated plain loop: what an analyst would write by hand for the same checks. ----

// Province codes as numbers 0-99, looked up in a table (filled from the library's list in main).
const PROVINCE_TABLE = new Uint8Array(100);

/** The number written by the ASCII digits `text[from..to)`, or -1. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The dotted code of a regency or village code (dotted or not), or undefined. */
function plainRegionCode(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const dotted = text.length === 5 || text.length === 13;
  if (!dotted && text.length !== 4 && text.length !== 10) return undefined;
  const step = dotted ? 1 : 0;
  if (dotted && (text.charCodeAt(2) !== 46 || (text.length === 13 && (text.charCodeAt(5) !== 46 || text.charCodeAt(8) !== 46)))) {
    return undefined;
  }
  const province = digits(text, 0, 2);
  const regency = digits(text, 2 + step, 4 + step);
  if (province < 0 || PROVINCE_TABLE[province] !== 1 || regency < 1 || regency === 70) return undefined;
  if (text.length === 5 || text.length === 4) return dotted ? text : `${text.slice(0, 2)}.${text.slice(2)}`;
  const district = digits(text, 4 + 2 * step, 6 + 2 * step);
  const village = digits(text, 6 + 3 * step, 10 + 3 * step);
  if (district < 1 || village < 1) return undefined;
  return dotted ? text : `${text.slice(0, 2)}.${text.slice(2, 4)}.${text.slice(4, 6)}.${text.slice(6)}`;
}

function isPlainDate(text: unknown): boolean {
  if (typeof text !== 'string' || (text.length !== 7 && text.length !== 10) || text.charCodeAt(4) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  if (year < 0 || month < 1 || month > 12) return false;
  if (text.length === 7) return true;
  const day = digits(text, 8, 10);
  if (text.charCodeAt(7) !== 45 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

const isPlainCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The plain loop: the same checks, the same coverage and the same exact decision, a plain result object per row. */
function plainLoop(rows: readonly unknown[], thresholdPct: number, out: Answers): void {
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as Record<string, unknown>;
    const regionCode = plainRegionCode(row['regionCode']);
    const { asOf, population, participants, segments } = row;
    if (regionCode === undefined || !isPlainDate(asOf) || !isPlainCount(population) || !isPlainCount(participants)) {
      throw new Error(`row ${index} is not valid`);
    }
    if (segments !== undefined) {
      const { pbiApbn, pbpu } = segments as Record<string, unknown>;
      if (!isPlainCount(pbiApbn) || !isPlainCount(pbpu)) throw new Error(`row ${index}: bad segment`);
    }
    // Integers below 2^53 (populations here stay far below): threshold x population is exact.
    const needed = Math.ceil((thresholdPct * population) / 100);
    const met = participants * 100 >= thresholdPct * population;
    const result = {
      regionCode,
      asOf,
      population,
      participants,
      coverage: population === 0 ? undefined : participants / population,
      status: population === 0 ? 'unknown' : met ? 'met' : 'not-met',
      peopleShort: population === 0 ? undefined : met ? 0 : needed - participants,
    };
    out.codes[index] = result.regionCode;
    out.coverage[index] = result.coverage === undefined ? -1 : result.coverage;
    out.met[index] = result.status === 'met' ? 1 : result.status === 'not-met' ? 0 : 2;
    out.short[index] = result.peopleShort === undefined ? -1 : result.peopleShort;
  }
}

/** Stops the run at the first row where the two sides differ. */
function assertSame(library: Answers, plain: Answers, rows: number): void {
  for (let index = 0; index < rows; index += 1) {
    const same =
      library.codes[index] === plain.codes[index] &&
      Object.is(library.coverage[index], plain.coverage[index]) &&
      library.met[index] === plain.met[index] &&
      Object.is(library.short[index], plain.short[index]);
    if (!same) throw new Error(`row ${index}: the library and the plain loop differ`);
  }
}

const loadAverage = (): number[] => os.loadavg().map((load) => Math.round(load * 100) / 100);

/** The newest modification time of a file under `dir`, in ms. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when src/ is newer (or dist/ is missing), and says which it did. */
function ensureFreshDist(): void {
  const entry = path.join(ROOT, 'dist', 'index.js');
  let built = 0;
  try {
    built = statSync(entry).mtimeMs;
  } catch {
    built = 0;
  }
  const sourced = newestUnder(path.join(ROOT, 'src'));
  if (built > sourced) {
    console.log(`dist/ is newer than src/ (built ${new Date(built).toISOString()}): timing it as built`);
    return;
  }
  console.log(built === 0 ? 'dist/ is missing: npm run build' : 'a file under src/ is newer than dist/: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/** Bundles this script, the library left out, into .tmp/ and runs it in plain node; returns its exit code. */
async function runBuilt(argv: readonly string[], dist: string | undefined): Promise<number> {
  if (dist === undefined) ensureFreshDist();
  else console.log(`timing the build in ${dist}`);
  const outDir = path.join(ROOT, '.tmp', 'bench');
  mkdirSync(outDir, { recursive: true });
  const { build } = await import('tsup');
  await build({
    config: false,
    entry: { 'per-snapshot': fileURLToPath(import.meta.url) },
    format: ['esm'],
    outDir,
    outExtension: () => ({ js: '.mjs' }),
    platform: 'node',
    target: 'node20',
    external: ['uhc-metrics', 'tsup'],
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
  });
  const child = spawnSync(process.execPath, [path.join(outDir, 'per-snapshot.mjs'), ...argv], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, [CHILD_FLAG]: '1' },
  });
  return child.status ?? 1;
}

/** The library this process times: src/ through tsx, or a build in plain node. */
async function loadLibrary(options: Options): Promise<Api> {
  // Specifiers built at run time: the bundler must leave the library out of the bundle.
  const specifier = options.source
    ? new URL('../src/index.ts', import.meta.url).href
    : options.dist === undefined
      ? ['uhc', 'metrics'].join('-')
      : pathToFileURL(path.join(options.dist, 'index.js')).href;
  const api = (await import(specifier)) as Api;
  const where = options.source ? 'src/ through tsx' : options.dist === undefined ? `${import.meta.resolve(specifier)} (the package's own entry)` : specifier;
  // A class the library defines shows tsx's wrapper in its text when tsx transformed it.
  const wrapped = /__name\(/u.test(String(api.UhcMetricsError));
  console.log(`library: ${where}; ${wrapped ? "with tsx's __name wrappers" : 'no __name wrappers'}`);
  return api;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseArgs(argv);
  if (!options.source && process.env[CHILD_FLAG] !== '1') {
    process.exitCode = await runBuilt(argv, options.dist);
    return;
  }
  const api = await loadLibrary(options);
  for (const province of api.PROVINCES) PROVINCE_TABLE[Number(province.code)] = 1;
  const target = options.target === 'RPJMN_2020_2024' ? api.RPJMN_2020_2024 : api.UHC_2015_2019;
  const thresholdPct = target.conditions[0]?.thresholdPct as number;
  const rows = generateRows(options.rows, api.PROVINCES);
  const libraryOut = answers(rows.length);
  const plainOut = answers(rows.length);
  libraryPath(api, rows, target, libraryOut);
  plainLoop(rows, thresholdPct, plainOut);
  assertSame(libraryOut, plainOut, rows.length);
  const met = libraryOut.met.reduce((sum, value) => sum + (value === 1 ? 1 : 0), 0);
  console.log(`${rows.length} rows, ${options.target}: identical answers on every row (${met} met)`);

  const loadBefore = loadAverage();
  const libraryMs: number[] = [];
  const plainMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const time = (run: () => void): number => {
      const start = performance.now();
      run();
      return performance.now() - start;
    };
    // The order alternates so that a load spike does not always hit the same side first.
    let library: number;
    let plain: number;
    if (round % 2 === 0) {
      library = time(() => libraryPath(api, rows, target, libraryOut));
      plain = time(() => plainLoop(rows, thresholdPct, plainOut));
    } else {
      plain = time(() => plainLoop(rows, thresholdPct, plainOut));
      library = time(() => libraryPath(api, rows, target, libraryOut));
    }
    if (round === 0) continue;
    libraryMs.push(library);
    plainMs.push(plain);
    ratios.push(library / plain);
    console.log(`round ${round}: library ${library.toFixed(0)} ms, plain ${plain.toFixed(0)} ms, ratio ${(library / plain).toFixed(2)}x`);
  }
  const loadAfter = loadAverage();
  const [ratioMin, ratioMax] = spread(ratios);
  const [libraryMin, libraryMax] = spread(libraryMs);
  const [plainMin, plainMax] = spread(plainMs);
  const perRowUs = (median(libraryMs) * 1_000) / rows.length;
  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}; load ${loadBefore.join(' / ')} before, ${loadAfter.join(' / ')} after`,
  );
  console.log(`library ${median(libraryMs).toFixed(0)} ms [${libraryMin.toFixed(0)}-${libraryMax.toFixed(0)}] (${perRowUs.toFixed(2)} us a row)`);
  console.log(`plain   ${median(plainMs).toFixed(0)} ms [${plainMin.toFixed(0)}-${plainMax.toFixed(0)}]`);
  console.log(`library / plain, per round: ${median(ratios).toFixed(2)}x [${ratioMin.toFixed(2)}-${ratioMax.toFixed(2)}] over ${ratios.length} rounds`);
  if (options.out !== undefined) {
    const report = { node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, ...options, library: options.source ? 'src' : (options.dist ?? 'dist'), loadBefore, loadAfter, libraryMs, plainMs, ratios };
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  }
}

await main();
