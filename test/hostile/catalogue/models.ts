import { expect } from 'vitest';
import { figureData, lampungRow } from '../fixtures.js';
import {
  GENERIC,
  hugeSparse,
  NOT_COUNTS,
  NOT_DATES,
  NOT_STRINGS,
  except,
  rejects,
  returns,
  row,
  substitute,
  type Catalogue,
  type Expected,
  type HostileCase,
} from '../hostile-case.js';
import { inconsistentFigureCases } from '../figure-cases.js';
import { equals, hasFields, safeIssue, safeOutput } from './expect-helpers.js';

// Models: region codes, provinces, regions, snapshots and their notes.

/** Rows for a function of one region-code string, failing with an error at the empty path. */
function regionCodeCases(valid: readonly [string, unknown]): HostileCase[] {
  const [code, result] = valid;
  return [
    row('valid', 'code', () => [code], equals(result)),
    ...substitute('code', NOT_STRINGS, (value) => [value], rejects('INVALID_TYPE', [])),
    row('number as string', 'code (a number)', () => [1872], rejects('INVALID_TYPE', [])),
    row('empty string', 'code', () => [''], rejects('INVALID_REGION_CODE', [])),
    row('unknown region code', 'code (province 99)', () => ['99.01'], rejects('UNKNOWN_PROVINCE', [])),
    row('unknown region code', 'code (regency 00)', () => ['18.00'], rejects('INVALID_REGION_CODE', [])),
    row('unknown region code', 'code (mixed dots)', () => ['18.7201'], rejects('INVALID_REGION_CODE', [])),
    row('negative count', 'code', () => ['-18'], rejects('INVALID_REGION_CODE', [])),
  ];
}

/** A snapshot row with one field replaced. */
function withField(key: string, value: unknown): Record<string, unknown> {
  return lampungRow({ [key]: value });
}

