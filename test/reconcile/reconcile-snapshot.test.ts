import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/figures/parse-figure.js';
import { createSnapshot } from '../../src/models/create-snapshot.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { reconcileSnapshot, type ReconcileSnapshotOptions } from '../../src/reconcile/reconcile-snapshot.js';
import { seedText } from '../support/seed-text.js';
import { catchError } from '../support/caught-error.js';

// Seed 000_ccb4cbd1960b7560.txt (NU Online Lampung, 19 Jul 2024).
const LAMPUNG_QUOTE =
  '8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa atau setara 99,46 %';
const LAMPUNG_LATER = 'cakupan UHC nya sudah tercapai dengan presentase mencapai 98,46%';
const LAMPUNG_ACTIVITY = 'dengan tingkat keakifan peserta 67,85 %';

/** The Lampung snapshot of 1 Jul 2024 with the given printed figures. */
function lampung(printed: Record<string, unknown>): Snapshot {
  return createSnapshot({
    regionCode: '18',
    asOf: '2024-07-01',
    population: '9.051.459',
    populationPeriod: '2023-S2',
    participants: '8.911.770',
    printed,
  });
}

/** A snapshot with plain counts (region and date are not read by reconcileSnapshot). */
function counts(population: number, participants: number, printed: Record<string, unknown>, active?: number): Snapshot {
  return createSnapshot({
    regionCode: '33',
    asOf: '2024-08-01',
    population,
    participants,
    ...(active === undefined ? {} : { activeParticipants: active }),
    printed,
  });
}

describe('reconcileSnapshot on seed 000 (Lampung, 1 Jul 2024)', () => {
  it('quotes the article', () => {
    const text = seedText('000_ccb4cbd1960b7560.txt');
    for (const quote of [LAMPUNG_QUOTE, LAMPUNG_LATER, LAMPUNG_ACTIVITY]) expect(text).toContain(quote);
  });

  it('flags "99,46 %" as inconsistent, a slipped digit about -1 pp off', () => {
    const result = reconcileSnapshot(lampung({ coverage: '99,46 %' }));
    expect(result.consistent).toBe(false);
    expect(result.inconsistencies).toHaveLength(1);
    const [coverage] = result.figures;
    expect(coverage).toMatchObject({
      field: 'coverage',
      status: 'inconsistent',
      readings: [],
      likelyCause: 'slipped-digit',
    });
    expect(coverage?.printed).toEqual(parseFigure('99,46 %'));
    expect(coverage?.computed).toBeCloseTo(98.4567, 4);
    expect(coverage?.difference).toBeCloseTo(-1.0033, 4);
    expect(result.inconsistencies[0]).toBe(coverage);
  });

  it('finds the same article\'s "98,46%" consistent when read as rounded', () => {
    const result = reconcileSnapshot(lampung({ coverage: '98,46%' }));
    expect(result.consistent).toBe(true);
    expect(result.inconsistencies).toEqual([]);
    expect(result.figures[0]).toMatchObject({ field: 'coverage', status: 'consistent', readings: ['rounded'] });
    expect(result.figures[0]).not.toHaveProperty('likelyCause');
    expect(result.figures[0]?.difference).toBeCloseTo(-0.0033, 4);
  });

  it('cannot check "67,85 %" activity without the active count: unknown, not inconsistent', () => {
    const result = reconcileSnapshot(lampung({ activityRate: { figure: '67,85 %', base: 'population' } }));
    expect(result.consistent).toBe(true);
    expect(result.figures).toEqual([
      {
        field: 'activityRate',
        printed: parseFigure('67,85 %'),
        base: 'population',
        computed: undefined,
        status: 'unknown',
        readings: [],
        difference: undefined,
      },
    ]);
  });

  it('checks the printed counts themselves', () => {
    const result = reconcileSnapshot(lampung({ participants: '8.911.770 jiwa', population: '9.051.459 jiwa' }));
    expect(result.figures.map((f) => [f.field, f.status, f.difference])).toEqual([
      ['participants', 'consistent', 0],
      ['population', 'consistent', 0],
    ]);
  });
});

