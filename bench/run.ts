// The bulk benchmark (issues 7 and 18): `npx tsx bench/run.ts [--workload NAME,...] [--rounds N]
// [--rss] [--malloc heap] [--smoke] [--out file]`. For each workload: generates the rows, checks that the five
// implementations give the same results, then times them INTERLEAVED in this one process: every
// round runs each operation of each implementation once, in an order that rotates from round to
// round, so that a load spike on the shared machine hits all of them alike. Round 0 is a
// warm-up and is discarded. Reports the median of the rounds with their spread (min-max), and
// the ratio uhc-metrics / typed of each round, whose median and range are what the goals compare,
// and uhc-metrics / typed-checked (the typed loop with the checks the library must make) for
// ingest and the pipeline, the only operations where the two typed loops differ.
// The load average is recorded beside every workload. Writes JSON where --out says.
//
// `--malloc heap` runs with glibc keeping freed memory (malloc-environment.ts), so that fresh
// output arrays do not fault in new pages on every call: this script reruns itself in a child
// process with that environment. No garbage is collected by force between samples: V8's forced
// collection (`--expose-gc`) also drops compiled code, and on S every operation of both
// implementations then ran several times slower.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { firstDifference } from './canonical.js';
import { OPERATIONS, type Implementation, type ImplementationName, type Operation } from './implementation.js';
import { IMPLEMENTATIONS as ALL_IMPLEMENTATIONS, implementationNamed } from './implementations.js';
import { canonicalResult, operationTask } from './operations.js';
import { peakRssBytes } from './peak-rss.js';
import { MALLOC_ENVIRONMENT } from './malloc-environment.js';
import { median, sampleMs, spread } from './timing.js';
import { generateWorkload, WORKLOAD_NAMES, type Workload, type WorkloadName } from './workload.js';

/** One timed (workload, operation, implementation) of bench/results.json. */
interface TimingRow {
  readonly workload: WorkloadName;
  readonly operation: Operation;
  readonly implementation: ImplementationName;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** The timed rounds, in ms (round 0, the warm-up, excluded). */
  readonly samplesMs: readonly number[];
}

interface WorkloadReport {
  readonly workload: WorkloadName;
  readonly rows: number;
  /** os.loadavg() (1, 5, 15 minutes) before and after timing. */
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  readonly rounds: number;
  readonly timings: readonly TimingRow[];
  /** Peak RSS of a fresh process generating the workload and running one pipeline (`--rss`). */
  readonly peakRssBytes?: Readonly<Record<string, number>>;
}

interface Arguments {
  readonly workloads: readonly WorkloadName[];
  /** The implementations compared (`--only a,b`; all five by default). */
  readonly implementations: readonly Implementation[];
  readonly rounds: number;
  readonly rss: boolean;
  readonly out: string | undefined;
}

/** The implementations of this run (set from `--only`). */
let IMPLEMENTATIONS: readonly Implementation[] = ALL_IMPLEMENTATIONS;

/** The default run: the sorted workloads of issue 7 and the shuffled ones of issue 18. */
const DEFAULT_WORKLOADS: readonly WorkloadName[] = ['S', 'L', 'L-shuffled', 'L-real'];

function parseArguments(argv: readonly string[]): Arguments {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index < 0 ? undefined : argv[index + 1];
  };
  const implementations = value('--only')?.split(',').map(implementationNamed) ?? ALL_IMPLEMENTATIONS;
  if (!implementations.some((implementation) => implementation.name === 'uhc-metrics') || !implementations.some((implementation) => implementation.name === 'typed')) {
    throw new Error('--only must include uhc-metrics and typed');
  }
  IMPLEMENTATIONS = implementations;
  if (argv.includes('--smoke')) return { workloads: ['S'], implementations, rounds: 3, rss: false, out: value('--out') };
  const names = value('--workload')?.split(',') ?? DEFAULT_WORKLOADS;
  for (const name of names) {
    if (!(WORKLOAD_NAMES as readonly string[]).includes(name)) throw new Error(`--workload: ${name} is not one of ${WORKLOAD_NAMES.join(', ')}`);
  }
  const rounds = Number(value('--rounds') ?? 7);
  if (!Number.isInteger(rounds) || rounds < 3) throw new Error('--rounds must be an integer >= 3');
  return { workloads: names as WorkloadName[], implementations, rounds, rss: argv.includes('--rss'), out: value('--out') };
}