/** Rows for createSnapshot or safeCreateSnapshot; `issue` turns a code and path into the expected outcome. */
function snapshotCases(issue: typeof rejects, ok: (check: (snapshot: unknown) => void) => Expected): HostileCase[] {
  return [
    row('valid', 'input', () => [lampungRow()], ok((snapshot) => expect(snapshot).toStrictEqual(lampungRow()))),
    row('number as string', 'population, participants', () => [lampungRow({ population: '9.051.459', participants: '8.911.770 jiwa' })], ok((snapshot) => expect(snapshot).toStrictEqual(lampungRow()))),
    row('number as string', 'population (en)', () => [lampungRow({ population: '9,051,459' }), { locale: 'en' }], ok((snapshot) => expect(snapshot).toMatchObject({ population: 9_051_459 }))),
    row('population 0', 'population', () => [lampungRow({ population: 0 })], ok((snapshot) => expect(snapshot).toMatchObject({ population: 0 }))),
    row('participants above population', 'participants', () => [lampungRow({ participants: 9_051_460 })], ok((snapshot) => expect(snapshot).toMatchObject({ participants: 9_051_460 }))),
    // Documented: unknown fields (a CSV's own columns) are ignored unless unknownFields is 'reject'.
    row('extra unknown field', 'input.kabupaten', () => [lampungRow({ kabupaten: 'x' })], ok((snapshot) => expect(snapshot).toStrictEqual(lampungRow()))),
    row('extra unknown field', 'input.activeParticipant (reject)', () => [lampungRow({ activeParticipant: 5 }), { unknownFields: 'reject' }], issue('INVALID_TYPE', ['activeParticipant'])),
    row('extra unknown field', 'segments.pbi (reject)', () => [lampungRow({ segments: { pbi: 5 } }), { unknownFields: 'reject' }], issue('INVALID_TYPE', ['segments', 'pbi'])),
    // Documented: an optional field that is null or blank is taken as not given.
    row('null', 'activeParticipants', () => [lampungRow({ activeParticipants: null })], ok((snapshot) => expect(snapshot).toStrictEqual(lampungRow()))),
    row('empty string', 'populationPeriod', () => [lampungRow({ populationPeriod: ' ' })], ok((snapshot) => expect(snapshot).toStrictEqual(lampungRow()))),
    ...substitute('input', { ...except(GENERIC, 'object'), 'number as string': '18' }, (input) => [input], issue('INVALID_TYPE', [])),
    ...substitute('population', except(NOT_COUNTS, 'number as string'), (value) => [withField('population', value)], issue('INVALID_COUNT', ['population'])),
    ...substitute('participants', except(NOT_COUNTS, 'number as string'), (value) => [withField('participants', value)], issue('INVALID_COUNT', ['participants'])),
    row('negative count', 'participants (as text)', () => [withField('participants', '-5')], issue('INVALID_COUNT', ['participants'])),
    row('fractional count', 'participants (as text)', () => [withField('participants', '1,2345 ribu')], issue('INVALID_COUNT', ['participants'])),
    row('count above MAX_SAFE_INTEGER', 'participants (as text)', () => [withField('participants', '9.007.199.254.740.993')], issue('INVALID_COUNT', ['participants'])),
    row('number as string', 'participants (hedged)', () => [withField('participants', 'sekitar 400 ribu')], issue('INVALID_COUNT', ['participants'])),
    ...substitute('activeParticipants', except(NOT_COUNTS, 'number as string', 'null', 'undefined', 'empty string'), (value) => [withField('activeParticipants', value)], issue('INVALID_COUNT', ['activeParticipants'])),
    row('inconsistent fields', 'activeParticipants above participants', () => [withField('activeParticipants', 8_911_771)], issue('INCONSISTENT_COUNTS', ['activeParticipants'])),
    ...substitute('segments.pbpu', except(NOT_COUNTS, 'number as string', 'null', 'undefined', 'empty string'), (value) => [withField('segments', { pbpu: value })], issue('INVALID_COUNT', ['segments', 'pbpu'])),
    ...substitute('asOf', NOT_DATES, (value) => [withField('asOf', value)], issue('INVALID_DATE', ['asOf'])),
    ...substitute('regionCode', except(NOT_STRINGS, 'null', 'undefined'), (value) => [withField('regionCode', value)], issue('INVALID_TYPE', ['regionCode'])),
    row('null', 'regionCode', () => [withField('regionCode', null)], issue('INVALID_TYPE', ['regionCode'])),
    row('undefined', 'regionCode', () => [withField('regionCode', undefined)], issue('INVALID_TYPE', ['regionCode'])),
    row('unknown region code', 'regionCode', () => [withField('regionCode', '99')], issue('UNKNOWN_PROVINCE', ['regionCode'])),
    row('empty string', 'regionCode', () => [withField('regionCode', '')], issue('INVALID_REGION_CODE', ['regionCode'])),
    row('impossible date 2023-02-30', 'source.published', () => [withField('source', { published: '2023-02-30' })], issue('INVALID_DATE', ['source', 'published'])),
    row('unknown option value', 'populationPeriod', () => [withField('populationPeriod', '2023-S3')], issue('INVALID_PERIOD', ['populationPeriod'])),
    row('number as string', 'printed.coverage', () => [withField('printed', { coverage: '98,46 %' })], ok((snapshot) => expect(snapshot).toMatchObject({ printed: { coverage: { value: 98.46 } } }))),
    row('object', 'printed.coverage (a count)', () => [withField('printed', { coverage: '8.911.770 jiwa' })], issue('INVALID_FIGURE', ['printed', 'coverage'])),
    row('NaN', 'printed.coverage.value', () => [withField('printed', { coverage: { ...figureData('98,46 %'), value: Number.NaN } })], issue('INVALID_FIGURE', ['printed', 'coverage', 'value'])),
    row('unknown option value', 'printed.activityRate.base', () => [withField('printed', { activityRate: { figure: '67,85 %', base: 'households' } })], issue('INVALID_TYPE', ['printed', 'activityRate', 'base'])),
    row('inconsistent figure', 'printed.coverage (a printed decline is no level)', () => [withField('printed', { coverage: '-0,42%' })], issue('INVALID_FIGURE', ['printed', 'coverage', 'value'])),
    ...inconsistentFigureCases((figure) => [withField('printed', { coverage: figure })], ['printed', 'coverage'], '98,46 %', issue),
    ...inconsistentFigureCases((figure) => [withField('printed', { participants: figure })], ['printed', 'participants'], '8.911.770 jiwa', issue),
    ...inconsistentFigureCases((figure) => [withField('printed', { activityRate: { figure, base: 'population' } })], ['printed', 'activityRate', 'figure'], '67,85 %', issue),
    row('array', 'segments', () => [withField('segments', [1, 2])], issue('INVALID_TYPE', ['segments'])),
    row('boolean', 'source', () => [withField('source', true)], issue('INVALID_TYPE', ['source'])),
  ];
}

/** Bad options of the snapshot constructors: always thrown, even by the safe forms (they are code, not data). */
function snapshotOptionCases(place: (options: unknown) => readonly unknown[]): HostileCase[] {
  return [
    row('undefined', 'options', () => place(undefined), returns((result) => expect(result).toBeDefined())),
    ...substitute('options', except(GENERIC, 'undefined', 'object'), place, rejects('INVALID_TYPE', ['options'])),
    row('unknown option value', 'options.unknownFields', () => place({ unknownFields: 'warn' }), rejects('INVALID_OPTION', ['options', 'unknownFields'])),
    row('unknown option value', 'options.locale', () => place({ locale: 'fr' }), rejects('INVALID_OPTION', ['options', 'locale'])),
    row('extra unknown field', 'options', () => place({ strict: true }), rejects('INVALID_OPTION', ['options', 'strict'])),
  ];
}

