import { describe, expect, it } from 'vitest';
import { DIRECTORY_PROVINCES, DIRECTORY_REGENCIES, lookupRegion, regionNameIndex } from '../../src/regions.js';
import { PROVINCE_ALIASES, REGENCY_ALIASES } from '../../src/regions/region-aliases.js';

// Short and former names as news and BPJS reports write them ("Kab. Pangkep", "Kab. Kep.
// Seribu", "Toba Samosir"): the last round's closing note found lookup gave no hint for them.

const regencyCodes = new Set(DIRECTORY_REGENCIES.map((region) => region.code));
const provinceCodes = new Set(DIRECTORY_PROVINCES.map((region) => region.code));
/** Aliases that are really shared with another region's name (Yogyakarta is also a kota). */
const REAL_COLLISIONS = new Set(['Yogyakarta']);

describe('region aliases', () => {
  it('point at regions that exist', () => {
    expect(Object.keys(REGENCY_ALIASES).filter((code) => !regencyCodes.has(code))).toEqual([]);
    expect(Object.keys(PROVINCE_ALIASES).filter((code) => !provinceCodes.has(code))).toEqual([]);
  });

  it('find exactly their region, with and without the kind of region written before them', () => {
    for (const [code, aliases] of Object.entries(REGENCY_ALIASES)) {
      const kind = Number(code.slice(3, 5)) < 70 ? 'Kab.' : 'Kota';
      for (const alias of aliases) {
        for (const written of [alias, `${kind} ${alias}`, alias.toUpperCase()]) {
          const found = lookupRegion(written);
          expect(found.status === 'found' ? found.region.code : found, written).toBe(code);
        }
      }
    }
    for (const [code, aliases] of Object.entries(PROVINCE_ALIASES)) {
      for (const alias of aliases.filter((name) => !REAL_COLLISIONS.has(name))) {
        for (const written of [alias, `Provinsi ${alias}`]) {
          const found = lookupRegion(written);
          expect(found.status === 'found' ? found.region.code : found, written).toBe(code);
        }
      }
    }
  });

  it('keep the kind of region: a kabupaten alias is no kota', () => {
    expect(lookupRegion('Kota Pangkep').status).toBe('unknown');
    expect(lookupRegion('Kab. Jaksel').status).toBe('unknown');
  });

  it('read "Kep." as "Kepulauan"', () => {
    const cases: [string, string][] = [
      ['Kab. Kep. Seribu', '31.01'],
      ['Kab Kep Seribu', '31.01'],
      ['Kep. Meranti', '14.10'],
      ['KAB. KEP. SELAYAR', '73.01'],
      ['Kepl. Talaud', '71.04'],
    ];
    for (const [written, code] of cases) {
      const found = lookupRegion(written);
      expect(found.status === 'found' ? found.region.code : found, written).toBe(code);
    }
  });

  it('are not written forms in the prose index (short words would be found in ordinary text)', () => {
    const normalized = new Set(regionNameIndex().map((entry) => entry.normalized));
    expect(['tts', 'palas', 'pangkep', 'kab pangkep', 'toba samosir'].filter((name) => normalized.has(name))).toEqual([]);
    expect(normalized.has('jabar')).toBe(true);
  });

  it('never take a word for an inherited property ("constructor", "__proto__")', () => {
    for (const written of ['constructor', 'constructor Klaten', '__proto__', 'Kab. constructor', 'hasOwnProperty']) {
      expect(lookupRegion(written).status, written).toBe('unknown');
    }
  });
});
