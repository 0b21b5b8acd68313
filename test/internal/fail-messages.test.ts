// The messages `fail` (src/internal/assert.ts) composes, as every entry point gives them: a missing
// field said to be missing, a repeated row not described as "an object", a Date shown as one, and
// a printed count pointed to the functions that read it.
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyAward,
  coverageRatio,
  createSnapshot,
  createSnapshots,
  formatCount,
  growthBetween,
  parseFigure,
  parseReportDate,
  RPJMN_2020_2024,
  rollUp,
  snapshotsFromRows,
  tableFromColumns,
  targetAt,
  tableFromSnapshots,
  UHC_AWARDS_2026,
  type RegionCounts,
} from '../../src/index.js';
import { catchError, errorWithMessageOf } from '../support/caught-error.js';

const ROW = { regionCode: '18.72', asOf: '2024-07-01', population: 175_000, participants: 171_000 };
const { population: _population, ...withoutPopulation } = ROW;
const HINT = 'read printed counts with parseFigure';

/** Every entry point that takes rows of counts, given one row. */
const ENTRY_POINTS: readonly (readonly [string, (row: object) => unknown, (field: string) => readonly (string | number)[]])[] = [
  ['createSnapshot', (row) => createSnapshot(row as never), (field) => [field]],
  ['createSnapshots', (row) => createSnapshots([row] as never), (field) => [0, field]],
  ['rollUp', (row) => rollUp([row] as RegionCounts[]), (field) => [0, field]],
  ['tableFromSnapshots', (row) => tableFromSnapshots([row] as RegionCounts[]), (field) => [0, field]],
  [
    'tableFromColumns',
    (row) => {
      const record = row as Record<string, unknown>;
      const columns = Object.fromEntries(['regionCode', 'asOf', 'population', 'participants'].map((key) => [key, [record[key]]]));
      return tableFromColumns(columns as never);
    },
    (field) => ['columns', field, 0],
  ],
];

