import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODE,
  isRegionCode,
  normalizeRegionCode,
  parentRegionCode,
  parseRegionCode,
  parseRegionCodeAt,
} from '../../src/models/region-code.js';
import { catchError } from '../support/caught-error.js';

describe('parseRegionCode', () => {
  // The codes named in the articles (DOMAIN.md "Codes named in the articles").
  it.each([
    ['18', { code: '18', level: 'province', parentCode: 'ID', provinceCode: '18' }],
    ['18.72', { code: '18.72', level: 'regency', regencyKind: 'kota', parentCode: '18', provinceCode: '18' }],
    ['18.01', { code: '18.01', level: 'regency', regencyKind: 'kabupaten', parentCode: '18', provinceCode: '18' }],
    ['17', { code: '17', level: 'province', parentCode: 'ID', provinceCode: '17' }],
    ['33', { code: '33', level: 'province', parentCode: 'ID', provinceCode: '33' }],
    ['33.10', { code: '33.10', level: 'regency', regencyKind: 'kabupaten', parentCode: '33', provinceCode: '33' }],
  ])('parses the seed region %s', (code, expected) => {
    expect(parseRegionCode(code)).toStrictEqual(expected);
  });

  it.each([
    ['18', '18'],
    ['18.72', '18.72'],
    ['1872', '18.72'],
    ['18.72.01', '18.72.01'],
    ['187201', '18.72.01'],
    ['18.72.01.1001', '18.72.01.1001'],
    ['1872011001', '18.72.01.1001'],
    ['  18.72 \t', '18.72'],
    ['\n1872011001\n', '18.72.01.1001'],
    ['ID', 'ID'],
    ['id', 'ID'],
    [' Id ', 'ID'],
  ])('accepts %j as %s', (input, code) => {
    expect(parseRegionCode(input).code).toBe(code);
  });

  it('gives district and village levels with their parents', () => {
    expect(parseRegionCode('187201')).toStrictEqual({
      code: '18.72.01',
      level: 'district',
      parentCode: '18.72',
      provinceCode: '18',
    });
    expect(parseRegionCode('1872011001')).toStrictEqual({
      code: '18.72.01.1001',
      level: 'village',
      parentCode: '18.72.01',
      provinceCode: '18',
    });
  });

  it('treats ID as the country, the parent of every province', () => {
    expect(parseRegionCode('ID')).toStrictEqual({
      code: COUNTRY_CODE,
      level: 'country',
      parentCode: undefined,
      provinceCode: undefined,
    });
    expect(parseRegionCode('96').parentCode).toBe(COUNTRY_CODE);
  });

  it.each([
    ['01', 'kabupaten'],
    ['69', 'kabupaten'],
    ['71', 'kota'],
    ['99', 'kota'],
  ])('classifies regency part %s as %s', (kk, kind) => {
    const info = parseRegionCode(`33.${kk}`);
    expect(info.level === 'regency' && info.regencyKind).toBe(kind);
  });

  it('returns frozen results', () => {
    expect(Object.isFrozen(parseRegionCode('18.72'))).toBe(true);
    expect(Object.isFrozen(parseRegionCode('ID'))).toBe(true);
  });

  it.each([
    ['', 'INVALID_REGION_CODE'],
    ['   ', 'INVALID_REGION_CODE'],
    ['1', 'INVALID_REGION_CODE'],
    ['187', 'INVALID_REGION_CODE'],
    ['18720', 'INVALID_REGION_CODE'],
    ['18720110', 'INVALID_REGION_CODE'],
    ['187201100', 'INVALID_REGION_CODE'],
    ['18720110011', 'INVALID_REGION_CODE'],
    ['18.7201', 'INVALID_REGION_CODE'],
    ['1872.01', 'INVALID_REGION_CODE'],
    ['18.72.', 'INVALID_REGION_CODE'],
    ['.18', 'INVALID_REGION_CODE'],
    ['18..72', 'INVALID_REGION_CODE'],
    ['18-72', 'INVALID_REGION_CODE'],
    ['18 72', 'INVALID_REGION_CODE'],
    ['18.72.01.01', 'INVALID_REGION_CODE'],
    ['18.7.1', 'INVALID_REGION_CODE'],
    ['１８', 'INVALID_REGION_CODE'],
    ['IDN', 'INVALID_REGION_CODE'],
    ['18.00', 'INVALID_REGION_CODE'],
    ['1800', 'INVALID_REGION_CODE'],
    ['18.70', 'INVALID_REGION_CODE'],
    ['18.72.00', 'INVALID_REGION_CODE'],
    ['18.72.01.0000', 'INVALID_REGION_CODE'],
    // Malformed wins over an unknown province: the shape is checked first.
    ['99.70', 'INVALID_REGION_CODE'],
    ['00', 'UNKNOWN_PROVINCE'],
    ['10', 'UNKNOWN_PROVINCE'],
    ['99', 'UNKNOWN_PROVINCE'],
    ['20.01', 'UNKNOWN_PROVINCE'],
    ['9701', 'UNKNOWN_PROVINCE'],
  ])('rejects %j with %s naming the input', (input, code) => {
    const error = catchError(() => parseRegionCode(input));
    expect(error.code).toBe(code);
    expect(error.path).toEqual([]);
    expect(error.value).toBe(input);
    expect(error.message).toContain(JSON.stringify(input));
  });

  it.each([[18], [1872], [null], [undefined], [{ code: '18' }], [['18']], [true]])(
    'rejects the non-string %j with INVALID_TYPE',
    (input) => {
      const error = catchError(() => parseRegionCode(input as unknown as string));
      expect(error.code).toBe('INVALID_TYPE');
      expect(error.value).toBe(input);
    },
  );

  it('explains a bad regency part', () => {
    expect(catchError(() => parseRegionCode('18.70')).message).toBe(
      'input has regency part 70: it must be 01-69 (kabupaten) or 71-99 (kota), got "18.70"',
    );
  });

  it('reports problems at the given path inside a larger input', () => {
    const error = catchError(() => parseRegionCodeAt('99', [2, 'regionCode']));
    expect(error.path).toEqual([2, 'regionCode']);
    expect(error.message).toBe('[2].regionCode names province 99, which is not one of the 38 provinces, got "99"');
  });
});