describe('reconcileSnapshot on the Kudus activity rate (DOMAIN.md, Aug 2024)', () => {
  // DOMAIN.md: "Kudus Aug 2024: 697.086 / 874.796 population = 79,69%". Kudus's participant count
  // is not given there; 860 000 is an ILLUSTRATIVE count, chosen so that 697 086 / 860 000 (81,06%)
  // does not round to 79,69%.
  const population = 874_796;
  const participants = 860_000;
  const active = 697_086;

  it('names a different base when 79,69% is said to be over participants but only matches the population', () => {
    const snapshot = counts(population, participants, { activityRate: { figure: '79,69%', base: 'participants' } }, active);
    const [rate] = reconcileSnapshot(snapshot).figures;
    expect(rate).toMatchObject({ field: 'activityRate', base: 'participants', status: 'inconsistent', likelyCause: 'different-base' });
    expect(rate?.computed).toBeCloseTo((active * 100) / participants, 10);
  });

  it('is consistent with the base the source really used', () => {
    const snapshot = counts(population, participants, { activityRate: { figure: '79,69%', base: 'population' } }, active);
    expect(reconcileSnapshot(snapshot).figures[0]).toMatchObject({ status: 'consistent', readings: ['rounded'], base: 'population' });
  });

  it('names a different base for an active coverage that is really active / participants', () => {
    // 697 086 / 860 000 = 81,056...%: printed as "active coverage" 81,06%.
    const snapshot = counts(population, participants, { activeCoverage: '81,06%' }, active);
    expect(reconcileSnapshot(snapshot).figures[0]).toMatchObject({ status: 'inconsistent', likelyCause: 'different-base' });
  });

  it('checks an active coverage over the population', () => {
    const snapshot = counts(population, participants, { activeCoverage: '79,68%' }, active);
    expect(reconcileSnapshot(snapshot).figures[0]).toMatchObject({ status: 'consistent', readings: ['truncated'] });
  });

  it('is unknown when the base count is 0', () => {
    const snapshot = counts(100, 0, { activityRate: { figure: '0%', base: 'participants' } }, 0);
    expect(reconcileSnapshot(snapshot).figures[0]).toMatchObject({ status: 'unknown', computed: undefined });
  });
});