/** `[0].population`, `columns.population[0]`: a path as messages spell it. */
function spelt(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

describe('a missing field', () => {
  it.each(ENTRY_POINTS)('%s says it is missing, naming the field', (_name, call, pathOf) => {
    const error = catchError(() => call(withoutPopulation));
    expect([error.code, error.path, error.value]).toEqual(['INVALID_COUNT', pathOf('population'), undefined]);
    expect(error.message).toBe(`${spelt(pathOf('population'))} must be a non-negative safe integer, but is missing`);
  });

  it.each(ENTRY_POINTS)('%s reads a field given as undefined as missing too', (_name, call, pathOf) => {
    expect(catchError(() => call({ ...ROW, asOf: undefined })).message).toBe(
      `${spelt(pathOf('asOf'))} must be a real calendar date YYYY-MM-DD, but is missing`,
    );
  });

  it('is missing when only inherited, as the bulk builders and rollUp read own fields only', () => {
    const row = Object.assign(Object.create({ population: 175_000 }) as object, withoutPopulation) as RegionCounts;
    expect(errorWithMessageOf(() => tableFromSnapshots([row]))).toEqual({
      code: 'INVALID_COUNT',
      path: [0, 'population'],
      message: '[0].population must be a non-negative safe integer, but is missing',
    });
    expect(catchError(() => rollUp([row])).message).toBe('[0].population must be a non-negative safe integer, but is missing');
  });

  it('keeps the hint of a misspelt key after it', () => {
    expect(catchError(() => createSnapshot({ ...withoutPopulation, populaton: 5 } as never)).message).toBe(
      "population must be a non-negative safe integer, but is missing (unknown key 'populaton': a misspelling of 'population'?)",
    );
  });

  it('is said of a missing argument and of a missing column too', () => {
    expect(catchError(() => coverageRatio(undefined as never)).message).toBe('input must be an object, but is missing');
    const { population: _column, ...columns } = { regionCode: ['18.72'], asOf: ['2024-07-01'], population: [1], participants: [1] };
    expect(catchError(() => tableFromColumns(columns as never)).message).toMatch(/^columns\.population must be .*, but is missing$/);
  });

  it('leaves messages that are not about a value without one', () => {
    expect(catchError(() => tableFromSnapshots([ROW, , ROW] as RegionCounts[])).message).toBe(
      '[1] must not be a hole (the array is sparse, of length 3)',
    );
    expect(catchError(() => snapshotsFromRows([{ kode: '18.72', tanggal: '2024-07-01', peserta: '5' }])).message).toBe(
      'options.columns.population has no column: give a population column',
    );
  });
});

describe('a repeated row', () => {
  it.each([
    ['rollUp', () => rollUp([ROW, { ...ROW, regionCode: '1872' }])],
    ['tableFromSnapshots', () => tableFromSnapshots([ROW, { ...ROW, regionCode: '1872' }])],
  ])('%s names its region and date, and does not call it an object', (_name, call) => {
    const error = catchError(call);
    expect([error.code, error.path]).toEqual(['DUPLICATE_SNAPSHOT', [1]]);
    expect(error.message).toBe('[1] repeats region 18.72 on 2024-07-01 (first at index 0)');
    expect(error.value).toMatchObject({ regionCode: expect.stringMatching(/^18\.?72$/), asOf: '2024-07-01' });
  });
});

describe('a Date given for a date', () => {
  it.each(ENTRY_POINTS)('%s shows the Date and asks for a string', (_name, call, pathOf) => {
    const asOf = new Date('2024-07-01');
    const error = catchError(() => call({ ...ROW, asOf }));
    expect([error.code, error.path, error.value]).toEqual(['INVALID_DATE', pathOf('asOf'), asOf]);
    expect(error.message).toBe(
      `${spelt(pathOf('asOf'))} must be a real calendar date YYYY-MM-DD, got a Date (2024-07-01T00:00:00.000Z); ` +
        'give the date as a string (parseReportDate turns a Date into one)',
    );
  });

  it('names an invalid Date as such, without pointing to parseReportDate, which refuses it too', () => {
    expect(catchError(() => tableFromSnapshots([{ ...ROW, asOf: new Date(Number.NaN) as never }])).message).toBe(
      '[0].asOf must be a real calendar date YYYY-MM-DD, got an invalid Date',
    );
    expect(catchError(() => parseReportDate(new Date(Number.NaN))).code).toBe('INVALID_DATE');
  });

  it('points to parseReportDate only where it reads the Date: one of another realm, not a proxy of one', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 6, 1))') as Date;
    expect(catchError(() => tableFromSnapshots([{ ...ROW, asOf: foreign as never }])).message).toContain('parseReportDate turns a Date into one');
    expect(parseReportDate(foreign)).toBe('2024-07-01');
    const proxy = new Proxy(new Date('2024-07-01'), {});
    expect(catchError(() => tableFromSnapshots([{ ...ROW, asOf: proxy as never }])).message).toBe(
      '[0].asOf must be a real calendar date YYYY-MM-DD, got an object',
    );
    expect([catchError(() => parseReportDate(proxy)).code, catchError(() => parseReportDate(proxy)).message]).toEqual([
      'INVALID_DATE',
      'input must be a string or a Date, got an object',
    ]);
  });
});

describe('a problem that is not the value', () => {
  it('names an unknown key, not its value, even when that value is undefined', () => {
    expect(catchError(() => formatCount(1, { foo: undefined } as never)).message).toBe(
      "options.foo is not a known option (known: locale, scale, decimals)",
    );
    expect(catchError(() => tableFromColumns({ ...{ regionCode: [], asOf: [], population: [], participants: [] }, foo: undefined } as never)).message).toMatch(
      /^columns\.foo is not a column \(columns: [^)]*\)$/,
    );
  });

  it('says what a call lacks without calling it missing twice', () => {
    const targets = [RPJMN_2020_2024, { ...RPJMN_2020_2024, kind: 'uhc-status' }];
    expect(catchError(() => targetAt('2024-07-01', { targets } as never)).message).toMatch(/^options\.kind must be given: the targets hold several kinds \([^)]*\)$/);
  });

  it('still shows the value where the value is what is wrong, for every code', () => {
    const from = createSnapshot({ ...ROW });
    expect(catchError(() => growthBetween(from, createSnapshot({ ...ROW }))).message).toBe(
      'to.asOf must differ from from.asOf: growth needs two dates, got "2024-07-01"',
    );
  });
});

