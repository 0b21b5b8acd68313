// The benchmark of issue 7: `npx tsx bench/run.ts [--workload S|L] [--runs N] [--warmups N]
// [--no-rss] [--out bench/results.json]`. Generates the workloads, checks that the four
// implementations give the same results, times each operation (median of the runs after
// warm-up: at least 15 after 15 at S, 7 after 3 at L unless given, more for fast operations), measures each implementation's peak RSS at L in a child process, prints a table and
// writes the results as JSON. A full run (both workloads, RSS) writes bench/results.json; a
// partial run writes only where --out says.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { firstDifference } from './canonical.js';
import { OPERATIONS, type ImplementationName, type Operation } from './implementation.js';
import { IMPLEMENTATIONS } from './implementations.js';
import { runChild } from './child-process.js';
import { canonicalResult, operationTask } from './operations.js';
import { peakRssBytes } from './peak-rss.js';
import type { TimingPlan } from './timing.js';
import { generateWorkload, type Workload, type WorkloadName } from './workload.js';

/** One row of bench/results.json, in the format issue 7 asks for. */
type ResultRow =
  | { readonly workload: WorkloadName; readonly operation: Operation; readonly implementation: ImplementationName; readonly medianMs: number }
  | { readonly workload: 'L'; readonly operation: 'peakRss'; readonly implementation: ImplementationName; readonly bytes: number };

interface Arguments {
  readonly workloads: readonly WorkloadName[];
  /** Runs and warm-ups per workload: S's operations take milliseconds and need more of both to settle. */
  readonly plans: Readonly<Record<WorkloadName, TimingPlan>>;
  readonly rss: boolean;
  readonly out: string | undefined;
}

function parseArguments(argv: readonly string[]): Arguments {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index < 0 ? undefined : argv[index + 1];
  };
  const workload = value('--workload');
  if (workload !== undefined && workload !== 'S' && workload !== 'L') throw new Error(`--workload must be S or L, got ${workload}`);
  const runs = value('--runs');
  const warmups = value('--warmups');
  const plan = (defaultRuns: number, defaultWarmups: number): TimingPlan => {
    const plan = { runs: Number(runs ?? defaultRuns), warmups: Number(warmups ?? defaultWarmups) };
    if (!Number.isInteger(plan.runs) || plan.runs < 7) throw new Error('--runs must be an integer >= 7');
    if (!Number.isInteger(plan.warmups) || plan.warmups < 1) throw new Error('--warmups must be an integer >= 1');
    return plan;
  };
  const workloads: WorkloadName[] = workload === undefined ? ['S', 'L'] : [workload];
  const rss = !argv.includes('--no-rss') && workloads.includes('L');
  const full = workloads.length === 2 && rss;
  const out = value('--out') ?? (full ? fileURLToPath(new URL('./results.json', import.meta.url)) : undefined);
  return { workloads, plans: { S: plan(15, 15), L: plan(7, 3) }, rss, out };
}

/** Throws unless every implementation gives the same result for every operation. */
function checkSameResults(workload: Workload, tables: ReadonlyMap<ImplementationName, unknown>): void {
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
}

function formatTable(rows: readonly ResultRow[], workloads: readonly WorkloadName[]): string {
  const names = IMPLEMENTATIONS.map((implementation) => implementation.name);
  const lines: string[] = [];
  const pad = (text: string, width: number): string => text.padStart(width);
  for (const workload of workloads) {
    lines.push(`\nworkload ${workload}: median ms (ratio uhc-metrics / typed)`);
    lines.push(['operation'.padEnd(10), ...names.map((name) => pad(name, 12)), pad('uhc/typed', 10)].join(' '));
    for (const operation of OPERATIONS) {
      const ms = (name: string): number | undefined => {
        const row = rows.find((r) => r.workload === workload && r.operation === operation && r.implementation === name);
        return row !== undefined && 'medianMs' in row ? row.medianMs : undefined;
      };
      const cells = names.map((name) => pad((ms(name) ?? Number.NaN).toFixed(1), 12));
      const ratio = (ms('uhc-metrics') ?? Number.NaN) / (ms('typed') ?? Number.NaN);
      lines.push([operation.padEnd(10), ...cells, pad(`${ratio.toFixed(2)}x`, 10)].join(' '));
    }
  }
  const rss = rows.filter((row) => row.operation === 'peakRss');
  if (rss.length > 0) {
    lines.push('\npeak RSS at L (whole process, including the 1 008 000 input objects)');
    for (const row of rss) if ('bytes' in row) lines.push(`${row.implementation.padEnd(12)} ${(row.bytes / 2 ** 20).toFixed(0).padStart(6)} MiB`);
  }
  return lines.join('\n');
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  process.stdout.write(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
      `median of at least ${args.plans.S.runs} runs after ${args.plans.S.warmups} warm-up runs at S, ${args.plans.L.runs} after ${args.plans.L.warmups} at L ` +
      '(timed runs of fast operations continue until they add up to 1 s); ' +
      `each implementation timed in its own process; full gc before each operation's warm-up\n`,
  );
  const rows: ResultRow[] = [];
  for (const name of args.workloads) {
    // The check holds every implementation's results at once; timing runs each apart (time-child.ts).
    {
      const workload = generateWorkload(name);
      process.stdout.write(`${name}: ${workload.rows.length} rows\n`);
      const tables = new Map<ImplementationName, unknown>();
      for (const implementation of IMPLEMENTATIONS) tables.set(implementation.name, implementation.ingest(workload.rows));
      checkSameResults(workload, tables);
    }
    for (const implementation of IMPLEMENTATIONS) {
      const { runs, warmups } = args.plans[name];
      const medians = runChild('./time-child.ts', [name, implementation.name, String(runs), String(warmups)]) as Record<Operation, number>;
      for (const operation of OPERATIONS) {
        rows.push({ workload: name, operation, implementation: implementation.name, medianMs: Math.round(medians[operation] * 100) / 100 });
      }
      process.stdout.write(`  ${implementation.name.padEnd(12)} ${OPERATIONS.map((operation) => `${operation} ${medians[operation].toFixed(1)}`).join(', ')}\n`);
    }
  }
  if (args.rss) {
    const baseline = peakRssBytes('--baseline');
    process.stdout.write(`peak RSS of generating L alone: ${(baseline / 2 ** 20).toFixed(0)} MiB\n`);
    for (const implementation of IMPLEMENTATIONS) {
      rows.push({ workload: 'L', operation: 'peakRss', implementation: implementation.name, bytes: peakRssBytes(implementation.name) });
    }
  }
  process.stdout.write(`${formatTable(rows, args.workloads)}\n`);
  if (args.out !== undefined) {
    writeFileSync(args.out, `${JSON.stringify(rows, null, 2)}\n`);
    process.stdout.write(`\nwrote ${args.out}\n`);
  }
}

main();
