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

  it('implies 1 638 716 to 1 639 020 participants under either reading', () => {
    // 2 032 767 x 80,615% = 1 638 715,117...; 2 032 767 x 80,63% = 1 639 020,04...: inward to
    // whole people, as 1 638 715 is 80,614 9...% and 1 639 021 is 80,630 04...%, neither printed 80,62.
    expect(impliedParticipants(population, coverage)).toEqual({ low: 1_638_716, high: 1_639_020 });
  });

  it('narrows with one reading', () => {
    expect(impliedParticipants(population, coverage, { reading: 'rounded' })).toEqual({ low: 1_638_716, high: 1_638_918 });
    expect(impliedParticipants(population, coverage, { reading: 'truncated' })).toEqual({ low: 1_638_817, high: 1_639_020 });
  });

  it('widens with a printed population', () => {
    const printed = parseFigure('2,03 juta jiwa');
    const interval = impliedParticipants(printed, coverage);
    expect(interval.low).toBeLessThan(1_638_716);
    expect(interval.high).toBeGreaterThan(1_639_020);
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
    // (252 165 000 / 90,8%, 252 180 000 / 90,785%): both ends excluded (the truncated tops), inward to whole people.
    expect(impliedPopulation(participants, coverage)).toEqual({ low: 277_714_758, high: 277_777_165 });
    expect(impliedPopulation(participants, coverage, { reading: 'rounded' })).toEqual({ low: 277_730_052, high: 277_771_658 });
    expect(impliedPopulation(participants, coverage, { reading: 'truncated' })).toEqual({ low: 277_720_265, high: 277_761_868 });
  });

  it('gives a national population that Radar Palembang\'s "252,1 juta" (seed 004) also allows', () => {
    // The coverage's own width (0,015 pp, some 46 000 people) hides the gap between the two counts
    // that figuresAgree finds under rounding: here even the rounded reading overlaps.
    const palembang = parseFigure('252,1 juta jiwa');
    const fromKlaten = impliedPopulation(participants, coverage);
    expect(impliedPopulation(palembang, coverage, { reading: 'truncated' })).toEqual({ low: 277_643_172, high: 277_783_896 });
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

  it('implies a population of 8 946 610 to 8 948 017', () => {
    expect(impliedPopulation(participants, coverage)).toEqual({ low: 8_946_610, high: 8_948_017 });
  });

  it('implies 418 702 to 420 109 people left out, which "sekitar 400 ribu orang" allows', () => {
    const uncovered = impliedUncovered(participants, coverage);
    expect(uncovered).toEqual({ low: 418_702, high: 420_109 });
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
    expect(impliedUncovered(printed, coverage)).toEqual({ low: 418_702, high: 420_109 });
    expect(impliedPopulation(printed, coverage)).toEqual({ low: 8_946_609, high: 8_948_018 });
  });
});

