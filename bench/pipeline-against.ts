// analyzeSnapshots (the bench's "pipeline") of this tree against the same function of another
// checkout, on one generated workload: rounds interleaved in one process, the order alternating,
// round 0 a warm-up. `--part copy` also times the base's copyInput of the rows alone (what its
// pipeline copied before the ingest read each row once), `--part ingest` tableFromSnapshots of
// both sides alone (`--part copy,ingest`: both). `--rss` adds the peak RSS of one pipeline per
// side in a fresh process (`baseline`: the generation alone). `--dist` runs each side's build
// (`npm run build` in both checkouts first) instead of its source under tsx.
// `npx tsx bench/pipeline-against.ts --base /work/main --workload L-shuffled --rounds 7 --rss`
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeSnapshots } from '../src/bulk/analyze-snapshots.js';
import { median, spread } from './timing.js';
import { generateWorkload, type Workload, type WorkloadName } from './workload.js';

type Pipeline = (rows: Workload['rows'], workload: Workload) => unknown;

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const base = option('base', '/work/main');
const workloadName = option('workload', 'L-shuffled') as WorkloadName;
const rounds = Number(option('rounds', '7'));

/** The pipeline of this tree, or of the checkout at `base`; from each side's build (`npm run build`) with `--dist`. */
async function pipelineOf(side: string): Promise<Pipeline> {
  const root = side === 'this' ? fileURLToPath(new URL('..', import.meta.url)) : base;
  const analyze = args.includes('--dist')
    ? ((await import(pathToFileURL(`${root}/dist/index.js`).href)) as { analyzeSnapshots: typeof analyzeSnapshots }).analyzeSnapshots
    : side === 'this'
      ? analyzeSnapshots
      : ((await import(pathToFileURL(`${base}/src/bulk/analyze-snapshots.ts`).href)) as { analyzeSnapshots: typeof analyzeSnapshots }).analyzeSnapshots;
  return (rows, workload) => analyze(rows, { rollUp: { to: workload.rollUpTo } });
}

/** tableFromSnapshots of this tree, or of the checkout at `base`: the ingest step alone. */
async function ingestOf(side: string): Promise<Pipeline> {
  const file = side === 'this' ? new URL('../src/bulk/table-from-snapshots.ts', import.meta.url).href : pathToFileURL(`${base}/src/bulk/table-from-snapshots.ts`).href;
  const { tableFromSnapshots } = (await import(file)) as { tableFromSnapshots: (rows: unknown) => unknown };
  return (rows) => tableFromSnapshots(rows);
}

/** The base's deep copy of the input, alone. */
async function baseCopy(): Promise<Pipeline> {
  const { copyInput } = (await import(pathToFileURL(`${base}/src/internal/copy-input.ts`).href)) as { copyInput: (value: unknown, path: readonly unknown[]) => unknown };
  return (rows) => copyInput(rows, []);
}

const child = option('child', '');
if (child !== '') {
  // One side's pipeline once in this fresh process; its peak RSS in bytes (maxRSS is in KiB).
  const workload = generateWorkload(workloadName);
  const kept = child === 'baseline' ? undefined : (await pipelineOf(child))(workload.rows, workload);
  process.stdout.write(`${JSON.stringify({ side: child, bytes: process.resourceUsage().maxRSS * 1024, kept: kept !== undefined })}\n`);
} else {
  const workload = generateWorkload(workloadName);
  const sides: [string, Pipeline][] = [
    ['base', await pipelineOf('base')],
    ['this', await pipelineOf('this')],
  ];
  const parts = option('part', '').split(',');
  if (parts.includes('copy')) sides.push(['base copyInput', await baseCopy()]);
  if (parts.includes('ingest')) sides.push(['base ingest', await ingestOf('base')], ['this ingest', await ingestOf('this')]);
  const times = new Map<string, number[]>(sides.map(([name]) => [name, []]));
  const load = [loadavg().map((value) => value.toFixed(2)).join(' ')];
  for (let round = 0; round <= rounds; round += 1) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const [name, run] of order) {
      const start = performance.now();
      run(workload.rows, workload);
      const elapsed = performance.now() - start;
      if (round > 0) times.get(name)?.push(elapsed);
    }
  }
  load.push(loadavg().map((value) => value.toFixed(2)).join(' '));
  const ms = (name: string): number[] => times.get(name) ?? [];
  const describe = (values: readonly number[], digits: number): string => {
    const [low, high] = spread(values);
    return `${median(values).toFixed(digits)} [${low.toFixed(digits)}-${high.toFixed(digits)}]`;
  };
  const from = args.includes('--dist') ? 'dist' : 'src under tsx';
  console.log(`${workloadName}, ${workload.rows.length} rows, ${rounds} rounds (+1 warm-up), base ${base}, ${from}, load ${load.join(' -> ')}`);
  for (const [name] of sides) console.log(`${name}: ${describe(ms(name), 0)} ms`);
  const thisOverBase = ms('this').map((value, index) => value / (ms('base')[index] as number));
  console.log(`this / base per round: ${describe(thisOverBase, 3)}`);
  if (times.has('this ingest')) {
    const ratio = ms('this ingest').map((value, index) => value / (ms('base ingest')[index] as number));
    console.log(`this ingest / base ingest per round: ${describe(ratio, 3)}`);
  }
  if (times.has('base copyInput')) {
    const share = ms('base copyInput').map((value, index) => value / (ms('base')[index] as number));
    console.log(`base copyInput / base pipeline per round: ${describe(share, 3)}`);
  }
  if (args.includes('--rss')) {
    const script = fileURLToPath(import.meta.url);
    for (const side of ['baseline', 'base', 'this']) {
      const childArgs = ['--import', 'tsx', script, '--base', base, '--workload', workloadName, '--child', side, ...(args.includes('--dist') ? ['--dist'] : [])];
      const run = spawnSync(process.execPath, childArgs, { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`child ${side} failed: ${run.stderr}`);
      const { bytes } = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { bytes: number };
      console.log(`peak RSS ${side}: ${(bytes / 2 ** 20).toFixed(0)} MiB`);
    }
  }
}
