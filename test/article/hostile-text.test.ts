// Hostile text: nothing to read, only numbers, a megabyte of digits and dots, bad arguments.
// Each gives a result or a typed error naming the field, never a hang (sizes are bounded so the
// suite stays fast; bench/article-check.ts times a full megabyte of realistic text).
import { describe, expect, it } from 'vitest';
import { isUhcMetricsError } from '../../src/index.js';
import { checkArticle, crossCheckArticles, renderArticleCheck } from '../../src/article.js';

function errorOf(run: () => unknown): { code: string; path: readonly (string | number)[]; message: string } {
  try {
    run();
  } catch (error) {
    if (isUhcMetricsError(error)) return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected an error');
}

// A shared machine can be slow: the bound below is a hang guard, not a benchmark.
describe('checkArticle on hostile text', { timeout: 30_000 }, () => {
  it('reads an empty text and a text without numbers as nothing', () => {
    for (const text of ['', '   \n\n', 'Tidak ada angka di sini. '.repeat(2_000)]) {
      const check = checkArticle(text);
      expect([check.figures, check.claims, check.dates, check.consistent]).toEqual([[], [], [], true]);
    }
  });

  it('gives each of 5 000 bare numbers the role other, with the rule that says nothing explained it', () => {
    const check = checkArticle('12 '.repeat(5_000));
    expect(check.figures).toHaveLength(5_000);
    expect(new Set(check.figures.map((figure) => `${figure.role}/${figure.rule}`))).toEqual(new Set(['other/no-cue']));
    expect(check.claims).toEqual([]);
  });

  it('reads a megabyte of digits and dots as one number that is not a figure', () => {
    for (const text of ['1.'.repeat(500_000), '9'.repeat(1_000_000), '1,'.repeat(500_000)]) {
      const check = checkArticle(text);
      expect(check.figures.map((figure) => [figure.role, figure.rule, figure.start])).toEqual([['other', 'not-a-figure', 0]]);
    }
    expect(checkArticle('.'.repeat(1_000_000)).figures).toEqual([]);
  });

  it('groups many prints of one thing into one claim and compares each once', () => {
    const check = checkArticle('Provinsi Lampung per 1 Juli 2024 mencapai 98,46 %. '.repeat(500));
    expect(check.claims).toHaveLength(1);
    expect(check.claims[0]?.agreements).toHaveLength(499);
  });

  it('throws typed errors naming the field, with a bounded value', () => {
    expect(errorOf(() => checkArticle(42 as unknown as string))).toMatchObject({ code: 'INVALID_TYPE', path: ['text'] });
    expect(errorOf(() => checkArticle('', { locale: 'fr' } as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'locale'],
    });
    expect(errorOf(() => checkArticle('', { lang: 'en' } as never))).toMatchObject({ code: 'INVALID_OPTION' });
    const long = errorOf(() => checkArticle('a'.repeat(16_000_001)));
    expect(long).toMatchObject({ code: 'INVALID_INPUT', path: ['text'] });
    expect(long.message.length).toBeLessThan(300);
    expect(errorOf(() => renderArticleCheck(null as never))).toMatchObject({ code: 'INVALID_TYPE', path: ['check'] });
    expect(errorOf(() => renderArticleCheck({ figures: 1, claims: [] } as never))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['check', 'figures'],
    });
    expect(errorOf(() => renderArticleCheck({ figures: [], claims: 1 } as never))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['check', 'claims'],
    });
    expect(errorOf(() => renderArticleCheck(checkArticle(''), { locale: 'de' } as never))).toMatchObject({
      code: 'INVALID_OPTION',
    });
    expect(errorOf(() => crossCheckArticles('x' as never))).toMatchObject({ code: 'INVALID_TYPE', path: ['checks'] });
    expect(errorOf(() => crossCheckArticles([null] as never))).toMatchObject({ code: 'INVALID_TYPE', path: ['checks', 0] });
  });

  it('returns deeply frozen results', () => {
    const check = checkArticle('Provinsi Lampung per 1 Juli 2024: 8.911.770 jiwa dari total penduduk 9.051.459 jiwa atau 98,46 %.');
    expect(Object.isFrozen(check)).toBe(true);
    expect(Object.isFrozen(check.figures[0])).toBe(true);
    expect(Object.isFrozen(check.claims[0]?.implied)).toBe(true);
    expect(Object.isFrozen(check.claims[0]?.agreements)).toBe(true);
  });
});
