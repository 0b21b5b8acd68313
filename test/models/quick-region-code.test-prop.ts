import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { PROVINCES } from '../../src/models/provinces.js';
import { quickRegionCode } from '../../src/models/quick-region-code.js';
import { isRegionCode, normalizeRegionCode } from '../../src/models/region-code.js';

// Issue 18, item 4: the character-code check of common codes must accept only what the full
// reader accepts, and give the same normalised code.

const digits = (length: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const province = fc.oneof(fc.constantFrom(...PROVINCES.map((p) => p.code)), digits(2));
const regency = fc.oneof(fc.constantFrom('00', '01', '69', '70', '71', '99'), digits(2));
const district = fc.oneof(fc.constantFrom('00', '01', '99'), digits(2));
const village = fc.oneof(fc.constantFrom('0000', '0001', '1001', '9999', '0100'), digits(4));
const code = fc
  .tuple(province, regency, district, village, fc.integer({ min: 2, max: 4 }), fc.boolean())
  .map(([p, k, c, n, parts, dotted]) => [p, k, c, n].slice(0, parts).join(dotted ? '.' : ''));
const oddCharacter = fc.constantFrom('.', ' ', '\t', 'a', '-', '０', '1', '0', '\u00a0');
const nearMiss = fc.tuple(code, fc.nat(), oddCharacter, fc.constantFrom('replace', 'insert', 'remove')).map(([text, at, character, edit]) => {
  const index = at % (text.length + 1);
  if (edit === 'insert') return text.slice(0, index) + character + text.slice(index);
  if (edit === 'remove') return text.slice(0, index) + text.slice(index + 1);
  return text.slice(0, index) + character + text.slice(index + 1);
});

test.prop([fc.oneof(code, nearMiss, fc.string({ maxLength: 14 }))])('a quick code is the full reader\'s normalised code', (text) => {
  const quick = quickRegionCode(text);
  if (quick !== undefined) expect(quick).toBe(normalizeRegionCode(text));
});

test.prop([code])('every valid regency, district and village code takes the quick path', (text) => {
  if (isRegionCode(text) && text.length > 2) expect(quickRegionCode(text)).toBe(normalizeRegionCode(text));
});
