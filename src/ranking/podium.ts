import { fail } from '../internal/assert.js';
import { rankBy, readRankItems, readRankKeys, readRankOptions, readTiePolicy, type RankEntry, type RankOptions } from './rank.js';

/**
 * Options of {@link podium}: those of {@link rank}, and how many places to award.
 *
 * @example
 * ```ts
 * const options: PodiumOptions<{ place: number }> = {
 *   keys: [{ name: 'place', value: (government) => government.place, direction: 'asc' }],
 *   places: 3,
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface PodiumOptions<T> extends RankOptions<T> {
  /** Ranks awarded: an integer >= 1; 3 by default. */
  readonly places?: number;
}

/**
 * One place on a podium: the rank and every item that holds it (more than one when tied).
 *
 * @example
 * ```ts
 * const place: PodiumPlace<string> = { rank: 2, entries: [{ item: 'Kota Metro', rank: 2, tied: false, index: 1 }] };
 * ```
 *
 * @category Awards and ranking
 */
export interface PodiumPlace<T> {
  /** The rank, 1 is best. */
  readonly rank: number;
  /** The items holding it, in input order. */
  readonly entries: readonly RankEntry<T>[];
}

/**
 * The first places of a ranking (1st, 2nd, 3rd by default), ties included, by the tie policy:
 * under `competition` two items tied 2nd mean there is no 3rd place (1, 2, 2, then 4, which is
 * off the podium); under `dense` the next item is 3rd (1, 2, 2, 3); under `ordinal` input order
 * breaks ties and each place holds one item. An item with no value for the first key (the
 * criterion; later keys only break ties) has no place.
 *
 * @param items - the items; not mutated
 * @param options - {@link PodiumOptions}: `keys`, `ties` (`competition` by default), `places` (3)
 * @returns the places that are held, best first, frozen
 * @throws {@link UhcMetricsError} the codes of {@link rank}; `INVALID_OPTION` when `places` is
 *   not an integer >= 1.
 *
 * @example
 * ```ts
 * // NU Online Lampung, 19 Jul 2024: first Pemprov Lampung, second Kota Metro, third Lampung Selatan.
 * const governments = [
 *   { name: 'Pemerintah Kota Metro', place: 2 },
 *   { name: 'Pemerintah Kabupaten Lampung Selatan', place: 3 },
 *   { name: 'Pemerintah Provinsi Lampung', place: 1 },
 * ];
 * podium(governments, { keys: [{ value: (g) => g.place, direction: 'asc' }] }).map((p) => [p.rank, p.entries.map((e) => e.item.name)]);
 * // => [[1, ['Pemerintah Provinsi Lampung']], [2, ['Pemerintah Kota Metro']], [3, ['Pemerintah Kabupaten Lampung Selatan']]]
 * ```
 *
 * @example
 * ```ts
 * const scores = [70, 90, 80, 80, 60];
 * podium(scores, { keys: [{ value: (n) => n, direction: 'desc' }] }).map((p) => [p.rank, p.entries.length]);
 * // => [[1, 1], [2, 2]]
 * podium(scores, { keys: [{ value: (n) => n, direction: 'desc' }], ties: 'dense' }).map((p) => [p.rank, p.entries.length]);
 * // => [[1, 1], [2, 2], [3, 1]]
 * ```
 *
 * @category Awards and ranking
 */
export function podium<T>(items: readonly T[], options: PodiumOptions<T>): readonly PodiumPlace<T>[] {
  const given = readRankItems<T>(items);
  const fields = readRankOptions(options, ['keys', 'ties', 'places']);
  const keys = readRankKeys<T>(fields['keys'], ['options', 'keys']);
  const ties = readTiePolicy(fields['ties']);
  // Only a missing value means the default: `null` is rejected like any other bad value.
  const places: unknown = fields['places'] === undefined ? 3 : fields['places'];
  if (typeof places !== 'number' || !Number.isSafeInteger(places) || places < 1) {
    fail('INVALID_OPTION', ['options', 'places'], places, 'must be an integer >= 1');
  }
  const { entries, values } = rankBy(given, keys, ties);
  const podiumPlaces: { rank: number; entries: RankEntry<T>[] }[] = [];
  for (const entry of entries) {
    // Entries come in rank order, and items lacking the first key come after all that have it.
    if (entry.rank > places || values[entry.index]?.[0] === undefined) break;
    const last = podiumPlaces.at(-1);
    if (last !== undefined && last.rank === entry.rank) last.entries.push(entry);
    else podiumPlaces.push({ rank: entry.rank, entries: [entry] });
  }
  return Object.freeze(
    podiumPlaces.map((place) => Object.freeze({ rank: place.rank, entries: Object.freeze(place.entries) })),
  );
}
