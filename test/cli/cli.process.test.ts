// The built command (test/cli/build-cli.ts builds it with the package's tsup options, or
// UHC_METRICS_CLI names dist/cli.js) run as a child process on the fixture files: standard
// output, standard error and the exit code, as a user's shell sees them.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = inject('cliPath');
const fixture = (name: string): string => relative(ROOT, join(ROOT, 'test', 'fixtures', 'cli', name));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], input?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built command', () => {
  it('starts with a shebang, so that npm can link it as a bin', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints its version and help', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = cli(['report', '--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^uhc-metrics report: [\s\S]*\nExample:\n {2}uhc-metrics report /);
  });

  it('reports the Lampung table, as the command does in-process', async () => {
    const args = ['report', fixture('lampung.csv'), '--target', 'rpjmn-2024', '--roll-up', 'province', '--format', 'table', '--lang', 'en'];
    const run = cli(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Code {3}Region {11}Level {5}Date {8}Population/);
    expect(lines[4]).toMatch(/^18\.07 {2}Lampung Timur .* 93\.60% .* not met +\+4\.40 pp +49,922 +6$/);
    expect(lines[8]).toMatch(/^18 {5}Lampung {10}province .* 97\.02% .* not met +\+0\.98 pp +53,025 +1$/);
    expect(run).toEqual({ ...(await runInProcess(args)), code: 0 });
  });

  it('ranks a podium', () => {
    expect(cli(['rank', fixture('lampung.csv'), '--top', '3', '--format', 'csv'])).toEqual({
      code: 0,
      stdout: 'rank,regionCode,name,asOf,coveragePct\n' +
        `1,18.71,Bandar Lampung,2024-07-01,${(1112470 / 1100109) * 100}\n` +
        `2,18.72,Metro,2024-07-01,${(170975 / 172354) * 100}\n` +
        `3,18.10,Pringsewu,2024-07-01,${(405118 / 411802) * 100}\n`,
      stderr: '',
    });
  });

  it('prints the good rows of a table with bad rows, every problem on standard error, and exits 1', () => {
    const file = fixture('row-issues.csv');
    const run = cli(['report', file, '--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        `uhc-metrics: ${file}, line 3, column "peserta": "1.429.87x" must be a printed figure in locale 'id' ('.' groups thousands and must be followed by exactly three digits in "1.429.87x")`,
        `uhc-metrics: ${file}, line 4, column "tanggal": "2024-06-31" is not a real calendar date written YYYY-MM-DD`,
        `uhc-metrics: ${file}, line 5, column "kode": "99.10" names province 99, which is not one of the 38 provinces`,
        `uhc-metrics: ${file}, line 6, column "peserta_aktif": "1.200.000" is more than the participants ("1.112.470")`,
        `uhc-metrics: ${file}, line 7: has 4 cells, the header has 6`,
        `uhc-metrics: ${file}, line 8: repeats region 18.01 on 2024-07-01 of line 2`,
        `uhc-metrics: ${file}: 6 problems; 2 of 8 rows reported`,
        '',
      ].join('\n'),
    );
    expect(run.stdout.split('\n').map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      'regionCode,name', '18.01,Lampung Selatan', '18.72,Metro', '',
    ]);
  });

  it.each([
    ['malformed.csv', 'line 3, cell 2: a quoted cell is never closed'],
    ['empty.csv', 'is empty; expected a header line and rows'],
    ['binary.xlsx', 'is not a text file (a NUL byte at byte 5); give a CSV or JSON file'],
    ['missing.csv', 'no such file'],
  ])('refuses %s with one line naming the file, no stack trace, exit 2', (name, problem) => {
    const file = fixture(name);
    expect(cli(['report', file])).toEqual({ code: 2, stdout: '', stderr: `uhc-metrics: ${file}: ${problem}\n` });
  });

  it('refuses bad arguments with exit 2', () => {
    expect(cli(['report', fixture('lampung.csv'), '--format', 'xlsx'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'uhc-metrics: --format must be one of table, md, csv, json, got "xlsx"\nSee \'uhc-metrics report --help\'.\n',
    });
  });

  it('reads standard input, and prints JSON into a pipe', () => {
    const run = cli(['report', '-'], 'kode,tanggal,penduduk,peserta\n33.10,2023-03-14,20,19\n');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect((JSON.parse(run.stdout) as { status: string; coveragePct: number }[]).map((row) => [row.status, row.coveragePct])).toEqual([['met', 95]]);
  });

  it('reports the table fixture of issue 12 (names, months, dd/mm/yyyy): six rows, three problems', () => {
    const file = relative(ROOT, join(ROOT, 'test', 'fixtures', 'kepesertaan-kabupaten-2024.csv'));
    const run = cli(['report', file, '--date-format', 'dd/mm/yyyy', '--format', 'csv']);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines.slice(0, 3).map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      `uhc-metrics: ${file}, line 7, column "Kabupaten/Kota"`,
      `uhc-metrics: ${file}, line 8, column "Kabupaten/Kota"`,
      `uhc-metrics: ${file}, line 9, column "Jumlah Peserta"`,
    ]);
    expect(lines.slice(3)).toEqual([`uhc-metrics: ${file}: 3 problems; 6 of 9 rows reported`, '']);
    expect(run.stdout.split('\n').map((line) => line.split(',')[0])).toEqual(['regionCode', '18.01', '18.72', '18.07', '18.02', '18.08', '18.72', '']);
  });

  it('checks a seed article', () => {
    const seed = 'seeds/000_ccb4cbd1960b7560.txt';
    const run = cli(['check', seed, '--format', 'csv', '--lang', 'en']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')[0]).toBe('claim,text,role,regionCodes,asOf,status,computed,reason');
    expect(run.stdout).toMatch(/\n\d+,"99,46 %",coverage,18,2024-07-01,inconsistent,98\.46,slipped-digit\n/);
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => `18.01;${new Date(Date.UTC(1950, 0, 1 + index)).toISOString().slice(0, 10)};100;90`);
    const child = spawn(process.execPath, [CLI, 'report', '-', '--format', 'csv'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(`kode;tanggal;penduduk;peserta\n${rows.join('\n')}\n`);
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.startsWith('regionCode,level,asOf,')).toBe(true);
    expect([code, stderr]).toEqual([0, '']);
  });
});
