import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lookupRegion } from '../../src/regions/lookup-region.js';
import { normalizeRegionName } from '../../src/regions/normalize-region-name.js';
import { regionNameIndex } from '../../src/regions/region-name-index.js';
import { errorOf, errorWithMessageOf } from '../support/caught-error.js';

/** The code a name is found as, or the status when it is not found. */
function codeOf(name: string, options?: Parameters<typeof lookupRegion>[1]): string {
  const answer = lookupRegion(name, options);
  return answer.status === 'found' ? answer.region.code : answer.status;
}

describe('lookupRegion', () => {
  it.each([
    ['Kabupaten Klaten', '33.10'],
    ['Kab. Klaten', '33.10'],
    ['KAB KLATEN', '33.10'],
    ['Kab Lampung Selatan', '18.01'],
    ['Kota Metro', '18.72'],
    ['KOTA METRO', '18.72'],
    ['DKI Jakarta', '31'],
    ['Jakarta', '31'],
    ['Provinsi DKI Jakarta', '31'],
    ['DI Yogyakarta', '34'],
    ['D.I. Yogyakarta', '34'],
    ['Daerah Istimewa Yogyakarta', '34'],
    ['DIY', '34'],
    ['Provinsi Lampung', '18'],
    ['Prov. Lampung', '18'],
    ['Kota Jakarta Pusat', '31.71'],
    ['Kota Adm. Jakarta Pusat', '31.71'],
    ['Tanjungpinang', '21.72'],
    ['Kota Bau-Bau', '74.72'],
    ['Kab. Kotabaru', '63.02'],
    ['NTT', '53'],
  ])('finds %s as %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('reads "Kab."/"Kota" as meaning: a kabupaten named as a kota is not found, only suggested', () => {
    expect(lookupRegion('Kab Metro')).toEqual({
      status: 'unknown',
      query: 'Kab Metro',
      nearest: [{ code: '18.72', name: 'Kota Metro', level: 'regency' }],
    });
    expect(codeOf('Kota Klaten')).toBe('unknown');
  });

  it('reports a province and a kota of one name as ambiguous, and scopes by level', () => {
    expect(lookupRegion('Bengkulu')).toMatchObject({ status: 'ambiguous', candidates: [{ code: '17' }, { code: '17.71' }] });
    expect(codeOf('Bengkulu', { levels: ['regency'] })).toBe('17.71');
    expect(codeOf('Bengkulu', { levels: ['province'] })).toBe('17');
    expect(codeOf('Provinsi Gorontalo')).toBe('75');
  });

  it('scopes by province: Banjar is a kota of Jawa Barat and a kabupaten of Kalimantan Selatan', () => {
    expect(codeOf('Banjar', { levels: ['regency'] })).toBe('ambiguous');
    expect(codeOf('Banjar', { province: '63' })).toBe('63.03');
    expect(codeOf('Banjar', { province: '32' })).toBe('32.79');
    expect(codeOf('Kota Metro', { province: '33' })).toBe('unknown');
  });

  it('searches districts only when asked', () => {
    expect(codeOf('Kecamatan Bakongan')).toBe('unknown');
    expect(codeOf('Kecamatan Bakongan', { levels: ['district'] })).toBe('11.01.01');
    expect(codeOf('Bakongan', { levels: ['district', 'regency'] })).toBe('11.01.01');
  });

  it('gives the nearest names, nearest first, and none for what is near nothing', () => {
    const answer = lookupRegion('Kab. Klatn');
    expect(answer.status === 'unknown' ? answer.nearest[0]?.code : answer.status).toBe('33.10');
    expect(lookupRegion('zzzzqqqq')).toEqual({ status: 'unknown', query: 'zzzzqqqq', nearest: [] });
    expect(lookupRegion('')).toEqual({ status: 'unknown', query: '', nearest: [] });
    expect(lookupRegion('Kabupaten')).toEqual({ status: 'unknown', query: 'Kabupaten', nearest: [] });
  });

  it('bounds its work: a megabyte name is cut, matches nothing and is answered at once', () => {
    const huge = `Klaten${' '.repeat(1_000_000)}`;
    const answer = lookupRegion(huge);
    expect(answer.status).toBe('unknown');
    expect(answer.query).toBe(huge);
  });

  it('throws typed errors naming the field for bad input', () => {
    expect(errorOf(() => lookupRegion(42 as unknown as string))).toEqual({ code: 'INVALID_TYPE', path: ['name'] });
    expect(errorOf(() => lookupRegion('Klaten', { province: '99' }))).toEqual({ code: 'UNKNOWN_PROVINCE', path: ['options', 'province'] });
    expect(errorOf(() => lookupRegion('Klaten', { province: '3' }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'province'] });
    expect(errorOf(() => lookupRegion('Klaten', { levels: [] }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'levels'] });
    expect(errorOf(() => lookupRegion('Klaten', { levels: ['village'] }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'levels', 0] });
    expect(errorOf(() => lookupRegion('Klaten', { levels: 'regency' as never }))).toEqual({ code: 'INVALID_TYPE', path: ['options', 'levels'] });
    expect(errorOf(() => lookupRegion('Klaten', { provinsi: '33' } as never))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'provinsi'] });
    expect(errorOf(() => lookupRegion('Klaten', 'x' as never))).toEqual({ code: 'INVALID_TYPE', path: ['options'] });
    const { message } = errorWithMessageOf(() => lookupRegion('Klaten', { province: 'x'.repeat(100_000) }));
    expect(message.length).toBeLessThan(200);
  });

  it('does not change its options', () => {
    const levels = ['regency'] as const;
    const options = Object.freeze({ province: '35', levels: Object.freeze([...levels]) });
    expect(codeOf('Kota Blitar', options)).toBe('35.72');
    expect(options).toEqual({ province: '35', levels: ['regency'] });
  });
});

