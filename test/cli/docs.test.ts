// The command's guide shows its help as the command prints it, and the README shows the command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_HELP, MAIN_HELP, RANK_HELP, REPORT_HELP } from '../../src/cli/help.js';
import { runInProcess } from './run-in-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(ROOT, 'docs', 'command-line.md'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The text of the first ```text block after a line. */
function blockAfter(text: string, line: string): string | undefined {
  const start = text.indexOf(`\n${line}\n`);
  if (start === -1) return undefined;
  const open = text.indexOf('```text\n', start);
  return open === -1 ? undefined : text.slice(open + '```text\n'.length, text.indexOf('```', open + 7));
}

describe('docs/command-line.md', () => {
  it.each([
    ['## `uhc-metrics --help`', MAIN_HELP],
    ['## `uhc-metrics report --help`', REPORT_HELP],
    ['## `uhc-metrics rank --help`', RANK_HELP],
    ['## `uhc-metrics check --help`', CHECK_HELP],
  ])('shows %s as printed', (heading, help) => {
    expect(blockAfter(guide, heading)).toBe(help);
  });

  it('shows what the seed-data example prints', async () => {
    const printed = await runInProcess(['report', '-', '--target', 'rpjmn-2024', '--format', 'table', '--lang', 'en'], {
      stdin: ['kode;tanggal;penduduk;peserta\n18;2024-07-01;9.051.459;8.911.770\n'],
    });
    expect(guide).toContain("printf 'kode;tanggal;penduduk;peserta\\n18;2024-07-01;9.051.459;8.911.770\\n' |");
    expect(blockAfter(guide, '  npx uhc-metrics report - --target rpjmn-2024 --format table --lang en')).toBe(printed.stdout);
  });

  it('shows the first lines the article example prints', async () => {
    const printed = await runInProcess(['check', join(ROOT, 'seeds', '000_ccb4cbd1960b7560.txt'), '--lang', 'en'], { tty: true });
    const shown = blockAfter(guide, 'npx uhc-metrics check seeds/000_ccb4cbd1960b7560.txt --lang en') ?? 'missing';
    expect(printed.stdout.startsWith(shown)).toBe(true);
  });

  it('shows what the podium example prints', async () => {
    const printed = await runInProcess(['rank', join(ROOT, 'test', 'fixtures', 'cli', 'lampung.csv'), '--top', '3', '--format', 'table']);
    expect(guide).toContain(`\`\`\`text\n${printed.stdout}\`\`\``);
  });
});

describe('README', () => {
  it('shows the command on the seed data', () => {
    expect(readme).toContain("printf 'kode;tanggal;penduduk;peserta\\n18;2024-07-01;9.051.459;8.911.770\\n' | npx uhc-metrics report - --target rpjmn-2024");
    expect(readme).toContain('\nnpx uhc-metrics check seeds/000_ccb4cbd1960b7560.txt --lang en\n');
  });
});
