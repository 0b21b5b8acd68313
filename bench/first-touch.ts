// What the machine charges for memory touched the first time, apart from any library:
// `npx tsx bench/first-touch.ts [--rounds N] [--out file]`. For buffers of 8 MB and 80 MB (a
// column of L and of 10x L, in doubles) a fresh child process times, per round, `new
// Float64Array` + a first fill (every page touched the first time), a second fill of the same
// array (pages already mapped) and the fill of a fresh array per round (what an operation called
// again and again pays for its output), and prints microseconds per 4 KiB page. Each size runs
// with the default glibc malloc and with MALLOC_ENVIRONMENT below (freed buffers stay in the
// heap and are reused), and the machine's facts are printed first: on a VM where the host backs
// guest memory lazily, a first touch costs tens of microseconds a page, and that, not the
// library, dominates bulk operations whose outputs or scratch exceed glibc's mmap threshold.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MALLOC_ENVIRONMENT } from './malloc-environment.js';
import { median, spread } from './timing.js';

const PAGE_BYTES = 4096;
const SIZES_MB = [8, 80] as const;

interface ChildResult {
  readonly bytes: number;
  /** Per round, microseconds per page: allocation + first fill, second fill, fresh array per round. */
  readonly firstUs: number[];
  readonly againUs: number[];
  readonly freshUs: number[];
}

/** One child: `rounds` rounds on buffers of `bytes`; prints a {@link ChildResult} as JSON. */
function runChildRounds(bytes: number, rounds: number): ChildResult {
  const length = bytes / 8;
  const pages = bytes / PAGE_BYTES;
  const perPage = (start: number): number => ((performance.now() - start) * 1000) / pages;
  const result: ChildResult = { bytes, firstUs: [], againUs: [], freshUs: [] };
  let kept: Float64Array[] = [];
  for (let round = 0; round < rounds; round += 1) {
    // A new array kept alive until the next round: its pages cannot be a previous round's.
    let start = performance.now();
    const array = new Float64Array(length).fill(round + 1);
    result.firstUs.push(perPage(start));
    start = performance.now();
    array.fill(round + 2);
    result.againUs.push(perPage(start));
    kept = [array];
    // A fresh array dropped at once, as an operation's output the caller discards.
    start = performance.now();
    new Float64Array(length).fill(round + 3);
    result.freshUs.push(perPage(start));
  }
  if (kept.length !== 1) throw new Error('unreachable');
  return result;
}

/** The facts about the machine that decide what a page fault costs. */
function machineFacts(): Record<string, string> {
  const read = (file: string): string => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      return 'unknown';
    }
  };
  const cpuinfo = read('/proc/cpuinfo');
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return {
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
    cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`,
    hypervisor: /^flags\s*:.*\bhypervisor\b/m.test(cpuinfo) ? `yes (${read('/sys/class/dmi/id/sys_vendor')} ${read('/sys/class/dmi/id/product_name')})` : 'no',
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`,
    'transparent hugepages': read('/sys/kernel/mm/transparent_hugepage/enabled'),
    glibc: header?.glibcVersionRuntime ?? 'unknown',
    load: os.loadavg().map((load) => load.toFixed(2)).join(' / '),
  };
}

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const rounds = Number(flag('--rounds') ?? '5');
const childBytes = flag('--child');
if (childBytes !== undefined) {
  process.stdout.write(`${JSON.stringify(runChildRounds(Number(childBytes), rounds))}\n`);
} else {
  const facts = machineFacts();
  for (const [name, value] of Object.entries(facts)) process.stdout.write(`${name}: ${value}\n`);
  const file = fileURLToPath(import.meta.url);
  const rows: Record<string, unknown>[] = [];
  process.stdout.write(`\nmicroseconds per 4 KiB page, median of ${rounds} rounds [min-max], each size in a fresh process\n`);
  process.stdout.write(`${['buffer', 'malloc'.padEnd(8), 'new + first fill'.padStart(24), 'second fill'.padStart(22), 'fresh array a round'.padStart(24)].join(' ')}\n`);
  for (const mb of SIZES_MB) {
    for (const heap of [false, true]) {
      const env = heap ? { ...process.env, ...MALLOC_ENVIRONMENT } : process.env;
      const child = spawnSync(process.execPath, ['--import', 'tsx', file, '--child', String(mb * 1_000_000), '--rounds', String(rounds)], { encoding: 'utf8', env });
      if (child.status !== 0) throw new Error(`first-touch child failed: ${child.stderr}`);
      const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as ChildResult;
      const cell = (values: number[], width: number): string => {
        const [low, high] = spread(values);
        return `${median(values).toFixed(2)} [${low.toFixed(2)}-${high.toFixed(2)}]`.padStart(width);
      };
      process.stdout.write(
        `${[`${mb} MB`.padEnd(6), (heap ? 'heap' : 'default').padEnd(8), cell(result.firstUs, 24), cell(result.againUs, 22), cell(result.freshUs, 24)].join(' ')}\n`,
      );
      rows.push({ megabytes: mb, malloc: heap ? MALLOC_ENVIRONMENT : 'default', ...result });
    }
  }
  process.stdout.write(`load after: ${os.loadavg().map((load) => load.toFixed(2)).join(' / ')}\n`);
  const out = flag('--out');
  if (out !== undefined) writeFileSync(out, `${JSON.stringify({ facts, rounds, rows }, null, 2)}\n`);
}