describe('normalizeRegionName', () => {
  it('removes accents, case, punctuation and extra spaces, keeping words apart', () => {
    expect(normalizeRegionName(' Kab.  Pángkajene—dan Kepulauan ')).toBe('kab pangkajene dan kepulauan');
    expect(errorOf(() => normalizeRegionName(null as unknown as string))).toEqual({ code: 'INVALID_TYPE', path: ['text'] });
  });

  test.prop([fc.string()])('is idempotent and blind to case', (text) => {
    const once = normalizeRegionName(text);
    expect(normalizeRegionName(once)).toBe(once);
    expect(normalizeRegionName(text.toUpperCase())).toBe(normalizeRegionName(text.toLowerCase()));
  });
});

describe('regionNameIndex', () => {
  it('gives for every form exactly what lookupRegion answers for it', () => {
    for (const options of [undefined, { levels: ['regency'] as const }, { province: '35', levels: ['district', 'regency'] as const }]) {
      const index = regionNameIndex(options);
      expect(index.length).toBeGreaterThan(0);
      for (const entry of index) {
        const answer = lookupRegion(entry.name, options);
        const codes = answer.status === 'found' ? [answer.region] : answer.status === 'ambiguous' ? answer.candidates : [];
        expect(entry.candidates, entry.name).toEqual(codes);
        expect(entry.normalized).toBe(normalizeRegionName(entry.name));
      }
    }
  });

  it('holds every regency under its official, short and bare names, sorted by normalised form', () => {
    const index = regionNameIndex({ levels: ['regency'] });
    const names = new Set(index.map((entry) => entry.name));
    for (const name of ['Kabupaten Klaten', 'Kab. Klaten', 'Klaten', 'Kota Metro', 'Metro', 'Kota Administrasi Jakarta Pusat', 'Jakarta Pusat']) {
      expect(names.has(name), name).toBe(true);
    }
    const normalized = index.map((entry) => entry.normalized);
    expect(normalized).toEqual([...normalized].sort());
    expect(new Set(normalized).size).toBe(normalized.length);
  });

  it('throws on bad options as lookupRegion does', () => {
    expect(errorOf(() => regionNameIndex({ levels: ['country'] }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'levels', 0] });
  });
});
