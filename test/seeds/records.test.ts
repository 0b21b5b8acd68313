import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_IDS, SEED_ARTICLES } from '../../src/seeds/seed-articles.js';
import { SEED_DATES } from '../../src/seeds/seed-dates.js';
import { SEED_NON_METRICS } from '../../src/seeds/seed-non-metrics.js';
import { seedText } from '../support/seed-text.js';
import { numberTokens } from './account-numbers.js';
import { isDeeplyFrozen } from './seed-records.js';

const README = readFileSync(new URL('../../seeds/README.md', import.meta.url), 'utf8');

/** The README table row of a seed file. */
function readmeRow(file: string): string {
  const row = README.split('\n').find((line) => line.startsWith(`| \`${file}\``));
  if (row === undefined) throw new Error(`seeds/README.md has no row for ${file}`);
  return row;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  februari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  desember: 12,
};

/** An Indonesian date as printed (`1 Juli 2024`, `November 2021`) read independently of the seeds. */
function readIndonesianDate(text: string): { iso: string; precision: 'day' | 'month' } {
  const match = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(text);
  const month = MONTHS[match?.[2]?.toLowerCase() ?? ''];
  if (match === null || month === undefined) throw new Error(`not an Indonesian date: ${text}`);
  const year = Number(match[3]);
  const mm = String(month).padStart(2, '0');
  if (match[1] === undefined) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { iso: `${year}-${mm}-${lastDay}`, precision: 'month' };
  }
  return { iso: `${year}-${mm}-${match[1].padStart(2, '0')}`, precision: 'day' };
}

describe('SEED_ARTICLES', () => {
  it('lists the five files of seeds/, keyed by their stem', () => {
    expect(Object.keys(SEED_ARTICLES)).toEqual([...SEED_ARTICLE_IDS]);
    for (const id of SEED_ARTICLE_IDS) {
      expect(SEED_ARTICLES[id].id).toBe(id);
      expect(SEED_ARTICLES[id].file).toBe(`${id}.txt`);
    }
  });

  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(SEED_ARTICLES)).toBe(true);
    expect(Object.isFrozen(SEED_ARTICLE_IDS)).toBe(true);
  });

  describe.each(SEED_ARTICLE_IDS)('seeds/%s.txt', (id) => {
    const article = SEED_ARTICLES[id];
    const row = readmeRow(article.file);
    const text = seedText(article.file);

    it('has the outlet, headline and publication date of seeds/README.md', () => {
      expect(row).toContain(article.outlet);
      expect(row).toContain(article.headline ?? 'not printed in the copy');
      expect(row).toContain(article.published ?? 'not printed;');
      expect(row).toContain(article.publishedNote.replace(/\|/g, '\\|'));
    });

    it('opens with its headline when it prints one', () => {
      if (article.headline === undefined) {
        // seeds/003 opens with its dateline: "Bandarlampung (ANTARA) - ..."
        expect(text.startsWith('Bandarlampung (ANTARA)')).toBe(true);
      } else {
        expect(text.split('\n')[0]).toBe(article.headline);
      }
    });
  });

  it('seeds/000: published "Jumat, 19 Juli 2024 | 15:02 WIB"; seeds/001: "Diposting: 22 Dec 2021"', () => {
    expect(seedText('000_ccb4cbd1960b7560.txt')).toContain('Jumat, 19 Juli 2024 | 15:02 WIB');
    expect(SEED_ARTICLES['000_ccb4cbd1960b7560'].published).toBe('2024-07-19');
    expect(seedText('001_83d779eaf3a3c545.txt')).toContain('Diposting: 22 Dec 2021');
    expect(SEED_ARTICLES['001_83d779eaf3a3c545'].published).toBe('2021-12-22');
  });
});

describe('SEED_DATES', () => {
  it('has unique ids prefixed with the article number, and is deeply frozen', () => {
    const ids = SEED_DATES.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of SEED_DATES) expect(record.id.slice(0, 3)).toBe(record.article.slice(0, 3));
    expect(isDeeplyFrozen(SEED_DATES)).toBe(true);
  });

  it('normalises every printed date by its role', () => {
    for (const record of SEED_DATES) {
      switch (record.role) {
        case 'as-of':
          expect(readIndonesianDate(record.text), record.id).toEqual({ iso: record.asOf, precision: record.precision });
          break;
        case 'population-period':
          // seeds/000: "penduduk semester II tahun 2023"
          expect([record.text, record.period]).toEqual(['semester II tahun 2023', '2023-S2']);
          break;
        default:
          expect(record.text, record.id).toMatch(new RegExp(`^(?:[Tt]ahun )?${record.year}$`));
      }
    }
  });

  it('dates the figures of 1 Jul 2024 (000), Nov 2021 (001), 1 Mar 2023 (002, 004) and 1 Aug 2023 (003)', () => {
    const asOf = SEED_DATES.flatMap((record) =>
      record.role === 'as-of' ? [[record.article.slice(0, 3), record.text]] : [],
    );
    expect(asOf).toEqual([
      ['000', '1 Juli 2024'],
      ['001', 'November 2021'],
      ['002', '1 Maret 2023'],
      ['003', '1 Agustus 2023'],
      ['004', '1 Maret 2023'],
    ]);
  });
});

describe('SEED_NON_METRICS', () => {
  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(SEED_NON_METRICS)).toBe(true);
  });

  it.each([
    [
      '000',
      'Inpres Nomor 1 Tahun 2022 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Kesehatan di',
      'decree-number',
    ],
    ['000', '15:02 WIB', 'publication-time'],
    ['000', '(17/7/2024)', 'event-date'],
    ['001', 'Gubernur Bengkulu ke-10', 'ordinal'],
    ['001', 'Rencana Kerja Tahun 2022', 'document-year'],
    ['001', 'Khawatir\n24 Nov 2023', 'related-article'],
    ['002', 'kurang lebih 10 tahun', 'duration'],
    ['002', 'Reaction?\n\nlike\n0', 'reaction-counter'],
    ['003', 'Rp3,5 triliun', 'money'],
    ['003', '12 juta peserta BPJS Kesehatan berisiko', 'unrelated-count'],
    ['003', 'Copyright © ANTARA 2023', 'copyright-year'],
    ['004', 'Instruksi Presiden Nomor 1 Tahun 2022', 'decree-number'],
  ] as const)('seeds/%s: "%s" is a %s', (prefix, printed, reason) => {
    const id = SEED_ARTICLE_IDS.find((candidate) => candidate.startsWith(prefix));
    if (id === undefined) throw new Error(`no seed ${prefix}`);
    const text = seedText(SEED_ARTICLES[id].file);
    const start = text.indexOf(printed);
    expect(text.indexOf(printed, start + 1)).toBe(-1);
    // The reasons of the records that cover the numbers inside the printed words.
    const reasons = numberTokens(printed).map((token) => {
      const at = start + token.start;
      const covering = SEED_NON_METRICS.filter((record) => {
        const textAt = text.indexOf(record.quote) + record.quote.indexOf(record.text);
        return record.article === id && textAt <= at && at + token.text.length <= textAt + record.text.length;
      });
      return covering.map((record) => record.reason);
    });
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons.flat())).toEqual(new Set([reason]));
    expect(reasons.every((found) => found.length === 1)).toBe(true);
  });

  it('counts the seven reaction counters of seeds/002 ("like 0" ... "wow 0")', () => {
    const counters = SEED_NON_METRICS.filter((record) => record.reason === 'reaction-counter');
    expect(counters.map((record) => record.text)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(new Set(counters.map((record) => record.article))).toEqual(new Set(['002_300703c94cbb4e75']));
  });
});
