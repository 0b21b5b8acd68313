// `npm run bench:cli`: times `uhc-metrics report` (the built dist/cli.js: run `npm run build`
// first) on a generated CSV of 1 000 000 rows, and reports its wall time and peak RSS.
//
// The table is what a national village export looks like: 83 334 villages of the 38 provinces
// by 12 months (the first 1 000 000 rows), `;`-separated, counts written the Indonesian way
// (`1.234`), names quoted (some with `;` inside), CRLF line ends, a BOM; rows in a shuffled
// order of villages per month. The command reads it with its streaming CSV reader, checks every
// cell, builds the library's columnar table, and writes the report (JSON, every row, plus the
// roll-up to provinces) to /dev/null. `--rows N` changes the size.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { PROVINCES } from '../src/index.js';
import { random } from './workload.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function argument(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index < 0 ? undefined : process.argv[index + 1];
}


const grouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

async function writeTable(file: string, rowCount: number): Promise<void> {
  const next = random(7);
  const villages = Math.ceil(rowCount / 12);
  const codes: string[] = [];
  for (let index = 0; index < villages; index += 1) {
    const province = PROVINCES[index % PROVINCES.length]?.code as string;
    const rest = Math.floor(index / PROVINCES.length);
    const regency = String((rest % 20) + 1).padStart(2, '0');
    const district = String((Math.floor(rest / 20) % 30) + 1).padStart(2, '0');
    const village = String(2001 + Math.floor(rest / 600)).padStart(4, '0');
    codes.push(`${province}.${regency}.${district}.${village}`);
  }
  const out = createWriteStream(file);
  let buffer = '\uFEFFkode;nama;tanggal;penduduk;peserta;peserta_aktif\r\n';
  let written = 0;
  for (let month = 1; month <= 12 && written < rowCount; month += 1) {
    const order = codes.map((_, index) => index);
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    const date = `2024-${String(month).padStart(2, '0')}-01`;
    for (const village of order) {
      if (written >= rowCount) break;
      const population = 500 + Math.floor(next() * 9_500);
      const participants = Math.floor(population * (0.85 + next() * 0.17));
      const active = Math.floor(Math.min(participants, population) * (0.6 + next() * 0.4));
      const name = village % 50 === 0 ? `"Desa ${village}; Timur"` : `"Desa ${village}"`;
      buffer += `${codes[village] as string};${name};${date};${grouped(population)};${grouped(participants)};${grouped(active)}\r\n`;
      written += 1;
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) {
    process.stderr.write('dist/cli.js is missing: run `npm run build` first.\n');
    process.exitCode = 2;
    return;
  }
  const rowCount = Number(argument('--rows') ?? 1_000_000);
  const work = mkdtempSync(join(os.tmpdir(), 'uhc-cli-bench-'));
  try {
    const file = join(work, 'villages.csv');
    await writeTable(file, rowCount);
    const megabytes = statSync(file).size / 2 ** 20;
    // The child reports its own peak RSS as it exits (maxRSS is in KiB).
    const reporter = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))';
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', reporter, CLI, 'report', file, '--format', 'json', '--roll-up', 'province', '--out', '/dev/null'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const seconds = (performance.now() - started) / 1000;
    const rss = /maxRSS (\d+)/.exec(child.stderr);
    if (child.status !== 0 || rss === null) {
      process.stderr.write(`the command failed (exit ${child.status}):\n${child.stderr.slice(0, 2000)}\n`);
      process.exitCode = 1;
      return;
    }
    const result = {
      rows: rowCount,
      fileMiB: Number(megabytes.toFixed(1)),
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(rowCount / seconds),
      peakRssMiB: Number((Number(rss[1]) / 1024).toFixed(0)),
      node: process.version,
      cpu: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`,
      loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
