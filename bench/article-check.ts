// Times checkArticle on texts of 256 KB, 512 KB and 1 MB and prints a table. Linear time means
// the time doubles with the size: the 1 MB / 256 KB ratio is about 4 (a quadratic reading would
// show 16). Rounds are interleaved (every case and size once per round, the order rotating) and
// the median of the rounds is reported with the spread.
//
//   npx tsx bench/article-check.ts [rounds]
//
// Exits with status 1 when a case grows clearly faster than linearly (ratio above MAX_RATIO).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticle } from '../src/article.js';

const KB = 1024;
const SIZES = [256 * KB, 512 * KB, 1024 * KB] as const;
const MAX_RATIO = 8;
const ROUNDS = Number(process.argv[2] ?? 3);

const seedDir = join(import.meta.dirname, '..', 'seeds');
// The five seed articles, one after the other: realistic prose, figures, dates and regions.
const seedText = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(seedDir, name), 'utf8'))
  .join('\n\n');

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const CASES: readonly { readonly name: string; readonly make: (size: number) => string }[] = [
  { name: 'seed articles repeated', make: (size) => repeatTo(`${seedText}\n`, size) },
  { name: 'digits and dots', make: (size) => repeatTo('1.', size) },
  { name: 'only numbers (12 12 12 ...)', make: (size) => repeatTo('12 ', size) },
  { name: 'words, no numbers', make: (size) => repeatTo('kata ', size) },
];

const timings = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round += 1) {
  const order = CASES.map((_, index) => CASES[(index + round) % CASES.length] as (typeof CASES)[number]);
  for (const testCase of order) {
    for (const size of SIZES) {
      const text = testCase.make(size);
      const start = performance.now();
      checkArticle(text);
      const elapsed = performance.now() - start;
      const key = `${testCase.name}@${size}`;
      timings.set(key, [...(timings.get(key) ?? []), elapsed]);
    }
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

let failed = false;
console.log(`checkArticle, median of ${ROUNDS} interleaved rounds (min-max), Node ${process.version}`);
console.log('case                          |     256 KB |     512 KB |       1 MB | 1 MB / 256 KB');
for (const testCase of CASES) {
  const cells = SIZES.map((size) => {
    const values = timings.get(`${testCase.name}@${size}`) ?? [];
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  });
  const ratio = (cells[2]?.median ?? 0) / Math.max(cells[0]?.median ?? 1, 0.01);
  if (ratio > MAX_RATIO) failed = true;
  const show = (cell: { median: number; min: number; max: number } | undefined): string =>
    `${(cell?.median ?? 0).toFixed(0).padStart(7)} ms`;
  console.log(`${testCase.name.padEnd(29)} | ${cells.map(show).join(' | ')} | ${ratio.toFixed(1)}`);
  console.log(`${''.padEnd(29)} | ${cells.map((cell) => `${cell.min.toFixed(0)}-${cell.max.toFixed(0)}`.padStart(10)).join(' | ')} |`);
}
if (failed) {
  console.error(`a case grew faster than linearly (ratio above ${MAX_RATIO})`);
  process.exit(1);
}
