import { DAYS_PER_YEAR } from './time-units.js';

/** (to / from) ^ (1 / years) - 1, through log / expm1 to keep small rates precise. */
export function compoundAnnualGrowth(from: number, to: number, days: number): number | undefined {
  if (from === 0) return undefined;
  const change = to - from;
  // Near a ratio of 1, log1p of the exact change keeps the digits a plain log would cancel away;
  // far from it, log1p of a ratio-minus-one near -1 would amplify rounding instead.
  const logRatio = Math.abs(change) * 2 < from ? Math.log1p(change / from) : Math.log(to / from);
  const rate = Math.expm1((logRatio * DAYS_PER_YEAR) / days);
  return Number.isFinite(rate) ? rate : undefined;
}
