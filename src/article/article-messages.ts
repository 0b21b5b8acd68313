import type { ArticleLocale } from './check-article.js';
import type { ArticleRole } from './article-role.js';
import type { UncheckedReason } from './article-check.js';

/** The words of a rendered report in one language. */
export interface ArticleMessages {
  readonly roles: Readonly<Record<ArticleRole, string>>;
  readonly unchecked: Readonly<Record<UncheckedReason, string>>;
  readonly causes: Readonly<Record<string, string>>;
  readonly consistent: string;
  readonly inconsistent: string;
  readonly computed: string;
  readonly cue: string;
  readonly claim: string;
  readonly undated: string;
  readonly noRegion: string;
  readonly impliedPopulation: string;
  readonly impliedParticipants: string;
  readonly impliedUncovered: string;
  readonly base: string;
  readonly baseHow: Readonly<Record<'counts' | 'words', string>>;
  readonly disagree: string;
  readonly summary: (figures: number, claims: number, inconsistent: number) => string;
}

/** The report's words in Indonesian and English. */
export const ARTICLE_MESSAGES: Readonly<Record<ArticleLocale, ArticleMessages>> = {
  id: {
    roles: {
      participants: 'peserta',
      population: 'penduduk',
      'active-participants': 'peserta aktif',
      'non-active': 'peserta nonaktif',
      uncovered: 'belum terdaftar',
      coverage: 'cakupan',
      'active-coverage': 'cakupan aktif',
      'activity-rate': 'tingkat keaktifan',
      'segment-count': 'jumlah segmen',
      'segment-activity': 'keaktifan segmen',
      target: 'target',
      threshold: 'ambang',
      'region-count': 'jumlah wilayah',
      date: 'tanggal',
      'award-year': 'tahun penghargaan',
      money: 'uang',
      other: 'lain-lain',
    },
    unchecked: {
      'not-a-claim': 'bukan angka kepesertaan',
      'reference-count': 'angka acuan',
      'no-counts': 'tidak ada angka pembanding',
      'one-count-only': 'hanya satu jumlah dicetak',
      'no-active-count': 'jumlah peserta aktif tidak dicetak',
      'no-base': 'pembagi tidak diketahui',
      'no-segment-counts': 'jumlah per segmen tidak dicetak',
    },
    causes: {
      'slipped-digit': 'salah ketik satu digit',
      'different-base': 'pembagi lain',
      rounding: 'pembulatan',
      'parts-do-not-add-up': 'bagian tidak sama dengan jumlahnya',
      'disagrees-with-other-print': 'berbeda dengan angka lain untuk hal yang sama',
    },
    consistent: 'konsisten',
    inconsistent: 'tidak konsisten',
    computed: 'hitungan',
    cue: 'petunjuk',
    claim: 'Klaim',
    undated: 'tanpa tanggal',
    noRegion: 'wilayah tidak diketahui',
    impliedPopulation: 'penduduk tersirat',
    impliedParticipants: 'peserta tersirat',
    impliedUncovered: 'belum terdaftar tersirat',
    base: 'pembagi keaktifan',
    baseHow: { counts: 'dari angka', words: 'dari kalimat' },
    disagree: 'tidak sepakat',
    summary: (figures, claims, inconsistent) =>
      `${figures} angka, ${claims} klaim, ${inconsistent} angka tidak konsisten.`,
  },
  en: {
    roles: {
      participants: 'participants',
      population: 'population',
      'active-participants': 'active participants',
      'non-active': 'non-active participants',
      uncovered: 'not covered',
      coverage: 'coverage',
      'active-coverage': 'active coverage',
      'activity-rate': 'activity rate',
      'segment-count': 'segment count',
      'segment-activity': 'segment activity',
      target: 'target',
      threshold: 'threshold',
      'region-count': 'count of regions',
      date: 'date',
      'award-year': 'award year',
      money: 'money',
      other: 'other',
    },
    unchecked: {
      'not-a-claim': 'not a coverage figure',
      'reference-count': 'the reference count',
      'no-counts': 'nothing to check it against',
      'one-count-only': 'only one count printed',
      'no-active-count': 'active participants not printed',
      'no-base': 'base unknown',
      'no-segment-counts': 'segment counts not printed',
    },
    causes: {
      'slipped-digit': 'a slipped digit',
      'different-base': 'a different base',
      rounding: 'rounding',
      'parts-do-not-add-up': 'the parts do not add up',
      'disagrees-with-other-print': 'disagrees with another print of the same thing',
    },
    consistent: 'consistent',
    inconsistent: 'inconsistent',
    computed: 'computed',
    cue: 'cue',
    claim: 'Claim',
    undated: 'undated',
    noRegion: 'region unknown',
    impliedPopulation: 'implied population',
    impliedParticipants: 'implied participants',
    impliedUncovered: 'implied not covered',
    base: 'activity base',
    baseHow: { counts: 'from the counts', words: 'from the words' },
    disagree: 'disagree',
    summary: (figures, claims, inconsistent) =>
      `${figures} ${figures === 1 ? 'number' : 'numbers'}, ${claims} ${claims === 1 ? 'claim' : 'claims'}, ${inconsistent} inconsistent.`,
  },
};
