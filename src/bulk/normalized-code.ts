import { PROVINCES } from '../models/provinces.js';

/** Province codes as numbers 0-99: 1 where a province has that code. */
const PROVINCE_NUMBERS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(100);
  for (const province of PROVINCES) table[Number(province.code)] = 1;
  return table;
})();

/** The value of two decimal digits at `at`, or -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * Whether a string is a region code already in normalised dotted form (`18`, `18.72`,
 * `18.72.01`, `18.72.01.1001`) that {@link parseRegionCode} accepts and leaves unchanged.
 * Checked char by char, with no allocation: a table of 84 000 village codes is validated in
 * about a millisecond. `false` says only "not on the fast path": the table builder then asks
 * {@link parseRegionCode}, which decides (undotted codes, `ID`, whitespace, errors).
 *
 * @internal The rules are those of `src/models/region-code.ts`; test/bulk checks that the two agree.
 */
export function isNormalizedRegionCode(text: string): boolean {
  const length = text.length;
  if (length !== 2 && length !== 5 && length !== 8 && length !== 13) return false;
  const province = twoDigits(text, 0);
  if (province < 0 || PROVINCE_NUMBERS[province] !== 1) return false;
  if (length === 2) return true;
  const regency = twoDigits(text, 3);
  if (text.charCodeAt(2) !== 46 || regency <= 0 || regency === 70) return false;
  if (length === 5) return true;
  if (text.charCodeAt(5) !== 46 || twoDigits(text, 6) <= 0) return false;
  if (length === 8) return true;
  const high = twoDigits(text, 9);
  const low = twoDigits(text, 11);
  return text.charCodeAt(8) === 46 && high >= 0 && low >= 0 && high + low > 0;
}
