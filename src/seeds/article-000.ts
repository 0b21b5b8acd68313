// NU Online Lampung, 19 Jul 2024: Pemprov Lampung's JKN contribution award; coverage 1 Jul 2024.
import { frozenRecord, seedFigure, seedObservation, type SeedArticleRecords } from './build-seed-records.js';
import type { SeedArticleId } from './seed-articles.js';

const ARTICLE: SeedArticleId = '000_ccb4cbd1960b7560';

// The provincial secretary's statement: every count of 1 July 2024 is in this one sentence.
const SEKDAPROV =
  'hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa atau setara 99,46 % dengan tingkat keakifan peserta 67,85 %';
const RPJMN =
  'Tahun 2024 Rencana Pembangunan Jangka Menengah Nasional (RPJMN) menetapkan target untuk mencapai Universal Health Coverage (UHO) sebesar 98% penduduk Indonesia';
const KEMENKO_NOTE =
  'The Kemenko PMK deputy prints no date or counts; the figure is 8.911.770 / 9.051.459 of 1 July 2024 rounded (98,4567%).';

const target = /* @__PURE__ */ seedFigure({
  id: '000-target',
  article: ARTICLE,
  quote: RPJMN,
  text: '98%',
  role: 'target',
  regionCode: 'ID',
  targetId: 'RPJMN_2020_2024',
  byYear: 2024,
  note: '"UHO" is the article\'s typo for UHC.',
});
const participants = /* @__PURE__ */ seedFigure({
  id: '000-participants',
  article: ARTICLE,
  quote: SEKDAPROV,
  text: '8.911.770 jiwa',
  role: 'participants',
  regionCode: '18',
  asOf: '2024-07-01',
});
const population = /* @__PURE__ */ seedFigure({
  id: '000-population',
  article: ARTICLE,
  quote: SEKDAPROV,
  text: '9.051.459 jiwa',
  role: 'population',
  regionCode: '18',
  asOf: '2024-07-01',
  period: '2023-S2',
});
const coverage = /* @__PURE__ */ seedFigure({
  id: '000-coverage',
  article: ARTICLE,
  quote: SEKDAPROV,
  text: '99,46 %',
  role: 'coverage',
  regionCode: '18',
  asOf: '2024-07-01',
  note: 'A slipped digit: 8.911.770 / 9.051.459 is 98,46 %, which the same article prints three times later.',
});
const activity = /* @__PURE__ */ seedFigure({
  id: '000-activity',
  article: ARTICLE,
  quote: SEKDAPROV,
  text: '67,85 %',
  role: 'activity-rate',
  regionCode: '18',
  asOf: '2024-07-01',
  base: 'population',
  note: 'Measured "dari total penduduk" (of the total population), as the sentence measures coverage; "keakifan" is the article\'s typo for keaktifan.',
});
const coverageCapaian = /* @__PURE__ */ seedFigure({
  id: '000-coverage-capaian',
  article: ARTICLE,
  quote: 'kepada Pemerintah Provinsi Lampung atas capaian UHC 98,46%',
  text: '98,46%',
  role: 'coverage',
  regionCode: '18',
});
const coveragePresentase = /* @__PURE__ */ seedFigure({
  id: '000-coverage-presentase',
  article: ARTICLE,
  quote: 'di Provinsi Lampung cakupan UHC nya sudah tercapai dengan presentase mencapai 98,46%',
  text: '98,46%',
  role: 'coverage',
  regionCode: '18',
});
const coverageSelamat = /* @__PURE__ */ seedFigure({
  id: '000-coverage-selamat',
  article: ARTICLE,
  quote: 'selamat untuk pak Sekdaprov dan jajarannya yang sudah mencapai UHC 98,46%',
  text: '98,46%',
  role: 'coverage',
  regionCode: '18',
});

const populationPeriod = /* @__PURE__ */ frozenRecord({
  id: '000-population-period',
  article: ARTICLE,
  quote: SEKDAPROV,
  text: 'semester II tahun 2023',
  role: 'population-period',
  regionCode: '18',
  period: '2023-S2',
} as const);

const sekdaprov = /* @__PURE__ */ seedObservation({
  id: '000-lampung-2024-07-01',
  article: ARTICLE,
  regionCode: '18',
  asOf: '2024-07-01',
  asOfBasis: 'printed',
  quote: SEKDAPROV,
  printed: { participants, population, coverage, activityRate: activity },
  figures: [participants, population, coverage, activity],
  populationPeriod,
  note: 'Provincial secretary Fahrizal Darminto. The printed 99,46 % contradicts the counts (98,46 %).',
});

/** Every number of seed 000, accounted for. */
export const ARTICLE_000: SeedArticleRecords = Object.freeze({
  figures: Object.freeze([
    target,
    participants,
    population,
    coverage,
    activity,
    coverageCapaian,
    coveragePresentase,
    coverageSelamat,
  ]),
  dates: Object.freeze([
    frozenRecord({
      id: '000-award-year',
      article: ARTICLE,
      quote: 'se-Provinsi Lampung Tahun 2023',
      text: 'Tahun 2023',
      role: 'award-year',
      regionCode: '18',
      year: 2023,
    } as const),
    frozenRecord({
      id: '000-target-year',
      article: ARTICLE,
      quote: RPJMN,
      text: 'Tahun 2024',
      role: 'target-year',
      regionCode: 'ID',
      year: 2024,
    } as const),
    frozenRecord({
      id: '000-as-of',
      article: ARTICLE,
      quote: SEKDAPROV,
      text: '1 Juli 2024',
      role: 'as-of',
      regionCode: '18',
      asOf: '2024-07-01',
      precision: 'day',
    } as const),
    populationPeriod,
  ]),
  nonMetrics: Object.freeze([
    frozenRecord({
      article: ARTICLE,
      quote: 'Jumat, 19 Juli 2024 | 15:02 WIB',
      text: '19 Juli 2024 | 15:02 WIB',
      reason: 'publication-time',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote:
        'implementasi Inpres Nomor 1 Tahun 2022 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Kesehatan di Provinsi Lampung',
      text: 'Nomor 1 Tahun 2022',
      reason: 'decree-number',
      note: 'Inpres 1/2022 on optimising the JKN programme.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'bertempat di Hotel Radisson, Rabu (17/7/2024)',
      text: '17/7/2024',
      reason: 'event-date',
      note: 'The monitoring meeting at which the award was handed over.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'Dengan dikeluarkannya Instruksi Presiden Nomor 1 Tahun 2022',
      text: 'Nomor 1 Tahun 2022',
      reason: 'decree-number',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote:
        'implementasi Inpres Nomor 1 Tahun 2022 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Kesehatan kepada Pemerintah Provinsi Lampung',
      text: 'Nomor 1 Tahun 2022',
      reason: 'decree-number',
    } as const),
  ]),
  observations: Object.freeze([
    sekdaprov,
    seedObservation({
      id: '000-lampung-2024-07-01-kemenko',
      article: ARTICLE,
      regionCode: '18',
      asOf: '2024-07-01',
      asOfBasis: 'same-article',
      quote: coveragePresentase.quote,
      printed: { coverage: coveragePresentase },
      figures: [coverageCapaian, coveragePresentase, coverageSelamat],
      countsFrom: sekdaprov,
      note: KEMENKO_NOTE,
    }),
  ]),
});