describe('reconcileSnapshot: exactness at the edges', () => {
  it('keeps a coverage exactly on a rounded edge inside, where (p / n) * 100 in floats falls outside', () => {
    // 180 110 / 200 000 = 90,055% exactly; (180110 / 200000) * 100 is 90.05499999999999 in doubles.
    expect((180_110 / 200_000) * 100).toBeLessThan(90.055);
    const result = reconcileSnapshot(counts(200_000, 180_110, { coverage: '90,06%' }), { reading: 'rounded' });
    expect(result.figures[0]).toMatchObject({ status: 'consistent', readings: ['rounded'] });
  });

  it('decides a hair either side of an edge exactly, even where p * 100 / n in floats cannot', () => {
    const population = 9_007_199_254_740_990;
    // Exactly 90,055% is 8 111 433 288 856 999,1...: one person less falls below the edge.
    const inside = reconcileSnapshot(counts(population, 8_111_433_288_857_000, { coverage: '90,06%' }), { reading: 'rounded' });
    const justInside = reconcileSnapshot(counts(population, 8_111_433_288_856_999, { coverage: '90,06%' }), { reading: 'rounded' });
    const outside = reconcileSnapshot(counts(population, 8_111_433_288_856_998, { coverage: '90,06%' }), { reading: 'rounded' });
    expect((8_111_433_288_856_999 * 100) / population).toBeLessThan(90.055);
    expect(inside.consistent).toBe(true);
    expect(justInside.consistent).toBe(true);
    expect(outside.figures[0]).toMatchObject({ status: 'inconsistent', likelyCause: 'rounding' });
  });

  it('accepts both edges of a closed interval and lists every reading that holds', () => {
    // 98 455 / 100 000 = 98,455%: the top of "98,45%" rounded and inside its truncated interval.
    expect(reconcileSnapshot(counts(100_000, 98_455, { coverage: '98,45%' })).figures[0]?.readings).toEqual([
      'rounded',
      'truncated',
    ]);
    expect(reconcileSnapshot(counts(100_000, 98_455, { coverage: '98,46%' })).figures[0]?.readings).toEqual(['rounded']);
    expect(reconcileSnapshot(counts(100_000, 98_469, { coverage: '98,46%' })).figures[0]?.readings).toEqual(['truncated']);
  });

  it('excludes the top of a truncated interval: cutting 98,47% never prints 98,46%', () => {
    expect(reconcileSnapshot(counts(100_000, 98_470, { coverage: '98,46%' })).figures[0]?.readings).toEqual([]);
    // 9 846 / 10 000 = 98,46% exactly, the open top of "98,45 %" truncated and above its rounded top.
    const result = reconcileSnapshot(counts(10_000, 9_846, { coverage: '98,45 %' }));
    expect(result.figures[0]).toMatchObject({ status: 'inconsistent', readings: [] });
    expect(reconcileSnapshot(counts(10_000, 9_846, { coverage: '98,45 %' }), { reading: 'truncated' }).consistent).toBe(false);
  });

  it('excludes the bound of "lebih dari" and "kurang dari" but not of "minimal" or "hampir"', () => {
    // 19 / 20 = 95% exactly: not more than 95%, not less than 95%.
    expect(reconcileSnapshot(counts(20, 19, { coverage: 'lebih dari 95%' })).figures[0]?.status).toBe('inconsistent');
    expect(reconcileSnapshot(counts(20, 19, { coverage: 'di atas 95%' })).figures[0]?.status).toBe('inconsistent');
    expect(reconcileSnapshot(counts(20, 19, { coverage: 'kurang dari 95%' })).figures[0]?.status).toBe('inconsistent');
    expect(reconcileSnapshot(counts(20, 19, { coverage: 'di bawah 95%' })).figures[0]?.status).toBe('inconsistent');
    expect(reconcileSnapshot(counts(20, 19, { coverage: 'minimal 95%' })).figures[0]?.status).toBe('consistent');
    expect(reconcileSnapshot(counts(20, 19, { coverage: 'hampir 95%' })).figures[0]?.status).toBe('consistent');
    expect(reconcileSnapshot(counts(1_000, 951, { coverage: 'lebih dari 95%' })).figures[0]?.status).toBe('consistent');
  });
});

describe('reconcileSnapshot: likely causes', () => {
  it('names rounding when outside by less than one step', () => {
    // 98,4567% printed as 98,47%: above the rounded [98,465; 98,475] and truncated [98,47; 98,48] by under 0,01.
    const result = reconcileSnapshot(lampung({ coverage: '98,47%' }));
    expect(result.figures[0]).toMatchObject({ status: 'inconsistent', likelyCause: 'rounding' });
  });

  it('names rounding for a value above the interval by less than a step', () => {
    expect(reconcileSnapshot(lampung({ coverage: '98,44%' })).figures[0]).toMatchObject({ likelyCause: 'rounding' });
  });

  it('reads only the accepted readings: "98,46%" is 0,0033 pp short of its truncated interval', () => {
    const options: ReconcileSnapshotOptions = { reading: 'truncated' };
    expect(reconcileSnapshot(lampung({ coverage: '98,46%' }), options).figures[0]).toMatchObject({
      status: 'inconsistent',
      readings: [],
      likelyCause: 'rounding',
    });
  });

  it('names a slipped digit in a count', () => {
    const result = reconcileSnapshot(counts(300_000_000, 252_170_000, { participants: '252,19 juta' }));
    expect(result.figures[0]).toMatchObject({ status: 'inconsistent', likelyCause: 'slipped-digit', difference: -20_000 });
  });

  it('looks for a slipped digit in the truncated digits when only truncation is accepted', () => {
    // 98,4567% truncates to 98,45: "99,45%" differs in one digit.
    expect(reconcileSnapshot(lampung({ coverage: '99,45%' }), { reading: 'truncated' }).figures[0]).toMatchObject({
      likelyCause: 'slipped-digit',
    });
  });

  it('names nothing when no cause fits', () => {
    for (const coverage of ['90,00%', '9,85%', 'lebih dari 99,5%']) {
      const [figure] = reconcileSnapshot(lampung({ coverage })).figures;
      expect(figure?.status).toBe('inconsistent');
      expect(figure).not.toHaveProperty('likelyCause');
    }
  });

  it('judges hedged bounds by their bound', () => {
    const results = ['lebih dari 95%', 'kurang dari 99%', 'hampir 98,5%', 'lebih dari 98,5%'].map(
      (coverage) => reconcileSnapshot(lampung({ coverage })).figures[0]?.status,
    );
    expect(results).toEqual(['consistent', 'consistent', 'consistent', 'inconsistent']);
  });
});

