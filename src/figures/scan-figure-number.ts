import { describeValue } from '../internal/describe-value.js';

/**
 * The most digits a printed number may carry: enough for everything formatPercent and formatPp
 * write (the 309 integer digits of `Number.MAX_VALUE` and 20 decimals, 329 in all), so that every
 * formatted figure reads back. It bounds the exact arithmetic done on the digits (BigInt of a few
 * hundred digits: microseconds).
 */
export const MAX_FIGURE_DIGITS = 330;

/** A printed number split at its decimal separator, group separators removed. */
interface ScannedNumber {
  /** Digits before the decimal separator, at least one, no leading zero unless exactly `0`. */
  readonly integerDigits: string;
  /** Digits after the decimal separator; empty when none was printed. */
  readonly fractionDigits: string;
}

/** The number, or why the token is not one. */
type ScanResult =
  | { readonly ok: true; readonly number: ScannedNumber }
  | { readonly ok: false; readonly reason: string };

/** Index just past the run of ASCII digits starting at `start`. */
function digitRunEnd(token: string, start: number): number {
  let index = start;
  while (index < token.length) {
    const code = token.charCodeAt(index);
    if (code < 48 || code > 57) break;
    index += 1;
  }
  return index;
}

/** A failed scan naming the token. */
function failure(reason: string): ScanResult {
  return { ok: false, reason };
}

/**
 * Reads one whitespace-free token as a printed number with the given separators, in one pass
 * (linear time, no regular expression). Grouping is strict: either no group separators at all
 * (`8911770`, as compact notation prints `3500 triliun`) or a first group of 1-3 digits followed
 * by groups of exactly three (`8.911.770`). A leading zero is allowed only as the whole integer
 * part (`0,5`). The fraction has no grouping.
 */
export function scanFigureNumber(token: string, groupSeparator: string, decimalSeparator: string): ScanResult {
  const quoted = describeValue(token);
  const firstEnd = digitRunEnd(token, 0);
  if (firstEnd === 0) return failure(`expected a number, found ${quoted}`);
  const groups = [token.slice(0, firstEnd)];
  let index = firstEnd;
  const leadingZero = firstEnd > 1 && token.charCodeAt(0) === 48;
  if (token[index] === groupSeparator) {
    if (firstEnd > 3) {
      return failure(`${quoted} has ${firstEnd} digits before the first '${groupSeparator}', at most 3 are allowed`);
    }
    if (token.charCodeAt(0) === 48) return failure(`${quoted} has a leading zero before '${groupSeparator}'`);
    while (token[index] === groupSeparator) {
      const groupEnd = digitRunEnd(token, index + 1);
      if (groupEnd - index - 1 !== 3) {
        return failure(`'${groupSeparator}' groups thousands and must be followed by exactly three digits in ${quoted}`);
      }
      groups.push(token.slice(index + 1, groupEnd));
      index = groupEnd;
    }
  } else if (leadingZero) {
    return failure(`${quoted} has a leading zero`);
  }
  let fractionDigits = '';
  if (token[index] === decimalSeparator) {
    const fractionEnd = digitRunEnd(token, index + 1);
    if (fractionEnd === index + 1) {
      return failure(`'${decimalSeparator}' is the decimal separator and must be followed by a digit in ${quoted}`);
    }
    fractionDigits = token.slice(index + 1, fractionEnd);
    index = fractionEnd;
  }
  if (index < token.length) {
    return failure(`unexpected ${describeValue(token[index])} after the number in ${quoted}`);
  }
  const integerDigits = groups.join('');
  if (integerDigits.length + fractionDigits.length > MAX_FIGURE_DIGITS) {
    return failure(`${quoted} has more than ${MAX_FIGURE_DIGITS} digits`);
  }
  return { ok: true, number: { integerDigits, fractionDigits } };
}
