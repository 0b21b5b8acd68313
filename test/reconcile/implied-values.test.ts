import { describe, expect, it } from 'vitest';
import { intervalContains, intervalsOverlap } from '../../src/figures/interval-relations.js';
import { parseFigure } from '../../src/figures/parse-figure.js';
import type { PrintedFigure } from '../../src/figures/printed-figure.js';
import { impliedParticipants, type ImpliedParticipantsOptions } from '../../src/reconcile/implied-participants.js';
import { impliedPopulation, type ImpliedPopulationOptions } from '../../src/reconcile/implied-population.js';
import { impliedUncovered, type ImpliedUncoveredOptions } from '../../src/reconcile/implied-uncovered.js';
import { seedText } from '../support/seed-text.js';
import { catchError } from '../support/caught-error.js';

describe('seed 001 (Bengkulu, Nov 2021): "80,62 persen dari total penduduk 2.032.767 jiwa"', () => {
  const coverage = parseFigure('80,62 persen');
  const population = parseFigure('2.032.767 jiwa').value;

  it('quotes the article', () => {
    expect(seedText('001_83d779eaf3a3c545.txt')).toContain('berada pada angka 80,62 persen dari total penduduk 2.032.767 jiwa');
  });

  it('implies 1 638 715 to 1 639 021 participants under either reading', () => {
    // 2 032 767 x 80,615% = 1 638 715,117...; 2 032 767 x 80,63% = 1 639 020,04...
    expect(impliedParticipants(population, coverage)).toEqual({ low: 1_638_715, high: 1_639_021 });
  });

  it('narrows with one reading', () => {
    expect(impliedParticipants(population, coverage, { reading: 'rounded' })).toEqual({ low: 1_638_715, high: 1_638_919 });
    expect(impliedParticipants(population, coverage, { reading: 'truncated' })).toEqual({ low: 1_638_816, high: 1_639_021 });
  });

  it('widens with a printed population', () => {
    const printed = parseFigure('2,03 juta jiwa');
    const interval = impliedParticipants(printed, coverage);
    expect(interval.low).toBeLessThan(1_638_715);
    expect(interval.high).toBeGreaterThan(1_639_021);
    expect(intervalContains(interval, 1_638_800)).toBe(true);
  });
});

describe('seed 002 (Klaten article, 1 Mar 2023): "252,17 juta jiwa atau 90,79 % dari total penduduk"', () => {
  const participants = parseFigure('252,17 juta jiwa');
  const coverage = parseFigure('90,79 %');

  it('quotes the article', () => {
    expect(seedText('002_300703c94cbb4e75.txt')).toContain('mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk');
  });

  it('implies a national population of about 277,7 juta', () => {
    // [252 165 000 / 90,8%, 252 180 000 / 90,785%], outward to whole people.
    expect(impliedPopulation(participants, coverage)).toEqual({ low: 277_714_757, high: 277_777_166 });
    expect(impliedPopulation(participants, coverage, { reading: 'rounded' })).toEqual({ low: 277_730_051, high: 277_771_659 });
    expect(impliedPopulation(participants, coverage, { reading: 'truncated' })).toEqual({ low: 277_720_264, high: 277_761_869 });
  });

  it('gives a national population that Radar Palembang\'s "252,1 juta" (seed 004) also allows', () => {
    // The coverage's own width (0,015 pp, some 46 000 people) hides the gap between the two counts
    // that figuresAgree finds under rounding: here even the rounded reading overlaps.
    const palembang = parseFigure('252,1 juta jiwa');
    const fromKlaten = impliedPopulation(participants, coverage);
    expect(impliedPopulation(palembang, coverage, { reading: 'truncated' })).toEqual({ low: 277_643_171, high: 277_783_897 });
    expect(intervalsOverlap(impliedPopulation(palembang, coverage, { reading: 'rounded' }), fromKlaten)).toBe(true);
  });
});

describe('seed 003 (ANTARA, Lampung, Aug 2023): "95,31 atau sebanyak 8.527.908 jiwa"', () => {
  const coverage = parseFigure('sekitar 95,31', { kind: 'percent' });
  const participants = 8_527_908;

  it('quotes the article', () => {
    const text = seedText('003_d0779c9ee81e164e.txt');
    expect(text).toContain('persentasenya ada sekitar 95,31 atau sebanyak 8.527.908 jiwa');
    expect(text).toContain('masih ada sekitar 400 ribu orang penduduk yang belum masuk');
  });

  it('implies a population of 8 946 609 to 8 948 018', () => {
    expect(impliedPopulation(participants, coverage)).toEqual({ low: 8_946_609, high: 8_948_018 });
  });

  it('implies 418 701 to 420 110 people left out, which "sekitar 400 ribu orang" allows', () => {
    const uncovered = impliedUncovered(participants, coverage);
    expect(uncovered).toEqual({ low: 418_701, high: 420_110 });
    const printed = parseFigure('sekitar 400 ribu orang');
    expect(intervalsOverlap(uncovered, printed.interval)).toBe(true);
    expect(intervalsOverlap(uncovered, printed.rounded)).toBe(true);
  });

  it('is population minus participants', () => {
    const population = impliedPopulation(participants, coverage);
    expect(impliedUncovered(participants, coverage)).toEqual({
      low: population.low - participants,
      high: population.high - participants,
    });
  });

  it('takes a printed participant count as the interval it allows', () => {
    const printed = parseFigure('8.527.908 jiwa');
    expect(impliedUncovered(printed, coverage)).toEqual({ low: 418_701, high: 420_110 });
    expect(impliedPopulation(printed, coverage)).toEqual({ low: 8_946_608, high: 8_948_019 });
  });
});