describe('reconcileSnapshot: counts and the uncovered', () => {
  it('checks an "about" uncovered count against population - participants', () => {
    // Illustrative counts near seed 003's Lampung (8.527.908 participants): 419 592 left out.
    const result = reconcileSnapshot(counts(8_947_500, 8_527_908, { uncovered: 'sekitar 400 ribu orang' }));
    expect(result.figures[0]).toMatchObject({
      field: 'uncovered',
      computed: 419_592,
      status: 'consistent',
      readings: ['rounded', 'truncated'],
      difference: 19_592,
    });
  });

  it('takes the uncovered as 0 when participants exceed a lagging population', () => {
    const result = reconcileSnapshot(counts(10_000, 10_180, { uncovered: '0 orang', coverage: '101,80%' }));
    expect(result.figures.map((f) => [f.field, f.computed, f.status])).toEqual([
      ['coverage', 101.8, 'consistent'],
      ['uncovered', 0, 'consistent'],
    ]);
  });

  it('reports every printed figure in field order', () => {
    const snapshot = counts(
      1_000,
      900,
      {
        uncovered: '100',
        population: '1.000',
        participants: '900',
        activityRate: { figure: '80%', base: 'participants' },
        activeCoverage: '72%',
        coverage: '90%',
      },
      720,
    );
    const result = reconcileSnapshot(snapshot);
    expect(result.figures.map((f) => f.field)).toEqual([
      'coverage',
      'activeCoverage',
      'activityRate',
      'participants',
      'population',
      'uncovered',
    ]);
    expect(result.consistent).toBe(true);
  });

  it('is unknown for a coverage of a zero population', () => {
    const result = reconcileSnapshot(counts(0, 0, { coverage: '0%', activeCoverage: '0%' }, 0));
    expect(result.figures.map((f) => f.status)).toEqual(['unknown', 'unknown']);
    expect(result.consistent).toBe(true);
  });

  it('is consistent with nothing printed', () => {
    expect(reconcileSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 5, participants: 4 })).toEqual({
      consistent: true,
      figures: [],
      inconsistencies: [],
    });
  });
});

describe('reconcileSnapshot: values', () => {
  it('freezes the result deeply and does not touch the input', () => {
    const input = {
      regionCode: '18',
      asOf: '2024-07-01',
      population: 9_051_459,
      participants: 8_911_770,
      printed: { coverage: { ...parseFigure('99,46 %') } },
    };
    const before = structuredClone(input);
    const result = reconcileSnapshot(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input.printed.coverage)).toBe(false);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.figures)).toBe(true);
    expect(Object.isFrozen(result.inconsistencies)).toBe(true);
    const [figure] = result.figures;
    expect(Object.isFrozen(figure)).toBe(true);
    expect(Object.isFrozen(figure?.readings)).toBe(true);
    expect(Object.isFrozen(figure?.printed)).toBe(true);
    expect(Object.isFrozen(figure?.printed.rounded)).toBe(true);
    expect(figure?.printed).not.toBe(input.printed.coverage);
  });
});

