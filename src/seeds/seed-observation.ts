import type { IsoDate, PrintedFigures, Snapshot, SnapshotSource } from '../models/snapshot.js';
import type { SeedArticleId } from './seed-articles.js';

/**
 * How an observation's date was obtained:
 *
 * - `printed`: the article prints the date the figures refer to (`hingga 1 Juli 2024`).
 * - `same-article`: not printed beside these figures; another statement of the same article
 *   dates the same data (the Kemenko PMK deputy's `98,46%` matches the counts of 1 July 2024).
 * - `event`: not printed; the date of the event at which the figures were announced (Klaten's
 *   `96%` at the award ceremony of 14 March 2023).
 *
 * @example
 * ```ts
 * const basis: SeedAsOfBasis = 'event';
 * ```
 *
 * @category Seed dataset
 */
export type SeedAsOfBasis = 'printed' | 'same-article' | 'event';

/**
 * What one statement of an article printed about one region at one date: the figures as
 * printed and the counts that are known exactly.
 *
 * A {@link Snapshot} needs both population and participants. Most statements print fewer
 * (a coverage percentage and one count, or only a percentage), and a value derived from the
 * others (a population implied by `95,31 persen` of `8.527.908`) was not printed, so it is never
 * stored: `population` / `participants` are `undefined` unless printed in full (exact, to the
 * person), and `snapshot` is built, with `createSnapshot` (main entry), only when both are known.
 * Figures printed with a scale word or a hedge (`252,17 juta jiwa`) stay in `printed`; derive
 * what they imply with the reconcile functions (`impliedPopulation`, ...).
 *
 * Two statements may describe the same region and date (Lampung on 1 July 2024: `99,46 %` from
 * the provincial secretary, `98,46%` from the Kemenko PMK deputy; the national figures of
 * 1 March 2023 in two articles): each is its own observation, and their snapshots differ only
 * in `printed` and `source`. Pick one before a roll-up or a growth, which reject two snapshots
 * of one region and date.
 *
 * @example
 * ```ts
 * const bengkulu = SEED_OBSERVATIONS.find((observation) => observation.regionCode === '17');
 * [bengkulu?.population, bengkulu?.participants, bengkulu?.printed.coverage?.text, bengkulu?.snapshot];
 * // => [2032767, undefined, '80,62 persen', undefined]
 * ```
 *
 * @category Seed dataset
 */
export interface SeedObservation {
  /** A stable identifier, prefixed with the article's number: `'000-lampung-2024-07-01'`. */
  readonly id: string;
  /** The article. */
  readonly article: SeedArticleId;
  /** The normalised region code (`'ID'` for the whole country). */
  readonly regionCode: string;
  /** The date the figures refer to; a printed month is its last day. */
  readonly asOf: IsoDate;
  /** How `asOf` was obtained. */
  readonly asOfBasis: SeedAsOfBasis;
  /** Population, when printed in full; else `undefined`. */
  readonly population: number | undefined;
  /** The population's reference period (`'2023-S2'`), when printed; else `undefined`. */
  readonly populationPeriod: string | undefined;
  /** JKN participants, when printed in full; else `undefined`. */
  readonly participants: number | undefined;
  /**
   * When the counts were printed by another statement of the same article about the same data:
   * that observation's `id`; else `undefined`.
   */
  readonly countsFrom: string | undefined;
  /** The figures of this statement as printed (one per field; repetitions are in `figureIds`). */
  readonly printed: PrintedFigures;
  /** The ids of every {@link SEED_FIGURES} record of this statement, repetitions included. */
  readonly figureIds: readonly string[];
  /** Article, outlet, publication date (when printed) and the statement's quote. */
  readonly source: SnapshotSource;
  /** The snapshot, when population and participants are both known; else `undefined`. */
  readonly snapshot: Snapshot | undefined;
  /** What a reader should know about the statement. */
  readonly note?: string;
}
