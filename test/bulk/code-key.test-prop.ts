// The numeric keys the table encoder finds codes and dates by: a key stands for exactly one
// text, so two texts never share an id by accident, and keys order codes as their text does.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { dottedCodeKey } from '../../src/bulk/code-key.js';
import { isoDateKey } from '../../src/bulk/date-key.js';
import { isNormalizedRegionCode } from '../../src/bulk/normalized-code.js';

const digits = (length: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const part = fc.oneof(digits(2), fc.constantFrom('00', '01', '70', '99', '18'));
const village = fc.oneof(digits(4), fc.constantFrom('0000', '0001', '1001'));
const codeLike = fc.oneof(
  fc.tuple(part, part, part, village).chain(([p, k, c, n]) => fc.constantFrom(p, `${p}.${k}`, `${p}.${k}.${c}`, `${p}.${k}.${c}.${n}`, `${p}${k}`, `${p}.${k}.`, `${p}-${k}`, `${p}.${k}.${c}.${n}0`)),
  fc.string({ maxLength: 14 }),
);
const dateLike = fc.oneof(
  fc.tuple(digits(4), digits(2), digits(2)).chain(([y, m, d]) => fc.constantFrom(`${y}-${m}-${d}`, `${y}-${m}-${d} `, `${y}/${m}/${d}`, `${y}${m}${d}`, `${y}-${m}`)),
  fc.string({ maxLength: 11 }),
);

test.prop([codeLike])('every normalised code has a key, made of its digits', (text) => {
  const key = dottedCodeKey(text);
  if (isNormalizedRegionCode(text)) expect(Number(text.replaceAll('.', '').padEnd(10, '0'))).toBe(key);
  if (key > 0) expect(/^\d\d(\.\d\d(\.\d\d(\.\d{4})?)?)?$/.test(text)).toBe(true);
  else expect(key).toBe(-1);
});

test.prop([codeLike, codeLike])('two texts with a code key share it only when they are the same text, and keys order as text', (a, b) => {
  const [keyA, keyB] = [dottedCodeKey(a), dottedCodeKey(b)];
  fc.pre(keyA > 0 && keyB > 0);
  expect(keyA === keyB).toBe(a === b);
  expect(keyA < keyB).toBe(a < b);
});

test.prop([dateLike])('a text has a date key exactly when it is shaped YYYY-MM-DD, and the key is its digits', (text) => {
  const key = isoDateKey(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) expect(key).toBe(Number(text.replaceAll('-', '')));
  else expect(key).toBe(-1);
});
