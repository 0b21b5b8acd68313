import type { PrintedFigure } from '../figures/printed-figure.js';
import type { ActivityBase, IsoDate, SegmentName } from '../models/snapshot.js';
import type { SeedQuote } from './seed-quote.js';

/**
 * What a metric figure of the articles measures:
 *
 * - `participants`: people registered in JKN (`8.911.770 jiwa`, `252,17 juta jiwa`,
 *   `lebih dari 250 juta orang`).
 * - `population`: the population a coverage is measured against (`9.051.459 jiwa`).
 * - `coverage`: participants as a percentage of the population (`99,46 %`, `95,31 persen`,
 *   `lebih dari 90 persen`).
 * - `activity-rate`: active participants as a percentage of `base` (`67,85 %`).
 * - `segment-activity`: the active share of one membership `segment` (`35 persen` of PBPU).
 * - `uncovered`: people not yet registered (`sekitar 400 ribu orang`).
 * - `target`: a plan's coverage goal with a deadline (`98%` by 2024, RPJMN 2020-2024).
 * - `threshold`: the coverage rule for UHC status or an award (`minimal 95%`).
 * - `region-count`: a number of regions at one `level` (`22` provinces, `334` regencies/cities).
 *
 * Percent roles are parsed as percentages, the others as counts. Ranks ("terbaik pertama") are
 * words, not figures: see {@link LAMPUNG_PODIUM_2023}. Dates are in {@link SEED_DATES}.
 *
 * @example
 * ```ts
 * const role: SeedFigureRole = 'segment-activity';
 * ```
 *
 * @category Seed dataset
 */
export type SeedFigureRole =
  | 'participants'
  | 'population'
  | 'coverage'
  | 'activity-rate'
  | 'segment-activity'
  | 'uncovered'
  | 'target'
  | 'threshold'
  | 'region-count';

/**
 * The fields every {@link SeedFigure} has, whatever its role.
 *
 * @example
 * ```ts
 * const base: SeedFigureBase = {
 *   id: '003-participants',
 *   article: '003_d0779c9ee81e164e',
 *   quote: 'berdasarkan data terakhir di Agustus ini persentasenya ada sekitar 95,31 atau sebanyak 8.527.908 jiwa',
 *   text: '8.527.908 jiwa',
 *   regionCode: '18',
 *   asOf: '2023-08-01',
 *   figure: parseFigure('8.527.908 jiwa'),
 * };
 * ```
 *
 * @category Seed dataset
 */
export interface SeedFigureBase extends SeedQuote {
  /** A stable identifier, prefixed with the article's number: `'000-participants'`. */
  readonly id: string;
  /** The region the figure is about (for a region count: the region whose parts are counted). */
  readonly regionCode?: string;
  /**
   * The date the figure refers to, when the article states it for this figure's statement.
   * Absent for undated mentions (headlines, repetitions); {@link SEED_OBSERVATIONS} says how
   * those are dated. A month (`per November 2021`) is stored as its last day.
   */
  readonly asOf?: IsoDate;
  /**
   * The figure parsed with `parseFigure` (main entry) from `text` (as a percentage or a count, by role),
   * once, when the module loads.
   */
  readonly figure: PrintedFigure;
  /** What a reader should know: a typo, a hedge the parser cannot see, an assumption. */
  readonly note?: string;
}

/**
 * A metric figure printed in one of the five articles, with where it was printed and what it
 * measures. A union on `role` ({@link SeedFigureRole}); some roles carry a field of their own:
 * `population` its reference `period`, `activity-rate` its `base`, `segment-activity` its
 * `segment`, `target` and `threshold` the `targetId` of the preset they print (and a target its
 * `byYear`), `region-count` the `level` of the regions counted.
 *
 * @example
 * ```ts
 * const activity = SEED_FIGURES.find((record) => record.role === 'activity-rate');
 * [activity?.text, activity?.role === 'activity-rate' ? activity.base : undefined];
 * // => ['67,85 %', 'population']
 * ```
 *
 * @category Seed dataset
 */
export type SeedFigure =
  | (SeedFigureBase & {
      /** What this record is: see {@link SeedFigureRole}. */
      readonly role: 'participants' | 'coverage' | 'uncovered';
    })
  | (SeedFigureBase & {
      /** What this record is: see {@link SeedFigureRole}. */
      readonly role: 'population';
      /** The population's reference period (`'2023-S2'`), when printed. */
      readonly period?: string;
    })
  | (SeedFigureBase & {
      /** What this record is: see {@link SeedFigureRole}. */
      readonly role: 'activity-rate';
      /** What active participants were divided by. */
      readonly base: ActivityBase;
    })
  | (SeedFigureBase & {
      /** What this record is: see {@link SeedFigureRole}. */
      readonly role: 'segment-activity';
      /** The membership segment whose participants the share is of. */
      readonly segment: SegmentName;
    })
  | (SeedFigureBase & {
      /** What this record is: see {@link SeedFigureRole}. */
      readonly role: 'target';
      /** The id of the target preset the figure prints (`'RPJMN_2020_2024'`). */
      readonly targetId: string;
      /** The year by which the target is to be met. */
      readonly byYear: number;
    })
  | (SeedFigureBase & {
      /** What this record is: see {@link SeedFigureRole}. */
      readonly role: 'threshold';
      /** The id of the target preset whose threshold the figure prints (`'UHC_2015_2019'`). */
      readonly targetId: string;
    })
  | (SeedFigureBase & {
      /** What this record is: see {@link SeedFigureRole}. */
      readonly role: 'region-count';
      /** The level of the regions counted. */
      readonly level: 'province' | 'regency';
    });
