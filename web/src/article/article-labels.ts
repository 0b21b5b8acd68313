// The article checker's roles, causes and reasons in words, in the page's two languages.
import type { ArticleRole, UncheckedReason } from 'uhc-metrics/article';
import type { Locale } from '../messages.js';

type Cause = 'slipped-digit' | 'different-base' | 'rounding' | 'parts-do-not-add-up' | 'disagrees-with-other-print';

interface ArticleLabels {
  readonly roles: Readonly<Record<ArticleRole, string>>;
  readonly unchecked: Readonly<Record<UncheckedReason, string>>;
  readonly causes: Readonly<Record<Cause, string>>;
}

export const ARTICLE_LABELS: Readonly<Record<Locale, ArticleLabels>> = {
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
      'segment-count': 'jumlah per segmen',
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
      'reference-count': 'ini angka acuan yang dipakai memeriksa angka lain',
      'no-counts': 'tidak ada jumlah untuk membandingkannya',
      'one-count-only': 'hanya satu jumlah yang dicetak (lihat angka tersirat di tabel klaim)',
      'no-active-count': 'jumlah peserta aktif tidak dicetak',
      'no-base': 'pembagi tingkat keaktifan tidak dicetak dan tidak dapat disimpulkan',
      'no-segment-counts': 'jumlah per segmen tidak dicetak',
    },
    causes: {
      'slipped-digit': 'salah ketik satu digit',
      'different-base': 'dibagi dengan pembagi lain',
      rounding: 'pembulatan',
      'parts-do-not-add-up': 'bagian-bagiannya tidak sama dengan jumlahnya',
      'disagrees-with-other-print': 'berbeda dengan angka lain untuk hal yang sama',
    },
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
      'not-a-claim': 'not a membership figure',
      'reference-count': 'the count the other figures are checked against',
      'no-counts': 'no count to check it against',
      'one-count-only': 'only one count is printed (see the implied figures in the claim table)',
      'no-active-count': 'active participants are not printed',
      'no-base': 'the activity rate\'s base is neither printed nor inferable',
      'no-segment-counts': 'segment counts are not printed',
    },
    causes: {
      'slipped-digit': 'a slipped digit',
      'different-base': 'divided by another base',
      rounding: 'rounding',
      'parts-do-not-add-up': 'the parts do not add up to the whole',
      'disagrees-with-other-print': 'disagrees with another print of the same thing',
    },
  },
};
