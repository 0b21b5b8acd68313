import { describe, expect, it } from 'vitest';
import { parseRegionCode } from '../../src/models/region-code.js';
import { podium } from '../../src/ranking/podium.js';
import { LAMPUNG_PODIUM_2023 } from '../../src/seeds/lampung-podium.js';
import { SEED_ARTICLES } from '../../src/seeds/seed-articles.js';
import { seedText } from '../support/seed-text.js';
import { isDeeplyFrozen } from './seed-records.js';

// Indonesian ordinals as printed after "terbaik" (best).
const ORDINALS: Readonly<Record<string, number>> = { pertama: 1, kedua: 2, ketiga: 3 };

describe('LAMPUNG_PODIUM_2023', () => {
  const text = seedText(SEED_ARTICLES['000_ccb4cbd1960b7560'].file);

  it('quotes seeds/000 verbatim: each quote once, its words inside it', () => {
    for (const placement of LAMPUNG_PODIUM_2023) {
      const at = text.indexOf(placement.quote);
      expect(at, placement.quote).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(placement.quote, at + 1), placement.quote).toBe(-1);
      expect(placement.quote).toContain(placement.text);
      expect(placement.quote).toContain(placement.government.replace('Pemerintah Provinsi Lampung', 'penghargaan'));
    }
  });

  it('reads the place from the printed ordinal: "terbaik pertama", "terbaik kedua", "terbaik ketiga"', () => {
    for (const placement of LAMPUNG_PODIUM_2023) {
      expect(ORDINALS[placement.text.replace('terbaik ', '')], placement.text).toBe(placement.place);
    }
  });

  it("names each government's region: 18 the province, 18.72 a kota, 18.01 a kabupaten", () => {
    const kinds = LAMPUNG_PODIUM_2023.map((placement) => {
      const info = parseRegionCode(placement.regionCode);
      return [placement.government, info.level === 'regency' ? info.regencyKind : info.level];
    });
    expect(kinds).toEqual([
      ['Pemerintah Provinsi Lampung', 'province'],
      ['Pemerintah Kota Metro', 'kota'],
      ['Pemerintah Kabupaten Lampung Selatan', 'kabupaten'],
    ]);
  });

  it('dates the award: "se-Provinsi Lampung Tahun 2023", handed over "Rabu (17/7/2024)"', () => {
    for (const placement of LAMPUNG_PODIUM_2023) {
      expect(placement.award).toMatch(/Tahun 2023$/);
      expect(placement.awardedOn).toBe('2024-07-17');
    }
    expect(text).toContain('se-Provinsi Lampung Tahun 2023');
    expect(text).toContain('Rabu (17/7/2024)');
  });

  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(LAMPUNG_PODIUM_2023)).toBe(true);
  });

  it('gives the podium through podium(), whatever the input order', () => {
    const shuffled = [LAMPUNG_PODIUM_2023[2], LAMPUNG_PODIUM_2023[0], LAMPUNG_PODIUM_2023[1]].filter(
      (placement) => placement !== undefined,
    );
    const places = podium(shuffled, {
      keys: [{ name: 'place', value: (placement) => placement.place, direction: 'asc' }],
    });
    expect(places.map((place) => [place.rank, place.entries.map((entry) => entry.item.regionCode)])).toEqual([
      [1, ['18']],
      [2, ['18.72']],
      [3, ['18.01']],
    ]);
  });
});