/** The batch rows: each single-snapshot row as the second row of a table. */
function batchCases(issue: typeof rejects, ok: (check: (snapshots: unknown) => void) => Expected): HostileCase[] {
  return [
    row('valid', 'rows', () => [[lampungRow(), lampungRow({ regionCode: '1872', population: 170_000, participants: 168_000 })]], ok((snapshots) => expect(snapshots).toMatchObject([{ regionCode: '18' }, { regionCode: '18.72' }]))),
    row('empty array', 'rows', () => [[]], ok((snapshots) => expect(snapshots).toStrictEqual([]))),
    // Documented: a batch builds snapshots; duplicates and conflicts are for the series functions to refuse.
    row('duplicate snapshots', 'rows', () => [[lampungRow(), lampungRow()]], ok((snapshots) => expect(snapshots).toHaveLength(2))),
    ...substitute('rows', { ...except(GENERIC, 'array'), object: { 0: lampungRow() } }, (rows) => [rows], issue('INVALID_TYPE', [])),
    row('sparse array', 'rows[0]', () => [[, lampungRow()]], issue('INVALID_TYPE', [0])),
    row('huge sparse array', 'rows', () => [hugeSparse(lampungRow())], issue('INVALID_TYPE', [1])),
    // Every issue is listed in `issues`; the message quotes the first three and counts the rest.
    row('many bad rows', 'rows (2 000 with a negative population; 100 000 in ../linear-work.test.ts)', () => [Array.from({ length: 2_000 }, () => lampungRow({ population: -1 }))], issue(issue === rejects ? 'INVALID_INPUT' : 'INVALID_COUNT', [0, 'population'])),
    row('null', 'rows[1]', () => [[lampungRow(), null]], issue('INVALID_TYPE', [1])),
    row('NaN', 'rows[1].population', () => [[lampungRow(), lampungRow({ population: Number.NaN })]], issue('INVALID_COUNT', [1, 'population'])),
    row('impossible date 2023-13-01', 'rows[1].asOf', () => [[lampungRow(), lampungRow({ asOf: '2023-13-01' })]], issue('INVALID_DATE', [1, 'asOf'])),
    row('unknown region code', 'rows[0].regionCode', () => [[lampungRow({ regionCode: '99' }), lampungRow()]], issue('UNKNOWN_PROVINCE', [0, 'regionCode'])),
    ...inconsistentFigureCases((figure) => [[lampungRow(), lampungRow({ printed: { coverage: figure } })]], [1, 'printed', 'coverage'], '98,46 %', issue),
    row('extra unknown field', 'rows[1].note (reject)', () => [[lampungRow(), lampungRow({ note: 'x' })], { unknownFields: 'reject' }], issue('INVALID_TYPE', [1, 'note'])),
  ];
}

