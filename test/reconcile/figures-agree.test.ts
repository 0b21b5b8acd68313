import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/figures/parse-figure.js';
import type { PrintedFigure } from '../../src/figures/printed-figure.js';
import { figuresAgree, type FiguresAgreeOptions } from '../../src/reconcile/figures-agree.js';
import { seedText } from '../support/seed-text.js';
import { catchError } from '../support/caught-error.js';

// Seed 002_300703c94cbb4e75.txt (Klaten article) and seed 004_c85153b6b92f5600.txt (Radar
// Palembang) report the same national count of 1 Mar 2023.
const KLATEN_QUOTE = 'tercatat cakupan perlindungan program JKN-KIS mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk';
const PALEMBANG_QUOTE = 'sebanyak 252,1 juta jiwa atau lebih dari 90 persen dari seluruh penduduk Indonesia hingga 1 Maret 2023';

const klaten = parseFigure('252,17 juta jiwa');
const palembang = parseFigure('252,1 juta jiwa');

describe('figuresAgree on seeds 002 and 004 (national participants, 1 Mar 2023)', () => {
  it('quotes the articles', () => {
    expect(seedText('002_300703c94cbb4e75.txt')).toContain(KLATEN_QUOTE);
    expect(seedText('004_c85153b6b92f5600.txt')).toContain(PALEMBANG_QUOTE);
  });

  it('agrees only if Radar Palembang truncated "252,1 juta"', () => {
    expect(figuresAgree(klaten, palembang)).toEqual({
      agree: true,
      readings: [
        { a: 'rounded', b: 'truncated', overlap: { low: 252_165_000, high: 252_175_000 } },
        { a: 'truncated', b: 'truncated', overlap: { low: 252_170_000, high: 252_180_000 } },
      ],
    });
  });

  it('exposes that "252,1 juta" read as rounded [252 050 000, 252 150 000] misses 252,17 juta', () => {
    expect(palembang.rounded).toEqual({ low: 252_050_000, high: 252_150_000 });
    expect(figuresAgree(klaten, palembang, { reading: 'rounded' })).toEqual({ agree: false, readings: [] });
    expect(figuresAgree(klaten, palembang, { reading: 'truncated' }).readings).toEqual([
      { a: 'truncated', b: 'truncated', overlap: { low: 252_170_000, high: 252_180_000 } },
    ]);
  });

  it('is symmetric: swapping the figures swaps each pair', () => {
    expect(figuresAgree(palembang, klaten).readings.map(({ a, b }) => [a, b])).toEqual([
      ['truncated', 'rounded'],
      ['truncated', 'truncated'],
    ]);
  });

  it('finds "90,79 %" and "lebih dari 90 persen" compatible under every reading', () => {
    const result = figuresAgree(parseFigure('90,79 %'), parseFigure('lebih dari 90 persen'));
    expect(result.agree).toBe(true);
    expect(result.readings.map(({ a, b }) => [a, b])).toEqual([
      ['rounded', 'rounded'],
      ['rounded', 'truncated'],
      ['truncated', 'rounded'],
      ['truncated', 'truncated'],
    ]);
    expect(result.readings[0]?.overlap).toEqual({ low: 90.785, high: 90.795 });
  });
});

