import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { rank, type RankKey, type TiePolicy } from '../../src/ranking/rank.js';

interface Item {
  readonly id: number;
  readonly value: number | undefined;
}

// Few distinct values so that ties are common, plus arbitrary finite doubles and missing values.
const value = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(undefined),
);
const items = fc.array(value).map((values) => values.map((v, id): Item => ({ id, value: v })));
const direction = fc.constantFrom<'asc' | 'desc'>('asc', 'desc');
const ties = fc.constantFrom<TiePolicy>('competition', 'dense', 'ordinal');

const keyOf = (dir: 'asc' | 'desc'): RankKey<Item> => ({ name: 'value', value: (item) => item.value, direction: dir });

// Written independently of the implementation: a defined value beats undefined; then the direction.
function better(a: Item, b: Item, dir: 'asc' | 'desc'): boolean {
  if (a.value === undefined) return false;
  if (b.value === undefined) return true;
  return dir === 'desc' ? a.value > b.value : a.value < b.value;
}
const same = (a: Item, b: Item): boolean => a.value === b.value;

test.prop([items, direction, ties])('a ranking is a permutation of its input', (list, dir, policy) => {
  const entries = rank(list, { keys: [keyOf(dir)], ties: policy });
  expect(entries.map((entry) => entry.index).sort((a, b) => a - b)).toEqual(list.map((_, index) => index));
  for (const entry of entries) expect(entry.item).toBe(list[entry.index]);
});

test.prop([items, direction, fc.constantFrom<TiePolicy>('competition', 'dense'), fc.infiniteStream(fc.nat())])(
  'ranks do not depend on input order under competition and dense',
  (list, dir, policy, seeds) => {
    const shuffled = [...list];
    // Fisher-Yates with fast-check's numbers, so a failure shrinks.
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = (seeds.next().value as number) % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as Item, shuffled[i] as Item];
    }
    const rankById = (input: readonly Item[]) =>
      new Map(rank(input, { keys: [keyOf(dir)], ties: policy }).map((entry) => [entry.item.id, entry.rank]));
    expect(rankById(shuffled)).toEqual(rankById(list));
  },
);

test.prop([items, direction, fc.constantFrom<TiePolicy>('competition', 'dense')])(
  'equal keys share a rank, and share it only with equal keys',
  (list, dir, policy) => {
    const entries = rank(list, { keys: [keyOf(dir)], ties: policy });
    for (const a of entries) {
      for (const b of entries) expect(a.rank === b.rank).toBe(same(a.item, b.item));
    }
  },
);

test.prop([items, direction])('competition rank is 1 + the number of strictly better items', (list, dir) => {
  for (const entry of rank(list, { keys: [keyOf(dir)], ties: 'competition' })) {
    expect(entry.rank).toBe(1 + list.filter((other) => better(other, entry.item, dir)).length);
  }
});

test.prop([items, direction])('dense ranks have no gaps', (list, dir) => {
  const distinct = [...new Set(rank(list, { keys: [keyOf(dir)], ties: 'dense' }).map((entry) => entry.rank))];
  expect(distinct).toEqual(distinct.map((_, index) => index + 1));
});

test.prop([items, direction])('ordinal ranks are 1..n, input order breaking ties', (list, dir) => {
  const entries = rank(list, { keys: [keyOf(dir)], ties: 'ordinal' });
  expect(entries.map((entry) => entry.rank)).toEqual(list.map((_, index) => index + 1));
  entries.forEach((entry, position) => {
    const next = entries[position + 1];
    if (next === undefined) return;
    expect(better(next.item, entry.item, dir)).toBe(false);
    if (same(entry.item, next.item)) expect(entry.index).toBeLessThan(next.index);
  });
});

test.prop([items, direction, ties])('tied means another item has an equal key', (list, dir, policy) => {
  for (const entry of rank(list, { keys: [keyOf(dir)], ties: policy })) {
    expect(entry.tied).toBe(list.some((other, index) => index !== entry.index && same(other, entry.item)));
  }
});

test.prop([fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), fc.integer({ min: 0, max: 6 })])(
  'with a precision, values tie exactly when they print alike',
  (values, precision) => {
    const entries = rank(values, { keys: [{ value: (v) => v, direction: 'desc', precision }], ties: 'dense' });
    // Printed by Intl, independently of the implementation; -0,00 and 0,00 are the same number.
    const format = new Intl.NumberFormat('en', {
      minimumFractionDigits: precision,
      maximumFractionDigits: precision,
      useGrouping: false,
    });
    // Each value is printed once; the pairwise check then compares numbers, and one expect
    // reports every pair that ties without printing alike or prints alike without tying.
    const printed = entries.map((entry) => Number(format.format(entry.item)));
    const mismatches = entries.flatMap((a, i) =>
      entries
        .filter((b, j) => (a.rank === b.rank) !== (printed[i] === printed[j]))
        .map((b) => [a.item, b.item]),
    );
    expect(mismatches).toEqual([]);
  },
);
