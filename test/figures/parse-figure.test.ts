import { describe, expect, it } from 'vitest';
import { UhcMetricsError } from '../../src/errors/uhc-metrics-error.js';
import { intervalsOverlap } from '../../src/figures/interval-relations.js';
import { parseFigure, safeParseFigure, type ParseFigureOptions } from '../../src/figures/parse-figure.js';
import type { FigureKind, FigureQualifier, Interval } from '../../src/figures/printed-figure.js';
import { MAX_FIGURE_DIGITS } from '../../src/figures/scan-figure-number.js';
import { seedText } from '../support/seed-text.js';
import { countStringWork } from '../support/string-work.js';

interface SeedFigure {
  readonly seed: string;
  /** The text exactly as printed in the seed article. */
  readonly text: string;
  readonly options?: ParseFigureOptions;
  readonly kind: FigureKind;
  readonly value: number;
  readonly decimals: number;
  readonly scaleExponent: number;
  readonly step: number;
  readonly qualifier: FigureQualifier;
  readonly rounded: Interval;
  readonly truncated: Interval;
  readonly interval: Interval;
}

const L = '000_ccb4cbd1960b7560.txt'; // NU Online Lampung, 19 Jul 2024
const B = '001_83d779eaf3a3c545.txt'; // Indo Barat, Bengkulu, 22 Dec 2021
const K = '002_300703c94cbb4e75.txt'; // Klaten, 14 Mar 2023
const A = '003_d0779c9ee81e164e.txt'; // ANTARA Lampung, Aug 2023
const R = '004_c85153b6b92f5600.txt'; // Radar Palembang, Mar 2023

/** An exact figure: rounded is value +- step/2, truncated is [value, value + step]. */
function exact(
  seed: string,
  text: string,
  kind: FigureKind,
  value: number,
  decimals: number,
  scaleExponent: number,
  step: number,
  rounded: Interval,
  truncated: Interval,
): SeedFigure {
  return {
    seed, text, kind, value, decimals, scaleExponent, step, qualifier: 'exact', rounded, truncated,
    interval: { low: rounded.low, high: truncated.high },
  };
}

/** A bounding hedge: all three intervals are the same. */
function bounded(
  seed: string,
  text: string,
  kind: FigureKind,
  value: number,
  scaleExponent: number,
  step: number,
  qualifier: FigureQualifier,
  bounds: Interval,
): SeedFigure {
  return { seed, text, kind, value, decimals: 0, scaleExponent, step, qualifier, rounded: bounds, truncated: bounds, interval: bounds };
}

