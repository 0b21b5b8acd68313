// Issue 18, item 4: the per-snapshot path (createSnapshot + coverageRatio + checkTarget) against
// a validated plain loop that checks the same things and decides the same target exactly.
// Usage: npx tsx bench/per-snapshot.ts [--rows N] [--rounds N] [--target RPJMN_2020_2024|UHC_2015_2019] [--out file]
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { coverageRatio } from '../src/metrics/coverage.js';
import { checkTarget } from '../src/metrics/check-target.js';
import { RPJMN_2020_2024, UHC_2015_2019 } from '../src/metrics/target-presets.js';
import { createSnapshot } from '../src/models/create-snapshot.js';
import { PROVINCES } from '../src/models/provinces.js';
import type { SnapshotInput } from '../src/models/snapshot-input.js';
import { median, spread } from './timing.js';
import { random } from './workload.js';

interface Options {
  readonly rows: number;
  readonly rounds: number;
  readonly target: 'RPJMN_2020_2024' | 'UHC_2015_2019';
  readonly out: string | undefined;
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
  return { rows, rounds, target, out: value('--out') };
}


const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Rows shaped like a real export: regency and village codes, dotted and undotted; days and some
 * months; populations log-uniform 300-3 000 000; coverage spread over 60%-102% with exact ties at
 * 95% and 98% and a few populations of 0; segment counts on a tenth of the rows. Each row's
 * strings are its own (the rows go through JSON, as a parsed file's would).
 */
function generateRows(count: number): unknown[] {
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
function libraryPath(rows: readonly unknown[], target: typeof RPJMN_2020_2024, out: Answers): void {
  for (let index = 0; index < rows.length; index += 1) {
    const snapshot = createSnapshot(rows[index] as SnapshotInput);
    const coverage = coverageRatio(snapshot);
    const check = checkTarget(snapshot, target);
    out.codes[index] = snapshot.regionCode;
    out.coverage[index] = coverage === undefined ? -1 : coverage;
    out.met[index] = check.status === 'met' ? 1 : check.status === 'not-met' ? 0 : 2;
    out.short[index] = check.peopleShort === undefined ? -1 : check.peopleShort;
  }
}

// ---- The validated plain loop: what an analyst would write by hand for the same checks. ----

// Province codes as numbers 0-99, looked up in a table.
const PROVINCE_TABLE = new Uint8Array(100);
for (const province of PROVINCES) PROVINCE_TABLE[Number(province.code)] = 1;

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

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const target = options.target === 'RPJMN_2020_2024' ? RPJMN_2020_2024 : UHC_2015_2019;
  const thresholdPct = target.conditions[0]?.thresholdPct as number;
  const rows = generateRows(options.rows);
  const libraryOut = answers(rows.length);
  const plainOut = answers(rows.length);
  libraryPath(rows, target, libraryOut);
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
      library = time(() => libraryPath(rows, target, libraryOut));
      plain = time(() => plainLoop(rows, thresholdPct, plainOut));
    } else {
      plain = time(() => plainLoop(rows, thresholdPct, plainOut));
      library = time(() => libraryPath(rows, target, libraryOut));
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
    const report = { node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, ...options, loadBefore, loadAfter, libraryMs, plainMs, ratios };
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  }
}

main();
