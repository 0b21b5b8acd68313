import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isUhcMetricsError } from '../../src/errors/uhc-metrics-error.js';
import type { FigureLocale } from '../../src/figures/figure-locale.js';
import { formatCount } from '../../src/figures/format-count.js';
import { formatPercent } from '../../src/figures/format-percent.js';
import { formatPp } from '../../src/figures/format-pp.js';
import { parseFigure } from '../../src/figures/parse-figure.js';
import type { PrintedFigure } from '../../src/figures/printed-figure.js';

// Issue 17, round trips: whatever formatPercent, formatPp and formatCount print, parseFigure reads
// back into a figure whose interval holds the value formatted, or the formatter refuses the value
// with its documented UhcMetricsError. Over every decimals and both locales, with negative values
// (declines), -0, tiny values and the largest doubles (309 integer digits).

const locale = fc.constantFrom<FigureLocale>('id', 'en');
const decimals = fc.integer({ min: 0, max: 20 });
/** Any finite double, with the edges fast-check favours (-0, tiny, huge) and everyday percentages. */
const anyFinite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.constantFrom(-0, 0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1.2345678901234567e43),
);

/** Whether `value` lies in the closed interval. */
function holds(interval: PrintedFigure['rounded'], value: number): boolean {
  return interval.low <= value && value <= interval.high;
}

test.prop([anyFinite, decimals, locale])('formatPercent reads back: the rounded interval holds the percentage', (pct, digits, loc) => {
  const text = formatPercent(pct, { locale: loc, decimals: digits });
  const figure = parseFigure(text, { locale: loc });
  expect(figure.kind).toBe('percent');
  expect(figure.decimals).toBe(digits);
  expect(holds(figure.rounded, pct), `${pct} -> ${text} -> [${figure.rounded.low}, ${figure.rounded.high}]`).toBe(true);
  expect(holds(figure.interval, pct)).toBe(true);
  // A minus sign only for a value still negative after rounding: never "-0,00%".
  expect(text.startsWith('-')).toBe(figure.value < 0);
  expect(Object.is(figure.value, -0)).toBe(false);
});

test.prop([anyFinite, decimals, locale])('formatPp reads back: a signed figure of points whose rounded interval holds the difference', (pp, digits, loc) => {
  const text = formatPp(pp, { locale: loc, decimals: digits });
  const figure = parseFigure(text, { locale: loc });
  expect(figure.kind).toBe('pp');
  expect(holds(figure.rounded, pp), `${pp} -> ${text}`).toBe(true);
  expect(Math.sign(figure.value)).toBe(text.startsWith('-') ? -1 : text.startsWith('+') ? 1 : 0);
});

const count = fc.oneof(fc.maxSafeNat(), fc.integer({ min: 9e15, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(-0, 0, Number.MAX_SAFE_INTEGER));

test.prop([count, fc.option(decimals, { nil: undefined }), locale])(
  'formatCount reads back, scaled or not, or refuses the one documented case',
  (people, digits, loc) => {
    const full = parseFigure(formatCount(people, { locale: loc }), { locale: loc, kind: 'count' });
    expect([full.value, full.step]).toEqual([people + 0, 1]);
    let text: string;
    try {
      text = formatCount(people, { locale: loc, scale: 'auto', ...(digits === undefined ? {} : { decimals: digits }) });
    } catch (error) {
      // Documented: a scaled print that rounds past Number.MAX_SAFE_INTEGER is refused.
      expect(isUhcMetricsError(error) && error.code === 'INVALID_COUNT').toBe(true);
      expect(people).toBeGreaterThan(9e15);
      return;
    }
    const figure = parseFigure(text, { locale: loc, kind: 'count' });
    expect(holds(figure.rounded, people), `${people} -> ${text}`).toBe(true);
  },
);

test('-0 prints as zero everywhere, and reads back as 0', () => {
  expect([formatPercent(-0), formatPp(-0), formatCount(-0), formatCount(-0, { scale: 'auto' })]).toEqual(['0,00%', '0,00 pp', '0', '0']);
  expect(Object.is(parseFigure(formatPercent(-0)).value, 0)).toBe(true);
  // A tiny decline rounds to zero and prints unsigned; the print still allows it.
  expect(formatPercent(-0.003)).toBe('0,00%');
  expect(parseFigure('0,00%').rounded.low).toBeLessThanOrEqual(-0.003);
});

test('the 44-digit percentage of issue 17 reads back with 20 decimals, and so does the largest double', () => {
  for (const pct of [12_345_678_901_234_567_890_123_456_789_012_345_678_901_234, -Number.MAX_VALUE]) {
    const text = formatPercent(pct, { decimals: 20 });
    expect(parseFigure(text).value).toBe(pct);
  }
});
