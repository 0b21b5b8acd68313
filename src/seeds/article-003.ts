// ANTARA, Bandarlampung, 2023: Lampung's JKN coverage on 1 Aug 2023 and PBPU activity.
import { frozenRecord, seedFigure, seedObservation, type SeedArticleRecords } from './build-seed-records.js';
import type { SeedArticleId } from './seed-articles.js';

const ARTICLE: SeedArticleId = '003_d0779c9ee81e164e';

const DATED = 'Provinsi Lampung per 1 Agustus 2023 telah mencapai 95,31 persen dari jumlah keseluruhan penduduk';
const QUOTED = 'berdasarkan data terakhir di Agustus ini persentasenya ada sekitar 95,31 atau sebanyak 8.527.908 jiwa';

const coverageLead = /* @__PURE__ */ seedFigure({
  id: '003-coverage-lead',
  article: ARTICLE,
  quote:
    'kepesertaan Jaminan Kesehatan Nasional (JKN) di Provinsi Lampung mencapai 95,31 persen dari total jumlah penduduk',
  text: '95,31 persen',
  role: 'coverage',
  regionCode: '18',
});
const coverage = /* @__PURE__ */ seedFigure({
  id: '003-coverage',
  article: ARTICLE,
  quote: DATED,
  text: '95,31 persen',
  role: 'coverage',
  regionCode: '18',
  asOf: '2023-08-01',
});
const coverageQuoted = /* @__PURE__ */ seedFigure({
  id: '003-coverage-quoted',
  article: ARTICLE,
  quote: QUOTED,
  text: 'sekitar 95,31',
  role: 'coverage',
  regionCode: '18',
  asOf: '2023-08-01',
  note: 'Printed without "%" or "persen"; "persentasenya" (its percentage) makes it a percentage.',
});
const participants = /* @__PURE__ */ seedFigure({
  id: '003-participants',
  article: ARTICLE,
  quote: QUOTED,
  text: '8.527.908 jiwa',
  role: 'participants',
  regionCode: '18',
  asOf: '2023-08-01',
});
const uncovered = /* @__PURE__ */ seedFigure({
  id: '003-uncovered',
  article: ARTICLE,
  quote: 'masih ada sekitar 400 ribu orang penduduk yang belum masuk dalam jaminan kesehatan nasional',
  text: 'sekitar 400 ribu orang',
  role: 'uncovered',
  regionCode: '18',
});
const pbpuActive = /* @__PURE__ */ seedFigure({
  id: '003-pbpu-active',
  article: ARTICLE,
  quote: 'segmen Pekerja Bukan Penerima Upah (PBPU) baru aktif 35 persen',
  text: '35 persen',
  role: 'segment-activity',
  regionCode: '18',
  segment: 'pbpu',
  note: 'The active share of the PBPU (self-employed, "mandiri") segment; its base, presumably the segment\'s participants, is not printed.',
});

/** Every number of seed 003, accounted for. */
export const ARTICLE_003: SeedArticleRecords = Object.freeze({
  figures: Object.freeze([coverageLead, coverage, coverageQuoted, participants, uncovered, pbpuActive]),
  dates: Object.freeze([
    frozenRecord({
      id: '003-as-of',
      article: ARTICLE,
      quote: DATED,
      text: '1 Agustus 2023',
      role: 'as-of',
      regionCode: '18',
      asOf: '2023-08-01',
      precision: 'day',
    } as const),
  ]),
  nonMetrics: Object.freeze([
    frozenRecord({
      article: ARTICLE,
      quote: 'Obati kanker, Rp3,5 triliun dana BPJS Kesehatan habis',
      text: 'Rp3,5 triliun',
      reason: 'money',
      note: 'A "Baca juga" link to another article.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: '12 juta peserta BPJS Kesehatan berisiko penyakit kronis',
      text: '12 juta peserta',
      reason: 'unrelated-count',
      note: 'A "Baca juga" link: participants at risk of chronic disease, not a coverage count.',
    } as const),
    frozenRecord({
      article: ARTICLE,
      quote: 'Copyright © ANTARA 2023',
      text: 'ANTARA 2023',
      reason: 'copyright-year',
    } as const),
  ]),
  observations: Object.freeze([
    seedObservation({
      id: '003-lampung-2023-08-01',
      article: ARTICLE,
      regionCode: '18',
      asOf: '2023-08-01',
      asOfBasis: 'printed',
      quote: DATED,
      printed: { participants, coverage, uncovered },
      figures: [coverageLead, coverage, coverageQuoted, participants, uncovered, pbpuActive],
      note: "BPJS Kesehatan's president director. The population is not printed; the coverage and the participants imply it.",
    }),
  ]),
});