const SEED_FIGURES: readonly SeedFigure[] = [
  exact(L, '8.911.770', 'count', 8_911_770, 0, 0, 1, { low: 8_911_769.5, high: 8_911_770.5 }, { low: 8_911_770, high: 8_911_771 }),
  exact(L, '8.911.770 jiwa', 'count', 8_911_770, 0, 0, 1, { low: 8_911_769.5, high: 8_911_770.5 }, { low: 8_911_770, high: 8_911_771 }),
  exact(L, '9.051.459', 'count', 9_051_459, 0, 0, 1, { low: 9_051_458.5, high: 9_051_459.5 }, { low: 9_051_459, high: 9_051_460 }),
  exact(L, '99,46 %', 'percent', 99.46, 2, 0, 0.01, { low: 99.455, high: 99.465 }, { low: 99.46, high: 99.47 }),
  exact(L, '67,85 %', 'percent', 67.85, 2, 0, 0.01, { low: 67.845, high: 67.855 }, { low: 67.85, high: 67.86 }),
  exact(L, '98%', 'percent', 98, 0, 0, 1, { low: 97.5, high: 98.5 }, { low: 98, high: 99 }),
  exact(L, '98,46%', 'percent', 98.46, 2, 0, 0.01, { low: 98.455, high: 98.465 }, { low: 98.46, high: 98.47 }),
  exact(B, '80,62 persen', 'percent', 80.62, 2, 0, 0.01, { low: 80.615, high: 80.625 }, { low: 80.62, high: 80.63 }),
  exact(B, '2.032.767', 'count', 2_032_767, 0, 0, 1, { low: 2_032_766.5, high: 2_032_767.5 }, { low: 2_032_767, high: 2_032_768 }),
  exact(B, '98 persen', 'percent', 98, 0, 0, 1, { low: 97.5, high: 98.5 }, { low: 98, high: 99 }),
  exact(K, '96%', 'percent', 96, 0, 0, 1, { low: 95.5, high: 96.5 }, { low: 96, high: 97 }),
  exact(K, '95%', 'percent', 95, 0, 0, 1, { low: 94.5, high: 95.5 }, { low: 95, high: 96 }),
  exact(K, '252,17 juta', 'count', 252_170_000, 2, 6, 10_000, { low: 252_165_000, high: 252_175_000 }, { low: 252_170_000, high: 252_180_000 }),
  exact(K, '252,17 juta jiwa', 'count', 252_170_000, 2, 6, 10_000, { low: 252_165_000, high: 252_175_000 }, { low: 252_170_000, high: 252_180_000 }),
  exact(K, '90,79 %', 'percent', 90.79, 2, 0, 0.01, { low: 90.785, high: 90.795 }, { low: 90.79, high: 90.8 }),
  bounded(K, 'lebih dari 250 juta', 'count', 250_000_000, 6, 1_000_000, 'more-than', { low: 250_000_000, high: Infinity }),
  bounded(K, 'lebih dari 250 juta orang', 'count', 250_000_000, 6, 1_000_000, 'more-than', { low: 250_000_000, high: Infinity }),
  bounded(K, 'lebih dari 95%', 'percent', 95, 0, 1, 'more-than', { low: 95, high: Infinity }),
  bounded(K, 'minimal 95%', 'percent', 95, 0, 1, 'at-least', { low: 95, high: Infinity }),
  exact(K, '22', 'count', 22, 0, 0, 1, { low: 21.5, high: 22.5 }, { low: 22, high: 23 }),
  exact(K, '334', 'count', 334, 0, 0, 1, { low: 333.5, high: 334.5 }, { low: 334, high: 335 }),
  {
    // "kurang lebih 10 tahun" counts years, but the hedge reads the same: about, widened to tens.
    seed: K, text: 'kurang lebih 10', kind: 'count', value: 10, decimals: 0, scaleExponent: 0, step: 1, qualifier: 'about',
    rounded: { low: 5, high: 15 }, truncated: { low: 10, high: 20 }, interval: { low: 5, high: 20 },
  },
  exact(A, '95,31 persen', 'percent', 95.31, 2, 0, 0.01, { low: 95.305, high: 95.315 }, { low: 95.31, high: 95.32 }),
  {
    // "persentasenya ada sekitar 95,31": a bare number, a percentage only by context.
    seed: A, text: 'sekitar 95,31', options: { kind: 'percent' }, kind: 'percent', value: 95.31, decimals: 2, scaleExponent: 0,
    step: 0.01, qualifier: 'about', rounded: { low: 95.305, high: 95.315 }, truncated: { low: 95.31, high: 95.32 },
    interval: { low: 95.305, high: 95.32 },
  },
  exact(A, '8.527.908', 'count', 8_527_908, 0, 0, 1, { low: 8_527_907.5, high: 8_527_908.5 }, { low: 8_527_908, high: 8_527_909 }),
  {
    seed: A, text: 'sekitar 400 ribu', kind: 'count', value: 400_000, decimals: 0, scaleExponent: 3, step: 1000, qualifier: 'about',
    rounded: { low: 350_000, high: 450_000 }, truncated: { low: 400_000, high: 500_000 }, interval: { low: 350_000, high: 500_000 },
  },
  {
    seed: A, text: 'sekitar 400 ribu orang', kind: 'count', value: 400_000, decimals: 0, scaleExponent: 3, step: 1000, qualifier: 'about',
    rounded: { low: 350_000, high: 450_000 }, truncated: { low: 400_000, high: 500_000 }, interval: { low: 350_000, high: 500_000 },
  },
  exact(A, '35 persen', 'percent', 35, 0, 0, 1, { low: 34.5, high: 35.5 }, { low: 35, high: 36 }),
  exact(A, '12 juta', 'count', 12_000_000, 0, 6, 1_000_000, { low: 11_500_000, high: 12_500_000 }, { low: 12_000_000, high: 13_000_000 }),
  exact(R, '252,1 juta', 'count', 252_100_000, 1, 6, 100_000, { low: 252_050_000, high: 252_150_000 }, { low: 252_100_000, high: 252_200_000 }),
  exact(R, '252,1 juta jiwa', 'count', 252_100_000, 1, 6, 100_000, { low: 252_050_000, high: 252_150_000 }, { low: 252_100_000, high: 252_200_000 }),
  bounded(R, 'lebih dari 90 persen', 'percent', 90, 0, 1, 'more-than', { low: 90, high: Infinity }),
  exact(R, '98 persen', 'percent', 98, 0, 0, 1, { low: 97.5, high: 98.5 }, { low: 98, high: 99 }),
  exact(R, '90 Persen', 'percent', 90, 0, 0, 1, { low: 89.5, high: 90.5 }, { low: 90, high: 91 }),
];

