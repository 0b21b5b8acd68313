import { describe, expect, it } from 'vitest';
import { formatCount, type FormatCountOptions } from '../../src/figures/format-count.js';
import { formatPercent, type FormatPercentOptions } from '../../src/figures/format-percent.js';
import { formatPp, type FormatPpOptions } from '../../src/figures/format-pp.js';

describe('formatCount', () => {
  it.each([
    [8_911_770, undefined, '8.911.770'], // 000_ccb4cbd1960b7560.txt
    [8_911_770, { locale: 'en' }, '8,911,770'],
    [2_032_767, { locale: 'id' }, '2.032.767'], // 001_83d779eaf3a3c545.txt
    [0, undefined, '0'],
    [999, undefined, '999'],
    [Number.MAX_SAFE_INTEGER, undefined, '9.007.199.254.740.991'],
    [252_170_000, { scale: 'auto' }, '252,17 juta'], // 002_300703c94cbb4e75.txt
    [252_170_000, { locale: 'en', scale: 'auto' }, '252.17 million'],
    [252_100_000, { scale: 'auto' }, '252,1 juta'], // 004_c85153b6b92f5600.txt
    [400_000, { scale: 'auto' }, '400 ribu'], // 003_d0779c9ee81e164e.txt
    [12_000_000, { scale: 'auto' }, '12 juta'], // 003_d0779c9ee81e164e.txt
    [3_500_000_000_000, { scale: 'auto' }, '3,5 triliun'],
    [3_500_000_000, { scale: 'auto', locale: 'en' }, '3.5 billion'],
    [1_234_567, { scale: 'auto', decimals: 3, locale: 'en' }, '1.235 million'],
    [252_170_000, { scale: 'auto', decimals: 0 }, '252 juta'],
    [999_999, { scale: 'auto' }, '1 juta'],
    [999, { scale: 'auto' }, '999'],
    [252_170_000, { scale: 'none' }, '252.170.000'],
  ] as const)('%d with %o -> %s', (count, options, expected) => {
    expect(formatCount(count, options as FormatCountOptions | undefined)).toBe(expected);
  });

  it.each([
    [Number.NaN, undefined, 'INVALID_COUNT', ['count']],
    [Infinity, undefined, 'INVALID_COUNT', ['count']],
    [-1, undefined, 'INVALID_COUNT', ['count']],
    [1.5, undefined, 'INVALID_COUNT', ['count']],
    [2 ** 53, undefined, 'INVALID_COUNT', ['count']],
    ['5', undefined, 'INVALID_COUNT', ['count']],
    [5, { locale: 'de' }, 'INVALID_OPTION', ['options', 'locale']],
    [5, { scale: 'compact' }, 'INVALID_OPTION', ['options', 'scale']],
    [5, { scale: 'auto', decimals: -1 }, 'INVALID_OPTION', ['options', 'decimals']],
    [5, { scale: 'auto', decimals: 21 }, 'INVALID_OPTION', ['options', 'decimals']],
    [5, { scale: 'auto', decimals: 1.5 }, 'INVALID_OPTION', ['options', 'decimals']],
    [5, { decimals: 2 }, 'INVALID_OPTION', ['options', 'decimals']],
    [5, { digits: 2 }, 'INVALID_OPTION', ['options', 'digits']],
    [5, 'id', 'INVALID_TYPE', ['options']],
  ])('rejects %o with %o: %s at %o', (count, options, code, path) => {
    expect(() => formatCount(count as number, options as FormatCountOptions)).toThrowError(expect.objectContaining({ code, path }));
  });
});

describe('formatPercent', () => {
  it.each([
    [98.46, undefined, '98,46%'], // 000_ccb4cbd1960b7560.txt
    [98.46, { locale: 'en' }, '98.46%'],
    [99.46, { decimals: 2 }, '99,46%'],
    [98, undefined, '98,00%'],
    [98, { decimals: 0 }, '98%'],
    [(8_911_770 / 9_051_459) * 100, undefined, '98,46%'],
    [101.8, { decimals: 1 }, '101,8%'],
    [1234.5, { decimals: 1 }, '1.234,5%'],
    [1234.5, { decimals: 1, locale: 'en' }, '1,234.5%'],
    [95.305, { decimals: 3 }, '95,305%'],
    [-2.5, { decimals: 1 }, '-2,5%'],
    [-0, undefined, '0,00%'],
    [-0.001, undefined, '0,00%'],
  ] as const)('%d with %o -> %s', (pct, options, expected) => {
    expect(formatPercent(pct, options as FormatPercentOptions | undefined)).toBe(expected);
  });

  it.each([
    [Number.NaN, undefined, 'INVALID_NUMBER', ['pct']],
    [-Infinity, undefined, 'INVALID_NUMBER', ['pct']],
    [null, undefined, 'INVALID_NUMBER', ['pct']],
    [5, { locale: 'ID' }, 'INVALID_OPTION', ['options', 'locale']],
    [5, { decimals: '2' }, 'INVALID_OPTION', ['options', 'decimals']],
    [5, { scale: 'auto' }, 'INVALID_OPTION', ['options', 'scale']],
  ])('rejects %o with %o: %s at %o', (pct, options, code, path) => {
    expect(() => formatPercent(pct as number, options as FormatPercentOptions)).toThrowError(expect.objectContaining({ code, path }));
  });
});

describe('formatPp', () => {
  it.each([
    [3.15, undefined, '+3,15 pp'],
    [3.15, { locale: 'en' }, '+3.15 pp'],
    [-1.5, { decimals: 1 }, '-1,5 pp'],
    [-1.5, { decimals: 1, locale: 'en' }, '-1.5 pp'],
    [0, undefined, '0,00 pp'],
    [-0.001, undefined, '0,00 pp'],
    [98.46 - 95, { decimals: 2 }, '+3,46 pp'],
    [1234, { decimals: 0 }, '+1.234 pp'],
  ] as const)('%d with %o -> %s', (pp, options, expected) => {
    expect(formatPp(pp, options as FormatPpOptions | undefined)).toBe(expected);
  });

  it.each([
    [Infinity, undefined, 'INVALID_NUMBER', ['pp']],
    [Number.NaN, undefined, 'INVALID_NUMBER', ['pp']],
    [5, { decimals: 99 }, 'INVALID_OPTION', ['options', 'decimals']],
    [5, { sign: 'always' }, 'INVALID_OPTION', ['options', 'sign']],
    [5, { locale: null }, 'INVALID_OPTION', ['options', 'locale']],
  ])('rejects %o with %o: %s at %o', (pp, options, code, path) => {
    expect(() => formatPp(pp as number, options as FormatPpOptions)).toThrowError(expect.objectContaining({ code, path }));
  });
});

describe('formatCount of -0 (review fix)', () => {
  it('prints 0, which parses back, instead of "-0"', () => {
    expect(formatCount(-0)).toBe('0');
    expect(formatCount(-0, { scale: 'auto' })).toBe('0');
  });
});
