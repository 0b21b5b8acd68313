// The benchmark's generator (bench/workload.ts) builds what issue 7 specifies: valid Kemendagri
// codes with real province codes, 514 regencies, 84 000 villages, ties and coverage above 100%.
import { describe, expect, it } from 'vitest';
import { generateWorkload, realVillageCodes } from '../../bench/workload.js';
import { PROVINCES } from '../../src/models/provinces.js';
import { isRegionCode, parseRegionCode } from '../../src/models/region-code.js';

describe('bench workloads', () => {
  it('S: 514 regencies and cities x 120 months, in the 38 provinces', () => {
    const { rows, rollUpTo } = generateWorkload('S');
    expect(rows.length).toBe(61_680);
    const codes = new Set(rows.map((row) => row.regionCode));
    expect(codes.size).toBe(514);
    expect(new Set(rows.map((row) => row.asOf)).size).toBe(120);
    const infos = [...codes].map((code) => parseRegionCode(code));
    expect(infos.every((info) => info.level === 'regency')).toBe(true);
    expect(infos.filter((info) => info.level === 'regency' && info.regencyKind === 'kota').length).toBe(98);
    expect(new Set(infos.map((info) => info.provinceCode))).toEqual(new Set(PROVINCES.map((province) => province.code)));
    expect(rollUpTo).toBe('province');
  });

  it('L: 84 000 villages x 12 months, valid village codes under the 514 regencies', () => {
    const { rows, rollUpTo } = generateWorkload('L');
    expect(rows.length).toBe(1_008_000);
    const codes = new Set(rows.map((row) => row.regionCode));
    expect(codes.size).toBe(84_000);
    expect([...codes].every((code) => isRegionCode(code) && parseRegionCode(code).level === 'village')).toBe(true);
    expect(new Set([...codes].map((code) => code.slice(0, 5))).size).toBe(514);
    expect(new Set(rows.map((row) => row.asOf)).size).toBe(12);
    expect(rollUpTo).toBe('regency');
  }, 60_000);

  it('has ties at exactly 100% and at 95%, coverage above 100% and populations of 0, on every date', () => {
    const { rows } = generateWorkload('S');
    for (const asOf of new Set(rows.map((row) => row.asOf))) {
      const day = rows.filter((row) => row.asOf === asOf);
      expect(day.filter((row) => row.population > 0 && row.participants === row.population).length).toBeGreaterThan(20);
      expect(day.some((row) => row.participants > row.population)).toBe(true);
      expect(day.some((row) => row.population > 0 && row.participants * 20 === row.population * 19)).toBe(true);
    }
    expect(generateWorkload('L').rows.some((row) => row.population === 0)).toBe(true);
  }, 60_000);

  it('L-real draws on the 83 762 villages of the real tree, each a valid village code under the 514 regencies', () => {
    const codes = realVillageCodes();
    expect(new Set(codes).size).toBe(83_762);
    expect(codes.every((code) => isRegionCode(code) && parseRegionCode(code).level === 'village')).toBe(true);
    expect(new Set(codes.map((code) => code.slice(0, 5))).size).toBe(514);
  });

  it('L-shuffled: every village on every date once, about 2% exact ties at 100%', () => {
    const { rows } = generateWorkload('L/10-shuffled');
    expect(rows.length).toBe(8_400 * 12);
    // Shuffled: the first rows are not one date's codes in order.
    expect(rows.slice(0, 100).every((row) => row.asOf === rows[0]?.asOf)).toBe(false);
    expect(new Set(rows.map((row) => `${row.regionCode} ${row.asOf}`)).size).toBe(rows.length);
    const ties = rows.filter((row) => row.population > 0 && row.participants === row.population).length / rows.length;
    expect(ties).toBeGreaterThan(0.01);
    expect(ties).toBeLessThan(0.03);
  }, 60_000);

  it('is deterministic', () => {
    expect(generateWorkload('S')).toEqual(generateWorkload('S'));
  });
});
