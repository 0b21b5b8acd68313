import { describe, expect, it } from 'vitest';
import { createRegion as createTypedRegion, type Region, type RegionInput } from '../../src/models/region.js';
import { catchError } from '../support/caught-error.js';

/** createRegion as an untyped caller (a parsed JSON row) calls it: the runtime checks every field. */
const createRegion = (input: unknown): Region => createTypedRegion(input as RegionInput);

describe('createRegion', () => {
  it.each([
    [{ code: '18', name: 'Lampung' }, { code: '18', name: 'Lampung', level: 'province', parentCode: 'ID' }],
    [{ code: '1872', name: 'Kota Metro' }, { code: '18.72', name: 'Kota Metro', level: 'regency', parentCode: '18' }],
    [
      { code: '18.01', name: 'Lampung Selatan' },
      { code: '18.01', name: 'Lampung Selatan', level: 'regency', parentCode: '18' },
    ],
    [{ code: '3310', name: ' Klaten ' }, { code: '33.10', name: 'Klaten', level: 'regency', parentCode: '33' }],
    [{ code: 'ID', name: 'Indonesia' }, { code: 'ID', name: 'Indonesia', level: 'country', parentCode: undefined }],
  ])('builds %j', (input, expected) => {
    expect(createRegion(input)).toStrictEqual(expected);
  });

  it('freezes the result and ignores unknown fields', () => {
    const region = createRegion({ code: '17', name: 'Bengkulu', population: 2_032_767 });
    expect(Object.isFrozen(region)).toBe(true);
    expect(Object.keys(region)).toEqual(['code', 'name', 'level', 'parentCode']);
  });

  it('round-trips a region and accepts null for the fields it derives', () => {
    const metro = createRegion({ code: '18.72', name: 'Kota Metro' });
    expect(createRegion(metro)).toStrictEqual(metro);
    expect(createRegion({ code: 'ID', name: 'Indonesia', parentCode: null, level: null }).level).toBe('country');
  });

  it('does not mutate a frozen input', () => {
    const input = Object.freeze({ code: ' 1872 ', name: ' Kota Metro ' });
    createRegion(input);
    expect(input).toEqual({ code: ' 1872 ', name: ' Kota Metro ' });
  });

  it.each([
    [null, 'INVALID_TYPE', [], null],
    ['18', 'INVALID_TYPE', [], '18'],
    [[], 'INVALID_TYPE', [], []],
    [{ name: 'Lampung' }, 'INVALID_TYPE', ['code'], undefined],
    [{ code: '18.70', name: 'X' }, 'INVALID_REGION_CODE', ['code'], '18.70'],
    [{ code: '99', name: 'X' }, 'UNKNOWN_PROVINCE', ['code'], '99'],
    [{ code: '18' }, 'INVALID_TYPE', ['name'], undefined],
    [{ code: '18', name: '  ' }, 'INVALID_TYPE', ['name'], '  '],
    [{ code: '18', name: 18 }, 'INVALID_TYPE', ['name'], 18],
    [{ code: '18', name: 'Lampung', level: 'regency' }, 'INVALID_REGION_CODE', ['level'], 'regency'],
    [{ code: '18.72', name: 'Kota Metro', parentCode: '17' }, 'INVALID_REGION_CODE', ['parentCode'], '17'],
    [{ code: 'ID', name: 'Indonesia', parentCode: 'ID' }, 'INVALID_REGION_CODE', ['parentCode'], 'ID'],
  ])('rejects %j with %s at %j', (input, code, path, value) => {
    const error = catchError(() => createRegion(input));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
    expect(error.value).toEqual(value);
    expect(error.issues).toHaveLength(1);
  });

  it('reports every issue at once', () => {
    const error = catchError(() => createRegion({ code: 18, name: '' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_TYPE', ['code']],
      ['INVALID_TYPE', ['name']],
    ]);
  });
});
