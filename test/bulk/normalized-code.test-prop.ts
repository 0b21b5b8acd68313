// The fast check of normalised codes agrees with parseRegionCode: whatever it accepts,
// parseRegionCode accepts and leaves unchanged; whatever parseRegionCode leaves unchanged, it accepts.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isNormalizedRegionCode } from '../../src/bulk/normalized-code.js';
import { isRegionCode, normalizeRegionCode } from '../../src/models/region-code.js';

const digits = (length: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const part = fc.oneof(digits(2), fc.constantFrom('00', '70', '69', '71', '99', '18', '33', '96'));
const candidate = fc.oneof(
  fc.tuple(part, part, part, fc.oneof(digits(4), fc.constantFrom('0000', '0001', '1001'))).chain(([p, k, c, n]) =>
    fc.constantFrom(p, `${p}.${k}`, `${p}.${k}.${c}`, `${p}.${k}.${c}.${n}`, `${p}${k}`, `${p}.${k}${c}`, ` ${p}.${k}`, `${p}-${k}`),
  ),
  fc.string({ maxLength: 14 }),
  fc.constantFrom('ID', 'id', '', '1', '18.', '18.7', '18.72.', '18.72.01.100', '18.72.01.10011', '18.7a', '1a.72'),
  fc.constantFrom('18.72-01', '18.72.00', '18.72.0a', '18.72.01-1001', '18.72.01.0000', '18.72.01.000a', '18.72.01.0001', '18-72', '18.00', '18.70'),
);

test.prop([candidate])('isNormalizedRegionCode accepts exactly the codes parseRegionCode leaves unchanged', (text) => {
  const unchanged = isRegionCode(text) && normalizeRegionCode(text) === text && text !== 'ID';
  expect(isNormalizedRegionCode(text)).toBe(unchanged);
});
