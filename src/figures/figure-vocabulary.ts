import type { FigureLocale } from './figure-locale.js';
import type { FigureQualifier } from './printed-figure.js';

/**
 * The separators and words the figure parser understands in one locale. Words are lower case;
 * the parser compares case-insensitively and needs whitespace between words.
 *
 * @category Figures
 */
export interface FigureVocabulary {
  /** Groups thousands in the integer part: `.` in `8.911.770` (id), `,` in `8,911,770` (en). */
  readonly groupSeparator: '.' | ',';
  /** Separates the fraction: `,` in `99,46` (id), `.` in `99.46` (en). */
  readonly decimalSeparator: ',' | '.';
  /** Hedges printed before the number, each a sequence of words; no hedge means `exact`. */
  readonly qualifiers: readonly {
    /** The hedge's words in order, e.g. `['lebih', 'dari']`. */
    readonly words: readonly string[];
    /** What the hedge says about the printed number, e.g. `more-than`. */
    readonly qualifier: Exclude<FigureQualifier, 'exact'>;
  }[];
  /** Words that mark a percentage, besides the sign `%`. */
  readonly percentWords: readonly string[];
  /**
   * Words that mark percentage points, each a sequence of words: `pp`, `poin persen`. A figure
   * with them is of kind `pp`.
   */
  readonly pointWords: readonly (readonly string[])[];
  /**
   * Words printed before a change to say its direction, and the sign each gives: `turun` (-1),
   * `naik` (+1). Only a percentage or a number of points may carry one; a count never does.
   */
  readonly changeWords: readonly {
    /** The word, e.g. `turun`. */
    readonly word: string;
    /** `-1` for a decline, `1` for a rise. */
    readonly sign: -1 | 1;
  }[];
  /** Scale words after the number and the power of ten each multiplies by. */
  readonly scaleWords: readonly {
    /** The scale word, e.g. `juta`. */
    readonly word: string;
    /** The power of ten it multiplies by, e.g. `6` for `juta`. */
    readonly exponent: number;
  }[];
  /**
   * Nouns for what is counted, accepted once after a count and otherwise ignored: they say what
   * was counted, not how many. Kept short on purpose; anything else is trailing text.
   */
  readonly unitNouns: readonly string[];
}

/** Freezes a vocabulary and every array and entry inside it. */
function frozenVocabulary(vocabulary: FigureVocabulary): FigureVocabulary {
  return Object.freeze({
    ...vocabulary,
    qualifiers: Object.freeze(
      vocabulary.qualifiers.map((entry) => Object.freeze({ ...entry, words: Object.freeze([...entry.words]) })),
    ),
    percentWords: Object.freeze([...vocabulary.percentWords]),
    pointWords: Object.freeze(vocabulary.pointWords.map((words) => Object.freeze([...words]))),
    changeWords: Object.freeze(vocabulary.changeWords.map((entry) => Object.freeze({ ...entry }))),
    scaleWords: Object.freeze(vocabulary.scaleWords.map((entry) => Object.freeze({ ...entry }))),
    unitNouns: Object.freeze([...vocabulary.unitNouns]),
  });
}

/**
 * What {@link parseFigure} accepts in each locale: separators, hedges, percent and point words,
 * change words, scale words and unit nouns. Indonesian follows the way BPJS Kesehatan and the press print JKN figures.
 *
 * @example
 * ```ts
 * FIGURE_VOCABULARY.id.scaleWords.map((entry) => entry.word);
 * // => ['ribu', 'juta', 'miliar', 'triliun']
 * FIGURE_VOCABULARY.en.decimalSeparator;
 * // => '.'
 * FIGURE_VOCABULARY.id.changeWords.map((entry) => [entry.word, entry.sign]);
 * // => [['turun', -1], ['menurun', -1], ['naik', 1], ['meningkat', 1]]
 * ```
 *
 * @category Figures
 */
export const FIGURE_VOCABULARY: Readonly<Record<FigureLocale, FigureVocabulary>> = /* @__PURE__ */ Object.freeze({
  id: /* @__PURE__ */ frozenVocabulary({
    groupSeparator: '.',
    decimalSeparator: ',',
    qualifiers: [
      { words: ['sekitar'], qualifier: 'about' },
      { words: ['kurang', 'lebih'], qualifier: 'about' },
      { words: ['lebih', 'dari'], qualifier: 'more-than' },
      { words: ['di', 'atas'], qualifier: 'more-than' },
      { words: ['minimal'], qualifier: 'at-least' },
      { words: ['paling', 'sedikit'], qualifier: 'at-least' },
      { words: ['kurang', 'dari'], qualifier: 'less-than' },
      { words: ['di', 'bawah'], qualifier: 'less-than' },
      { words: ['hampir'], qualifier: 'almost' },
    ],
    percentWords: ['persen'],
    pointWords: [['pp'], ['poin', 'persen'], ['persen', 'poin']],
    changeWords: [
      { word: 'turun', sign: -1 },
      { word: 'menurun', sign: -1 },
      { word: 'naik', sign: 1 },
      { word: 'meningkat', sign: 1 },
    ],
    scaleWords: [
      { word: 'ribu', exponent: 3 },
      { word: 'juta', exponent: 6 },
      { word: 'miliar', exponent: 9 },
      { word: 'triliun', exponent: 12 },
    ],
    unitNouns: ['jiwa', 'orang', 'penduduk', 'peserta'],
  }),
  en: /* @__PURE__ */ frozenVocabulary({
    groupSeparator: ',',
    decimalSeparator: '.',
    qualifiers: [
      { words: ['about'], qualifier: 'about' },
      { words: ['more', 'than'], qualifier: 'more-than' },
      { words: ['at', 'least'], qualifier: 'at-least' },
      { words: ['less', 'than'], qualifier: 'less-than' },
      { words: ['almost'], qualifier: 'almost' },
    ],
    percentWords: ['percent'],
    pointWords: [['pp'], ['percentage', 'points'], ['percentage', 'point']],
    changeWords: [
      { word: 'down', sign: -1 },
      { word: 'up', sign: 1 },
    ],
    scaleWords: [
      { word: 'thousand', exponent: 3 },
      { word: 'million', exponent: 6 },
      { word: 'billion', exponent: 9 },
      { word: 'trillion', exponent: 12 },
    ],
    unitNouns: ['people', 'persons', 'residents', 'participants'],
  }),
});