describe('parseFigure on every figure printed in the seed articles', () => {
  it.each(SEED_FIGURES)('$seed prints "$text"', (expected) => {
    const figure = parseFigure(expected.text, expected.options);
    expect(figure).toEqual({
      text: expected.text,
      kind: expected.kind,
      value: expected.value,
      decimals: expected.decimals,
      scaleExponent: expected.scaleExponent,
      step: expected.step,
      qualifier: expected.qualifier,
      rounded: expected.rounded,
      truncated: expected.truncated,
      interval: expected.interval,
    });
  });

  it.each(SEED_FIGURES)('$seed really contains "$text"', ({ seed, text }) => {
    expect(seedText(seed)).toContain(text);
  });

  it('003_d0779c9ee81e164e.txt "Rp3,5 triliun" is money, not a figure of people or percent', () => {
    expect(() => parseFigure('Rp3,5 triliun')).toThrowError(/amount of money/);
    const result = safeParseFigure('Rp3,5 triliun');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]).toMatchObject({ code: 'INVALID_FIGURE', path: ['text'], value: 'Rp3,5 triliun' });
    }
  });

  it('004 "252,1 juta" (truncated) and 002 "252,17 juta" (rounded) can be the same count', () => {
    const radar = parseFigure('252,1 juta'); // 004_c85153b6b92f5600.txt
    const klaten = parseFigure('252,17 juta'); // 002_300703c94cbb4e75.txt
    expect(intervalsOverlap(radar.truncated, klaten.rounded)).toBe(true);
    // Read as rounded, Radar Palembang's figure would exclude Klaten's: truncation is the explanation.
    expect(intervalsOverlap(radar.rounded, klaten.rounded)).toBe(false);
  });

  it('000_ccb4cbd1960b7560.txt "99,46 %" excludes 8.911.770 / 9.051.459, "98,46%" includes it', () => {
    const coveragePct = (8_911_770 / 9_051_459) * 100;
    const misprint = parseFigure('99,46 %').interval;
    const corrected = parseFigure('98,46%').rounded;
    expect(misprint.low <= coveragePct && coveragePct <= misprint.high).toBe(false);
    expect(corrected.low <= coveragePct && coveragePct <= corrected.high).toBe(true);
  });

  it('computes scaled counts from the digits, not by float multiplication', () => {
    expect(2.01 * 1e6).not.toBe(2_010_000); // the trap being avoided
    expect(parseFigure('2,01 juta').value).toBe(2_010_000);
    expect(parseFigure('4,03 juta').value).toBe(4_030_000);
    expect(parseFigure('1,001 ribu').value).toBe(1_001);
    expect(parseFigure('252,17 juta').value).toBe(252_170_000);
    expect(parseFigure('1,1 ribu').value).toBe(1_100);
    expect(parseFigure('9.007,199254740991 triliun').value).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseFigure('0,29 miliar').value).toBe(290_000_000);
  });
});

