import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/figures/parse-figure.js';
import { createSnapshot, safeCreateSnapshot } from '../../src/models/create-snapshot.js';
import { catchError } from '../support/caught-error.js';
import { seedText } from '../support/seed-text.js';

const LAMPUNG_FILE = '000_ccb4cbd1960b7560.txt';
const LAMPUNG_QUOTE =
  'hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa atau setara 99,46 % dengan tingkat keakifan peserta 67,85 %';

/** A valid minimal input, to vary one field at a time. */
const BASE = Object.freeze({ regionCode: '18', asOf: '2024-07-01', population: 100, participants: 90 });

/** Deep-freezes a test input so that any mutation would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Whether every object reachable from `value` is frozen. */
function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe('createSnapshot from the articles', () => {
  it(`builds Lampung on 1 Jul 2024 from ${LAMPUNG_FILE}`, () => {
    // "hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah mencapai 8.911.770 jiwa
    //  dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa atau setara 99,46 %
    //  dengan tingkat keakifan peserta 67,85 %"
    expect(seedText(LAMPUNG_FILE)).toContain(LAMPUNG_QUOTE);
    const snapshot = createSnapshot({
      regionCode: '18',
      asOf: '2024-07-01',
      population: '9.051.459 jiwa',
      populationPeriod: '2023-S2',
      participants: '8.911.770 jiwa',
      printed: {
        coverage: '99,46 %',
        // DOMAIN.md: the Lampung article's 67,85% is "dari total penduduk".
        activityRate: { figure: '67,85 %', base: 'population' },
      },
      source: {
        article: '000_ccb4cbd1960b7560',
        outlet: 'NU Online Lampung',
        published: '2024-07-19',
        quote: LAMPUNG_QUOTE,
      },
    });
    expect(snapshot).toEqual({
      regionCode: '18',
      asOf: '2024-07-01',
      population: 9_051_459,
      populationPeriod: '2023-S2',
      participants: 8_911_770,
      printed: {
        coverage: parseFigure('99,46 %'),
        activityRate: { figure: parseFigure('67,85 %', { kind: 'percent' }), base: 'population' },
      },
      source: {
        article: '000_ccb4cbd1960b7560',
        outlet: 'NU Online Lampung',
        published: '2024-07-19',
        quote: LAMPUNG_QUOTE,
      },
    });
    expect(snapshot.printed?.coverage?.value).toBe(99.46);
    expect(isDeeplyFrozen(snapshot)).toBe(true);
  });

  it('reads a count with a scale word when it is a whole number (002_300703c94cbb4e75.txt)', () => {
    // "tercatat cakupan perlindungan program JKN-KIS mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk"
    const quote = 'tercatat cakupan perlindungan program JKN-KIS mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk';
    expect(seedText('002_300703c94cbb4e75.txt')).toContain(quote);
    // The article prints no population; any count serves to build the snapshot.
    const snapshot = createSnapshot({
      regionCode: 'ID',
      asOf: '2023-03-01',
      population: 280_000_000,
      participants: '252,17 juta jiwa',
      printed: { participants: '252,17 juta jiwa', coverage: '90,79 %' },
    });
    expect(snapshot.regionCode).toBe('ID');
    expect(snapshot.participants).toBe(252_170_000);
    expect(snapshot.printed?.participants?.step).toBe(10_000);
  });

  it('keeps hedged printed figures but refuses them as counts (003_d0779c9ee81e164e.txt)', () => {
    // "Sebab masih ada sekitar 400 ribu orang penduduk yang belum masuk dalam jaminan kesehatan nasional."
    // "persentasenya ada sekitar 95,31 atau sebanyak 8.527.908 jiwa"
    const text = seedText('003_d0779c9ee81e164e.txt');
    expect(text).toContain('masih ada sekitar 400 ribu orang penduduk yang belum masuk');
    expect(text).toContain('persentasenya ada sekitar 95,31 atau sebanyak 8.527.908 jiwa');
    const row = {
      regionCode: '18',
      asOf: '2023-08-01',
      participants: '8.527.908 jiwa',
      printed: { coverage: '95,31 persen', uncovered: 'sekitar 400 ribu orang', participants: '8.527.908 jiwa' },
    };
    // The article prints no population, so the row is not a snapshot: population is required.
    const missing = catchError(() => createSnapshot(row as never));
    expect([missing.code, missing.path]).toEqual(['INVALID_COUNT', ['population']]);
    // The hedged "sekitar 400 ribu" is a printed figure, not a count of people.
    const hedged = catchError(() => createSnapshot({ ...row, population: 'sekitar 400 ribu orang' }));
    expect([hedged.code, hedged.path, hedged.value]).toEqual(['INVALID_COUNT', ['population'], 'sekitar 400 ribu orang']);
    expect(hedged.message).toContain('hedged');
    const uncovered = createSnapshot({ ...row, population: 8_927_908 }).printed?.uncovered;
    expect([uncovered?.qualifier, uncovered?.value]).toEqual(['about', 400_000]);
  });

  it('accepts the printed bound "lebih dari 90 persen" (004_c85153b6b92f5600.txt)', () => {
    // "kepada sebanyak 252,1 juta jiwa atau lebih dari 90 persen dari seluruh penduduk Indonesia"
    const quote = 'sebanyak 252,1 juta jiwa atau lebih dari 90 persen dari seluruh penduduk Indonesia';
    expect(seedText('004_c85153b6b92f5600.txt')).toContain(quote);
    const snapshot = createSnapshot({
      regionCode: 'id',
      asOf: '2023-03-01',
      population: 280_000_000,
      participants: '252,1 juta',
      printed: { coverage: 'lebih dari 90 persen', participants: '252,1 juta jiwa' },
    });
    expect(snapshot.participants).toBe(252_100_000);
    expect(snapshot.printed?.coverage?.interval).toEqual({ low: 90, high: Infinity });
  });
});

