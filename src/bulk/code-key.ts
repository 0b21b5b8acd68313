/** The value of `count` decimal digits of `text` from `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
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
  const length = text.length;
  if (length !== 2 && length !== 5 && length !== 8 && length !== 13) return -1;
  const province = digitsAt(text, 0, 2);
  if (province <= 0) return -1;
  if (length === 2) return province * 100_000_000;
  const regency = digitsAt(text, 3, 2);
  if (text.charCodeAt(2) !== 46 || regency <= 0) return -1;
  if (length === 5) return province * 100_000_000 + regency * 1_000_000;
  const district = digitsAt(text, 6, 2);
  if (text.charCodeAt(5) !== 46 || district <= 0) return -1;
  if (length === 8) return province * 100_000_000 + regency * 1_000_000 + district * 10_000;
  const village = digitsAt(text, 9, 4);
  if (text.charCodeAt(8) !== 46 || village <= 0) return -1;
  return province * 100_000_000 + regency * 1_000_000 + district * 10_000 + village;
}
