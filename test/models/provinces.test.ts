import { describe, expect, it } from 'vitest';
import { provinceName } from '../../src/models/province-name.js';
import { PROVINCES } from '../../src/models/provinces.js';
import { parseRegionCode } from '../../src/models/region-code.js';
import { catchError } from '../support/caught-error.js';

describe('PROVINCES', () => {
  it('lists the 38 provinces once each, in code order', () => {
    expect(PROVINCES).toHaveLength(38);
    const codes = PROVINCES.map((province) => province.code);
    expect(new Set(codes).size).toBe(38);
    expect([...codes].sort()).toEqual(codes);
  });

  it('holds the codes and names of DOMAIN.md exactly', () => {
    // Copied from /work/shared/DOMAIN.md, "The 38 provinces".
    const listed =
      '11 Aceh, 12 Sumatera Utara, 13 Sumatera Barat, 14 Riau, 15 Jambi, 16 Sumatera Selatan, 17 Bengkulu, ' +
      '18 Lampung, 19 Kepulauan Bangka Belitung, 21 Kepulauan Riau, 31 DKI Jakarta, 32 Jawa Barat, ' +
      '33 Jawa Tengah, 34 DI Yogyakarta, 35 Jawa Timur, 36 Banten, 51 Bali, 52 Nusa Tenggara Barat, ' +
      '53 Nusa Tenggara Timur, 61 Kalimantan Barat, 62 Kalimantan Tengah, 63 Kalimantan Selatan, ' +
      '64 Kalimantan Timur, 65 Kalimantan Utara, 71 Sulawesi Utara, 72 Sulawesi Tengah, 73 Sulawesi Selatan, ' +
      '74 Sulawesi Tenggara, 75 Gorontalo, 76 Sulawesi Barat, 81 Maluku, 82 Maluku Utara, 91 Papua, ' +
      '92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya';
    const expected = listed.split(', ').map((entry) => ({ code: entry.slice(0, 2), name: entry.slice(3) }));
    expect(PROVINCES).toEqual(expected);
  });

  it('is frozen, entries too', () => {
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(PROVINCES.every((province) => Object.isFrozen(province))).toBe(true);
  });

  it('every code parses as a province whose parent is the country', () => {
    for (const { code } of PROVINCES) {
      expect(parseRegionCode(code)).toStrictEqual({ code, level: 'province', parentCode: 'ID', provinceCode: code });
    }
  });
});

describe('provinceName', () => {
  it.each([
    ['18', 'Lampung'],
    ['17', 'Bengkulu'],
    ['33', 'Jawa Tengah'],
    [' 11 ', 'Aceh'],
  ])('%j is %s', (code, name) => {
    expect(provinceName(code)).toBe(name);
  });

  it.each([
    ['99', 'UNKNOWN_PROVINCE'],
    ['18.72', 'INVALID_REGION_CODE'],
    ['ID', 'INVALID_REGION_CODE'],
    ['1', 'INVALID_REGION_CODE'],
    [18, 'INVALID_TYPE'],
    [null, 'INVALID_TYPE'],
  ])('rejects %j with %s', (code, errorCode) => {
    const error = catchError(() => provinceName(code as string));
    expect(error.code).toBe(errorCode);
    expect(error.path).toEqual([]);
    expect(error.value).toBe(code);
  });
});