describe('parseFigure: locale decides what separators mean', () => {
  it.each([
    ['1.234', 'id', 1234, 0],
    ['1.234', 'en', 1.234, 3],
    ['1,5', 'id', 1.5, 1],
    ['1,234', 'en', 1234, 0],
    ['1.234.567,89', 'id', 1_234_567.89, 2],
    ['1,234,567.89', 'en', 1_234_567.89, 2],
    ['8911770', 'id', 8_911_770, 0],
    ['3500 triliun', 'id', 3_500_000_000_000_000, 0],
    ['0,5', 'id', 0.5, 1],
    ['0', 'id', 0, 0],
  ] as const)('%s in %s is %d', (text, locale, value, decimals) => {
    const figure = parseFigure(text, { locale });
    expect(figure.value).toBe(value);
    expect(figure.decimals).toBe(decimals);
  });

  it('reads English figures with English words', () => {
    expect(parseFigure('99.46%', { locale: 'en' }).value).toBe(99.46);
    expect(parseFigure('80.62 percent', { locale: 'en' }).kind).toBe('percent');
    expect(parseFigure('252.17 million people', { locale: 'en' })).toMatchObject({ value: 252_170_000, step: 10_000 });
    expect(parseFigure('about 400 thousand', { locale: 'en' }).rounded).toEqual({ low: 350_000, high: 450_000 });
    expect(parseFigure('more than 250 million', { locale: 'en' }).qualifier).toBe('more-than');
    expect(parseFigure('at least 95%', { locale: 'en' }).qualifier).toBe('at-least');
    expect(parseFigure('less than 5%', { locale: 'en' }).qualifier).toBe('less-than');
    expect(parseFigure('almost 99%', { locale: 'en' }).qualifier).toBe('almost');
    expect(parseFigure('3.5 billion', { locale: 'en' }).value).toBe(3_500_000_000);
    expect(parseFigure('1.2 trillion', { locale: 'en' }).value).toBe(1_200_000_000_000);
  });

  it('does not mix the vocabularies of the two locales', () => {
    expect(safeParseFigure('252,17 juta', { locale: 'en' }).success).toBe(false);
    expect(safeParseFigure('252,17 million').success).toBe(false);
    expect(safeParseFigure('98 percent').success).toBe(false);
    expect(safeParseFigure('98 persen', { locale: 'en' }).success).toBe(false);
    expect(safeParseFigure('about 5').success).toBe(false);
  });
});

