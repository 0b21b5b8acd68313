import { expect } from 'vitest';
import { UHC_AWARDS_2024 } from '../../../src/awards/uhc-awards.js';
import { keyReturning, pctOf, rankItems, rankOptions } from '../fixtures.js';
import {
  GENERIC,
  MEGABYTE_KEY,
  changingField,
  except,
  hugeSparse,
  rejects,
  returns,
  row,
  substitute,
  throwingField,
  type Catalogue,
  type HostileCase,
} from '../hostile-case.js';
import { equals } from './expect-helpers.js';

// Ranking: explicit tie policies, tiers, podiums.

/** `[code, rank]` of each entry, in ranked order. */
function ranks(expected: readonly (readonly [string, number])[]): ReturnType<typeof returns> {
  return returns((entries) => {
    const list = entries as readonly { item: { code: string }; rank: number }[];
    expect(list.map((entry) => [entry.item.code, entry.rank])).toEqual(expected);
  });
}

/** Rows every ranking function shares: items, keys and ties; `extra` adds the function's own options. */
function rankingCases(
  call: (items: unknown, options: unknown) => readonly unknown[],
  extra: Readonly<Record<string, unknown>>,
): HostileCase[] {
  const options = (overrides: Readonly<Record<string, unknown>> = {}) => rankOptions({ ...extra, ...overrides });
  const key = (overrides: Readonly<Record<string, unknown>>) =>
    options({ keys: [{ name: 'pct', value: pctOf, direction: 'desc', ...overrides }] });
  return [
    ...substitute('items', { ...except(GENERIC, 'array', 'empty string'), 'number as string': '1' }, (items) => call(items, options()), rejects('INVALID_TYPE', ['items'])),
    row('empty string', 'items', () => call('', options()), rejects('INVALID_TYPE', ['items'])),
    ...substitute('options', except(GENERIC, 'object'), (value) => call(rankItems(), value), rejects('INVALID_TYPE', ['options'])),
    row('object', 'options (no keys)', () => call(rankItems(), { ...extra }), rejects('INVALID_TYPE', ['options', 'keys'])),
    row('empty array', 'options.keys', () => call(rankItems(), options({ keys: [] })), rejects('EMPTY_INPUT', ['options', 'keys'])),
    row('null', 'options.keys[0]', () => call(rankItems(), options({ keys: [null] })), rejects('INVALID_TYPE', ['options', 'keys', 0])),
    row('sparse array', 'options.keys[0]', () => call(rankItems(), options({ keys: [, (rankOptions()['keys'] as unknown[])[0]] })), rejects('INVALID_TYPE', ['options', 'keys', 0])),
    row('number as string', 'options.keys[0].value', () => call(rankItems(), key({ value: 'pct' })), rejects('INVALID_TYPE', ['options', 'keys', 0, 'value'])),
    row('unknown option value', 'options.keys[0].direction', () => call(rankItems(), key({ direction: 'up' })), rejects('INVALID_OPTION', ['options', 'keys', 0, 'direction'])),
    row('fractional count', 'options.keys[0].precision', () => call(rankItems(), key({ precision: 1.5 })), rejects('INVALID_OPTION', ['options', 'keys', 0, 'precision'])),
    row('negative count', 'options.keys[0].precision', () => call(rankItems(), key({ precision: -1 })), rejects('INVALID_OPTION', ['options', 'keys', 0, 'precision'])),
    row('boolean', 'options.keys[0].name', () => call(rankItems(), key({ name: true })), rejects('INVALID_TYPE', ['options', 'keys', 0, 'name'])),
    row('extra unknown field', 'options.keys[0].weight', () => call(rankItems(), key({ weight: 2 })), rejects('INVALID_OPTION', ['options', 'keys', 0, 'weight'])),
    row('unknown option value', 'options.ties', () => call(rankItems(), options({ ties: 'random' })), rejects('INVALID_OPTION', ['options', 'ties'])),
    // Only a missing tie policy means the default; null is a bad value like any other.
    row('null', 'options.ties', () => call(rankItems(), options({ ties: null })), rejects('INVALID_OPTION', ['options', 'ties'])),
    row('extra unknown field', 'options', () => call(rankItems(), options({ limit: 3 })), rejects('INVALID_OPTION', ['options', 'limit'])),
    // A key's value is checked for every item: a number or undefined, never NaN or text.
    row('NaN', 'items[0] key value', () => call(rankItems(), { ...keyReturning(Number.NaN), ...extra }), rejects('INVALID_NUMBER', ['items', 0, 'pct'])),
    row('Infinity', 'items[0] key value', () => call(rankItems(), { ...keyReturning(Number.POSITIVE_INFINITY), ...extra }), rejects('INVALID_NUMBER', ['items', 0, 'pct'])),
    row('-Infinity', 'items[0] key value', () => call(rankItems(), { ...keyReturning(Number.NEGATIVE_INFINITY), ...extra }), rejects('INVALID_NUMBER', ['items', 0, 'pct'])),
    row('number as string', 'items[0] key value', () => call(rankItems(), { ...keyReturning('98,5'), ...extra }), rejects('INVALID_TYPE', ['items', 0, 'pct'])),
    row('null', 'items[0] key value', () => call(rankItems(), { ...keyReturning(null), ...extra }), rejects('INVALID_TYPE', ['items', 0, 'pct'])),
    // Issue 17: bounded work and messages; items and options read once, own fields only.
    row('huge sparse array', 'items', () => call(hugeSparse(...rankItems()), options()), rejects('INVALID_TYPE', ['items', 4])),
    row('huge sparse array', 'options.keys', () => call(rankItems(), options({ keys: hugeSparse((rankOptions()['keys'] as unknown[])[0]) })), rejects('INVALID_TYPE', ['options', 'keys', 1])),
    row('megabyte key', 'options', () => call(rankItems(), options({ [MEGABYTE_KEY]: 1 })), rejects('INVALID_OPTION', ['options', MEGABYTE_KEY])),
    row('megabyte key', 'options.keys[0].name', () => call(rankItems(), { keys: [{ name: MEGABYTE_KEY, value: () => Number.NaN, direction: 'desc' }], ...extra }), rejects('INVALID_NUMBER', ['items', 0, MEGABYTE_KEY])),
    row('throwing caller code', 'options.keys[0].value', () => call(rankItems(), { keys: [{ name: 'pct', value: () => { throw new RangeError('the caller\'s key failed'); }, direction: 'desc' }], ...extra }), rejects('INPUT_THREW', ['items', 0, 'pct'])),
    row('throwing caller code', 'items[1] getter', () => call(throwingField(rankItems(), '1', { code: '18.72', pct: 98.8 }), options()), rejects('INPUT_THREW', ['items', 1])),
    row('throwing caller code', 'options.ties getter', () => call(rankItems(), throwingField(options(), 'ties', 'dense')), rejects('INPUT_THREW', ['options', 'ties'])),
    row('inherited field', 'options.keys from the prototype', () => call(rankItems(), Object.assign(Object.create({ keys: rankOptions()['keys'] }) as object, extra)), extra['scheme'] === undefined ? rejects('INVALID_TYPE', ['options', 'keys']) : returns((entries) => {
      // No keys of its own: every item of a tier ties.
      expect((entries as readonly { rank: number }[]).map((entry) => entry.rank)).toEqual([1, 1, 3, 4]);
    })),
    // Read once: the item ranked is the item reported, whatever a getter answers next.
    row('field changing between reads', 'items[1] getter', () => call(changingField(rankItems(), '1', { code: 'first', pct: 99 }, { code: 'second', pct: 1 }), options()), returns((entries) => {
      // A podium's places hold entries; a ranking is entries.
      const list = (entries as readonly { entries?: unknown[] }[]).flatMap((entry) => entry.entries ?? [entry]);
      const first = (list as readonly { item: { code: string }; index: number }[]).find((entry) => entry.index === 1);
      expect(first?.item.code).toBe('first');
    })),
  ];
}