describe('implied values at the edges', () => {
  it('has no upper end when the coverage can be 0, and no lower one when it has no upper end', () => {
    // "0%" truncated is [0%, 1%): 1 000 of 100 000 is 1%, which no outlet prints as 0%.
    expect(impliedPopulation(1_000, parseFigure('0%'))).toEqual({ low: 100_001, high: Infinity });
    expect(impliedUncovered(1_000, parseFigure('0%'))).toEqual({ low: 99_001, high: Infinity });
    // "lebih dari 95%" excludes 95% itself, so 950 of 1 000 is out; any population above 0 is in.
    expect(impliedPopulation(950, parseFigure('lebih dari 95%'))).toEqual({ low: 1, high: 999 });
    expect(impliedUncovered(950, parseFigure('lebih dari 95%'))).toEqual({ low: 0, high: 49 });
    expect(impliedParticipants(1_000, parseFigure('lebih dari 95%'))).toEqual({ low: 951, high: Infinity });
    expect(impliedParticipants(parseFigure('lebih dari 1 juta'), parseFigure('90%'))).toEqual({ low: 895_001, high: Infinity });
  });

  it('treats zero participants, population or coverage as zero, not unbounded', () => {
    expect(impliedParticipants(0, parseFigure('lebih dari 95%'))).toEqual({ low: 0, high: 0 });
    expect(impliedParticipants(parseFigure('lebih dari 1 juta'), parseFigure('kurang dari 0%'))).toEqual({ low: 0, high: 0 });
    expect(impliedPopulation(0, parseFigure('kurang dari 0%'))).toEqual({ low: 0, high: Infinity });
    expect(impliedUncovered(0, parseFigure('kurang dari 0%'))).toEqual({ low: 0, high: Infinity });
    expect(impliedPopulation(parseFigure('lebih dari 10 ribu'), parseFigure('50%'))).toEqual({ low: 19_608, high: Infinity });
  });

  it('leaves nobody out at 100% or more (a lagging population figure)', () => {
    expect(impliedUncovered(10_180, parseFigure('101,80%'))).toEqual({ low: 0, high: 0 });
    // Fewest covered at 99,5%: 1 000 000 x 0,5 / 99,5 = 5 025,1..., inward to 5 025.
    expect(impliedUncovered(1_000_000, parseFigure('100%'))).toEqual({ low: 0, high: 5_025 });
    expect(impliedUncovered(1_000_000, parseFigure('lebih dari 100%'))).toEqual({ low: 0, high: 0 });
  });

  it('clamps ends beyond Number.MAX_SAFE_INTEGER', () => {
    expect(impliedPopulation(Number.MAX_SAFE_INTEGER, parseFigure('0,01%'))).toEqual({
      low: Number.MAX_SAFE_INTEGER,
      high: Infinity,
    });
  });

  it('returns only whole numbers the print allows: ceil of the exact low end, floor of the high', () => {
    // seed 003 (ANTARA): 8 527 908 / 8 947 078 = 95,315 007...%, which rounds to 95,32.
    expect(8_527_908 / 8_947_078).toBeGreaterThan(0.95315);
    expect(impliedPopulation(8_527_908, parseFigure('95,31 %'), { reading: 'rounded' })).toEqual({ low: 8_947_079, high: 8_948_017 });
    expect(impliedUncovered(8_527_908, parseFigure('95,31 %'), { reading: 'rounded' })).toEqual({ low: 419_171, high: 420_109 });
    // An exact end stays in when the reading includes it: 50% of 10 is 5, rounded "50%" is [49,5; 50,5].
    expect(impliedParticipants(10, parseFigure('50%'), { reading: 'rounded' })).toEqual({ low: 5, high: 5 });
    expect(impliedParticipants(10, parseFigure('50%'), { reading: 'truncated' })).toEqual({ low: 5, high: 5 });
  });

  it('rejects a print no whole number of people fits', () => {
    // 10 x [95,305%; 95,315%] = [9,5305; 9,5315]: no whole participant count.
    for (const run of [
      () => impliedParticipants(10, parseFigure('95,31%'), { reading: 'rounded' }),
      () => impliedParticipants(10, parseFigure('95,31%')),
      () => impliedPopulation(1, parseFigure('2,09%')),
      () => impliedUncovered(1, parseFigure('2,09%'), { reading: 'truncated' }),
    ]) {
      const error = catchError(run);
      expect([error.code, error.path]).toEqual(['INVALID_FIGURE', ['coverage']]);
      expect(error.message).toContain('no whole number');
    }
  });

  it('excludes the open ends of a print: the top of a truncated reading, the bound of "lebih dari"', () => {
    // "94%" truncated is [94%, 95%): 95 of 100 would be cut to 95%.
    expect(impliedParticipants(100, parseFigure('94%'), { reading: 'truncated' })).toEqual({ low: 94, high: 94 });
    expect(impliedParticipants(100, parseFigure('94%'), { reading: 'rounded' })).toEqual({ low: 94, high: 94 });
    expect(impliedParticipants(100, parseFigure('94%'))).toEqual({ low: 94, high: 94 });
    // "kurang dari 5%" of 20 is below 1; "lebih dari 5%" of 20 is above 1.
    expect(impliedParticipants(20, parseFigure('kurang dari 5%'))).toEqual({ low: 0, high: 0 });
    expect(impliedParticipants(20, parseFigure('lebih dari 5%'))).toEqual({ low: 2, high: Infinity });
    expect(impliedParticipants(20, parseFigure('minimal 5%'))).toEqual({ low: 1, high: Infinity });
    // "hampir 5%" is [4%, 5%], both included: 0,8 to 1 participant.
    expect(impliedParticipants(20, parseFigure('hampir 5%'))).toEqual({ low: 1, high: 1 });
    // 19 of 20 is exactly 95%: a population of 20 is not "lebih dari 95%", nor is 5 uncovered.
    expect(impliedPopulation(19, parseFigure('lebih dari 95%'))).toEqual({ low: 1, high: 19 });
    expect(impliedUncovered(19, parseFigure('lebih dari 95%'))).toEqual({ low: 0, high: 0 });
    expect(impliedUncovered(19, parseFigure('minimal 95%'))).toEqual({ low: 0, high: 1 });
    // Exactly 100% excluded ("99,99%" truncated): somebody is left out.
    expect(impliedUncovered(9_999, parseFigure('99,99%'), { reading: 'truncated' })).toEqual({ low: 1, high: 1 });
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
