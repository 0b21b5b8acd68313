import { digitAt } from './code-key.js';

/**
 * The digits of a text shaped like an ISO date (`YYYY-MM-DD`, ASCII digits) as one number,
 * `2024-07-01` as 20240701; -1 for any other text. The number tells the whole text, so dates can
 * be told apart without comparing strings; whether the date is a real one is not checked here.
 *
 * @internal Used by {@link TableEncoder}.
 */
export function isoDateKey(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  // Straight-line code, no loop per character: the table builders call this on every row.
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  const key = year * 10_000 + month * 100 + day;
  // NaN when a character is not a digit.
  return key >= 0 ? key : -1;
}