describe('a count given as printed text', () => {
  it.each(ENTRY_POINTS.filter(([name]) => !name.startsWith('createSnapshot')))('%s points to parseFigure', (_name, call, pathOf) => {
    const error = catchError(() => call({ ...ROW, population: '9.051.459' }));
    expect([error.code, error.path, error.value]).toEqual(['INVALID_COUNT', pathOf('population'), '9.051.459']);
    expect(error.message).toBe(`${spelt(pathOf('population'))} must be a non-negative safe integer, got "9.051.459"; ${HINT}`);
  });

  it('hints for printed numbers only', () => {
    for (const text of ['9051459', ' 9.051.459 ', '98,5', '1.234,5']) {
      expect(catchError(() => coverageRatio({ population: text, participants: 1 } as never)).message).toContain(HINT);
    }
    for (const text of ['abc', '', '007', '9.05.459', '9051.459', '-5', '9,051,459', '1e6']) {
      expect(catchError(() => coverageRatio({ population: text, participants: 1 } as never)).message).not.toContain(HINT);
    }
  });

  it('hints only for text that parseFigure reads as a number', () => {
    // Text of digits, dots, commas and white space, and numbers as Indonesian tables print them,
    // up to past 2^53 and with long decimals: the hint's pattern must stop where parseFigure does.
    const space = fc.constantFrom('', ' ', '\u00a0', '\t', '\u3000');
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', ' '), maxLength: 14 }),
      fc.string({ unit: fc.constantFrom('0', '1', '9'), minLength: 12, maxLength: 25 }),
      fc.tuple(space, fc.bigInt({ min: 0n, max: 10n ** 22n }), space).map(([before, count, after]) => `${before}${count.toLocaleString('id-ID')}${after}`),
      fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.string({ unit: fc.constantFrom('0', '5', '9'), minLength: 1, maxLength: 400 }))
        .map(([whole, decimals]) => `${whole.toLocaleString('id-ID')},${decimals}`),
    );
    fc.assert(
      fc.property(text, (printed) => {
        const { message } = catchError(() => coverageRatio({ population: printed, participants: 1 } as never));
        if (message.includes(HINT)) expect(Number.isFinite(parseFigure(printed, { kind: 'count' }).value)).toBe(true);
      }),
    );
  });

  it('is read, not refused, by createSnapshot', () => {
    expect(createSnapshot({ ...ROW, population: '9.051.459' }).population).toBe(9_051_459);
  });
});

// null for "not reported" (a JSON export's way): createSnapshot reads it as absent; the bulk
// builders, rollUp, the coverage metrics and classifyAward refuse it, as documented, and say what to do.
describe('a null active count', () => {
  const NULL_HINT = 'leave it out when not reported';

  it.each([
    ['rollUp', () => rollUp([{ ...ROW, activeParticipants: null } as never]), '[0].activeParticipants'],
    ['tableFromSnapshots', () => tableFromSnapshots([{ ...ROW, activeParticipants: null } as never]), '[0].activeParticipants'],
    [
      'tableFromColumns',
      () =>
        tableFromColumns({
          regionCode: ['18.72'],
          asOf: ['2024-07-01'],
          population: [ROW.population],
          participants: [ROW.participants],
          activeParticipants: [null] as never,
        }),
      'columns.activeParticipants[0]',
    ],
    ['coverageRatio', () => coverageRatio({ ...ROW, activeParticipants: null } as never), 'activeParticipants'],
    ['classifyAward', () => classifyAward({ ...ROW, activeParticipants: null } as never, UHC_AWARDS_2026), 'activeParticipants'],
  ])('%s refuses it and says to leave the field out', (_name, call, field) => {
    const error = catchError(call);
    expect([error.code, error.value]).toEqual(['INVALID_COUNT', null]);
    expect(error.message).toBe(`${field} must be a non-negative safe integer, got null; ${NULL_HINT}`);
  });

  it('gets no such hint for a required count', () => {
    expect(catchError(() => rollUp([{ ...ROW, population: null } as never])).message).toBe(
      '[0].population must be a non-negative safe integer, got null',
    );
  });

  it('is read as not reported by createSnapshot', () => {
    expect(createSnapshot({ ...ROW, activeParticipants: null }).activeParticipants).toBeUndefined();
  });
});
