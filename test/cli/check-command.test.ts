// `uhc-metrics check`: the article checker on a seed article, in every format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, renderArticleCheck } from '../../src/article.js';
import { CHECK_HELP } from '../../src/cli/help.js';
import { runInProcess as run } from './run-in-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(ROOT, 'seeds', '000_ccb4cbd1960b7560.txt');
const text = readFileSync(SEED, 'utf8');

describe('check', () => {
  it('prints the checker report on a terminal, in the language asked', async () => {
    expect(await run(['check', SEED, '--lang', 'en'], { tty: true })).toEqual({ code: 0, stdout: `${renderArticleCheck(checkArticle(text, { locale: 'en' }), { locale: 'en' })}\n`, stderr: '' });
    expect((await run(['check', SEED], { tty: true })).stdout).toBe(`${renderArticleCheck(checkArticle(text))}\n`);
  });

  it('gives every figure with its verdict as JSON in a pipe: seed 000 printed "99,46 %" for 98,46 %', async () => {
    const { code, stdout } = await run(['check', SEED]);
    expect(code).toBe(0);
    const check = JSON.parse(stdout) as { figures: { text: string; verdict: { status: string; likelyCause?: string } }[] };
    expect(check.figures.find((figure) => figure.text === '99,46 %')?.verdict).toMatchObject({ status: 'inconsistent', likelyCause: 'slipped-digit' });
    expect(check).toEqual(JSON.parse(JSON.stringify(checkArticle(text))));
  });

  it('lists the figures in md and csv', async () => {
    const md = (await run(['check', SEED, '--format', 'md', '--lang', 'en'])).stdout.split('\n');
    expect(md[0]).toBe('| Claim | Figure | Role | Regions | Date | Verdict | Computed | Why |');
    expect(md.some((line) => /^\| \d+ \| 99,46 % \| coverage \| 18 \| 2024-07-01 \| INCONSISTENT \| 98\.46 \| slipped-digit \|$/.test(line))).toBe(true);
    const csv = (await run(['check', SEED, '--format', 'csv'])).stdout.split('\n');
    expect(csv[0]).toBe('claim,text,role,regionCodes,asOf,status,computed,reason');
    expect(csv.length - 2).toBe(checkArticle(text).figures.length);
  });

  it('reads standard input, and refuses an empty, binary or missing file with exit 2', async () => {
    const piped = await run(['check', '-'], { stdin: [text.slice(0, 200), text.slice(200)] });
    expect(piped.stdout).toBe((await run(['check', SEED])).stdout);
    expect(await run(['check', '-'], { stdin: ['  \n'] })).toEqual({ code: 2, stdout: '', stderr: 'uhc-metrics: standard input: is empty; expected the text of an article\n' });
    const binary = join(ROOT, 'test', 'fixtures', 'cli', 'binary.xlsx');
    expect(await run(['check', binary])).toEqual({ code: 2, stdout: '', stderr: `uhc-metrics: ${binary}: is not a text file (a NUL byte at byte 5); give a CSV or JSON file\n` });
    expect((await run(['check', 'no-such-article.txt'])).stderr).toBe('uhc-metrics: no-such-article.txt: no such file\n');
    expect(await run(['check'])).toEqual({ code: 2, stdout: '', stderr: "uhc-metrics: give the article to read (or - for standard input)\nSee 'uhc-metrics check --help'.\n" });
  });

  it('has its help, with an example on a seed article', async () => {
    expect(await run(['check', '--help'])).toEqual({ code: 0, stdout: CHECK_HELP, stderr: '' });
    expect(CHECK_HELP).toContain('\nExample:\n  uhc-metrics check seeds/000_ccb4cbd1960b7560.txt');
  });
});