describe('reconcileSnapshot: bad input', () => {
  const base = { regionCode: '18', asOf: '2024-07-01', population: 100, participants: 90 };

  it.each([
    [null, 'INVALID_TYPE', []],
    ['snapshot', 'INVALID_TYPE', []],
    [{ ...base, population: -1 }, 'INVALID_COUNT', ['population']],
    [{ ...base, participants: 1.5 }, 'INVALID_COUNT', ['participants']],
    [{ ...base, participants: Number.NaN }, 'INVALID_COUNT', ['participants']],
    [{ ...base, activeParticipants: 91 }, 'INCONSISTENT_COUNTS', ['activeParticipants']],
    [{ ...base, printed: 'coverage 90%' }, 'INVALID_TYPE', ['printed']],
    [{ ...base, printed: { coverage: '90%' } }, 'INVALID_TYPE', ['printed', 'coverage']],
    [{ ...base, printed: { coverage: parseFigure('90 jiwa') } }, 'INVALID_FIGURE', ['printed', 'coverage', 'kind']],
    [{ ...base, printed: { participants: parseFigure('90%') } }, 'INVALID_FIGURE', ['printed', 'participants', 'kind']],
    [{ ...base, printed: { activityRate: parseFigure('90%') } }, 'INVALID_TYPE', ['printed', 'activityRate', 'figure']],
    [{ ...base, printed: { activityRate: null } }, 'INVALID_TYPE', ['printed', 'activityRate']],
    [
      { ...base, printed: { activityRate: { figure: parseFigure('90%'), base: 'peserta' } } },
      'INVALID_TYPE',
      ['printed', 'activityRate', 'base'],
    ],
  ])('rejects %o with %s at %o', (snapshot, code, path) => {
    const error = catchError(() => reconcileSnapshot(snapshot as Snapshot));
    expect([error.code, error.path]).toEqual([code, path]);
  });

  it.each([
    [{ reading: 'nearest' }, ['options', 'reading']],
    [{ readings: 'rounded' }, ['options', 'readings']],
    ['rounded', ['options']],
  ])('rejects options %o at %o', (options, path) => {
    const error = catchError(() => reconcileSnapshot(base, options as ReconcileSnapshotOptions));
    expect([error.code, error.path]).toEqual([options === 'rounded' ? 'INVALID_TYPE' : 'INVALID_OPTION', path]);
  });
});

