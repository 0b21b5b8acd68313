/**
 * The digit at `at` of `text`, or NaN when the character there is not one (or there is none): a NaN
 * spreads through any sum it is in, so one check of the sum covers every digit.
 *
 * @internal Used by {@link dottedCodeKey} and {@link isoDateKey}.
 */
export function digitAt(text: string, at: number): number {
  const digit = text.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
}

/**
 * The digits of a text shaped like a dotted region code (`PP`, `PP.KK`, `PP.KK.CC`,
 * `PP.KK.CC.NNNN`, every part present non-zero) as one number below 10^10, absent parts 0:
 * `18.72.01.1001` is 1872011001, `18.72` is 1872000000. -1 for any other text.
 *
 * Because present parts are never 0, the number tells the whole text (`18` and `18.00` cannot
 * both have it: `18.00` has no key), so a table can find a code by its number without comparing
 * strings, and these numbers order codes as their text does, a code before the codes under it.
 * Whether the code is a real one (a known province, regency not 70) is not checked here.
 *
 * @internal Used by {@link TableEncoder}.
 */
export function dottedCodeKey(text: string): number {
  // Straight-line code, no loop per character: the table builders call this on every row.
  const length = text.length;
  if (length !== 2 && length !== 5 && length !== 8 && length !== 13) return -1;
  const province = digitAt(text, 0) * 10 + digitAt(text, 1);
  // Every comparison below is false for a NaN part: a character that is not a digit.
  if (!(province > 0)) return -1;
  if (length === 2) return province * 100_000_000;
  const regency = digitAt(text, 3) * 10 + digitAt(text, 4);
  if (text.charCodeAt(2) !== 46 || !(regency > 0)) return -1;
  if (length === 5) return province * 100_000_000 + regency * 1_000_000;
  const district = digitAt(text, 6) * 10 + digitAt(text, 7);
  if (text.charCodeAt(5) !== 46 || !(district > 0)) return -1;
  if (length === 8) return province * 100_000_000 + regency * 1_000_000 + district * 10_000;
  const village = digitAt(text, 9) * 1000 + digitAt(text, 10) * 100 + digitAt(text, 11) * 10 + digitAt(text, 12);
  if (text.charCodeAt(8) !== 46 || !(village > 0)) return -1;
  return province * 100_000_000 + regency * 1_000_000 + district * 10_000 + village;
}
