import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_IDS, SEED_ARTICLES, type SeedArticleId } from '../../src/seeds/seed-articles.js';
import { SEED_DATES } from '../../src/seeds/seed-dates.js';
import { SEED_FIGURES } from '../../src/seeds/seed-figures.js';
import { SEED_NON_METRICS } from '../../src/seeds/seed-non-metrics.js';
import type { SeedQuote } from '../../src/seeds/seed-quote.js';
import { seedText } from '../support/seed-text.js';
import { accountNumbers, numberTokens } from './account-numbers.js';

/** Every record that accounts for numbers of one article. */
function recordsOf(article: SeedArticleId): readonly SeedQuote[] {
  return [...SEED_FIGURES, ...SEED_DATES, ...SEED_NON_METRICS].filter((record) => record.article === article);
}

const LAMPUNG: SeedArticleId = '000_ccb4cbd1960b7560';

describe('numberTokens', () => {
  it('reads maximal runs of digits with internal separators', () => {
    const text =
      'mencapai 8.911.770 jiwa atau 99,46 %, Rabu (17/7/2024). Jumat | 15:02 WIB ke-10 Rp3,5 triliun like\n0 Tahun 2023.';
    expect(numberTokens(text).map((token) => token.text)).toEqual([
      '8.911.770',
      '99,46',
      '17/7/2024',
      '15:02',
      '10',
      '3,5',
      '0',
      '2023',
    ]);
  });

  it('keeps offsets into the text', () => {
    const [token] = numberTokens('ke-10 ini');
    expect(token).toEqual({ text: '10', start: 3, end: 5 });
  });
});

describe.each(SEED_ARTICLE_IDS)('the ledger of seeds/%s.txt', (article) => {
  const text = seedText(SEED_ARTICLES[article].file);
  const ledger = accountNumbers(text, recordsOf(article));

  it('has numbers to account for', () => {
    expect(ledger.tokens.length).toBeGreaterThan(0);
  });

  it('locates every record: quote unique in the article, text unique in the quote, covering whole numbers', () => {
    expect(ledger.problems).toEqual([]);
  });

  it('accounts for every number exactly once', () => {
    expect(ledger.unaccounted).toEqual([]);
    expect(ledger.overcounted).toEqual([]);
  });
});

describe('accountNumbers on altered articles', () => {
  const text = seedText(SEED_ARTICLES[LAMPUNG].file);
  const records = recordsOf(LAMPUNG);

  it('reports a number added to an article as unaccounted', () => {
    const altered = `${text}\nHingga kini tercatat 123 peserta baru.`;
    const ledger = accountNumbers(altered, records);
    expect(ledger.unaccounted.map((token) => token.text)).toEqual(['123']);
    expect(ledger.overcounted).toEqual([]);
    expect(ledger.problems).toEqual([]);
  });

  it('reports a changed number: its quote is no longer found and the new number is unaccounted', () => {
    // seeds/000: "telah mencapai 8.911.770 jiwa"
    const altered = text.replace('8.911.770', '8.911.771');
    const ledger = accountNumbers(altered, records);
    expect(ledger.problems.every((problem) => problem.kind === 'quote-not-found')).toBe(true);
    expect(ledger.problems.length).toBeGreaterThan(0);
    expect(ledger.unaccounted.map((token) => token.text)).toContain('8.911.771');
  });

  it('reports a quote printed twice as not unique', () => {
    const [record] = records;
    if (record === undefined) throw new Error('seed 000 has records');
    const ledger = accountNumbers(`${text}\n${record.quote}`, [record]);
    expect(ledger.problems).toEqual([{ kind: 'quote-not-unique', record, occurrences: 2 }]);
  });

  it('reports a number covered by two records', () => {
    const record: SeedQuote = { article: LAMPUNG, quote: 'Rabu (17/7/2024)', text: '17/7/2024' };
    const ledger = accountNumbers(text, [...records, record]);
    expect(ledger.overcounted.map((entry) => entry.token.text)).toEqual(['17/7/2024']);
    expect(ledger.overcounted[0]?.records).toHaveLength(2);
  });

  it('reports a text not inside its quote, or not unique in it', () => {
    const outside: SeedQuote = { article: LAMPUNG, quote: 'Rabu (17/7/2024)', text: '18/7/2024' };
    const twice: SeedQuote = {
      article: LAMPUNG,
      quote: 'Inpres Nomor 1 Tahun 2022 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Kesehatan di',
      text: '2',
    };
    expect(accountNumbers(text, [outside]).problems).toEqual([{ kind: 'text-not-in-quote', record: outside }]);
    expect(accountNumbers(text, [twice]).problems).toEqual([{ kind: 'text-not-unique-in-quote', record: twice }]);
  });

  it('reports a text that cuts a number in two, or holds none', () => {
    const cut: SeedQuote = { article: LAMPUNG, quote: 'sebesar 9.051.459 jiwa', text: '9.051' };
    const empty: SeedQuote = { article: LAMPUNG, quote: 'sebesar 9.051.459 jiwa', text: 'jiwa' };
    expect(accountNumbers(text, [cut]).problems).toEqual([
      { kind: 'text-splits-number', record: cut, token: expect.objectContaining({ text: '9.051.459' }) },
    ]);
    expect(accountNumbers(text, [empty]).problems).toEqual([{ kind: 'text-holds-no-number', record: empty }]);
  });

  it('finds every number unaccounted without records', () => {
    const ledger = accountNumbers(text, []);
    expect(ledger.unaccounted).toEqual(ledger.tokens);
  });
});