describe('reconcileSnapshot with counts printed with a scale word (countFigures)', () => {
  /** Population 1 000 000 exactly and participants given as `participants`. */
  function scaled(participants: string | number, printed: Record<string, unknown>, population: string | number = 1_000_000): Snapshot {
    return createSnapshot({ regionCode: '33', asOf: '2024-01-01', population, participants, printed });
  }

  it('keeps only counts with a scale word, at their printed value', () => {
    const snapshot = scaled('950 ribu', {}, '1.000.000');
    expect(snapshot.participants).toBe(950_000);
    expect(Object.keys(snapshot.countFigures ?? {})).toEqual(['participants']);
    expect(scaled(950_000, {}).countFigures).toBeUndefined();
  });

  it('widens every figure computed from a printed count: coverage, the count itself, uncovered', () => {
    // 950 ribu rounded is 949 500 to 950 500 people; truncated 950 000 to 950 999.
    const snapshot = scaled('950 ribu', { coverage: '95,05 %', participants: '950,4 ribu', uncovered: '49,6 ribu' });
    const rounded = reconcileSnapshot(snapshot, { reading: 'rounded' });
    expect(rounded.figures.map((check) => [check.field, check.status, check.computedInterval])).toEqual([
      ['coverage', 'consistent', { low: 94.95, high: 95.05 }],
      ['participants', 'consistent', { low: 949_500, high: 950_500 }],
      ['uncovered', 'consistent', { low: 49_500, high: 50_500 }],
    ]);
    // As exact counts, 95,00 %, 950 000 and 50 000 contradict all three prints.
    const exact = reconcileSnapshot(scaled(950_000, { coverage: '95,05 %', participants: '950,4 ribu', uncovered: '49,6 ribu' }), { reading: 'rounded' });
    expect(exact.figures.map((check) => check.status)).toEqual(['inconsistent', 'inconsistent', 'inconsistent']);
  });

  it('keeps the open top of a truncated print: 950 ribu cut off is at most 950 999 people', () => {
    const snapshot = scaled('950 ribu', { participants: '951 ribu' });
    expect(reconcileSnapshot(snapshot, { reading: 'truncated' }).figures[0]?.computedInterval).toEqual({ low: 950_000, high: 950_999 });
    expect(reconcileSnapshot(snapshot, { reading: 'truncated' }).consistent).toBe(false);
  });

  it('names the cause from the value of the range nearest the print', () => {
    // Participants at most 950 500 of 1 000 000 rounded: 95,05 %, within a step of the print 95,06 %: rounding
    // (the printed value alone, 95,00 %, would read as a slipped digit of 95,06).
    const result = reconcileSnapshot(scaled('950 ribu', { coverage: '95,06 %' }), { reading: 'rounded' });
    expect(result.inconsistencies.map((check) => check.likelyCause)).toEqual(['rounding']);
  });

  it('rejects a count figure that is not the count beside it, hedged, or malformed', () => {
    const snapshot = scaled('950 ribu', { coverage: '95 %' });
    const figure = snapshot.countFigures?.participants;
    const expectCode = (countFigures: unknown, code: string, path: readonly (string | number)[]) => {
      const error = catchError(() => reconcileSnapshot({ ...snapshot, countFigures } as Snapshot));
      expect([error.code, error.path]).toEqual([code, path]);
    };
    expectCode({ participants: { ...figure, value: 951_000, rounded: { low: 950_500, high: 951_500 }, truncated: { low: 951_000, high: 952_000 }, interval: { low: 950_500, high: 952_000 } } }, 'INCONSISTENT_COUNTS', ['countFigures', 'participants', 'value']);
    expectCode({ participants: parseFigure('sekitar 950 ribu') }, 'INVALID_FIGURE', ['countFigures', 'participants', 'qualifier']);
    expectCode({ participants: { ...figure, step: 7 } }, 'INVALID_FIGURE', ['countFigures', 'participants', 'step']);
    expectCode({ activeParticipants: figure }, 'INCONSISTENT_COUNTS', ['countFigures', 'activeParticipants', 'value']);
    expectCode({ nonActiveParticipants: parseFigure('95 %') }, 'INVALID_FIGURE', ['countFigures', 'nonActiveParticipants', 'kind']);
    expectCode('950 ribu', 'INVALID_TYPE', ['countFigures']);
    expect(reconcileSnapshot({ ...snapshot, countFigures: { nonActiveParticipants: parseFigure('1 ribu') } } as Snapshot).consistent).toBe(true);
  });

  it('keeps population and active participants as printed too', () => {
    const snapshot = createSnapshot({
      regionCode: '33', asOf: '2024-01-01', population: '1,00 juta', participants: '900.000', activeParticipants: '0,8 juta', nonActiveParticipants: '0,1 juta',
      printed: { activeCoverage: '85 %', activityRate: { figure: '85 %', base: 'participants' } },
    });
    expect(Object.keys(snapshot.countFigures ?? {})).toEqual(['population', 'activeParticipants', 'nonActiveParticipants']);
    // 0,8 juta rounded: 750 000 to 850 000 active; of 995 000 to 1 005 000 people (1,00 juta), of 900 000 participants.
    const result = reconcileSnapshot(snapshot, { reading: 'rounded' });
    expect(result.figures.map((check) => [check.field, check.status, check.computedInterval])).toEqual([
      ['activeCoverage', 'consistent', { low: (750_000 * 100) / 1_005_000, high: (850_000 * 100) / 995_000 }],
      ['activityRate', 'consistent', { low: (750_000 * 100) / 900_000, high: (850_000 * 100) / 900_000 }],
    ]);
  });
});