/** Runs this script again in a child process with the malloc environment when `--malloc heap` asks for it and this process lacks it; returns whether it did. */
function rerunWithMalloc(argv: readonly string[]): boolean {
  const malloc = argv.includes('--malloc') ? argv[argv.indexOf('--malloc') + 1] : 'default';
  if (malloc !== 'default' && malloc !== 'heap') throw new Error(`--malloc must be default or heap, not ${String(malloc)}`);
  if (malloc === 'default' || Object.entries(MALLOC_ENVIRONMENT).every(([name, setting]) => process.env[name] === setting)) return false;
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, ...MALLOC_ENVIRONMENT },
  });
  process.exitCode = child.status ?? 1;
  return true;
}

/** Throws unless every implementation gives the same result for every operation; returns the ingested tables. */
function checkSameResults(workload: Workload): Map<ImplementationName, unknown> {
  const tables = new Map<ImplementationName, unknown>();
  for (const implementation of IMPLEMENTATIONS) tables.set(implementation.name, implementation.ingest(workload.rows));
  for (const operation of OPERATIONS) {
    let reference: { readonly name: string; readonly value: unknown } | undefined;
    for (const implementation of IMPLEMENTATIONS) {
      const table = tables.get(implementation.name);
      const value = canonicalResult(implementation, operation, operationTask(implementation, operation, workload, table)(), table);
      if (reference === undefined) {
        reference = { name: implementation.name, value };
        continue;
      }
      const difference = firstDifference(reference.value, value);
      if (difference !== undefined) {
        throw new Error(`${workload.name} ${operation}: ${implementation.name} differs from ${reference.name} at ${difference}`);
      }
    }
  }
  process.stdout.write(`${workload.name}: all ${IMPLEMENTATIONS.length} implementations give the same results for ${OPERATIONS.join(', ')}\n`);
  return tables;
}

const loadAverage = (): number[] => os.loadavg().map((load) => Math.round(load * 100) / 100);

