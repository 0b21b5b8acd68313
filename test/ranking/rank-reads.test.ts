import { describe, expect, it } from 'vitest';
import { UHC_AWARDS_2024 } from '../../src/awards/uhc-awards.js';
import { podium } from '../../src/ranking/podium.js';
import { rankWithinTiers } from '../../src/ranking/rank-within-tiers.js';
import { rank } from '../../src/ranking/rank.js';
import { catchError, errorWithMessageOf } from '../support/caught-error.js';
import { revoked } from '../support/revoked.js';

// Issue 17 for the ranking exports: a revoked proxy (the item list, an item, the key list) is
// the caller's code failing, INPUT_THREW at its path; a -0 item comes out as 0. Items are still
// given to key functions, and back in the entries, as given: never copied.

interface Item {
  readonly pct: number | undefined;
}

const byPct = [{ name: 'pct', value: (item: Item) => item.pct, direction: 'desc' as const }];
const callers = [
  ['rank', (items: readonly Item[], keys = byPct) => rank(items, { keys })],
  ['podium', (items: readonly Item[], keys = byPct) => podium(items, { keys })],
  ['rankWithinTiers', (items: readonly Item[], keys = byPct) => rankWithinTiers(items, { scheme: UHC_AWARDS_2024, tier: () => undefined, keys })],
] as const;

describe.each(callers)('%s', (_, call) => {
  it('reports a revoked item list as INPUT_THREW at items', () => {
    const error = catchError(() => call(revoked([{ pct: 1 }])));
    expect(error).toMatchObject({ code: 'INPUT_THREW', path: ['items'] });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports a revoked item as INPUT_THREW at the item, even when no key reads it', () => {
    const items = [{ pct: 1 }, revoked({ pct: 2 })];
    expect(errorWithMessageOf(() => call(items))).toMatchObject({ code: 'INPUT_THREW', path: ['items', 1] });
    expect(errorWithMessageOf(() => call(items, [{ name: 'pct', value: () => 1, direction: 'desc' }]))).toMatchObject({
      code: 'INPUT_THREW',
      path: ['items', 1],
    });
  });

  it('reports a revoked key list as INPUT_THREW at options.keys', () => {
    expect(errorWithMessageOf(() => call([{ pct: 1 }], revoked(byPct)))).toMatchObject({ code: 'INPUT_THREW', path: ['options', 'keys'] });
  });

  it('hands key functions the items as given', () => {
    const items = [{ pct: 1 }, { pct: 2 }];
    const seen: unknown[] = [];
    call(items, [{ name: 'pct', value: (item) => (seen.push(item), item.pct), direction: 'desc' }]);
    expect(seen[0]).toBe(items[0]);
    expect(seen[1]).toBe(items[1]);
  });
});

describe('rank: a -0 item is 0', () => {
  it('gives back 0 for a -0 item, and ties it with 0', () => {
    const entries = rank([0, -0], { keys: [{ value: (n) => n, direction: 'desc' }] });
    expect(entries.map((entry) => Object.is(entry.item, 0))).toEqual([true, true]);
    expect(entries.map((entry) => entry.rank)).toEqual([1, 1]);
  });
});
