import { describe, expect, it } from 'vitest';
import { podium, type PodiumPlace } from '../../src/ranking/podium.js';
import { errorOf } from '../support/caught-error.js';


const summary = <T>(places: readonly PodiumPlace<T>[], label: (item: T) => unknown) =>
  places.map((place) => [place.rank, place.entries.map((entry) => label(entry.item))]);

describe('podium: the Lampung JKN contribution awards (seed 000)', () => {
  // Seed 000 (NU Online Lampung, 19 Jul 2024) prints places, not scores: "menerima penghargaan terbaik pertama
  // kategori komitmen dan kepatuhan iuran program Jaminan Kesehatan Nasional (JKN) se-Provinsi Lampung Tahun 2023"
  // (Pemprov Lampung), and "Pemerintah Kota Metro sebagai terbaik kedua dan Pemerintah Kabupaten Lampung Selatan
  // sebagai terbaik ketiga". The ranking is modelled from those printed places; a government the article does not
  // place has no value.
  interface Government {
    readonly regionCode: string;
    readonly name: string;
    readonly printedPlace: number | undefined;
  }
  const governments: readonly Government[] = [
    { regionCode: '18.01', name: 'Pemerintah Kabupaten Lampung Selatan', printedPlace: 3 },
    {
      regionCode: '18.71',
      name: 'Pemerintah Kota Bandar Lampung (not placed by the article)',
      printedPlace: undefined,
    },
    { regionCode: '18', name: 'Pemerintah Provinsi Lampung', printedPlace: 1 },
    { regionCode: '18.72', name: 'Pemerintah Kota Metro', printedPlace: 2 },
  ];
  const byPlace = { name: 'printedPlace', value: (g: Government) => g.printedPlace, direction: 'asc' } as const;

  it('reproduces first Pemprov Lampung, second Kota Metro, third Lampung Selatan', () => {
    expect(summary(podium(governments, { keys: [byPlace] }), (g) => `${g.regionCode} ${g.name}`)).toEqual([
      [1, ['18 Pemerintah Provinsi Lampung']],
      [2, ['18.72 Pemerintah Kota Metro']],
      [3, ['18.01 Pemerintah Kabupaten Lampung Selatan']],
    ]);
  });

  it('gives the same podium under every tie policy, since the printed places are distinct', () => {
    for (const ties of ['competition', 'dense', 'ordinal'] as const) {
      expect(summary(podium(governments, { keys: [byPlace], ties }), (g) => g.regionCode)).toEqual([
        [1, ['18']],
        [2, ['18.72']],
        [3, ['18.01']],
      ]);
    }
  });

  it('leaves an unplaced government off even when there is room', () => {
    expect(summary(podium(governments, { keys: [byPlace], places: 10 }), (g) => g.regionCode)).toEqual([
      [1, ['18']],
      [2, ['18.72']],
      [3, ['18.01']],
    ]);
  });
});

describe('podium: ties', () => {
  const desc = { value: (n: number) => n, direction: 'desc' } as const;

  it('competition: two tied 2nd mean no 3rd (1, 2, 2, then 4)', () => {
    const places = podium([70, 90, 80, 80, 60], { keys: [desc] });
    expect(summary(places, (n) => n)).toEqual([
      [1, [90]],
      [2, [80, 80]],
    ]);
    expect(places[1]?.entries.map((entry) => entry.index)).toEqual([2, 3]);
  });

  it('competition: a three-way tie for 1st fills the podium', () => {
    expect(summary(podium([5, 5, 5, 4], { keys: [desc] }), (n) => n)).toEqual([[1, [5, 5, 5]]]);
  });

  it('dense: the next item after a tied 2nd is 3rd (1, 2, 2, 3)', () => {
    expect(summary(podium([70, 90, 80, 80, 60], { keys: [desc], ties: 'dense' }), (n) => n)).toEqual([
      [1, [90]],
      [2, [80, 80]],
      [3, [70]],
    ]);
  });

  it('ordinal: one item per place, input order breaking ties', () => {
    const places = podium([70, 90, 80, 80, 60], { keys: [desc], ties: 'ordinal' });
    expect(places.map((place) => [place.rank, place.entries.map((entry) => entry.index)])).toEqual([
      [1, [1]],
      [2, [2]],
      [3, [3]],
    ]);
  });

  it('awards as many places as asked, and fewer when there are fewer items', () => {
    expect(summary(podium([1, 2, 3, 4, 5], { keys: [desc], places: 1 }), (n) => n)).toEqual([[1, [5]]]);
    expect(summary(podium([1, 2], { keys: [desc], places: 3 }), (n) => n)).toEqual([
      [1, [2]],
      [2, [1]],
    ]);
    expect(podium([], { keys: [desc] })).toEqual([]);
  });

  it('places an item lacking only a tie-breaking key', () => {
    const items = [
      { name: 'a', score: 9, tiebreak: undefined },
      { name: 'b', score: 9, tiebreak: 1 },
      { name: 'c', score: undefined, tiebreak: 5 },
    ];
    const places = podium(items, {
      keys: [
        { value: (item) => item.score, direction: 'desc' },
        { value: (item) => item.tiebreak, direction: 'desc' },
      ],
    });
    expect(summary(places, (item) => item.name)).toEqual([
      [1, ['b']],
      [2, ['a']],
    ]);
  });

  it('freezes the places and their entries', () => {
    const places = podium([3, 2, 1], { keys: [desc] });
    expect(Object.isFrozen(places)).toBe(true);
    for (const place of places) {
      expect(Object.isFrozen(place)).toBe(true);
      expect(Object.isFrozen(place.entries)).toBe(true);
    }
  });

  it('rejects a bad number of places and the errors of rank', () => {
    for (const places of [0, -1, 1.5, Number.NaN, '3']) {
      expect(errorOf(() => podium([1], { keys: [desc], places } as never))).toEqual({
        code: 'INVALID_OPTION',
        path: ['options', 'places'],
      });
    }
    expect(errorOf(() => podium([1], { keys: [desc], place: 3 } as never))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'place'],
    });
    expect(errorOf(() => podium([1], { keys: [] }))).toEqual({ code: 'EMPTY_INPUT', path: ['options', 'keys'] });
    expect(errorOf(() => podium(null as never, { keys: [desc] }))).toEqual({ code: 'INVALID_TYPE', path: ['items'] });
    expect(errorOf(() => podium([1], 3 as never))).toEqual({ code: 'INVALID_TYPE', path: ['options'] });
    expect(errorOf(() => podium([1], { keys: [desc], ties: 'x' } as never))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'ties'],
    });
  });
});
