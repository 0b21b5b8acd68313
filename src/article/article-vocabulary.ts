import type { ArticleRole } from './article-role.js';

/**
 * A cue: words that, printed near a number, say what the number is. Each word is a stem matched
 * inside a lower-cased word of the text (`peserta` matches `kepesertaan`), and a cue of several
 * words matches them in a row.
 *
 * @example
 * ```ts
 * const cue: ArticleCue = { words: ['belum', 'terdaftar'], role: 'uncovered' };
 * ```
 *
 * @category Articles
 */
export interface ArticleCue {
  /** The stems, in the order they are printed. */
  readonly words: readonly string[];
  /** The role the cue gives the number. */
  readonly role: ArticleRole;
}

/**
 * The rules {@link checkArticle} reads an Indonesian article with, as data: cue words for each
 * role of a number, the words of dates and periods, region nouns and the words that mark a
 * number as something other than a JKN figure. The figure grammar itself (hedges, `%`, scale
 * words) is `FIGURE_VOCABULARY` of the main entry.
 *
 * @category Articles
 */
export interface ArticleVocabulary {
  /** Cues read before a count, nearest first wins (`jumlah penduduk` 9.051.459: population). */
  readonly countCues: readonly ArticleCue[];
  /**
   * Cues read in the few words after a count (`400 ribu orang penduduk yang belum masuk`), up to
   * a comma, a semicolon or a word of {@link ArticleVocabulary.clauseWords}.
   */
  readonly countCuesAfter: readonly ArticleCue[];
  /** Words that start a new clause: a cue after them belongs to the next figure (`aktif dan 250.000 nonaktif`). */
  readonly clauseWords: readonly string[];
  /** Unit nouns printed with a count that name its role (`2.000.000 penduduk`). */
  readonly unitNounRoles: Readonly<Record<string, ArticleRole>>;
  /** Cues that make a percentage an activity rate or active coverage, read in the few words before it. */
  readonly activityCues: readonly ArticleCue[];
  /** Cues that make a percentage a target, read anywhere before it in its sentence. */
  readonly targetCues: readonly ArticleCue[];
  /** Words naming a membership segment: an activity printed with one is that segment's. */
  readonly segmentWords: readonly string[];
  /** Words just before a bare number that make it a percentage (`persentasenya ada sekitar 95,31`). */
  readonly percentCues: readonly string[];
  /** Words that say an activity rate divides by the population, or by the participants. */
  readonly activityBases: {
    /** `dari total penduduk`: active participants over the population. */
    readonly population: readonly (readonly string[])[];
    /** `dari total peserta`: active participants over the participants. */
    readonly participants: readonly (readonly string[])[];
  };
  /** Nouns after a bare number that make it a count of regions, with the level counted. */
  readonly regionNouns: readonly {
    /** The noun, lower case. */
    readonly word: string;
    /** The level of the regions counted. */
    readonly level: 'province' | 'regency';
  }[];
  /** Words after a number that make it a length of time (`10 tahun`). */
  readonly durationWords: readonly string[];
  /** Words just before a number that make it an identifier (`Nomor 1`, `ke-10`), not a figure. */
  readonly identifierWords: readonly string[];
  /** Words a few places before a number that make it a phone number. */
  readonly phoneWords: readonly string[];
  /** Prefixes and words of money (`Rp3,5 triliun`, `5 juta rupiah`). */
  readonly moneyPrefixes: readonly string[];
  /** Words after a number that make it money. */
  readonly moneyWords: readonly string[];
  /** Line openings of links to other articles (`Baca juga:`): their numbers are not this article's. */
  readonly linkLines: readonly (readonly string[])[];
  /** Words of an award, which make a year printed near them an award year. */
  readonly awardWords: readonly string[];
  /** Month names (Indonesian, English, abbreviations) and their number. */
  readonly months: Readonly<Record<string, number>>;
  /** Words just before a date that make it the date the figures refer to (`hingga`, `per`). */
  readonly asOfWords: readonly string[];
  /** Words before a year that make it a year (`tahun 2024`, `TA 2025`). */
  readonly yearWords: readonly string[];
  /** Words before a year that make it the end of that year (`akhir 2024`). */
  readonly yearEndWords: readonly string[];
  /** Words of a half-year (`semester II`). */
  readonly semesterWords: readonly string[];
  /**
   * Prefixes of a region name as printed (lower case, no dot) and the prefix the name directory
   * knows them by: `Pemprov Lampung` is looked up as `provinsi lampung`, `Pemkab Klaten` as
   * `kabupaten klaten`. A prefix binds only a name right after it.
   */
  readonly regionPrefixes: Readonly<Record<string, string>>;
  /** Phrases that name the whole country (`secara nasional`, `Indonesia`). */
  readonly nationalPhrases: readonly (readonly string[])[];
  /** Abbreviations whose dot does not end a sentence (`Kab.`, `Prof.`). */
  readonly abbreviations: readonly string[];
}

function cues(role: ArticleRole, ...phrases: readonly string[]): ArticleCue[] {
  return phrases.map((phrase) => Object.freeze({ words: Object.freeze(phrase.split(' ')), role }));
}

