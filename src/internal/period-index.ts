import type { IssuePath } from '../errors/uhc-metrics-error.js';
import type { PeriodUnit } from '../metrics/period.js';
import { assertOneOf } from './assert.js';

/** The period units, in the order error messages list them. */
const PERIOD_UNITS: readonly PeriodUnit[] = ['month', 'quarter', 'semester', 'year'];

/** How many periods of each unit a calendar year holds. */
const PER_YEAR: Readonly<Record<PeriodUnit, number>> = { month: 12, quarter: 4, semester: 2, year: 1 };

/** A period unit, or a thrown `INVALID_OPTION` naming the field. */
export function assertPeriodUnit(value: unknown, path: IssuePath): asserts value is PeriodUnit {
  assertOneOf(value, PERIOD_UNITS, path);
}

/**
 * The ordinal of the period holding an ISO date that is already validated: consecutive periods
 * have consecutive ordinals, so the gap between two periods is a subtraction.
 */
export function periodIndexOf(isoDate: string, unit: PeriodUnit): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const perYear = PER_YEAR[unit];
  return year * perYear + Math.floor(((month - 1) * perYear) / 12);
}

/** The key of the period with a given ordinal: `2024-07`, `2024-Q3`, `2024-S2` or `2024`. */
export function periodKeyOfIndex(index: number, unit: PeriodUnit): string {
  const perYear = PER_YEAR[unit];
  const year = Math.floor(index / perYear);
  const part = index - year * perYear + 1;
  const yearText = String(year).padStart(4, '0');
  switch (unit) {
    case 'month':
      return `${yearText}-${String(part).padStart(2, '0')}`;
    case 'quarter':
      return `${yearText}-Q${part}`;
    case 'semester':
      return `${yearText}-S${part}`;
    case 'year':
      return yearText;
  }
}