describe('parseFigure: hedges', () => {
  it.each([
    ['sekitar 400 ribu', 'about'],
    ['kurang lebih 400 ribu', 'about'],
    ['lebih dari 400 ribu', 'more-than'],
    ['di atas 400 ribu', 'more-than'],
    ['minimal 400 ribu', 'at-least'],
    ['paling sedikit 400 ribu', 'at-least'],
    ['kurang dari 400 ribu', 'less-than'],
    ['di bawah 400 ribu', 'less-than'],
    ['hampir 400 ribu', 'almost'],
    ['400 ribu', 'exact'],
  ] as const)('%s is %s', (text, qualifier) => {
    const figure = parseFigure(text);
    expect(figure.qualifier).toBe(qualifier);
    expect(figure.value).toBe(400_000);
    expect(figure.step).toBe(1000);
  });

  it('bounds more-than and at-least below, less-than above, almost within one round place below', () => {
    expect(parseFigure('di atas 95%').interval).toEqual({ low: 95, high: Infinity });
    expect(parseFigure('paling sedikit 18 persen').interval).toEqual({ low: 18, high: Infinity });
    expect(parseFigure('di bawah 80%').interval).toEqual({ low: 0, high: 80 });
    expect(parseFigure('hampir 400 ribu').interval).toEqual({ low: 300_000, high: 400_000 });
    expect(parseFigure('hampir 99,5%').interval).toEqual({ low: 99.4, high: 99.5 });
    expect(parseFigure('hampir 100 persen').interval).toEqual({ low: 0, high: 100 });
  });

  it('widens about to the last non-zero digit, and not beyond the printed step', () => {
    expect(parseFigure('sekitar 250 juta').rounded).toEqual({ low: 245_000_000, high: 255_000_000 });
    expect(parseFigure('sekitar 252,17 juta').rounded).toEqual({ low: 252_165_000, high: 252_175_000 });
    expect(parseFigure('sekitar 10,50%').rounded).toEqual({ low: 10.45, high: 10.55 });
    expect(parseFigure('sekitar 0 persen').rounded).toEqual({ low: -0.5, high: 0.5 });
    expect(parseFigure('sekitar 0 jiwa').rounded).toEqual({ low: 0, high: 0.5 });
  });

  it("never lets a count's low bound fall below zero", () => {
    expect(parseFigure('0 jiwa').rounded).toEqual({ low: 0, high: 0.5 });
    expect(parseFigure('0 ribu').interval).toEqual({ low: 0, high: 1000 });
  });

  it('reads a percentage printed as zero as the values on both sides that round to it', () => {
    // formatPercent(-0.003) prints "0,00%": the print must still allow -0.003.
    expect(parseFigure('0%').rounded).toEqual({ low: -0.5, high: 0.5 });
    expect(parseFigure('0,00 persen').rounded).toEqual({ low: -0.005, high: 0.005 });
    expect(parseFigure('0,00 persen').truncated).toEqual({ low: 0, high: 0.01 });
    expect(parseFigure('-0,00%').interval).toEqual({ low: -0.005, high: 0.01 });
    expect(Object.is(parseFigure('-0,00%').value, 0)).toBe(true);
  });

  it('keeps the bounds of a hedge at zero', () => {
    expect(parseFigure('hampir 1%').interval).toEqual({ low: 0, high: 1 });
    expect(parseFigure('kurang dari 0,5%').interval).toEqual({ low: 0, high: 0.5 });
  });

  it('matches words case-insensitively and across any whitespace, keeping the text as given', () => {
    const text = ' \tSEKITAR\u00a0400  Ribu\nOrang ';
    const figure = parseFigure(text);
    expect(figure.text).toBe(text);
    expect(figure.qualifier).toBe('about');
    expect(figure.value).toBe(400_000);
    // 004_c85153b6b92f5600.txt ends "98 persen." with two no-break spaces.
    expect(parseFigure('98 persen\u00a0\u00a0').value).toBe(98);
    expect(parseFigure('Lebih Dari 95 %').qualifier).toBe('more-than');
  });
});

describe('parseFigure: kind', () => {
  it('reads the kind from the print and checks it against options.kind', () => {
    expect(parseFigure('95,31').kind).toBe('count');
    expect(parseFigure('95,31').value).toBe(95.31);
    expect(parseFigure('95,31', { kind: 'percent' }).kind).toBe('percent');
    expect(parseFigure('22', { kind: 'count' }).kind).toBe('count');
    expect(parseFigure('1,2345 ribu').value).toBe(1234.5);
    expect(parseFigure(`0,${'1'.repeat(MAX_FIGURE_DIGITS - 1)}%`).decimals).toBe(MAX_FIGURE_DIGITS - 1);
    expect(() => parseFigure('98%', { kind: 'count' })).toThrowError(/a percentage, expected a count/);
    expect(() => parseFigure('12 juta', { kind: 'percent' })).toThrowError(/a count, expected a percentage/);
    expect(() => parseFigure('22 jiwa', { kind: 'percent' })).toThrowError(/a count, expected a percentage/);
  });

  it('returns a frozen figure with frozen intervals', () => {
    const figure = parseFigure('sekitar 400 ribu');
    expect(Object.isFrozen(figure)).toBe(true);
    expect(Object.isFrozen(figure.rounded)).toBe(true);
    expect(Object.isFrozen(figure.truncated)).toBe(true);
    expect(Object.isFrozen(figure.interval)).toBe(true);
    expect(Object.isFrozen(parseFigure('lebih dari 5%').interval)).toBe(true);
  });
});

