import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';
import { podium } from '../../src/ranking/podium.js';
import { rankWithinTiers } from '../../src/ranking/rank-within-tiers.js';
import { rank, type RankKey, type TiePolicy } from '../../src/ranking/rank.js';

// Ranking laws for rankWithinTiers and podium; rank's own (permutation, tie policies) are in
// test/ranking/rank.test-prop.ts. Values are few so that ties are common.

interface Item {
  readonly id: number;
  readonly tier: string | undefined;
  readonly score: number | undefined;
}

const TIER_IDS = UHC_AWARDS_2026.tiers.map((tier) => tier.id);
const items = fc
  .array(fc.tuple(fc.constantFrom(...TIER_IDS, undefined), fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined })), {
    maxLength: 12,
  })
  .map((rows) => rows.map(([tier, score], id): Item => ({ id, tier, score })));
const ties = fc.constantFrom<TiePolicy>('competition', 'dense', 'ordinal');
const direction = fc.constantFrom<'asc' | 'desc'>('asc', 'desc');
const key = (dir: 'asc' | 'desc'): RankKey<Item> => ({ name: 'score', value: (item) => item.score, direction: dir });

/** Position of an item's tier, best first; no tier after every tier. */
const tierPosition = (item: Item): number => (item.tier === undefined ? TIER_IDS.length : TIER_IDS.indexOf(item.tier));

test.prop([items, direction, ties])(
  'a ranking within tiers is a permutation, orders by tier first, and agrees with rank by (tier, keys)',
  (list, dir, policy) => {
    const entries = rankWithinTiers(list, { scheme: UHC_AWARDS_2026, tier: (item) => item.tier, keys: [key(dir)], ties: policy });
    expect(entries.map((entry) => entry.index).sort((a, b) => a - b)).toEqual(list.map((_, index) => index));
    for (const entry of entries) {
      expect(entry.item).toBe(list[entry.index]);
      expect(entry.tierId).toBe(entry.item.tier);
    }
    const positions = entries.map((entry) => tierPosition(entry.item));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The same ranking as rank over two keys: the tier position (ascending), then the item keys.
    const plain = rank(list, {
      keys: [{ name: 'tier', value: tierPosition, direction: 'asc' }, key(dir)],
      ties: policy,
    });
    expect(entries.map((entry) => [entry.index, entry.rank, entry.tied])).toEqual(
      plain.map((entry) => [entry.index, entry.rank, entry.tied]),
    );
  },
);

test.prop([items, direction, ties])(
  'the rank within a tier is the rank among that tier’s items alone',
  (list, dir, policy) => {
    const entries = rankWithinTiers(list, { scheme: UHC_AWARDS_2026, tier: (item) => item.tier, keys: [key(dir)], ties: policy });
    for (const tier of [...TIER_IDS, undefined]) {
      const members = list.filter((item) => item.tier === tier);
      const alone = new Map(rank(members, { keys: [key(dir)], ties: policy }).map((entry) => [entry.item.id, entry.rank]));
      for (const entry of entries.filter((e) => e.item.tier === tier)) {
        expect(entry.tierRank).toBe(alone.get(entry.item.id));
      }
    }
  },
);

test.prop([items, direction, ties, fc.integer({ min: 1, max: 6 })])(
  'a podium holds exactly the ranked items with a value and a rank within the places, grouped by rank',
  (list, dir, policy, places) => {
    const options = { keys: [key(dir)], ties: policy };
    const expected = rank(list, options).filter((entry) => entry.item.score !== undefined && entry.rank <= places);
    const held = podium(list, { ...options, places });
    expect(held.flatMap((place) => place.entries)).toEqual(expected);
    for (const place of held) {
      expect(place.entries.length).toBeGreaterThan(0);
      for (const entry of place.entries) expect(entry.rank).toBe(place.rank);
    }
    const ranks = held.map((place) => place.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  },
);