describe('figuresAgree', () => {
  it('counts touching ends as agreement when both include the end', () => {
    // "98,45%" rounded tops out at 98,455, where "98,46%" rounded starts.
    expect(figuresAgree(parseFigure('98,45%'), parseFigure('98,46%'), { reading: 'rounded' }).readings).toEqual([
      { a: 'rounded', b: 'rounded', overlap: { low: 98.455, high: 98.455 } },
    ]);
  });

  it('does not count a touch at the open top of a truncated reading', () => {
    // "252,1 juta" truncated is [252 100 000, 252 200 000): 252 200 000 is cut to 252,2 juta.
    expect(figuresAgree(parseFigure('252,1 juta'), parseFigure('252,2 juta'), { reading: 'truncated' })).toEqual({
      agree: false,
      readings: [],
    });
    expect(figuresAgree(parseFigure('252,2 juta'), parseFigure('252,1 juta'), { reading: 'truncated' }).agree).toBe(false);
    // Rounded, both include 252 150 000; rounded 252,2 juta starts inside 252,1 juta truncated.
    expect(figuresAgree(parseFigure('252,1 juta'), parseFigure('252,2 juta')).readings.map(({ a, b }) => [a, b])).toEqual([
      ['rounded', 'rounded'],
      ['truncated', 'rounded'],
    ]);
  });

  it('excludes the bound of "lebih dari" and "kurang dari", not of "minimal" or "hampir"', () => {
    expect(figuresAgree(parseFigure('lebih dari 95%'), parseFigure('kurang dari 95%')).agree).toBe(false);
    expect(figuresAgree(parseFigure('di atas 95%'), parseFigure('di bawah 95%')).agree).toBe(false);
    expect(figuresAgree(parseFigure('lebih dari 95%'), parseFigure('hampir 95%')).agree).toBe(false);
    expect(figuresAgree(parseFigure('minimal 95%'), parseFigure('kurang dari 95%')).agree).toBe(false);
    expect(figuresAgree(parseFigure('minimal 95%'), parseFigure('hampir 95%')).readings[0]?.overlap).toEqual({ low: 95, high: 95 });
    // "kurang dari 0" allows nothing, not even itself.
    expect(figuresAgree(parseFigure('kurang dari 0'), parseFigure('kurang dari 0')).agree).toBe(false);
    // Overlapping beyond the bound still agrees: (95%, Infinity) and "95,5%".
    expect(figuresAgree(parseFigure('lebih dari 95%'), parseFigure('95,5%')).agree).toBe(true);
  });

  it('disagrees on figures far apart', () => {
    expect(figuresAgree(parseFigure('99,46 %'), parseFigure('98,46%'))).toEqual({ agree: false, readings: [] });
  });

  it('keeps an unbounded side in the overlap', () => {
    expect(figuresAgree(parseFigure('lebih dari 250 juta'), parseFigure('minimal 252 juta')).readings[0]).toEqual({
      a: 'rounded',
      b: 'rounded',
      overlap: { low: 252_000_000, high: Infinity },
    });
  });

  it('accepts a figure object built by hand', () => {
    const handmade: PrintedFigure = {
      text: 'sekitar 252 juta',
      kind: 'count',
      value: 252_000_000,
      decimals: 0,
      scaleExponent: 6,
      step: 1_000_000,
      qualifier: 'about',
      rounded: { low: 251_500_000, high: 252_500_000 },
      truncated: { low: 252_000_000, high: 253_000_000 },
      interval: { low: 251_500_000, high: 253_000_000 },
    };
    expect(figuresAgree(handmade, klaten).agree).toBe(true);
  });

  it('freezes the answer deeply', () => {
    const result = figuresAgree(klaten, palembang);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.readings)).toBe(true);
    expect(Object.isFrozen(result.readings[0])).toBe(true);
    expect(Object.isFrozen(result.readings[0]?.overlap)).toBe(true);
  });
});