function timeWorkload(name: WorkloadName, rounds: number, rss: boolean): WorkloadReport {
  const workload = generateWorkload(name);
  process.stdout.write(`${name}: ${workload.rows.length} rows\n`);
  const tables = checkSameResults(workload);
  const loadBefore = loadAverage();
  const samples = new Map<string, number[]>();
  for (let round = 0; round <= rounds; round += 1) {
    // Rotate the order: each implementation runs first, second, ... equally often.
    const order = IMPLEMENTATIONS.map((_, index) => IMPLEMENTATIONS[(index + round) % IMPLEMENTATIONS.length]!);
    for (const operation of OPERATIONS) {
      for (const implementation of order) {
        if (implementation.timed?.includes(operation) === false) continue;
        const ms = sampleMs(operationTask(implementation, operation, workload, tables.get(implementation.name)));
        if (round === 0) continue;
        const key = `${operation}/${implementation.name}`;
        samples.set(key, [...(samples.get(key) ?? []), ms]);
      }
    }
    process.stdout.write(round === 0 ? '  warm-up round done\n' : `  round ${round}/${rounds} done (load ${loadAverage()[0]})\n`);
  }
  const timings: TimingRow[] = [];
  for (const operation of OPERATIONS) {
    for (const implementation of IMPLEMENTATIONS) {
      const times = samples.get(`${operation}/${implementation.name}`);
      if (times === undefined) continue;
      const [minMs, maxMs] = spread(times);
      timings.push({
        workload: name,
        operation,
        implementation: implementation.name,
        medianMs: round2(median(times)),
        minMs: round2(minMs),
        maxMs: round2(maxMs),
        samplesMs: times.map(round2),
      });
    }
  }
  const report: WorkloadReport = { workload: name, rows: workload.rows.length, loadBefore, loadAfter: loadAverage(), rounds, timings };
  if (!rss || name === 'S') return report;
  const peak: Record<string, number> = { baseline: peakRssBytes(name, '--baseline') };
  for (const implementation of IMPLEMENTATIONS) peak[implementation.name] = peakRssBytes(name, implementation.name);
  return { ...report, peakRssBytes: peak };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The printed table of one workload: median [min-max] per implementation, and uhc-metrics against typed and arquero round by round. */
function formatReport(report: WorkloadReport): string {
  const names = IMPLEMENTATIONS.map((implementation) => implementation.name);
  const lines = [
    `\n${report.workload} (${report.rows} rows), median ms [min-max] of ${report.rounds} interleaved rounds; load ${report.loadBefore.join(' ')} -> ${report.loadAfter.join(' ')}`,
    [
      'operation'.padEnd(10),
      ...names.map((name) => name.padStart(22)),
      'uhc/typed, median'.padStart(18),
      'uhc/typed, min'.padStart(15),
      ...(names.includes('typed-checked') ? ['uhc/checked, median'.padStart(20), 'uhc/checked, min'.padStart(17)] : []),
      ...(names.includes('arquero') ? ['arquero/uhc, median'.padStart(20)] : []),
    ].join(' '),
  ];
  const cell = (operation: Operation, name: string): TimingRow | undefined =>
    report.timings.find((row) => row.operation === operation && row.implementation === name);
  for (const operation of OPERATIONS) {
    const cells = names.map((name) => {
      const row = cell(operation, name);
      return (row === undefined ? 'as typed' : `${row.medianMs.toFixed(1)} [${row.minMs.toFixed(1)}-${row.maxMs.toFixed(1)}]`).padStart(22);
    });
    const uhc = cell(operation, 'uhc-metrics')!.samplesMs;
    const ratioCell = (top: readonly number[], bottom: readonly number[] | undefined): string => {
      if (bottom === undefined) return '-'.padStart(18);
      const ratios = top.map((value, index) => value / (bottom[index] as number));
      const [low, high] = spread(ratios);
      return `${median(ratios).toFixed(2)}x [${low.toFixed(2)}-${high.toFixed(2)}]`.padStart(18);
    };
    // Each side's fastest round (not always the same round): the least disturbed by the machine,
    // and steadier from run to run than the median of the per-round ratios.
    const fastestAgainst = (name: string, width: number): string => {
      const other = cell(operation, name);
      return (other === undefined ? '-' : `${(cell(operation, 'uhc-metrics')!.minMs / other.minMs).toFixed(2)}x`).padStart(width);
    };
    lines.push(
      [
        operation.padEnd(10),
        ...cells,
        ratioCell(uhc, cell(operation, 'typed')?.samplesMs),
        fastestAgainst('typed', 15),
        ...(names.includes('typed-checked') ? [ratioCell(uhc, cell(operation, 'typed-checked')?.samplesMs).padStart(20), fastestAgainst('typed-checked', 17)] : []),
        ...(names.includes('arquero') ? [ratioCell(cell(operation, 'arquero')!.samplesMs, uhc).padStart(20)] : []),
      ].join(' '),
    );
  }
  if (report.peakRssBytes !== undefined) {
    lines.push(`peak RSS (whole process, input rows included): ${Object.entries(report.peakRssBytes).map(([name, bytes]) => `${name} ${(bytes / 2 ** 20).toFixed(0)} MiB`).join(', ')}`);
  }
  return lines.join('\n');
}

function main(): void {
  if (rerunWithMalloc(process.argv.slice(2))) return;
  const args = parseArguments(process.argv.slice(2));
  process.stdout.write(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
      `${args.rounds} rounds after a warm-up round, implementations interleaved in one process, order rotating; malloc: ${process.env.MALLOC_MMAP_THRESHOLD_ === MALLOC_ENVIRONMENT.MALLOC_MMAP_THRESHOLD_ ? 'heap kept' : 'default'}\n`,
  );
  const reports: WorkloadReport[] = [];
  for (const name of args.workloads) {
    const report = timeWorkload(name, args.rounds, args.rss);
    reports.push(report);
    process.stdout.write(`${formatReport(report)}\n\n`);
  }
  if (args.out !== undefined) {
    writeFileSync(args.out, `${JSON.stringify({ node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, reports }, null, 2)}\n`);
    process.stdout.write(`wrote ${args.out}\n`);
  }
}

main();