describe('normalizeRegionCode', () => {
  it('writes the dotted form and is idempotent', () => {
    expect(normalizeRegionCode('3310')).toBe('33.10');
    expect(normalizeRegionCode(normalizeRegionCode(' 3310 '))).toBe('33.10');
  });

  it('throws the parser errors', () => {
    expect(catchError(() => normalizeRegionCode('33.70')).code).toBe('INVALID_REGION_CODE');
  });
});

describe('parentRegionCode', () => {
  it.each([
    ['1872011001', '18.72.01'],
    ['18.72.01', '18.72'],
    ['1872', '18'],
    ['18', 'ID'],
    ['ID', undefined],
  ])('the parent of %s is %s', (code, parent) => {
    expect(parentRegionCode(code)).toBe(parent);
  });

  it('throws the parser errors', () => {
    expect(catchError(() => parentRegionCode('99')).code).toBe('UNKNOWN_PROVINCE');
  });
});

describe('isRegionCode', () => {
  it.each([
    ['18', true],
    [' 1872011001 ', true],
    ['id', true],
    ['18.70', false],
    ['99', false],
    ['', false],
    [18, false],
    [null, false],
    [undefined, false],
    [{}, false],
  ])('%j -> %s', (value, expected) => {
    expect(isRegionCode(value)).toBe(expected);
  });
});

describe('the country code (review fixes)', () => {
  it('accepts ID in any ASCII letter case but not look-alikes that upper-case to ID', () => {
    expect(parseRegionCode('id').code).toBe('ID');
    expect(isRegionCode('\u0131d')).toBe(false); // Turkish dotless ı: 'ıd'.toUpperCase() === 'ID'
  });
});