describe('figuresAgree: bad input', () => {
  it('rejects a count against a percentage with INVALID_INPUT naming both kinds', () => {
    const error = catchError(() => figuresAgree(klaten, parseFigure('90,79 %')));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path, issue.value])).toEqual([
      ['INVALID_FIGURE', ['a', 'kind'], 'count'],
      ['INVALID_FIGURE', ['b', 'kind'], 'percent'],
    ]);
    expect(error.message).toContain("a.kind is 'count'");
  });

  const good = { ...klaten };
  it.each([
    [null, good, 'INVALID_TYPE', ['a']],
    [good, '252,1 juta', 'INVALID_TYPE', ['b']],
    [good, [1, 2], 'INVALID_TYPE', ['b']],
    [{ ...good, text: 5 }, good, 'INVALID_FIGURE', ['a', 'text']],
    [{ ...good, kind: 'people' }, good, 'INVALID_FIGURE', ['a', 'kind']],
    [{ ...good, value: Number.NaN }, good, 'INVALID_FIGURE', ['a', 'value']],
    [{ ...good, value: -1 }, good, 'INVALID_FIGURE', ['a', 'value']],
    [{ ...good, value: 2 ** 60 }, good, 'INVALID_FIGURE', ['a', 'value']],
    [{ ...good, decimals: 1.5 }, good, 'INVALID_FIGURE', ['a', 'decimals']],
    [{ ...good, scaleExponent: -6 }, good, 'INVALID_FIGURE', ['a', 'scaleExponent']],
    [{ ...good, step: 0 }, good, 'INVALID_FIGURE', ['a', 'step']],
    [{ ...good, step: '1' }, good, 'INVALID_FIGURE', ['a', 'step']],
    [{ ...good, qualifier: 'roughly' }, good, 'INVALID_FIGURE', ['a', 'qualifier']],
    [{ ...good, rounded: null }, good, 'INVALID_FIGURE', ['a', 'rounded']],
    [{ ...good, rounded: [1, 2] }, good, 'INVALID_FIGURE', ['a', 'rounded']],
    [{ ...good, truncated: { low: 0 } }, good, 'INVALID_FIGURE', ['a', 'truncated', 'high']],
    [{ ...good, interval: { low: -Infinity, high: 1 } }, good, 'INVALID_FIGURE', ['a', 'interval', 'low']],
    [{ ...good, interval: { low: 2, high: 1 } }, good, 'INVALID_FIGURE', ['a', 'interval', 'high']],
    [{ ...good, value: 1 }, good, 'INVALID_FIGURE', ['a', 'value']],
    [{ ...good, truncated: { low: 0, high: 1 } }, good, 'INVALID_FIGURE', ['a', 'value']],
  ])('rejects %o, %o with %s at %o', (a, b, code, path) => {
    const error = catchError(() => figuresAgree(a as PrintedFigure, b as PrintedFigure));
    expect([error.code, error.path]).toEqual([code, path]);
  });

  it.each([
    [{ reading: 'hull' }, 'INVALID_OPTION', ['options', 'reading']],
    [{ locale: 'id' }, 'INVALID_OPTION', ['options', 'locale']],
    [null, 'INVALID_TYPE', ['options']],
  ])('rejects options %o', (options, code, path) => {
    const error = catchError(() => figuresAgree(klaten, palembang, options as FiguresAgreeOptions));
    expect([error.code, error.path]).toEqual([code, path]);
  });
});

describe('figuresAgree on printed declines', () => {
  it('reads turun 0,42 persen and -0,42% as the same decline', () => {
    expect(figuresAgree(parseFigure('turun 0,42 persen'), parseFigure('-0,42%')).readings.map(({ a, b }) => [a, b])).toEqual([
      ['rounded', 'rounded'],
      ['rounded', 'truncated'],
      ['truncated', 'rounded'],
      ['truncated', 'truncated'],
    ]);
    expect(figuresAgree(parseFigure('-0,42%'), parseFigure('0,42%')).agree).toBe(false);
  });

  it('keeps the open end of a truncated decline at the bottom: digits are cut toward zero', () => {
    // "-0,4%" cut off comes from (-0,5; -0,4]; "-1%" rounded from [-1,5; -0,5]. They only touch at
    // -0,5, which the cut-off reading excludes (-0,5 itself would print "-0,5%").
    expect(parseFigure('-0,4%').truncated).toEqual({ low: -0.5, high: -0.4 });
    expect(figuresAgree(parseFigure('-0,4%'), parseFigure('-1%'))).toEqual({ agree: false, readings: [] });
    // The cut-off end of a rise is its top, as before: "0,4%" cut off is [0,4; 0,5), "1%" rounded [0,5; 1,5].
    expect(figuresAgree(parseFigure('0,4%'), parseFigure('1%')).agree).toBe(false);
  });
});