describe('implied values at the edges', () => {
  it('has no upper end when the coverage can be 0, and no lower one when it has no upper end', () => {
    expect(impliedPopulation(1_000, parseFigure('0%'))).toEqual({ low: 100_000, high: Infinity });
    expect(impliedUncovered(1_000, parseFigure('0%'))).toEqual({ low: 99_000, high: Infinity });
    expect(impliedPopulation(950, parseFigure('lebih dari 95%'))).toEqual({ low: 0, high: 1_000 });
    expect(impliedUncovered(950, parseFigure('lebih dari 95%'))).toEqual({ low: 0, high: 50 });
    expect(impliedParticipants(1_000, parseFigure('lebih dari 95%'))).toEqual({ low: 950, high: Infinity });
    expect(impliedParticipants(parseFigure('lebih dari 1 juta'), parseFigure('90%'))).toEqual({ low: 895_000, high: Infinity });
  });

  it('treats zero participants, population or coverage as zero, not unbounded', () => {
    expect(impliedParticipants(0, parseFigure('lebih dari 95%'))).toEqual({ low: 0, high: 0 });
    expect(impliedParticipants(parseFigure('lebih dari 1 juta'), parseFigure('kurang dari 0%'))).toEqual({ low: 0, high: 0 });
    expect(impliedPopulation(0, parseFigure('kurang dari 0%'))).toEqual({ low: 0, high: Infinity });
    expect(impliedUncovered(0, parseFigure('kurang dari 0%'))).toEqual({ low: 0, high: Infinity });
    expect(impliedPopulation(parseFigure('lebih dari 10 ribu'), parseFigure('50%'))).toEqual({ low: 19_607, high: Infinity });
  });

  it('leaves nobody out at 100% or more (a lagging population figure)', () => {
    expect(impliedUncovered(10_180, parseFigure('101,80%'))).toEqual({ low: 0, high: 0 });
    expect(impliedUncovered(1_000_000, parseFigure('100%'))).toEqual({ low: 0, high: 5_026 });
    expect(impliedUncovered(1_000_000, parseFigure('lebih dari 100%'))).toEqual({ low: 0, high: 0 });
  });

  it('clamps ends beyond Number.MAX_SAFE_INTEGER outward', () => {
    expect(impliedPopulation(Number.MAX_SAFE_INTEGER, parseFigure('0,01%'))).toEqual({
      low: Number.MAX_SAFE_INTEGER,
      high: Infinity,
    });
  });

  it('rejects a coverage that allows only 0% for participants', () => {
    for (const run of [
      () => impliedPopulation(1, parseFigure('kurang dari 0%')),
      () => impliedUncovered(1, parseFigure('hampir 0%')),
    ]) {
      const error = catchError(run);
      expect([error.code, error.path]).toEqual(['INVALID_FIGURE', ['coverage']]);
    }
  });

  it('freezes the interval', () => {
    expect(Object.isFrozen(impliedPopulation(10, parseFigure('50%')))).toBe(true);
    expect(Object.isFrozen(impliedParticipants(10, parseFigure('50%')))).toBe(true);
    expect(Object.isFrozen(impliedUncovered(10, parseFigure('50%')))).toBe(true);
  });
});

describe('implied values: bad input', () => {
  const coverage = parseFigure('95,31 %');
  const functions = [
    ['impliedPopulation', 'participants', impliedPopulation],
    ['impliedParticipants', 'population', impliedParticipants],
    ['impliedUncovered', 'participants', impliedUncovered],
  ] as const;

  describe.each(functions)('%s', (_name, countName, implied) => {
    const call = (count: unknown, figure: unknown, options?: unknown): unknown =>
      implied(count as number, figure as PrintedFigure, options as ImpliedPopulationOptions);

    it.each([
      [-1, coverage, 'INVALID_COUNT', [countName]],
      [1.5, coverage, 'INVALID_COUNT', [countName]],
      [Number.NaN, coverage, 'INVALID_COUNT', [countName]],
      [Infinity, coverage, 'INVALID_COUNT', [countName]],
      [2 ** 53, coverage, 'INVALID_COUNT', [countName]],
      ['8.527.908', coverage, 'INVALID_TYPE', [countName]],
      [null, coverage, 'INVALID_TYPE', [countName]],
      [parseFigure('95%'), coverage, 'INVALID_FIGURE', [countName, 'kind']],
      [100, parseFigure('95 jiwa'), 'INVALID_FIGURE', ['coverage', 'kind']],
      [100, '95%', 'INVALID_TYPE', ['coverage']],
      [100, undefined, 'INVALID_TYPE', ['coverage']],
      [100, { ...coverage, step: -1 }, 'INVALID_FIGURE', ['coverage', 'step']],
    ])('rejects %o, %o with %s at %o', (count, figure, code, path) => {
      const error = catchError(() => call(count, figure));
      expect([error.code, error.path]).toEqual([code, path]);
    });

    it.each([
      [{ reading: 'hull' }, 'INVALID_OPTION', ['options', 'reading']],
      [{ rounding: 'up' }, 'INVALID_OPTION', ['options', 'rounding']],
      [42, 'INVALID_TYPE', ['options']],
    ])('rejects options %o', (options, code, path) => {
      const error = catchError(() => call(100, coverage, options));
      expect([error.code, error.path]).toEqual([code, path]);
    });
  });

  it('takes every documented reading', () => {
    const readings: ImpliedParticipantsOptions['reading'][] = ['rounded', 'truncated', 'either', undefined];
    for (const reading of readings) {
      const options: ImpliedUncoveredOptions = reading === undefined ? {} : { reading };
      expect(intervalContains(impliedParticipants(2_032_767, parseFigure('80,62 persen'), options), 1_638_900)).toBe(true);
    }
  });
});
