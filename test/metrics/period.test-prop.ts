import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isoDateOf } from '../../src/internal/calendar.js';
import { periodKey, periodKeysBetween, type PeriodUnit } from '../../src/metrics/period.js';

// Day numbers of 1900-01-01 and 2100-12-31.
const day = fc.integer({ min: -25_567, max: 47_846 });
const unit = fc.constantFrom<PeriodUnit>('month', 'quarter', 'semester', 'year');
const PER_YEAR: Record<PeriodUnit, number> = { month: 12, quarter: 4, semester: 2, year: 1 };

test.prop([day, day, unit])('the keys between two dates run without gaps from the first key to the last', (a, b, period) => {
  const [from, to] = [isoDateOf(Math.min(a, b)), isoDateOf(Math.max(a, b))];
  const keys = periodKeysBetween(from, to, period);
  expect(keys[0]).toBe(periodKey(from, period));
  expect(keys[keys.length - 1]).toBe(periodKey(to, period));
  // Strictly ascending as strings: keys of one unit sort chronologically.
  expect(keys.every((key, index) => index === 0 || keys[index - 1]! < key)).toBe(true);
  // As many keys as periods: years apart times periods a year, plus the periods within the years.
  const yearsApart = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const partOf = (date: string): number => Math.floor(((Number(date.slice(5, 7)) - 1) * PER_YEAR[period]) / 12);
  expect(keys.length).toBe(yearsApart * PER_YEAR[period] + partOf(to) - partOf(from) + 1);
});

test.prop([day, day, day, unit])('every date between two dates has its key among the keys between them', (a, b, c, period) => {
  const [low, middle, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
  expect(periodKeysBetween(isoDateOf(low), isoDateOf(high), period)).toContain(periodKey(isoDateOf(middle), period));
});