/**
 * The Indonesian rules {@link checkArticle} applies. Misspellings seen in print are listed beside
 * the word (`keakifan`, `presentase`), since a fact-checker meets the article as printed.
 *
 * @example
 * ```ts
 * ARTICLE_VOCABULARY.asOfWords;
 * // => ['hingga', 'per', 'sampai', 'dengan', 'data']
 * ARTICLE_VOCABULARY.countCuesAfter.map((cue) => cue.words.join(' '));
 * // => ['nonaktif', 'tidak aktif', 'belum', 'aktif']
 * ```
 *
 * @category Articles
 */
export const ARTICLE_VOCABULARY: ArticleVocabulary = /* @__PURE__ */ (() =>
  Object.freeze({
    countCues: Object.freeze([
      ...cues('non-active', 'nonaktif', 'tidak aktif', 'non aktif'),
      ...cues('uncovered', 'belum terdaftar', 'belum menjadi peserta', 'belum'),
      ...cues('active-participants', 'peserta aktif', 'aktif'),
      ...cues('segment-count', 'pbi', 'pbpu', 'ppu', 'segmen', 'jamkesda'),
      ...cues('population', 'penduduk', 'populasi'),
      ...cues('participants', 'peserta', 'terdaftar', 'cakupan'),
    ]),
    countCuesAfter: Object.freeze([
      ...cues('non-active', 'nonaktif', 'tidak aktif'),
      ...cues('uncovered', 'belum'),
      ...cues('active-participants', 'aktif'),
    ]),
    clauseWords: Object.freeze(['dan', 'atau', 'serta', 'sedangkan', 'namun', 'tetapi']),
    unitNounRoles: Object.freeze({ penduduk: 'population' as const, peserta: 'participants' as const }),
    activityCues: Object.freeze([
      ...cues('active-coverage', 'cakupan kepesertaan aktif', 'cakupan aktif'),
      ...cues('activity-rate', 'keaktifan', 'keakifan', 'aktif'),
    ]),
    targetCues: Object.freeze([
      ...cues('target', 'target', 'membidik', 'untuk mencapai', 'sasaran'),
    ]),
    segmentWords: Object.freeze(['pbi', 'pbpu', 'ppu', 'segmen', 'mandiri', 'jamkesda']),
    percentCues: Object.freeze(['persentase', 'persentasenya', 'presentase']),
    activityBases: Object.freeze({
      population: Object.freeze([['dari', 'total', 'penduduk'], ['dari', 'jumlah', 'penduduk'], ['dari', 'penduduk']]),
      participants: Object.freeze([['dari', 'total', 'peserta'], ['dari', 'jumlah', 'peserta'], ['dari', 'peserta']]),
    }),
    regionNouns: Object.freeze([
      Object.freeze({ word: 'provinsi', level: 'province' as const }),
      Object.freeze({ word: 'kabupaten', level: 'regency' as const }),
      Object.freeze({ word: 'kota', level: 'regency' as const }),
      Object.freeze({ word: 'kabupaten/kota', level: 'regency' as const }),
    ]),
    durationWords: Object.freeze(['tahun', 'bulan', 'minggu', 'hari', 'jam']),
    identifierWords: Object.freeze(['nomor', 'no', 'ke', 'nomer', 'pasal', 'ayat']),
    phoneWords: Object.freeze(['telepon', 'telp', 'tel', 'hp', 'wa', 'whatsapp', 'hubungi', 'call', 'center', 'fax']),
    moneyPrefixes: Object.freeze(['rp', 'idr', 'us$', '$']),
    moneyWords: Object.freeze(['rupiah', 'dolar', 'dollar']),
    linkLines: Object.freeze([['baca', 'juga'], ['lihat', 'juga']]),
    awardWords: Object.freeze(['penghargaan', 'award', 'awards']),
    months: Object.freeze({
      januari: 1, jan: 1, january: 1,
      februari: 2, feb: 2, february: 2, pebruari: 2,
      maret: 3, mar: 3, march: 3,
      april: 4, apr: 4,
      mei: 5, may: 5,
      juni: 6, jun: 6, june: 6,
      juli: 7, jul: 7, july: 7,
      agustus: 8, agu: 8, agt: 8, aug: 8, august: 8,
      september: 9, sep: 9, sept: 9,
      oktober: 10, okt: 10, oct: 10, october: 10,
      november: 11, nov: 11, nopember: 11,
      desember: 12, des: 12, dec: 12, december: 12,
    }),
    asOfWords: Object.freeze(['hingga', 'per', 'sampai', 'dengan', 'data']),
    yearWords: Object.freeze(['tahun', 'ta', 'sejak']),
    yearEndWords: Object.freeze(['akhir']),
    semesterWords: Object.freeze(['semester']),
    regionPrefixes: Object.freeze({
      provinsi: 'provinsi',
      prov: 'provinsi',
      pemprov: 'provinsi',
      kabupaten: 'kabupaten',
      kab: 'kab',
      pemkab: 'kabupaten',
      kota: 'kota',
      pemkot: 'kota',
    }),
    nationalPhrases: Object.freeze([['secara', 'nasional'], ['indonesia']]),
    abbreviations: Object.freeze(['kab', 'prof', 'dr', 'no', 'prov', 'kec', 'kel', 'h', 'ir', 'st']),
  }))();
