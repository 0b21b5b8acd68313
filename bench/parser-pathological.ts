// Times parseFigure and safeParseFigure on pathological strings of 256 KB, 512 KB and 1 MB, and
// prints a table. Linear time means the time doubles with the size: the 1 MB / 256 KB ratio is
// about 4 (a quadratic parser would show 16, catastrophic backtracking would not finish).
//
//   npx tsx bench/parser-pathological.ts
//
// Exits with status 1 when a case grows clearly faster than linearly (ratio above MAX_RATIO).

import { parseFigure, safeParseFigure } from '../src/index.js';

const KB = 1024;
const SIZES = [256 * KB, 512 * KB, 1024 * KB] as const;
/** 1 MB / 256 KB is 4 for linear time; timer noise and garbage collection stay well below this. */
const MAX_RATIO = 8;
/** Each measurement repeats the call until this much time has passed, then takes the median. */
const MIN_SAMPLE_MS = 200;
const MIN_REPEATS = 5;

/** `unit` repeated to exactly `size` characters. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A pathological input of a given size. */
interface Case {
  readonly name: string;
  readonly make: (size: number) => string;
}

const CASES: readonly Case[] = [
  { name: "'1.' repeated", make: (size) => repeatTo('1.', size) },
  { name: "'9' x n", make: (size) => repeatTo('9', size) },
  { name: "'1.234' repeated, no spaces", make: (size) => repeatTo('1.234', size) },
  { name: "'1' + '.234' x n (valid grouping)", make: (size) => `1${repeatTo('.234', size - 1)}` },
  { name: "'0,' + '5' x n (long fraction)", make: (size) => `0,${repeatTo('5', size - 2)}` },
  { name: "'sekitar ' repeated", make: (size) => repeatTo('sekitar ', size) },
  { name: "'kurang ' repeated", make: (size) => repeatTo('kurang ', size) },
  { name: "'1 ' repeated (many tokens)", make: (size) => repeatTo('1 ', size) },
  { name: 'whitespace around 98%', make: (size) => `${repeatTo(' \t\n\u00a0', size / 2)}98%${repeatTo(' \t\n\u00a0', size / 2 - 3)}` },
  { name: 'whitespace only', make: (size) => repeatTo(' \t\r\n\u2003', size) },
  { name: "'%' repeated", make: (size) => repeatTo('%', size) },
  { name: "'9' x n + '%'", make: (size) => `${repeatTo('9', size - 1)}%` },
  { name: "'Rp' + '9' x n", make: (size) => `Rp${repeatTo('9', size - 2)}` },
  { name: "'juta ' repeated after 1", make: (size) => `1 ${repeatTo('juta ', size - 2)}` },
];

/** Milliseconds per call, the median of repeated calls. */
function timeCall(call: () => unknown): number {
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  while (samples.length < MIN_REPEATS || Number(process.hrtime.bigint() - started) / 1e6 < MIN_SAMPLE_MS) {
    const start = process.hrtime.bigint();
    call();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** parseFigure's outcome, for the table: the value or the error code. */
function outcomeOf(text: string): string {
  try {
    return `value ${parseFigure(text).value}`;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** Formats milliseconds for the table. */
function ms(value: number): string {
  return value < 1 ? value.toFixed(3) : value.toFixed(2);
}

interface Row {
  readonly name: string;
  readonly fn: string;
  readonly times: readonly number[];
  readonly ratio: number;
  readonly outcome: string;
}

const rows: Row[] = [];
for (const testCase of CASES) {
  const inputs = SIZES.map((size) => testCase.make(size));
  for (const [fnName, fn] of [
    ['parseFigure', (text: string) => {
      try {
        return parseFigure(text);
      } catch (error) {
        return error;
      }
    }],
    ['safeParseFigure', (text: string) => safeParseFigure(text)],
  ] as const) {
    for (const input of inputs) fn(input); // warm up
    const times = inputs.map((input) => timeCall(() => fn(input)));
    const first = times[0] as number;
    const last = times[times.length - 1] as number;
    // Below 0.05 ms the timer, not the parser, decides the ratio: report it as constant.
    const ratio = last < 0.05 ? 1 : last / Math.max(first, 1e-6);
    rows.push({ name: testCase.name, fn: fnName, times, ratio, outcome: outcomeOf(inputs[0] as string) });
  }
}

const header = ['input', 'function', '256 KB ms', '512 KB ms', '1 MB ms', '1 MB / 256 KB', 'outcome (256 KB)'];
const table = [
  header,
  ...rows.map((row) => [row.name, row.fn, ...row.times.map(ms), row.ratio.toFixed(2), row.outcome]),
];
const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] as string).length)));
const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ');
console.log(`parseFigure on pathological strings (Node ${process.version}; median of >= ${MIN_REPEATS} calls, >= ${MIN_SAMPLE_MS} ms per size)\n`);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const cells of table.slice(1)) console.log(line(cells));

const superlinear = rows.filter((row) => row.ratio > MAX_RATIO);
if (superlinear.length > 0) {
  console.error(`\nGrowth above ${MAX_RATIO}x from 256 KB to 1 MB (not linear): ${superlinear.map((row) => `${row.name} (${row.fn})`).join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nEvery case grows at most ${MAX_RATIO}x from 256 KB to 1 MB (4x is linear).`);
}
