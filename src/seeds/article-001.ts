// Indo Barat, 22 Dec 2021: Bengkulu's JKN coverage in November 2021 and its 2024 target.
import { frozenRecord, seedFigure, seedObservation, type SeedArticleRecords } from './build-seed-records.js';
import type { SeedArticleId } from './seed-articles.js';
import type { SeedNonMetric } from './seed-non-metric.js';

const ARTICLE: SeedArticleId = '001_83d779eaf3a3c545';

const NOVEMBER =
  'cakupan kepesertaan JKN Provinsi Bengkulu hingga per November 2021 berada pada angka 80,62 persen dari total penduduk 2.032.767 jiwa';
const TARGET = 'untuk mencapai target Universal Health Coverage (UHC) 98 persen di tahun 2024';

const coverage = /* @__PURE__ */ seedFigure({
  id: '001-coverage',
  article: ARTICLE,
  quote: NOVEMBER,
  text: '80,62 persen',
  role: 'coverage',
  regionCode: '17',
  asOf: '2021-11-30',
});
const population = /* @__PURE__ */ seedFigure({
  id: '001-population',
  article: ARTICLE,
  quote: NOVEMBER,
  text: '2.032.767 jiwa',
  role: 'population',
  regionCode: '17',
  asOf: '2021-11-30',
});
const target = /* @__PURE__ */ seedFigure({
  id: '001-target',
  article: ARTICLE,
  quote: TARGET,
  text: '98 persen',
  role: 'target',
  regionCode: '17',
  targetId: 'RPJMN_2020_2024',
  byYear: 2024,
});
const regenciesBelowAverage = /* @__PURE__ */ seedFigure({
  id: '001-regencies-below-average',
  article: ARTICLE,
  quote: 'Nanti dari 9 kabupaten kota yang masih di bawah rata-rata',
  text: '9',
  role: 'region-count',
  regionCode: '17',
  level: 'regency',
  note: 'The regencies and cities of Bengkulu still below the average coverage ("di bawah rata-rata"), as the governor put it.',
});

/** A link in the "Artikel Terkait" / "Topik Terkait" lists: the quote ends with the link's date. */
function relatedLink(quote: string, text: string): SeedNonMetric {
  return frozenRecord({ article: ARTICLE, quote, text, reason: 'related-article' });
}

/** Every number of seed 001, accounted for. */
export const ARTICLE_001: SeedArticleRecords = Object.freeze({
  figures: Object.freeze([coverage, population, target, regenciesBelowAverage]),
  dates: Object.freeze([
    frozenRecord({
      id: '001-headline-target-year',
      article: ARTICLE,
      quote: 'Cakupan JKN Provinsi Bengkulu Ditargetkan Penuhi UHC di Tahun 2024',
      text: 'Tahun 2024',
      role: 'target-year',
      regionCode: '17',
      year: 2024,
    } as const),
    frozenRecord({
      id: '001-as-of',
      article: ARTICLE,
      quote: NOVEMBER,
      text: 'November 2021',
      role: 'as-of',
      regionCode: '17',
      asOf: '2021-11-30',
      precision: 'month',
    } as const),
    frozenRecord({
      id: '001-target-year',
      article: ARTICLE,
      quote: TARGET,
      text: 'tahun 2024',
      role: 'target-year',
      regionCode: '17',
      year: 2024,
    } as const),
  ]),
  nonMetrics: Object.freeze([
    frozenRecord({
      article: ARTICLE,
      quote: 'Diposting: 22 Dec 2021',
      text: '22 Dec 2021',
      reason: 'publication-time',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'Selasa, 21 Desember 2021, Foto: Dok',
      text: '21 Desember 2021',
      reason: 'event-date',
      note: 'The coordination meeting, in the photo caption.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'Balai Raya Semarak Bengkulu, Selasa (21/12/2021)',
      text: '21/12/2021',
      reason: 'event-date',
      note: 'The coordination meeting.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'jelas Gubernur Bengkulu ke-10 ini',
      text: 'ke-10',
      reason: 'ordinal',
      note: 'The tenth governor of Bengkulu.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'Penandatanganan Nota Kesepakatan dan Rencana Kerja Tahun 2022',
      text: 'Tahun 2022',
      reason: 'document-year',
      note: 'The 2022 work plan agreed with BPJS Kesehatan; it sets no figure.',
    } as const),
    relatedLink('Teken Komitmen Swasembada Pangan 2025', '2025'),
    relatedLink('Swasembada Pangan 2025\n13 Dec 2024', '13 Dec 2024'),
    relatedLink('Ini Jadwal Pencairan PIP\n13 Dec 2024', '13 Dec 2024'),
    relatedLink('Serahkan DIPA TA 2025', 'TA 2025'),
    relatedLink('Fokus Hilirisasi dan Ketahanan Pangan\n13 Dec 2024', '13 Dec 2024'),
    relatedLink('Edukasi Keuangan untuk ASN Pemprov Bengkulu\n12 Dec 2024', '12 Dec 2024'),
    relatedLink('Perkuat Kinerja Sektor Publikasi dan Digitalisasi\n12 Dec 2024', '12 Dec 2024'),
    relatedLink('Alasan Klinik Karena Hari Libur\n27 Jan 2025', '27 Jan 2025'),
    relatedLink('Lebong Kembali Raih Penghargaan UHC Award\n08 Aug 2024', '08 Aug 2024'),
    relatedLink('RSUD dr. M. Yunus Bengkulu\n20 May 2024', '20 May 2024'),
    relatedLink('Edwar Samsi Sambut Baik Capaian UHC Pemprov\n24 Nov 2023', '24 Nov 2023'),
    relatedLink('Warga yang Menunggak BPJS Kesehatan Kini Tak Perlu Khawatir\n24 Nov 2023', '24 Nov 2023'),
  ]),
  observations: Object.freeze([
    seedObservation({
      id: '001-bengkulu-2021-11',
      article: ARTICLE,
      regionCode: '17',
      asOf: '2021-11-30',
      asOfBasis: 'printed',
      quote: NOVEMBER,
      printed: { population, coverage },
      figures: [coverage, population],
      note: 'Printed "hingga per November 2021": the month, stored as its last day. Participants are not printed.',
    }),
  ]),
});