export const MODELS_CATALOGUE: Catalogue = {
  parseRegionCode: {
    cases: [
      ...regionCodeCases(['1872', { code: '18.72', level: 'regency', regencyKind: 'kota', parentCode: '18', provinceCode: '18' }]),
      row('valid', 'code (the country, lower case)', () => [' id '], hasFields({ code: 'ID', level: 'country' })),
    ],
  },
  normalizeRegionCode: { cases: regionCodeCases(['3310', '33.10']) },
  parentRegionCode: {
    cases: [...regionCodeCases(['18.72.01', '18.72']), row('valid', 'code (the country)', () => ['ID'], equals(undefined))],
  },
  isRegionCode: {
    cases: [
      row('valid', 'value', () => ['18.72'], equals(true)),
      ...substitute('value', { ...GENERIC, 'number as string': 18 }, (value) => [value], equals(false)),
      row('unknown region code', 'value', () => ['99'], equals(false)),
    ],
  },
  provinceName: {
    cases: [
      ...regionCodeCases(['18', 'Lampung']),
      row('unknown region code', 'code (a regency)', () => ['18.72'], rejects('INVALID_REGION_CODE', [])),
      row('unknown region code', 'code (the country)', () => ['ID'], rejects('INVALID_REGION_CODE', [])),
    ],
  },
  createRegion: {
    cases: [
      row('valid', 'input', () => [{ code: '1872', name: ' Kota Metro ' }], equals({ code: '18.72', name: 'Kota Metro', level: 'regency', parentCode: '18' })),
      // Documented: JSON has no undefined, so a null level or parentCode means not given.
      row('null', 'input.level', () => [{ code: '18', name: 'Lampung', level: null }], hasFields({ level: 'province' })),
      row('extra unknown field', 'input.population', () => [{ code: '18', name: 'Lampung', population: 9_051_459 }], equals({ code: '18', name: 'Lampung', level: 'province', parentCode: 'ID' })),
      ...substitute('input', { ...except(GENERIC, 'object'), 'number as string': '18' }, (input) => [input], rejects('INVALID_TYPE', [])),
      ...substitute('input.code', NOT_STRINGS, (code) => [{ code, name: 'X' }], rejects('INVALID_TYPE', ['code'])),
      row('unknown region code', 'input.code', () => [{ code: '99', name: 'X' }], rejects('UNKNOWN_PROVINCE', ['code'])),
      row('empty string', 'input.name', () => [{ code: '18', name: '  ' }], rejects('INVALID_TYPE', ['name'])),
      row('inconsistent fields', 'input.level', () => [{ code: '18', name: 'Lampung', level: 'regency' }], rejects('INVALID_REGION_CODE', ['level'])),
      row('inconsistent fields', 'input.parentCode', () => [{ code: '18.72', name: 'Kota Metro', parentCode: '17' }], rejects('INVALID_REGION_CODE', ['parentCode'])),
      row('object', 'input (two problems)', () => [{ code: '99', name: 5 }], rejects('INVALID_INPUT', ['code'])),
    ],
  },
  createSnapshot: {
    cases: [
      ...snapshotCases(rejects, (check) => returns(check)),
      row('object', 'input (several problems)', () => [{ regionCode: '18', asOf: '2023-02-30', population: -1, participants: 5 }], rejects('INVALID_INPUT', ['asOf'])),
      ...snapshotOptionCases((options) => [lampungRow(), options]),
    ],
  },
  safeCreateSnapshot: {
    cases: [
      ...snapshotCases(safeIssue, (check) => safeOutput((output) => check(output))),
      row('participants above population', 'participants (a note)', () => [lampungRow({ participants: 9_051_460 })], safeOutput((_, result) => {
        expect(result['notes']).toMatchObject([{ code: 'PARTICIPANTS_ABOVE_POPULATION', path: ['participants'], peopleAbovePopulation: 1 }]);
      })),
      ...snapshotOptionCases((options) => [lampungRow(), options]),
    ],
  },
  createSnapshots: {
    cases: [
      ...batchCases(rejects, (check) => returns(check)),
      ...snapshotOptionCases((options) => [[lampungRow()], options]),
    ],
  },
  safeCreateSnapshots: {
    cases: [
      ...batchCases(safeIssue, (check) => safeOutput((output) => check(output))),
      row('participants above population', 'rows[1].participants (a note)', () => [[lampungRow(), lampungRow({ participants: 9_051_460 })]], safeOutput((_, result) => {
        expect(result['notes']).toMatchObject([{ code: 'PARTICIPANTS_ABOVE_POPULATION', path: [1, 'participants'] }]);
      })),
      ...snapshotOptionCases((options) => [[lampungRow()], options]),
    ],
  },
  snapshotNotes: {
    cases: [
      row('valid', 'snapshot', () => [lampungRow()], equals([])),
      row('participants above population', 'snapshot.participants', () => [lampungRow({ participants: 9_051_460 })], hasFields([{ code: 'PARTICIPANTS_ABOVE_POPULATION', peopleAbovePopulation: 1 }])),
      row('population 0', 'snapshot.population', () => [lampungRow({ population: 0, participants: 0 })], equals([])),
      row('inconsistent fields', 'snapshot.segments (above participants)', () => [lampungRow({ segments: { pbiApbn: 8_911_771 } })], hasFields([{ code: 'SEGMENTS_DO_NOT_SUM', peopleDifference: 1, allSegmentsGiven: false }])),
      row('extra unknown field', 'snapshot.kabupaten', () => [lampungRow({ kabupaten: 'x' })], equals([])),
      ...substitute('snapshot', { ...except(GENERIC, 'object'), 'number as string': '18' }, (input) => [input], rejects('INVALID_TYPE', [])),
      // No parsing here: a snapshot's counts are numbers already.
      ...substitute('snapshot.population', NOT_COUNTS, (value) => [withField('population', value)], rejects('INVALID_COUNT', ['population'])),
      ...substitute('snapshot.participants', NOT_COUNTS, (value) => [withField('participants', value)], rejects('INVALID_COUNT', ['participants'])),
      ...substitute('snapshot.segments', except(GENERIC, 'undefined', 'object'), (value) => [withField('segments', value)], rejects('INVALID_TYPE', ['segments'])),
      ...substitute('snapshot.segments.pbpu', except(NOT_COUNTS, 'undefined'), (value) => [withField('segments', { pbpu: value })], rejects('INVALID_COUNT', ['segments', 'pbpu'])),
    ],
  },
};
