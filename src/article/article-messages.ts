import type { ArticleLocale } from './check-article.js';
import type { ArticleRole } from './article-role.js';
import type { FigureVerdict, UncheckedReason } from './article-check.js';

/**
 * The words the article checker reports in, in one language: what a number is (its role), why a
 * figure could not be checked, the likely cause of an inconsistency and the labels of a report.
 * A page or a program that shows a check in its own layout takes its labels from here, so that
 * they read as {@link renderArticleCheck}'s do.
 *
 * @example
 * ```ts
 * const words: ArticleMessages = ARTICLE_MESSAGES.en;
 * words.roles['activity-rate'];
 * // => 'activity rate'
 * ```
 *
 * @category Articles
 */
export interface ArticleMessages {
  /** Each role of a number (`'activity-rate'`: `'tingkat keaktifan'`, `'activity rate'`). */
  readonly roles: Readonly<Record<ArticleRole, string>>;
  /** Why a figure was not checked, as short as a table cell. */
  readonly unchecked: Readonly<Record<UncheckedReason, string>>;
  /** The likely cause of an inconsistent figure (`'slipped-digit'`: `'salah ketik satu digit'`). */
  readonly causes: Readonly<Record<NonNullable<FigureVerdict['likelyCause']>, string>>;
  /** The verdict of a figure that agrees with its claim's counts. */
  readonly consistent: string;
  /** The verdict of a figure that does not. */
  readonly inconsistent: string;
  /** Before the value the counts give (`hitungan 98,46`). */
  readonly computed: string;
  /** Before the words that decided a number's role. */
  readonly cue: string;
  /** The heading of a claim. */
  readonly claim: string;
  /** In place of a claim's date when the article gives none. */
  readonly undated: string;
  /** In place of a claim's region when the article names none. */
  readonly noRegion: string;
  /** Before the population a printed percentage implies. */
  readonly impliedPopulation: string;
  /** Before the participants a printed percentage implies. */
  readonly impliedParticipants: string;
  /** Before the people not covered a printed percentage implies. */
  readonly impliedUncovered: string;
  /** Before the base of a claim's activity rate. */
  readonly base: string;
  /** How the base was decided: from the printed counts or from the article's words. */
  readonly baseHow: Readonly<Record<'counts' | 'words', string>>;
  /** Between two figures of one claim that disagree. */
  readonly disagree: string;
  /** The last line of a report: how many numbers, claims and inconsistent figures. */
  readonly summary: (figures: number, claims: number, inconsistent: number) => string;
}

/**
 * The article checker's words in Indonesian (`id`, the default of {@link renderArticleCheck})
 * and English (`en`).
 *
 * @example
 * ```ts
 * import { ARTICLE_MESSAGES } from 'uhc-metrics/article';
 *
 * [ARTICLE_MESSAGES.id.roles.coverage, ARTICLE_MESSAGES.id.causes['slipped-digit'], ARTICLE_MESSAGES.id.inconsistent];
 * // => ['cakupan', 'salah ketik satu digit', 'tidak konsisten']
 * ARTICLE_MESSAGES.en.summary(14, 1, 1);
 * // => '14 numbers, 1 claim, 1 inconsistent.'
 * ```
 *
 * @category Articles
 */
export const ARTICLE_MESSAGES: Readonly<Record<ArticleLocale, ArticleMessages>> = Object.freeze({
  id: frozen({
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
  }),
  en: frozen({
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
  }),
});

/** One language's words, frozen with the records inside: exported, they are the library's own. */
function frozen(messages: ArticleMessages): ArticleMessages {
  for (const words of [messages.roles, messages.unchecked, messages.causes, messages.baseHow]) Object.freeze(words);
  return Object.freeze(messages);
}