/** Each bad input with the code and path of the issue it must produce. */
const MALFORMED: readonly { readonly input: unknown; readonly options?: unknown; readonly code: string; readonly path: readonly (string | number)[] }[] = [
  { input: '8.91.770', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '1..2', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '8,911.770', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '8.911,770.5', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '8,911,770', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '8.911.770', options: { locale: 'en' }, code: 'INVALID_FIGURE', path: ['text'] },
  { input: '99.46%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '1234.567', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '0.500', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '007', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '8.', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '8,', code: 'INVALID_FIGURE', path: ['text'] },
  { input: ',5', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '   ', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '%%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '98%%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'persen', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'sekitar', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'lebih dari', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '98 % %', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '98 persen.', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '8.911.770 jiwa.', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '12 juta juta', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '12 jiwa juta', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '12juta', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '95 persen jiwa', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '95% juta', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '1 2', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '22 provinsi dan 334 kabupaten', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'sekitar sekitar 5', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '-5', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '+5 jiwa', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'turun 5 ribu orang', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'turun -5%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'turun lebih dari 2 persen', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '-hampir 2%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '- 0,42%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '--0,42%', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '-5 pp', options: { kind: 'percent' }, code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'turun', code: 'INVALID_FIGURE', path: ['text'] },
  { input: 'Rp3,5 triliun', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '$5 million', options: { locale: 'en' }, code: 'INVALID_FIGURE', path: ['text'] },
  { input: '５', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '10000 triliun', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '9.007.199.254.740.992', code: 'INVALID_FIGURE', path: ['text'] },
  { input: '1'.repeat(MAX_FIGURE_DIGITS + 1), options: { kind: 'percent' }, code: 'INVALID_FIGURE', path: ['text'] },
  { input: null, code: 'INVALID_TYPE', path: ['text'] },
  { input: undefined, code: 'INVALID_TYPE', path: ['text'] },
  { input: 5, code: 'INVALID_TYPE', path: ['text'] },
  { input: {}, code: 'INVALID_TYPE', path: ['text'] },
  { input: ['5'], code: 'INVALID_TYPE', path: ['text'] },
  { input: '5', options: { locale: 'fr' }, code: 'INVALID_OPTION', path: ['options', 'locale'] },
  { input: '5', options: { kind: 'money' }, code: 'INVALID_OPTION', path: ['options', 'kind'] },
  { input: '5', options: { strict: true }, code: 'INVALID_OPTION', path: ['options', 'strict'] },
  { input: '5', options: 'id', code: 'INVALID_TYPE', path: ['options'] },
  { input: '5', options: null, code: 'INVALID_TYPE', path: ['options'] },
];

describe('parseFigure: changes (signed percentages and points)', () => {
  it('reads a decline as formatPercent prints it: hyphen-minus, Unicode minus, or turun', () => {
    for (const text of ['-0,42%', '\u22120,42%', 'turun 0,42 persen', 'menurun 0,42 %', 'TURUN 0,42%']) {
      const figure = parseFigure(text);
      expect([figure.kind, figure.value, figure.step], text).toEqual(['percent', -0.42, 0.01]);
      expect(figure.rounded, text).toEqual({ low: -0.425, high: -0.415 });
      // Cutting digits goes toward zero: -0,4249 is cut to -0,42.
      expect(figure.truncated, text).toEqual({ low: -0.43, high: -0.42 });
      expect(figure.interval, text).toEqual({ low: -0.43, high: -0.415 });
    }
  });

  it('reads a rise with + or naik as the unsigned figure', () => {
    for (const text of ['+1,5%', 'naik 1,5 persen', 'meningkat 1,5%']) {
      const { text: _text, ...rest } = parseFigure(text);
      const { text: _plain, ...plain } = parseFigure('1,5%');
      expect(rest, text).toEqual(plain);
    }
    expect(parseFigure('down 0.42 percent', { locale: 'en' }).value).toBe(-0.42);
    expect(parseFigure('up 1.2 percentage points', { locale: 'en' }).value).toBe(1.2);
  });

  it('reads percentage points as their own kind, signed as formatPp prints them', () => {
    expect([parseFigure('+3,15 pp').kind, parseFigure('+3,15 pp').value]).toEqual(['pp', 3.15]);
    expect(parseFigure('-1,5 pp').rounded).toEqual({ low: -1.55, high: -1.45 });
    expect(parseFigure('0,5 poin persen').kind).toBe('pp');
    expect(parseFigure('turun 0,5 persen poin').value).toBe(-0.5);
    expect(parseFigure('2', { kind: 'pp' }).kind).toBe('pp');
    expect(() => parseFigure('3 pp', { kind: 'percent' })).toThrowError(/percentage points, expected a percentage/);
  });

  it('keeps a decline hedged with sekitar, and refuses a bounding hedge on it', () => {
    expect(parseFigure('turun sekitar 0,4 persen').rounded).toEqual({ low: -0.45, high: -0.35 });
    expect(() => parseFigure('turun lebih dari 2 persen')).toThrowError(/no bounding hedge/);
    expect(() => parseFigure('kurang dari -2%')).toThrowError(/no bounding hedge/);
  });

  it('never reads a count as signed', () => {
    expect(() => parseFigure('-8.911.770 jiwa')).toThrowError(/counts are never negative/);
    expect(() => parseFigure('naik 400 ribu')).toThrowError(/counts are never negative/);
    expect(() => parseFigure('-5')).toThrowError(/counts are never negative/);
    expect(parseFigure('-5', { kind: 'percent' }).value).toBe(-5);
  });
});

describe('parseFigure and safeParseFigure on bad input', () => {
  it.each(MALFORMED)('$input ($options) -> $code at $path', ({ input, options, code, path }) => {
    const result = safeParseFigure(input, options as ParseFigureOptions);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    const offending = path[0] === 'text' ? input : path.length === 1 ? options : (options as Record<string, unknown>)[path[1] as string];
    expect(result.issues[0]).toMatchObject({ code, path });
    expect(result.issues[0].value).toBe(offending);
    if (code === 'INVALID_FIGURE') expect(result.issues[0].message).toContain(JSON.stringify(input).slice(0, 20));

    let thrown: unknown;
    try {
      parseFigure(input as string, options as ParseFigureOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UhcMetricsError);
    expect(thrown).toMatchObject({ code, path });
  });

  it('returns the figure itself on success', () => {
    expect(safeParseFigure('80,62 persen')).toEqual({ success: true, output: parseFigure('80,62 persen') });
  });

  it("returns what the caller's getter throws as an INPUT_THREW failure at the option", () => {
    const hostile = {
      get locale(): never {
        throw new RangeError('boom');
      },
    };
    expect(safeParseFigure('5', hostile as ParseFigureOptions)).toMatchObject({
      success: false,
      issues: [{ code: 'INPUT_THREW', path: ['options', 'locale'] }],
    });
  });
});

describe('parseFigure runs in linear time', () => {
  const MEGABYTE = 1 << 20;
  it.each([
    ['digits', '9'.repeat(MEGABYTE)],
    ['valid groups then a bad one', `1${'.111'.repeat(MEGABYTE / 4)}.11`],
    ['separators', '1.'.repeat(MEGABYTE / 2)],
    ['commas', ','.repeat(MEGABYTE)],
    ['spaces then junk', `${' '.repeat(MEGABYTE)}x`],
    ['many words', 'sekitar '.repeat(MEGABYTE / 8)],
    ['many numbers', '1 '.repeat(MEGABYTE / 2)],
    ['a long fraction', `1,${'0'.repeat(MEGABYTE)}`],
    ['percent signs', `5${'%'.repeat(MEGABYTE)}`],
  ])('fails on 1 MB of %s with work linear in the text', (_name, text) => {
    // Work is counted, not timed (a loaded machine makes a time limit flake): every character
    // read (charAt, charCodeAt, indexing is by these or by slices), every character copied
    // (slice, toLowerCase) and every regular expression run. At a tenth of the text the count
    // must be at least a tenth: ten times the text costs at most about ten times the work.
    const work = (input: string): number => countStringWork(() => expect(safeParseFigure(input, { kind: 'percent' }).success).toBe(false));
    const whole = work(text);
    const tenth = work(text.slice(0, text.length / 10));
    expect(whole).toBeLessThanOrEqual(12 * tenth + 100);
    // And never more than a few steps per character: no pass over the text per character.
    expect(whole).toBeLessThan(16 * text.length);
  });
});
