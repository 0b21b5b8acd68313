/**
 * The digits of a text shaped like an ISO date (`YYYY-MM-DD`, ASCII digits) as one number,
 * `2024-07-01` as 20240701; -1 for any other text. The number tells the whole text, so dates can
 * be told apart without comparing strings; whether the date is a real one is not checked here.
 *
 * @internal Used by {@link TableEncoder}.
 */
export function isoDateKey(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let key = 0;
  for (let index = 0; index < 10; index += 1) {
    if (index === 4 || index === 7) continue;
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    key = key * 10 + digit;
  }
  return key;
}
