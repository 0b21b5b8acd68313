import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MESSAGES, checkArticle, renderArticleCheck } from '../../src/article.js';

const seed000 = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', '000_ccb4cbd1960b7560.txt'), 'utf8');

describe('renderArticleCheck', () => {
  it('renders seed 000 in Indonesian by default: the claim, the slipped digit, the disagreeing prints', () => {
    const lines = renderArticleCheck(checkArticle(seed000)).split('\n');
    expect(lines.slice(0, 10)).toEqual([
      'Klaim 18, 2024-07-01',
      '  «8.911.770 jiwa» peserta [petunjuk: kepesertaan]: angka acuan',
      '  «9.051.459 jiwa» penduduk [petunjuk: penduduk]: angka acuan',
      '  «99,46 %» cakupan: tidak konsisten (salah ketik satu digit); hitungan 98,46',
      '  «67,85 %» tingkat keaktifan [petunjuk: keakifan]: jumlah peserta aktif tidak dicetak',
      '  «98,46%» cakupan: konsisten; hitungan 98,46',
      '  «98,46%» cakupan: konsisten; hitungan 98,46',
      '  «98,46%» cakupan: konsisten; hitungan 98,46',
      '  pembagi keaktifan: penduduk (dari kalimat)',
      '  tidak sepakat: «99,46 %» / «98,46%»',
    ]);
    expect(lines.at(-1)).toBe('23 angka, 1 klaim, 1 angka tidak konsisten.');
  });

  it('renders in English with locale en, implied intervals included', () => {
    const text = 'Secara nasional, hingga 1 Maret 2023 peserta JKN mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk.';
    const lines = renderArticleCheck(checkArticle(text), { locale: 'en' }).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Claim ID, 2023-03-01',
      '  «252,17 juta jiwa» participants [cue: peserta]: nothing to check it against',
      '  «90,79 %» coverage: only one count printed',
      // 252,165-252,18 juta over 90,785-90,8 %, rounded inward to whole people.
      '  implied population: 277,714,758–277,777,165',
      '  implied not covered: 25,549,758–25,597,165',
    ]);
  });
});

describe('ARTICLE_MESSAGES', () => {
  it('are the words the report is written in, for a page that lays a check out itself', () => {
    const check = checkArticle(seed000);
    const misprint = check.figures.find((figure) => figure.text === '99,46 %');
    const words = ARTICLE_MESSAGES.en;
    expect(misprint?.verdict.likelyCause).toBe('slipped-digit');
    expect(renderArticleCheck(check, { locale: 'en' })).toContain(
      `«99,46 %» ${words.roles.coverage}: ${words.inconsistent} (${words.causes['slipped-digit']})`,
    );
  });

  it('are frozen, records inside too: exported, they are still the library\'s own', () => {
    for (const words of Object.values(ARTICLE_MESSAGES)) {
      for (const value of [words, words.roles, words.unchecked, words.causes, words.baseHow]) expect(Object.isFrozen(value)).toBe(true);
    }
    expect(Object.isFrozen(ARTICLE_MESSAGES)).toBe(true);
  });
});