describe('createSnapshot fields', () => {
  it('normalises the region code and keeps only known fields', () => {
    const row = { ...BASE, regionCode: ' 1872 ', kabupaten: 'Kota Metro', no: 3 };
    const snapshot = createSnapshot(row);
    expect(snapshot).toStrictEqual({ regionCode: '18.72', asOf: '2024-07-01', population: 100, participants: 90 });
  });

  it('takes null, undefined and blank optional fields as not given (empty CSV cells)', () => {
    const snapshot = createSnapshot({
      ...BASE,
      populationPeriod: '',
      activeParticipants: null,
      segments: '  ' as never,
      printed: undefined,
      source: { article: '', outlet: null, published: '' },
    });
    expect(snapshot).toStrictEqual(BASE);
  });

  it('drops empty groups and absent members of groups', () => {
    const snapshot = createSnapshot({
      ...BASE,
      segments: { pbiApbn: 40, pbpu: '' },
      printed: { coverage: null },
      source: {},
    });
    expect(snapshot).toStrictEqual({ ...BASE, segments: { pbiApbn: 40 } });
  });

  it('lists segments in their canonical order and parses string counts', () => {
    const snapshot = createSnapshot({
      ...BASE,
      population: '1.000',
      participants: '900',
      activeParticipants: '850',
      segments: { bp: '10', pbiApbn: '500', ppuBu: 90 },
    });
    expect(snapshot.population).toBe(1000);
    expect(snapshot.activeParticipants).toBe(850);
    expect(Object.entries(snapshot.segments ?? {})).toEqual([
      ['pbiApbn', 500],
      ['ppuBu', 90],
      ['bp', 10],
    ]);
  });

  it.each(['2023-S1', '2023-S2', '2024'])('accepts the population period %s', (period) => {
    expect(createSnapshot({ ...BASE, populationPeriod: period }).populationPeriod).toBe(period);
  });

  it('allows participants above population (Kota Blitar printed 101,80%)', () => {
    expect(createSnapshot({ ...BASE, regionCode: '35.72', population: 10_000, participants: 10_180 }).participants).toBe(
      10_180,
    );
  });

  it('allows active participants equal to participants, and zero counts', () => {
    expect(createSnapshot({ ...BASE, activeParticipants: 90 }).activeParticipants).toBe(90);
    expect(createSnapshot({ ...BASE, population: 0, participants: 0 }).population).toBe(0);
  });

  it('reads counts and figures in the English locale when asked', () => {
    const snapshot = createSnapshot(
      { ...BASE, population: '9,051,459', participants: '8,911,770', printed: { coverage: '98.46%' } },
      { locale: 'en' },
    );
    expect([snapshot.population, snapshot.participants, snapshot.printed?.coverage?.value]).toEqual([
      9_051_459, 8_911_770, 98.46,
    ]);
    // In the default Indonesian locale "9,051,459" is not a count.
    expect(catchError(() => createSnapshot({ ...BASE, population: '9,051,459' })).code).toBe('INVALID_COUNT');
  });

  it('copies an already-parsed printed figure instead of sharing it', () => {
    const figure = parseFigure('99,46 %');
    const loose = JSON.parse(JSON.stringify(figure)) as Record<string, unknown>;
    const snapshot = createSnapshot({ ...BASE, printed: { coverage: loose, activityRate: { figure: loose, base: 'participants' } } } as never);
    expect(snapshot.printed?.coverage).toEqual(figure);
    expect(snapshot.printed?.coverage).not.toBe(loose);
    expect(snapshot.printed?.activityRate?.figure.rounded).not.toBe(loose['rounded']);
    expect(isDeeplyFrozen(snapshot)).toBe(true);
  });

  it('accepts unbounded intervals in a printed figure object', () => {
    const figure = parseFigure('lebih dari 90 persen');
    expect(createSnapshot({ ...BASE, printed: { coverage: figure } }).printed?.coverage?.interval.high).toBe(Infinity);
  });

  it('shares no object with the input and does not mutate a frozen input', () => {
    const input = deepFreeze({
      ...BASE,
      segments: { pbiApbn: 50 },
      printed: { coverage: parseFigure('90 %'), activityRate: { figure: '80 %', base: 'population' as const } },
      source: { outlet: 'X' },
    });
    const copy = structuredClone(input);
    const snapshot = createSnapshot(input);
    expect(input).toEqual(copy);
    expect(snapshot.segments).not.toBe(input.segments);
    expect(snapshot.printed).not.toBe(input.printed);
    expect(snapshot.printed?.coverage).not.toBe(input.printed.coverage);
    expect(snapshot.printed?.activityRate).not.toBe(input.printed.activityRate);
    expect(snapshot.source).not.toBe(input.source);
    expect(isDeeplyFrozen(snapshot)).toBe(true);
  });

  it('round-trips: a snapshot is a valid input giving an equal snapshot', () => {
    const snapshot = createSnapshot({
      ...BASE,
      populationPeriod: '2023-S2',
      activeParticipants: 80,
      segments: { pbiApbn: 50, bp: 40 },
      printed: { coverage: '90 %', activityRate: { figure: '88,9 %', base: 'participants' } },
      source: { article: 'a', published: '2024-07-19' },
    });
    expect(createSnapshot(snapshot, { unknownFields: 'reject' })).toStrictEqual(snapshot);
  });
});

