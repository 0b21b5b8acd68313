// Pemkab Klaten on the UHC awards of 14 Mar 2023: Klaten at 96%, national figures of 1 Mar 2023.
import { frozenRecord, seedFigure, seedObservation, type SeedArticleRecords } from './build-seed-records.js';
import type { SeedArticleId } from './seed-articles.js';
import type { SeedFigure } from './seed-figure.js';
import type { SeedNonMetric } from './seed-non-metric.js';

const ARTICLE: SeedArticleId = '002_300703c94cbb4e75';

const NATIONAL =
  'Sampai dengan 1 Maret 2023, tercatat cakupan perlindungan program JKN-KIS mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk';
const AWARDEES = 'terdapat 22 provinsi dan 334 kabupaten/ kota yang telah mewujudkan UHC';
const SELAMAT =
  'Selamat untuk 22 provinsi dan 334 kabupaten/kota dengan cakupan kepesertaannya menjadi lebih dari 95% total penduduk';
const AWARDEES_NOTE = 'Recipients of the UHC awards of 14 Mar 2023.';
// The headline is printed twice; each quote runs into the following line to be unique.
const KLATEN_NOTE = 'Klaten (33.10) at the UHC awards of 14 Mar 2023; the date of the data is not printed.';

/** One of the four prints of Klaten's `96%`. */
function klaten(id: string, quote: string): SeedFigure {
  return seedFigure({
    id,
    article: ARTICLE,
    quote,
    text: '96%',
    role: 'coverage',
    regionCode: '33.10',
    note: KLATEN_NOTE,
  });
}

const klatenHeadline = /* @__PURE__ */ klaten(
  '002-klaten-headline',
  'Capai 96%, Kabupaten Klaten Raih Penghargaan UHC Dari BPJS Kesehatan\n\nPemerintah Kabupaten Klaten',
);
const klatenHeading = /* @__PURE__ */ klaten(
  '002-klaten-heading',
  'Capai 96%, Kabupaten Klaten Raih Penghargaan UHC Dari BPJS Kesehatan\n\nUniversal Health Coverage',
);
const klatenCapaian = /* @__PURE__ */ klaten('002-klaten-capaian', 'Penghargaan Universal Health Coverage (UHC) dengan capaian 96%');
const klatenBupati = /* @__PURE__ */ klaten('002-klaten-bupati', 'mewujudkan capaian UHC Klaten 96%');

const threshold = /* @__PURE__ */ seedFigure({
  id: '002-threshold',
  article: ARTICLE,
  quote: 'dikelola oleh BPJS Kesehatan minimal 95% dari jumlah penduduk',
  text: 'minimal 95%',
  role: 'threshold',
  targetId: 'UHC_2015_2019',
  note: "The article's definition of UHC.",
});
const participantsOver250m = seedFigure({
  id: '002-participants-over-250m',
  article: ARTICLE,
  quote: 'kurang lebih 10 tahun jumlah kepesertaan telah mencapai lebih dari 250 juta orang',
  text: 'lebih dari 250 juta orang',
  role: 'participants',
  regionCode: 'ID',
  note: 'A bound, undated: "in about 10 years" of JKN (since 2014).',
});
const nationalParticipants = /* @__PURE__ */ seedFigure({
  id: '002-national-participants',
  article: ARTICLE,
  quote: NATIONAL,
  text: '252,17 juta jiwa',
  role: 'participants',
  regionCode: 'ID',
  asOf: '2023-03-01',
});
const nationalCoverage = /* @__PURE__ */ seedFigure({
  id: '002-national-coverage',
  article: ARTICLE,
  quote: NATIONAL,
  text: '90,79 %',
  role: 'coverage',
  regionCode: 'ID',
  asOf: '2023-03-01',
});

/** The number of awarded provinces or regencies/cities in one of the two statements. */
function awardees(id: string, quote: string, text: '22' | '334'): SeedFigure {
  return seedFigure({
    id,
    article: ARTICLE,
    quote,
    text,
    role: 'region-count',
    regionCode: 'ID',
    level: text === '22' ? 'province' : 'regency',
    note: AWARDEES_NOTE,
  });
}

/** A reader-reaction counter at the foot of the page: `like\n0`. */
function reaction(quote: string): SeedNonMetric {
  return frozenRecord({ article: ARTICLE, quote, text: '0', reason: 'reaction-counter' });
}

/** Every number of seed 002, accounted for. */
export const ARTICLE_002: SeedArticleRecords = Object.freeze({
  figures: Object.freeze([
    klatenHeadline,
    klatenHeading,
    threshold,
    participantsOver250m,
    nationalParticipants,
    nationalCoverage,
    awardees('002-uhc-provinces', AWARDEES, '22'),
    awardees('002-uhc-regencies', AWARDEES, '334'),
    awardees('002-uhc-provinces-selamat', SELAMAT, '22'),
    awardees('002-uhc-regencies-selamat', SELAMAT, '334'),
    seedFigure({
      id: '002-threshold-selamat',
      article: ARTICLE,
      quote: SELAMAT,
      text: 'lebih dari 95%',
      role: 'threshold',
      targetId: 'UHC_2015_2019',
      note: 'Printed as "lebih dari" (more than) where the rule the article states is "minimal" (at least) 95%.',
    }),
    klatenCapaian,
    klatenBupati,
  ]),
  dates: Object.freeze([
    frozenRecord({
      id: '002-as-of',
      article: ARTICLE,
      quote: NATIONAL,
      text: '1 Maret 2023',
      role: 'as-of',
      regionCode: 'ID',
      asOf: '2023-03-01',
      precision: 'day',
    } as const),
  ]),
  nonMetrics: Object.freeze([
    frozenRecord({
      article: ARTICLE,
      quote: 'Jakarta Selatan pada Selasa, (14/03/2023)',
      text: '14/03/2023',
      reason: 'event-date',
      note: 'The UHC award ceremony.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'kurang lebih 10 tahun jumlah kepesertaan',
      text: '10 tahun',
      reason: 'duration',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'program strategis nasional sejak 2014',
      text: 'sejak 2014',
      reason: 'event-date',
      note: 'JKN began in 2014.',
    } as const),
    reaction('Reaction?\n\nlike\n0'),
    reaction('dislike\n0'),
    reaction('love\n0'),
    reaction('funny\n0'),
    reaction('angry\n0'),
    reaction('sad\n0'),
    reaction('wow\n0'),
  ]),
  observations: Object.freeze([
    seedObservation({
      id: '002-national-2023-03-01',
      article: ARTICLE,
      regionCode: 'ID',
      asOf: '2023-03-01',
      asOfBasis: 'printed',
      quote: NATIONAL,
      printed: { participants: nationalParticipants, coverage: nationalCoverage },
      figures: [nationalParticipants, nationalCoverage],
      note: "BPJS Kesehatan's president director; participants printed to 0,01 juta, population not printed.",
    }),
    seedObservation({
      id: '002-klaten-2023-03-14',
      article: ARTICLE,
      regionCode: '33.10',
      asOf: '2023-03-14',
      asOfBasis: 'event',
      quote: klatenCapaian.quote,
      printed: { coverage: klatenCapaian },
      figures: [klatenHeadline, klatenHeading, klatenCapaian, klatenBupati],
      note: 'Only a percentage is printed, dated by the award ceremony.',
    }),
  ]),
});
