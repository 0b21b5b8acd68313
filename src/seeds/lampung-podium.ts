import type { SeedArticleId } from './seed-articles.js';
import type { SeedPlacement } from './seed-placement.js';

const ARTICLE: SeedArticleId = '000_ccb4cbd1960b7560';
const AWARD = 'Penghargaan terbaik komitmen dan kepatuhan iuran program JKN se-Provinsi Lampung Tahun 2023';
const AWARDED_ON = '2024-07-17';

/**
 * The podium of Lampung's 2023 award for commitment and compliance with JKN contributions, as
 * NU Online Lampung printed it on 19 July 2024: first the provincial government (18), second
 * Kota Metro (18.72), third Kabupaten Lampung Selatan (18.01). The places are printed as words
 * (`terbaik pertama`, `kedua`, `ketiga`), so they are not figures of {@link SEED_FIGURES}.
 *
 * @example
 * ```ts
 * LAMPUNG_PODIUM_2023.map((placement) => [placement.place, placement.regionCode]);
 * // => [[1, '18'], [2, '18.72'], [3, '18.01']]
 * ```
 *
 * @category Seed dataset
 */
export const LAMPUNG_PODIUM_2023: readonly SeedPlacement[] = Object.freeze([
  Object.freeze({
    article: ARTICLE,
    quote:
      'menerima penghargaan terbaik pertama kategori komitmen dan kepatuhan iuran program Jaminan Kesehatan Nasional (JKN)',
    text: 'terbaik pertama',
    place: 1,
    government: 'Pemerintah Provinsi Lampung',
    regionCode: '18',
    award: AWARD,
    awardedOn: AWARDED_ON,
  }),
  Object.freeze({
    article: ARTICLE,
    quote: 'Pemerintah Kota Metro sebagai terbaik kedua',
    text: 'terbaik kedua',
    place: 2,
    government: 'Pemerintah Kota Metro',
    regionCode: '18.72',
    award: AWARD,
    awardedOn: AWARDED_ON,
  }),
  Object.freeze({
    article: ARTICLE,
    quote: 'Pemerintah Kabupaten Lampung Selatan sebagai terbaik ketiga',
    text: 'terbaik ketiga',
    place: 3,
    government: 'Pemerintah Kabupaten Lampung Selatan',
    regionCode: '18.01',
    award: AWARD,
    awardedOn: AWARDED_ON,
  }),
]);
