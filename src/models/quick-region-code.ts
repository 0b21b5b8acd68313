import { PROVINCES } from './provinces.js';

// The codes of real tables (`18.72`, `1872`, `18.72.01.1001`, `1872011001`) checked with character
// codes and a table of the 38 provinces: no regex, no match array, no info object per row
// (issue 18). Anything else goes to parseRegionCodeAt, which decides and words the error.

const DOT = 46;
const ZERO = 48;

/** 1 at the number of each province's code. */
const PROVINCE_NUMBERS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(100);
  for (const province of PROVINCES) table[Number(province.code)] = 1;
  return table;
})();

/** The number of the two ASCII digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * The normalised code of a well-formed regency, district or village code of a real province,
 * dotted or not, without surrounding space; `undefined` for anything else (which may still be
 * valid: a province, `ID`, a code with spaces), so that the caller asks the full reader.
 *
 * @internal
 */
export function quickRegionCode(text: string): string | undefined {
  const length = text.length;
  const dotted = length === 5 || length === 8 || length === 13;
  if (!dotted && length !== 4 && length !== 6 && length !== 10) return undefined;
  // Where each part starts: after its dot when dotted.
  const step = dotted ? 1 : 0;
  const province = twoDigits(text, 0);
  const regency = twoDigits(text, 2 + step);
  if (province < 0 || PROVINCE_NUMBERS[province] !== 1 || regency < 1 || regency === 70) return undefined;
  if (dotted && text.charCodeAt(2) !== DOT) return undefined;
  if (length === 5) return text;
  if (length === 4) return `${text.slice(0, 2)}.${text.slice(2)}`;
  const district = twoDigits(text, 4 + 2 * step);
  if (district < 1 || (dotted && text.charCodeAt(5) !== DOT)) return undefined;
  if (length === 8) return text;
  if (length === 6) return `${text.slice(0, 2)}.${text.slice(2, 4)}.${text.slice(4)}`;
  const high = twoDigits(text, 6 + 3 * step);
  const low = twoDigits(text, 8 + 3 * step);
  if (high < 0 || low < 0 || high + low === 0 || (dotted && text.charCodeAt(8) !== DOT)) return undefined;
  return dotted ? text : `${text.slice(0, 2)}.${text.slice(2, 4)}.${text.slice(4, 6)}.${text.slice(6)}`;
}
