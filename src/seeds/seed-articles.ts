import type { IsoDate } from '../models/snapshot.js';

/**
 * The identifier of a seed article: the stem of its file in the repository's `seeds/` folder
 * (`000_ccb4cbd1960b7560` is `seeds/000_ccb4cbd1960b7560.txt`).
 *
 * @example
 * ```ts
 * const lampung: SeedArticleId = '000_ccb4cbd1960b7560';
 * ```
 *
 * @category Seed dataset
 */
export type SeedArticleId =
  | '000_ccb4cbd1960b7560'
  | '001_83d779eaf3a3c545'
  | '002_300703c94cbb4e75'
  | '003_d0779c9ee81e164e'
  | '004_c85153b6b92f5600';

/**
 * One of the five Indonesian news articles the library is tested against, as described in
 * `seeds/README.md`. The article text itself is not shipped; its figures are, in
 * {@link SEED_FIGURES}, each with the sentence it was printed in.
 *
 * @example
 * ```ts
 * const article: SeedArticle = SEED_ARTICLES['001_83d779eaf3a3c545'];
 * article.published;
 * // => '2021-12-22'
 * ```
 *
 * @category Seed dataset
 */
export interface SeedArticle {
  /** The file stem, e.g. `'000_ccb4cbd1960b7560'`. */
  readonly id: SeedArticleId;
  /** The file name in `seeds/`, e.g. `'000_ccb4cbd1960b7560.txt'`. */
  readonly file: string;
  /** The outlet or publisher. */
  readonly outlet: string;
  /** The headline as printed; `undefined` when the copy prints none (the ANTARA text opens with its dateline). */
  readonly headline: string | undefined;
  /** The publication date; `undefined` when the article does not print one. */
  readonly published: IsoDate | undefined;
  /** How the publication date was printed, or what dates the article when it prints none (from `seeds/README.md`). */
  readonly publishedNote: string;
}

/**
 * The identifiers of the five seed articles, in file order.
 *
 * @example
 * ```ts
 * SEED_ARTICLE_IDS.length;
 * // => 5
 * ```
 *
 * @category Seed dataset
 */
export const SEED_ARTICLE_IDS: readonly SeedArticleId[] = /* @__PURE__ */ Object.freeze([
  '000_ccb4cbd1960b7560',
  '001_83d779eaf3a3c545',
  '002_300703c94cbb4e75',
  '003_d0779c9ee81e164e',
  '004_c85153b6b92f5600',
] as const);

/**
 * The five seed articles by identifier: outlet, headline and publication date, from
 * `seeds/README.md`. Frozen.
 *
 * @example
 * ```ts
 * SEED_ARTICLES['000_ccb4cbd1960b7560'].outlet;
 * // => 'NU Online Lampung'
 * SEED_ARTICLES['003_d0779c9ee81e164e'].headline;
 * // => undefined
 * ```
 *
 * @category Seed dataset
 */
export const SEED_ARTICLES: Readonly<Record<SeedArticleId, SeedArticle>> = /* @__PURE__ */ Object.freeze({
  '000_ccb4cbd1960b7560': Object.freeze({
    id: '000_ccb4cbd1960b7560',
    file: '000_ccb4cbd1960b7560.txt',
    outlet: 'NU Online Lampung',
    headline: 'Pemprov Lampung Raih Penghargaan Komitmen dan Kepatuhan Iuran Program JKN',
    published: '2024-07-19',
    publishedNote: 'printed: "Jumat, 19 Juli 2024 | 15:02 WIB"',
  }),
  '001_83d779eaf3a3c545': Object.freeze({
    id: '001_83d779eaf3a3c545',
    file: '001_83d779eaf3a3c545.txt',
    outlet: 'Indo Barat',
    headline: 'Cakupan JKN Provinsi Bengkulu Ditargetkan Penuhi UHC di Tahun 2024',
    published: '2021-12-22',
    publishedNote: 'printed: "Diposting: 22 Dec 2021"',
  }),
  '002_300703c94cbb4e75': Object.freeze({
    id: '002_300703c94cbb4e75',
    file: '002_300703c94cbb4e75.txt',
    outlet: 'Pemerintah Kabupaten Klaten (Bagian Prokopim Setda)',
    headline: 'Capai 96%, Kabupaten Klaten Raih Penghargaan UHC Dari BPJS Kesehatan',
    published: undefined,
    publishedNote: 'not printed; reports the award ceremony of Tuesday 2023-03-14',
  }),
  '003_d0779c9ee81e164e': Object.freeze({
    id: '003_d0779c9ee81e164e',
    file: '003_d0779c9ee81e164e.txt',
    outlet: 'ANTARA',
    headline: undefined,
    published: undefined,
    publishedNote:
      'not printed; "Copyright © ANTARA 2023", reports data "per 1 Agustus 2023" told on a Monday ("Senin")',
  }),
  '004_c85153b6b92f5600': Object.freeze({
    id: '004_c85153b6b92f5600',
    file: '004_c85153b6b92f5600.txt',
    outlet: 'Radar Palembang',
    headline: 'Kepesertaan JKN KIS Secara Nasional Tembus 90 Persen dari Total Penduduk, Ini Target di 2024',
    published: undefined,
    publishedNote: 'not printed; reports the award ceremony of Tuesday 2023-03-14',
  }),
});