/** The tier of each fixture item, by code, for UHC_AWARDS_2024. */
const TIER_OF: Readonly<Record<string, string | undefined>> = Object.freeze({ '18.01': 'utama', '18.72': 'madya', '18.02': 'utama', '18.03': undefined });
const tierOf = (item: unknown): string | undefined => {
  const code: unknown = typeof item === 'object' && item !== null ? (item as { code?: unknown }).code : undefined;
  return typeof code === 'string' && Object.hasOwn(TIER_OF, code) ? TIER_OF[code] : undefined;
};

export const RANKING_CATALOGUE: Catalogue = {
  rank: {
    cases: [
      row('valid', 'items, options', () => [rankItems(), rankOptions()], ranks([['18.72', 1], ['18.01', 2], ['18.02', 2], ['18.03', 4]])),
      row('valid', 'options.ties', () => [rankItems(), rankOptions({ ties: 'dense' })], ranks([['18.72', 1], ['18.01', 2], ['18.02', 2], ['18.03', 3]])),
      row('empty array', 'items', () => [[], rankOptions()], equals([])),
      row('undefined', 'options.ties', () => [rankItems(), rankOptions({ ties: undefined })], ranks([['18.72', 1], ['18.01', 2], ['18.02', 2], ['18.03', 4]])),
      // One policy for every array (src/internal/dense-array.ts): a hole is refused at its index.
      row('sparse array', 'items[1]', () => [[{ code: 'a', pct: 1 }, , { code: 'c', pct: 2 }], rankOptions()], rejects('INVALID_TYPE', ['items', 1])),
      ...rankingCases((items, options) => [items, options], {}),
      row('negative zero', 'key values -0 and 0', () => [[0, -0], { keys: [{ value: (n: number) => n, direction: 'desc' }] }], returns((entries) => {
        expect((entries as readonly { rank: number; tied: boolean }[]).map((entry) => [entry.rank, entry.tied])).toEqual([[1, true], [1, true]]);
      })),
    ],
  },
  rankWithinTiers: {
    cases: [
      row('valid', 'items, options', () => [rankItems(), rankOptions({ scheme: UHC_AWARDS_2024, tier: tierOf })], returns((entries) => {
        const list = entries as readonly { item: { code: string }; rank: number; tierId: string | undefined; tierRank: number }[];
        expect(list.map((entry) => [entry.item.code, entry.rank, entry.tierId, entry.tierRank])).toEqual([
          ['18.01', 1, 'utama', 1],
          ['18.02', 1, 'utama', 1],
          ['18.72', 3, 'madya', 1],
          ['18.03', 4, undefined, 1],
        ]);
      })),
      row('empty array', 'items', () => [[], { scheme: UHC_AWARDS_2024, tier: tierOf }], equals([])),
      row('undefined', 'options.keys (every item of a tier ties)', () => [rankItems(), { scheme: UHC_AWARDS_2024, tier: tierOf }], returns((entries) => {
        expect((entries as readonly { rank: number }[]).map((entry) => entry.rank)).toEqual([1, 1, 3, 4]);
      })),
      ...rankingCases((items, options) => [items, options], { scheme: UHC_AWARDS_2024, tier: tierOf }).filter(
        // With a scheme and a tier function, options without keys are valid: those rows do not apply.
        (hostile) => hostile.where !== 'options (no keys)' && hostile.where !== 'options.keys',
      ),
      row('unknown option value', 'items[0] tier', () => [rankItems(), rankOptions({ scheme: UHC_AWARDS_2024, tier: () => 'emas' })], rejects('INVALID_OPTION', ['items', 0, 'tier'])),
      row('number as string', 'items[0] tier', () => [rankItems(), rankOptions({ scheme: UHC_AWARDS_2024, tier: () => 1 })], rejects('INVALID_TYPE', ['items', 0, 'tier'])),
      row('null', 'options.keys', () => [rankItems(), { scheme: UHC_AWARDS_2024, tier: tierOf, keys: null }], rejects('INVALID_TYPE', ['options', 'keys'])),
      row('throwing caller code', 'options.tier', () => [rankItems(), rankOptions({ scheme: UHC_AWARDS_2024, tier: () => { throw new RangeError('the caller\'s tier failed'); } })], rejects('INPUT_THREW', ['items', 0, 'tier'])),
      row('megabyte key', 'items[0] tier', () => [rankItems(), rankOptions({ scheme: UHC_AWARDS_2024, tier: () => MEGABYTE_KEY })], rejects('INVALID_OPTION', ['items', 0, 'tier'])),
      row('null', 'options.tier', () => [rankItems(), rankOptions({ scheme: UHC_AWARDS_2024, tier: null })], rejects('INVALID_TYPE', ['options', 'tier'])),
      row('null', 'options.scheme', () => [rankItems(), rankOptions({ scheme: null, tier: tierOf })], rejects('INVALID_TYPE', ['options', 'scheme'])),
      row('object', 'options.scheme (no fields)', () => [rankItems(), rankOptions({ scheme: {}, tier: tierOf })], rejects('INVALID_TYPE', ['options', 'scheme', 'id'])),
    ],
  },
  podium: {
    cases: [
      row('valid', 'items, options', () => [rankItems(), rankOptions({ places: 2 })], returns((places) => {
        const list = places as readonly { rank: number; entries: readonly { item: { code: string } }[] }[];
        expect(list.map((place) => [place.rank, place.entries.map((entry) => entry.item.code)])).toEqual([
          [1, ['18.72']],
          [2, ['18.01', '18.02']],
        ]);
      })),
      row('empty array', 'items', () => [[], rankOptions()], equals([])),
      // Items without a value never stand on the podium, however few the others are.
      row('undefined', 'items[*] key value', () => [rankItems(), keyReturning(undefined)], equals([])),
      ...rankingCases((items, options) => [items, options], {}),
      ...substitute('options.places', { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, 'negative count': -1, 'fractional count': 1.5, 'number as string': '3', null: null, 'unknown option value': 0, 'count above MAX_SAFE_INTEGER': 2 ** 53 }, (places) => [rankItems(), rankOptions({ places })], rejects('INVALID_OPTION', ['options', 'places'])),
    ],
  },
};
