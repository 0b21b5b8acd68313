import type { IsoDate } from '../models/snapshot.js';
import type { SeedQuote } from './seed-quote.js';

/**
 * A government's place in an award ranking as an article printed it, in words
 * (`terbaik pertama`, "best, first"), with the place as a number.
 *
 * @example
 * ```ts
 * const third = LAMPUNG_PODIUM_2023[2];
 * [third?.place, third?.government, third?.regionCode];
 * // => [3, 'Pemerintah Kabupaten Lampung Selatan', '18.01']
 * ```
 *
 * @category Seed dataset
 */
export interface SeedPlacement extends SeedQuote {
  /** The place, 1 is best. */
  readonly place: number;
  /** The government as the article names it. */
  readonly government: string;
  /** The code of the region it governs. */
  readonly regionCode: string;
  /** The award. */
  readonly award: string;
  /** The day the award was handed over. */
  readonly awardedOn: IsoDate;
}