describe('createSnapshot rejects', () => {
  const FIGURE = parseFigure('90 %');
  it.each<[string, unknown, string, readonly (string | number)[]]>([
    ['a non-object', '18;2024-07-01;100;90', 'INVALID_TYPE', []],
    ['null', null, 'INVALID_TYPE', []],
    ['an array', [BASE], 'INVALID_TYPE', []],
    ['a missing region code', { ...BASE, regionCode: undefined }, 'INVALID_TYPE', ['regionCode']],
    ['a numeric region code', { ...BASE, regionCode: 18 }, 'INVALID_TYPE', ['regionCode']],
    ['a malformed region code', { ...BASE, regionCode: '18.70' }, 'INVALID_REGION_CODE', ['regionCode']],
    ['an unknown province', { ...BASE, regionCode: '99' }, 'UNKNOWN_PROVINCE', ['regionCode']],
    ['an impossible date', { ...BASE, asOf: '2023-02-30' }, 'INVALID_DATE', ['asOf']],
    ['a date in another format', { ...BASE, asOf: '01/07/2024' }, 'INVALID_DATE', ['asOf']],
    ['a Date object', { ...BASE, asOf: new Date('2024-07-01') }, 'INVALID_DATE', ['asOf']],
    ['a missing date', { ...BASE, asOf: undefined }, 'INVALID_DATE', ['asOf']],
    ['a bad period', { ...BASE, populationPeriod: '2023-S3' }, 'INVALID_PERIOD', ['populationPeriod']],
    ['a lower-case period', { ...BASE, populationPeriod: '2023-s2' }, 'INVALID_PERIOD', ['populationPeriod']],
    ['a numeric period', { ...BASE, populationPeriod: 2023 }, 'INVALID_PERIOD', ['populationPeriod']],
    ['a negative population', { ...BASE, population: -1 }, 'INVALID_COUNT', ['population']],
    ['a fractional population', { ...BASE, population: 100.5 }, 'INVALID_COUNT', ['population']],
    ['a NaN population', { ...BASE, population: Number.NaN }, 'INVALID_COUNT', ['population']],
    ['an infinite population', { ...BASE, population: Infinity }, 'INVALID_COUNT', ['population']],
    ['an unsafe population', { ...BASE, population: Number.MAX_SAFE_INTEGER + 1 }, 'INVALID_COUNT', ['population']],
    ['a boolean population', { ...BASE, population: true }, 'INVALID_COUNT', ['population']],
    ['a missing population', { ...BASE, population: undefined }, 'INVALID_COUNT', ['population']],
    ['a blank required count', { ...BASE, population: '' }, 'INVALID_COUNT', ['population']],
    ['a fraction of a person', { ...BASE, population: '1,2345 ribu' }, 'INVALID_COUNT', ['population']],
    ['a percentage as a count', { ...BASE, participants: '98 %' }, 'INVALID_COUNT', ['participants']],
    ['a hedged count', { ...BASE, participants: 'lebih dari 90' }, 'INVALID_COUNT', ['participants']],
    ['a malformed count string', { ...BASE, participants: '8.91.770' }, 'INVALID_COUNT', ['participants']],
    ['a negative count string', { ...BASE, participants: '-5' }, 'INVALID_COUNT', ['participants']],
    ['a bad active count', { ...BASE, activeParticipants: -3 }, 'INVALID_COUNT', ['activeParticipants']],
    ['active above participants', { ...BASE, activeParticipants: 91 }, 'INCONSISTENT_COUNTS', ['activeParticipants']],
    ['segments not an object', { ...BASE, segments: [50] }, 'INVALID_TYPE', ['segments']],
    ['a bad segment count', { ...BASE, segments: { pbiApbn: 1.5 } }, 'INVALID_COUNT', ['segments', 'pbiApbn']],
    ['printed not an object', { ...BASE, printed: 'x' }, 'INVALID_TYPE', ['printed']],
    ['a malformed printed figure', { ...BASE, printed: { coverage: '99,4,6 %' } }, 'INVALID_FIGURE', ['printed', 'coverage']],
    ['a count printed as coverage', { ...BASE, printed: { coverage: '8.911.770 jiwa' } }, 'INVALID_FIGURE', ['printed', 'coverage']],
    ['a percentage printed as population', { ...BASE, printed: { population: '90 %' } }, 'INVALID_FIGURE', ['printed', 'population']],
    ['a numeric printed figure', { ...BASE, printed: { coverage: 99.46 } }, 'INVALID_TYPE', ['printed', 'coverage']],
    ['an array as a printed figure', { ...BASE, printed: { coverage: [] } }, 'INVALID_TYPE', ['printed', 'coverage']],
    ['a figure object of the wrong kind', { ...BASE, printed: { participants: FIGURE } }, 'INVALID_FIGURE', ['printed', 'participants', 'kind']],
    ['a figure object without text', { ...BASE, printed: { coverage: { ...FIGURE, text: 1 } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'text']],
    ['a figure object with a NaN value', { ...BASE, printed: { coverage: { ...FIGURE, value: Number.NaN } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'value']],
    ['a figure object with fractional decimals', { ...BASE, printed: { coverage: { ...FIGURE, decimals: 0.5 } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'decimals']],
    ['a figure object with a negative scale', { ...BASE, printed: { coverage: { ...FIGURE, scaleExponent: -3 } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'scaleExponent']],
    ['a figure object with a zero step', { ...BASE, printed: { coverage: { ...FIGURE, step: 0 } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'step']],
    ['a figure object with an unknown qualifier', { ...BASE, printed: { coverage: { ...FIGURE, qualifier: 'roughly' } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'qualifier']],
    ['a figure object without intervals', { ...BASE, printed: { coverage: { ...FIGURE, rounded: null } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'rounded']],
    ['a figure object with a reversed interval', { ...BASE, printed: { coverage: { ...FIGURE, truncated: { low: 2, high: 1 } } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'truncated', 'high']],
    ['a figure object with a NaN bound', { ...BASE, printed: { coverage: { ...FIGURE, interval: { low: Number.NaN, high: 1 } } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'interval', 'low']],
    // Issue 17: createSnapshot used to keep figures that reconcileSnapshot and figuresAgree then rejected.
    ['a figure object whose value lies outside its own interval', { ...BASE, printed: { coverage: { ...FIGURE, value: 12 } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'value']],
    ['a figure object with a negative value', { ...BASE, printed: { coverage: { ...FIGURE, value: -98.46 } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'value']],
    ['a figure object with an infinite bound', { ...BASE, printed: { coverage: { ...FIGURE, rounded: { low: 98.455, high: Infinity } } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'rounded', 'high']],
    ['a figure object with an absurd step', { ...BASE, printed: { coverage: { ...FIGURE, step: 1e300 } } }, 'INVALID_FIGURE', ['printed', 'coverage', 'step']],
    ['a printed decline as a coverage', { ...BASE, printed: { coverage: '-0,42%' } }, 'INVALID_FIGURE', ['printed', 'coverage', 'value']],
    ['an activity rate that is a bare figure', { ...BASE, printed: { activityRate: '67,85 %' } }, 'INVALID_TYPE', ['printed', 'activityRate']],
    ['an activity rate without a base', { ...BASE, printed: { activityRate: { figure: '67,85 %' } } }, 'INVALID_TYPE', ['printed', 'activityRate', 'base']],
    ['an activity rate with an unknown base', { ...BASE, printed: { activityRate: { figure: '67,85 %', base: 'active' } } }, 'INVALID_TYPE', ['printed', 'activityRate', 'base']],
    ['an activity rate without a figure', { ...BASE, printed: { activityRate: { base: 'population' } } }, 'INVALID_TYPE', ['printed', 'activityRate', 'figure']],
    ['an activity rate that is a count', { ...BASE, printed: { activityRate: { figure: '500 jiwa', base: 'population' } } }, 'INVALID_FIGURE', ['printed', 'activityRate', 'figure']],
    ['source not an object', { ...BASE, source: 'NU Online' }, 'INVALID_TYPE', ['source']],
    ['a numeric source field', { ...BASE, source: { article: 0 } }, 'INVALID_TYPE', ['source', 'article']],
    ['an impossible publication date', { ...BASE, source: { published: '2024-02-30' } }, 'INVALID_DATE', ['source', 'published']],
  ])('%s', (_name, input, code, path) => {
    const error = catchError(() => createSnapshot(input as never));
    expect(error.issues).toHaveLength(1);
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
    expect(error.message.startsWith(path.length === 0 ? 'input ' : `${path.join('.')} `)).toBe(true);
  });

  it('names the value in the issue', () => {
    const error = catchError(() => createSnapshot({ ...BASE, population: '8.91.770' }));
    expect(error.value).toBe('8.91.770');
    expect(error.message).toContain('"8.91.770"');
  });

  it('carries every issue found, with code INVALID_INPUT', () => {
    const error = catchError(() =>
      createSnapshot({
        regionCode: '18.70',
        asOf: '2023-02-30',
        population: -1,
        populationPeriod: '2023-S3',
        participants: 'banyak',
        activeParticipants: 1.5,
        segments: { pbpu: -2 },
        printed: { coverage: 'x' },
        source: { published: 'kemarin' },
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_REGION_CODE', ['regionCode']],
      ['INVALID_DATE', ['asOf']],
      ['INVALID_COUNT', ['population']],
      ['INVALID_PERIOD', ['populationPeriod']],
      ['INVALID_COUNT', ['participants']],
      ['INVALID_COUNT', ['activeParticipants']],
      ['INVALID_COUNT', ['segments', 'pbpu']],
      ['INVALID_FIGURE', ['printed', 'coverage']],
      ['INVALID_DATE', ['source', 'published']],
    ]);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('reports unknown fields at every depth when asked to', () => {
    const figure = { ...parseFigure('90 %'), note: 'x' };
    const error = catchError(() =>
      createSnapshot(
        {
          ...BASE,
          activeParticipant: 80,
          segments: { pbiAPBN: 5 },
          printed: { coverge: '90 %', coverage: figure, activityRate: { figure: '80 %', base: 'population', of: 'x' } },
          source: { url: 'https://example.org' },
        } as never,
        { unknownFields: 'reject' },
      ),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_TYPE', ['segments', 'pbiAPBN']],
      ['INVALID_TYPE', ['printed', 'coverage', 'note']],
      ['INVALID_TYPE', ['printed', 'activityRate', 'of']],
      ['INVALID_TYPE', ['printed', 'coverge']],
      ['INVALID_TYPE', ['source', 'url']],
      ['INVALID_TYPE', ['activeParticipant']],
    ]);
    expect(error.issues[0]?.message).toContain('is not a known field');
  });

  it.each<[unknown, readonly (string | number)[]]>([
    [{ unknownFields: 'drop' }, ['options', 'unknownFields']],
    [{ locale: 'fr' }, ['options', 'locale']],
    [{ strict: true }, ['options', 'strict']],
    ['id', ['options']],
  ])('throws INVALID_OPTION for the options %j, even from the safe form', (options, path) => {
    for (const run of [
      () => createSnapshot(BASE, options as never),
      () => safeCreateSnapshot(BASE, options as never),
    ]) {
      const error = catchError(run);
      expect([error.code, error.path]).toEqual([path.length === 1 ? 'INVALID_TYPE' : 'INVALID_OPTION', path]);
    }
  });

  it("wraps what the caller's getter throws: INPUT_THREW at the field, the original as cause", () => {
    const boom = new RangeError('boom');
    const input = Object.defineProperty({ ...BASE }, 'population', {
      get: () => {
        throw boom;
      },
      enumerable: true,
    });
    expect(() => createSnapshot(input)).toThrow(expect.objectContaining({ code: 'INPUT_THREW', path: ['population'], cause: boom }));
    expect(safeCreateSnapshot(input)).toMatchObject({ success: false, issues: [{ code: 'INPUT_THREW', path: ['population'] }] });
  });
});

describe('safeCreateSnapshot', () => {
  it('returns the snapshot with its notes', () => {
    const result = safeCreateSnapshot({ ...BASE, population: 80, segments: { pbiApbn: 95 } });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.output.population).toBe(80);
    expect(result.notes.map((note) => note.code)).toEqual(['PARTICIPANTS_ABOVE_POPULATION', 'SEGMENTS_DO_NOT_SUM']);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.notes)).toBe(true);
  });

  it('returns every issue instead of throwing', () => {
    const result = safeCreateSnapshot({ ...BASE, regionCode: '99', participants: -1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.code)).toEqual(['UNKNOWN_PROVINCE', 'INVALID_COUNT']);
  });

  it('returns an issue for a non-object input', () => {
    const result = safeCreateSnapshot(undefined);
    expect(result.success ? undefined : result.issues[0].code).toBe('INVALID_TYPE');
  });
});

describe('createSnapshot edge values (review fixes)', () => {
  it('stores a -0 count (JSON can produce one) as 0', () => {
    const snapshot = createSnapshot(JSON.parse('{"regionCode":"18","asOf":"2024-07-01","population":-0,"participants":0}'));
    expect(Object.is(snapshot.population, 0)).toBe(true);
  });

  it('accepts real dates in the years 0000-0099, which Date.UTC would read as 19xx', () => {
    expect(createSnapshot({ regionCode: '18', asOf: '0099-12-31', population: 1, participants: 1 }).asOf).toBe('0099-12-31');
    expect(catchError(() => createSnapshot({ regionCode: '18', asOf: '0099-02-29', population: 1, participants: 1 })).code).toBe('INVALID_DATE');
  });
});
