import { fail } from '../internal/assert.js';
import { runCallerCode } from '../internal/caller-code.js';
import { describeValue } from '../internal/describe-value.js';
import { ensureAwardScheme, tierPositionsOf, type AwardScheme } from '../awards/award-scheme.js';
import {
  rankBy,
  readRankKeys,
  readRankItems,
  readRankOptions,
  readTiePolicy,
  type RankEntry,
  type RankKey,
  type ReadKey,
  type TiePolicy,
} from './rank.js';

/**
 * Options of {@link rankWithinTiers}.
 *
 * @example
 * ```ts
 * const options: RankWithinTiersOptions<{ tierId?: string; coveragePct: number }> = {
 *   scheme: UHC_AWARDS_2026,
 *   tier: (region) => region.tierId,
 *   keys: [{ name: 'coveragePct', value: (region) => region.coveragePct, direction: 'desc' }],
 * };
 * ```
 *
 * @category Awards and ranking
 */
export interface RankWithinTiersOptions<T> {
  /** The scheme whose tier order (best first) ranks first. */
  readonly scheme: AwardScheme;
  /** The item's tier id in `scheme`, or `undefined` when it has none (such items go last). */
  readonly tier: (item: T) => string | undefined;
  /** Keys that order items within a tier; none means every item of a tier ties. */
  readonly keys?: readonly RankKey<T>[];
  /** The tie policy; `competition` by default. */
  readonly ties?: TiePolicy;
}

/**
 * A ranked item with its tier: `rank` counts over all items (tier first), `tierRank` within
 * its tier (items with no tier form their own last group).
 *
 * @example
 * ```ts
 * const entry: TieredRankEntry<string> = { item: 'Kota Metro', rank: 2, tied: false, index: 0, tierId: 'madya', tierRank: 1 };
 * ```
 *
 * @category Awards and ranking
 */
export interface TieredRankEntry<T> extends RankEntry<T> {
  /** The tier id, or `undefined` for an item with no tier. */
  readonly tierId: string | undefined;
  /** The rank within the tier, by the same tie policy; 1 is best. */
  readonly tierRank: number;
}

/** The first few tier ids, quoted and cut short, and how many more: a message stays short. */
function tierList(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map(describeValue).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/**
 * Ranks items by award tier first (in the scheme's order, best first; items with no tier last),
 * then by the keys within each tier.
 *
 * @param items - the items; not mutated
 * @param options - {@link RankWithinTiersOptions}: `scheme`, `tier`, `keys`, `ties`
 * @returns frozen entries in rank order, each with its tier id and rank within the tier
 * @throws {@link UhcMetricsError} `INVALID_OPTION` when `tier` returns an id the scheme does not
 *   have (path `items[i].tier`), for an unknown option, or a `ties`, `direction` or `precision`
 *   outside its set; `INVALID_TYPE` when `items` is not an array, `tier` is not a function or
 *   returns a non-string; `INPUT_THREW` when `tier`, a key function, a getter or a proxy of the
 *   input throws; and the codes of {@link rank} for the items and keys, and of
 *   {@link defineAwardScheme} (under `options.scheme`) for an invalid scheme.
 *
 * @example
 * ```ts
 * const regions = [
 *   { name: 'A', tierId: 'pratama', coveragePct: 99.5 },
 *   { name: 'B', tierId: 'madya', coveragePct: 98.2 },
 *   { name: 'C', tierId: undefined, coveragePct: 99.9 },
 *   { name: 'D', tierId: 'madya', coveragePct: 98.9 },
 * ];
 * rankWithinTiers(regions, {
 *   scheme: UHC_AWARDS_2026,
 *   tier: (region) => region.tierId,
 *   keys: [{ value: (region) => region.coveragePct, direction: 'desc' }],
 * }).map((entry) => [entry.item.name, entry.rank, entry.tierRank]);
 * // => [['D', 1, 1], ['B', 2, 2], ['A', 3, 1], ['C', 4, 1]]
 * ```
 *
 * @category Awards and ranking
 */
export function rankWithinTiers<T>(
  items: readonly T[],
  options: RankWithinTiersOptions<T>,
): readonly TieredRankEntry<T>[] {
  const given = readRankItems<T>(items);
  const fields = readRankOptions(options, ['scheme', 'tier', 'keys', 'ties']);
  const scheme = ensureAwardScheme(fields['scheme'], ['options', 'scheme']);
  const tierOf: unknown = fields['tier'];
  if (typeof tierOf !== 'function') fail('INVALID_TYPE', ['options', 'tier'], tierOf, 'must be a function');
  // Only a missing value means no keys: `null` is rejected like any other bad value.
  const keys = readRankKeys<T>(fields['keys'] === undefined ? [] : fields['keys'], ['options', 'keys'], true);
  const ties = readTiePolicy(fields['ties']);

  const tierIds = scheme.tiers.map((tier) => tier.id);
  // By id in constant time: linear in items and tiers together, never their product.
  const tierPosition = tierPositionsOf(scheme);
  // Read each item's tier once, by index: the tier key then looks it up instead of calling back.
  const positions = given.map((item, index): number | undefined => {
    const path = ['items', index, 'tier'];
    const id: unknown = runCallerCode(path, () => (tierOf as (item: T) => unknown)(item));
    if (id === undefined) return undefined;
    if (typeof id !== 'string') fail('INVALID_TYPE', path, id, 'must be a tier id or undefined');
    const position = tierPosition.get(id);
    if (position === undefined) fail('INVALID_OPTION', path, id, `must be a tier of ${describeValue(scheme.id)} (${tierList(tierIds)})`);
    return position;
  });
  const indexed = Array.from({ length: given.length }, (_, index) => index);
  const tierKey: ReadKey<number> = {
    value: (index) => positions[index],
    descending: false,
    label: 'tier',
    precision: undefined,
  };
  const itemKeys = keys.map((key): ReadKey<number> => ({ ...key, value: (index) => key.value(given[index] as T) }));
  const { entries } = rankBy(indexed, [tierKey, ...itemKeys], ties);

  // Tiers differ between groups, so tie groups never straddle tiers: the first rank of a tier
  // is where its within-tier ranks start.
  let firstRank = 0;
  return Object.freeze(
    entries.map((entry, position) => {
      const tier = positions[entry.index];
      if (position === 0 || positions[entries[position - 1]?.index ?? 0] !== tier) firstRank = entry.rank;
      return Object.freeze({
        item: given[entry.index] as T,
        rank: entry.rank,
        tied: entry.tied,
        index: entry.index,
        tierId: tier === undefined ? undefined : tierIds[tier],
        tierRank: entry.rank - firstRank + 1,
      });
    }),
  );
}
