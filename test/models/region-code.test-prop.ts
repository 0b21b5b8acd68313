import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { PROVINCES } from '../../src/models/provinces.js';
import {
  isRegionCode,
  normalizeRegionCode,
  parentRegionCode,
  parseRegionCode,
} from '../../src/models/region-code.js';

const LEVEL_ABOVE = { province: 'country', regency: 'province', district: 'regency', village: 'district' } as const;

const twoDigits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));

/** Parts of a valid code below the country: province, then optional regency, district, village. */
const validParts = fc
  .tuple(
    fc.constantFrom(...PROVINCES.map((province) => province.code)),
    fc.oneof(twoDigits(1, 69), twoDigits(71, 99)),
    twoDigits(1, 99),
    fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    fc.integer({ min: 1, max: 4 }),
  )
  .map(([province, regency, district, village, depth]) => [province, regency, district, village].slice(0, depth));

/** A valid code as someone might write it: dotted or not, padded with whitespace or not. */
const writtenCode = fc
  .tuple(validParts, fc.boolean(), fc.constantFrom('', ' ', '\t', '  \n'))
  .map(([parts, dotted, pad]) => `${pad}${parts.join(dotted ? '.' : '')}${pad}`);

test.prop([writtenCode])('normalising a code twice changes nothing', (code) => {
  const once = normalizeRegionCode(code);
  expect(normalizeRegionCode(once)).toBe(once);
  expect(parseRegionCode(once)).toStrictEqual(parseRegionCode(code));
});

test.prop([writtenCode])('the parent of a valid code is a valid code of the level above', (code) => {
  const info = parseRegionCode(code);
  if (info.level === 'country') throw new Error('generator yields no country codes');
  const parent = parentRegionCode(code);
  expect(isRegionCode(parent)).toBe(true);
  const parentInfo = parseRegionCode(parent as string);
  expect(parentInfo.level).toBe(LEVEL_ABOVE[info.level]);
  expect(info.code.startsWith(parentInfo.code) || parentInfo.code === 'ID').toBe(true);
  expect(parentInfo.provinceCode ?? info.provinceCode).toBe(info.provinceCode);
});

test.prop([fc.oneof(fc.string(), writtenCode, fc.stringMatching(/^[0-9.]{1,13}$/))])('isRegionCode never throws and agrees with parseRegionCode', (text) => {
  let parses = true;
  try {
    parseRegionCode(text);
  } catch {
    parses = false;
  }
  expect(isRegionCode(text)).toBe(parses);
});

test.prop([fc.anything()])('isRegionCode never throws on any value', (value) => {
  expect(typeof isRegionCode(value)).toBe('boolean');
});
