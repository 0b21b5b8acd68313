// Radar Palembang on the UHC awards of 14 Mar 2023: national figures of 1 Mar 2023, 98% by 2024.
import { frozenRecord, seedFigure, seedObservation, type SeedArticleRecords } from './build-seed-records.js';
import type { SeedArticleId } from './seed-articles.js';
import type { SeedDate } from './seed-date.js';
import type { SeedFigure } from './seed-figure.js';

const ARTICLE: SeedArticleId = '004_c85153b6b92f5600';

// The headline is printed twice; each quote runs into the following line to be unique.
const HEADLINE = 'Tembus 90 Persen dari Total Penduduk, Ini Target di 2024\n\nKepesertaan';
const HEADLINE_REPEAT = 'Tembus 90 Persen dari Total Penduduk, Ini Target di 2024\n\nDirektur Utama';
const NATIONAL =
  'sebanyak 252,1 juta jiwa atau lebih dari 90 persen dari seluruh penduduk Indonesia hingga 1 Maret 2023';
const CAPTION = 'acara penghargaan kepada 22 Provinsi, 334 Kabupaten dan Kota';
const CEREMONY = 'memberikan penghargaan kepada 22 Provinsi, 334 Kabupaten dan Kota';
const HEADLINE_NOTE = '"Tembus" (broke through): a lower bound, coverage above 90 %, which the parser reads as exact.';
const AWARDEES_NOTE = 'Recipients of the UHC awards of 14 Mar 2023.';

/** One of the two prints of the headline's `90 Persen`. */
function headline(id: string, quote: string): SeedFigure {
  return seedFigure({
    id,
    article: ARTICLE,
    quote,
    text: '90 Persen',
    role: 'coverage',
    regionCode: 'ID',
    note: HEADLINE_NOTE,
  });
}

/** The number of awarded provinces or regencies/cities in the caption or the text. */
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

/** One of the two prints of the 98% target. */
function target(id: string, quote: string): SeedFigure {
  return seedFigure({
    id,
    article: ARTICLE,
    quote,
    text: '98 persen',
    role: 'target',
    regionCode: 'ID',
    targetId: 'RPJMN_2020_2024',
    byYear: 2024,
  });
}

const headlineFirst = /* @__PURE__ */ headline('004-headline', HEADLINE);
const headlineRepeat = /* @__PURE__ */ headline('004-headline-repeat', HEADLINE_REPEAT);
const participants = /* @__PURE__ */ seedFigure({
  id: '004-national-participants',
  article: ARTICLE,
  quote: NATIONAL,
  text: '252,1 juta jiwa',
  role: 'participants',
  regionCode: 'ID',
  asOf: '2023-03-01',
  note: "The same count as the Klaten article's 252,17 juta, cut to one decimal.",
});
const coverage = /* @__PURE__ */ seedFigure({
  id: '004-national-coverage',
  article: ARTICLE,
  quote: NATIONAL,
  text: 'lebih dari 90 persen',
  role: 'coverage',
  regionCode: 'ID',
  asOf: '2023-03-01',
});

/** A year in the headline's "Ini Target di 2024". */
function headlineTargetYear(id: string, quote: string): SeedDate {
  return frozenRecord({ id, article: ARTICLE, quote, text: '2024', role: 'target-year', regionCode: 'ID', year: 2024 });
}

/** Every number of seed 004, accounted for. */
export const ARTICLE_004: SeedArticleRecords = Object.freeze({
  figures: Object.freeze([
    headlineFirst,
    headlineRepeat,
    awardees('004-uhc-provinces-caption', CAPTION, '22'),
    awardees('004-uhc-regencies-caption', CAPTION, '334'),
    participants,
    coverage,
    target('004-target', 'menyentuh angka persentase 98 persen'),
    target('004-target-repeat', 'kepesertaan JKN KIS sebesar 98 persen'),
    awardees('004-uhc-provinces', CEREMONY, '22'),
    awardees('004-uhc-regencies', CEREMONY, '334'),
  ]),
  dates: Object.freeze([
    headlineTargetYear('004-headline-target-year', HEADLINE),
    headlineTargetYear('004-headline-repeat-target-year', HEADLINE_REPEAT),
    frozenRecord({
      id: '004-as-of',
      article: ARTICLE,
      quote: NATIONAL,
      text: '1 Maret 2023',
      role: 'as-of',
      regionCode: 'ID',
      asOf: '2023-03-01',
      precision: 'day',
    } as const),
    frozenRecord({
      id: '004-target-year',
      article: ARTICLE,
      quote: 'Targetnya, di tahun 2024 mendatang',
      text: 'tahun 2024',
      role: 'target-year',
      regionCode: 'ID',
      year: 2024,
    } as const),
  ]),
  nonMetrics: Object.freeze([
    frozenRecord({
      article: ARTICLE,
      quote: 'Selasa 14 Maret 2023.-tangkap layar',
      text: '14 Maret 2023',
      reason: 'event-date',
      note: 'The UHC award ceremony, in the photo caption.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'Selasa 14 Maret 2023.\n\nBACA JUGA',
      text: '14 Maret 2023',
      reason: 'event-date',
      note: 'The UHC award ceremony.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'Instruksi Presiden Nomor 1 Tahun 2022',
      text: 'Nomor 1 Tahun 2022',
      reason: 'decree-number',
    } as const),
  ]),
  observations: Object.freeze([
    seedObservation({
      id: '004-national-2023-03-01',
      article: ARTICLE,
      regionCode: 'ID',
      asOf: '2023-03-01',
      asOfBasis: 'printed',
      quote: NATIONAL,
      printed: { participants, coverage },
      figures: [headlineFirst, headlineRepeat, participants, coverage],
      note: 'Participants printed to 0,1 juta, coverage as a bound; population not printed.',
    }),
  ]),
});
