import { expect } from 'vitest';
import type { SnapshotTable } from '../../../src/bulk/snapshot-table.js';
import { tableCoverage } from '../../../src/bulk/table-coverage.js';
import { tableFromSnapshots } from '../../../src/bulk/table-from-snapshots.js';
import { tableRollUp } from '../../../src/bulk/table-roll-up.js';
import { tableRow } from '../../../src/bulk/table-row.js';
import type { RegionCounts } from '../../../src/metrics/region-counts.js';
import { BPJS_UHC_2025, UHC_2015_2019 } from '../../../src/metrics/target-presets.js';
import { defineTarget, type Target, type TargetOperator } from '../../../src/metrics/target.js';
import { lampungChildren, regencyRow } from '../fixtures.js';
import {
  GENERIC,
  MEGABYTE_KEY,
  hugeSparse,
  NOT_COUNTS,
  NOT_DATES,
  except,
  rejects,
  returns,
  row,
  substitute,
  type Catalogue,
  type HostileCase,
} from '../hostile-case.js';
import { equals } from './expect-helpers.js';

// Bulk tables: columnar tables built once (from objects or from columns) and the whole-table
// metrics on them. A table is only ever one the library built: look-alikes are rejected.

/** A table of `rows`, which the fixtures type loosely. */
function tableFrom(rows: readonly unknown[]): SnapshotTable {
  return tableFromSnapshots(rows as readonly RegionCounts[]);
}

/** Lampung's two regencies (`18.72`, then `1801`) on 2024-07-01, as a table. */
function childrenTable(): unknown {
  return tableFrom(lampungChildren());
}

/** The two regencies on two dates, rows out of date order: 18.72 and 18.01 on 2024-07-01, then on 2024-01-01. */
function twoDateRows(): Record<string, unknown>[] {
  return [
    ...lampungChildren(),
    regencyRow('18.72', '2024-01-01', 170_000, 160_000),
    regencyRow('18.01', '2024-01-01', 1_000_000, 1_000_000),
  ];
}

/** Rows of the given counts, regencies 18.01, 18.02, ... of one date. */
function rowsOf(...counts: readonly (readonly [number, number])[]): Record<string, unknown>[] {
  return counts.map(([population, participants], index) => regencyRow(`18.0${index + 1}`, '2024-07-01', population, participants));
}

/** A table of the given counts (see {@link rowsOf}). */
function tableOf(...counts: readonly (readonly [number, number])[]): unknown {
  return tableFrom(rowsOf(...counts));
}

/** Expect a result whose fields, typed arrays read as plain arrays, deep-equal `fields`. */
function arrays(fields: Readonly<Record<string, unknown>>): ReturnType<typeof returns> {
  return returns((result) => {
    const record = result as Readonly<Record<string, unknown>>;
    const read = Object.fromEntries(
      Object.keys(fields).map((key) => {
        const value = record[key];
        return [key, ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value];
      }),
    );
    expect(read).toStrictEqual(fields);
  });
}

/** Expect a table with this public face whose rows, read back with tableRow, are `rows`. */
function tableWith(face: Readonly<Record<string, unknown>>, rows: readonly unknown[]): ReturnType<typeof returns> {
  return returns((table) => {
    expect(table).toStrictEqual(face);
    expect(Object.isFrozen(table)).toBe(true);
    const count = (table as { rowCount: number }).rowCount;
    expect(Array.from({ length: count }, (_, index) => tableRow(table as never, index))).toStrictEqual(rows);
  });
}

/** A row as tableRow gives it. */
function plainRow(regionCode: string, asOf: string, population: number, participants: number, activeParticipants?: number): object {
  return activeParticipants === undefined
    ? { regionCode, asOf, population, participants }
    : { regionCode, asOf, population, participants, activeParticipants };
}

/** The face of a table: what a hand-made look-alike copies. */
const CHILDREN_FACE = Object.freeze({ rowCount: 2, regionCodes: Object.freeze(['18.01', '18.72']), dates: Object.freeze(['2024-07-01']) });

/**
 * Rows of a table argument at `['table']`: anything but a table built by this library is
 * `INVALID_TYPE`, however closely it copies one.
 */
function tableCases(place: (table: unknown) => readonly unknown[]): HostileCase[] {
  const notTable = rejects('INVALID_TYPE', ['table']);
  return [
    ...substitute('table', { ...except(GENERIC, 'object', 'array'), 'number as string': '2' }, place, notTable),
    row('object', 'table (built by hand: the public fields of a real one)', () => place({ ...CHILDREN_FACE }), notTable),
    row('extra unknown field', 'table (a real one spread into a new object, a field added)', () => place({ ...(childrenTable() as object), note: 'x' }), notTable),
    row('object', 'table (a JSON round trip of a real one)', () => place(JSON.parse(JSON.stringify(childrenTable()))), notTable),
    row('object', 'table (an object inheriting from a real one)', () => place(Object.create(childrenTable() as object)), notTable),
    row('inconsistent fields', 'table (a look-alike whose fields disagree)', () => place({ rowCount: 5, regionCodes: ['99'], dates: ['2023-02-30'] }), notTable),
    row('object', 'table (a result of tableCoverage, not a table)', () => place(tableCoverage(childrenTable() as never)), notTable),
    row('array', 'table (the snapshots, not a table of them)', () => place(lampungChildren()), notTable),
    row('empty array', 'table', () => place([]), notTable),
  ];
}

/** Rows of an options argument at `path` that is not an object (`undefined` means no options: not here). */
function optionsCases(place: (options: unknown) => readonly unknown[], path: readonly string[] = ['options']): HostileCase[] {
  return [
    ...substitute(path.join('.'), except(GENERIC, 'undefined', 'object'), place, rejects('INVALID_TYPE', path)),
    row('number as string', path.join('.'), () => place('{}'), rejects('INVALID_TYPE', path)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Building a table from objects: the checks of rollUp's rows, paths starting with the row index.

/** Rows of an array of snapshots placed by `place`, for the builders that read one (paths from `[]`). */
function snapshotRowsCases(place: (rows: unknown) => readonly unknown[]): HostileCase[] {
  const [first, second] = lampungChildren() as [Record<string, unknown>, Record<string, unknown>];
  const withSecond = (fields: Readonly<Record<string, unknown>>) => place([first, { ...second, ...fields }]);
  return [
    ...substitute('snapshots', { ...except(GENERIC, 'array'), object: { 0: first }, 'number as string': '[]' }, place, rejects('INVALID_TYPE', [])),
    row('null', 'snapshots[1]', () => place([first, null]), rejects('INVALID_TYPE', [1])),
    row('array', 'snapshots[1]', () => place([first, Object.values(second)]), rejects('INVALID_TYPE', [1])),
    row('number as string', 'snapshots[1]', () => place([first, JSON.stringify(second)]), rejects('INVALID_TYPE', [1])),
    row('sparse array', 'snapshots[0]', () => place([, second]), rejects('INVALID_TYPE', [0])),
    row('huge sparse array', 'snapshots', () => place(hugeSparse(first, second)), rejects('INVALID_TYPE', [2])),
    row('many bad rows', 'snapshots (2 000 rows with a negative population)', () => place(Array.from({ length: 2_000 }, () => ({ ...first, population: -1 }))), rejects('INVALID_COUNT', [0, 'population'])),
    row('megabyte key', 'snapshots[1]', () => withSecond({ [MEGABYTE_KEY]: 1 }), returns((result) => expect(result).toBeDefined())),
    ...substitute('snapshots[1].population', NOT_COUNTS, (population) => withSecond({ population }), rejects('INVALID_COUNT', [1, 'population'])),
    ...substitute('snapshots[1].participants', NOT_COUNTS, (participants) => withSecond({ participants }), rejects('INVALID_COUNT', [1, 'participants'])),
    ...substitute('snapshots[1].activeParticipants', except(NOT_COUNTS, 'undefined'), (activeParticipants) => withSecond({ activeParticipants }), rejects('INVALID_COUNT', [1, 'activeParticipants'])),
    row('inconsistent fields', 'snapshots[1].activeParticipants above participants', () => withSecond({ activeParticipants: 1_050_001 }), rejects('INCONSISTENT_COUNTS', [1, 'activeParticipants'])),
    ...substitute('snapshots[1].asOf', NOT_DATES, (asOf) => withSecond({ asOf }), rejects('INVALID_DATE', [1, 'asOf'])),
    ...substitute('snapshots[1].regionCode', { ...except(GENERIC, 'empty string'), 'number as string': 1801 }, (regionCode) => withSecond({ regionCode }), rejects('INVALID_TYPE', [1, 'regionCode'])),
    row('empty string', 'snapshots[1].regionCode', () => withSecond({ regionCode: '' }), rejects('INVALID_REGION_CODE', [1, 'regionCode'])),
    row('unknown region code', 'snapshots[1].regionCode', () => withSecond({ regionCode: '99.01' }), rejects('UNKNOWN_PROVINCE', [1, 'regionCode'])),
    row('unknown region code', 'snapshots[1].regionCode (regency part 70)', () => withSecond({ regionCode: '18.70' }), rejects('INVALID_REGION_CODE', [1, 'regionCode'])),
    // The field order of rollUp: the code before the date before the counts.
    row('inconsistent fields', 'snapshots[1] (every field bad)', () => withSecond({ regionCode: '99', asOf: '2023-02-30', population: -1 }), rejects('UNKNOWN_PROVINCE', [1, 'regionCode'])),
    row('duplicate snapshots', 'snapshots[2]', () => place([first, second, { ...first }]), rejects('DUPLICATE_SNAPSHOT', [2])),
    // `1872` and `18.72` are one regency: codes are compared normalised.
    row('conflicting snapshots', 'snapshots[2] (18.72 written 1872, other counts)', () => place([first, second, { ...first, regionCode: '1872', participants: 1 }]), rejects('DUPLICATE_SNAPSHOT', [2])),
    // The first bad row wins, a repeat included: the repeat at 2 comes before the bad count at 3.
    row('duplicate snapshots', 'snapshots[2], before a bad snapshots[3]', () => place([first, second, { ...first }, { ...second, population: -1 }]), rejects('DUPLICATE_SNAPSHOT', [2])),
  ];
}

const tableFromSnapshotsCases: HostileCase[] = [
  row('valid', 'snapshots', () => [lampungChildren()], tableWith(CHILDREN_FACE, [plainRow('18.72', '2024-07-01', 170_000, 168_000), plainRow('18.01', '2024-07-01', 1_100_000, 1_050_000)])),
  row('valid', 'snapshots[0].activeParticipants', () => [[regencyRow('18.72', '2024-07-01', 10, 9, { activeParticipants: 8 }), regencyRow('18.01', '2024-07-01', 10, 9)]], tableWith(CHILDREN_FACE, [plainRow('18.72', '2024-07-01', 10, 9, 8), plainRow('18.01', '2024-07-01', 10, 9)])),
  row('empty array', 'snapshots', () => [[]], tableWith({ rowCount: 0, regionCodes: [], dates: [] }, [])),
  // Rows keep the input order; only the dictionaries are sorted.
  row('unsorted series', 'snapshots (dates and codes out of order)', () => [twoDateRows()], tableWith({ rowCount: 4, regionCodes: ['18.01', '18.72'], dates: ['2024-01-01', '2024-07-01'] }, [
    plainRow('18.72', '2024-07-01', 170_000, 168_000),
    plainRow('18.01', '2024-07-01', 1_100_000, 1_050_000),
    plainRow('18.72', '2024-01-01', 170_000, 160_000),
    plainRow('18.01', '2024-01-01', 1_000_000, 1_000_000),
  ])),
  // A table holds any level, the country included; only a roll-up asks for one level per parent.
  row('mixed regions', 'snapshots (the country, a province, a regency, a village)', () => [[regencyRow('ID', '2024-07-01', 10, 9), regencyRow('18', '2024-07-01', 10, 9), regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('1872011001', '2024-07-01', 10, 9)]], returns((table) => expect(table).toStrictEqual({ rowCount: 4, regionCodes: ['18', '18.72', '18.72.01.1001', 'ID'], dates: ['2024-07-01'] }))),
  row('population 0', 'snapshots[0].population', () => [[regencyRow('18.72', '2024-07-01', 0, 0)]], tableWith({ rowCount: 1, regionCodes: ['18.72'], dates: ['2024-07-01'] }, [plainRow('18.72', '2024-07-01', 0, 0)])),
  row('participants above population', 'snapshots[0].participants', () => [[regencyRow('18.72', '2024-07-01', 1000, 1018)]], tableWith({ rowCount: 1, regionCodes: ['18.72'], dates: ['2024-07-01'] }, [plainRow('18.72', '2024-07-01', 1000, 1018)])),
  row('valid', 'snapshots[0] (counts of Number.MAX_SAFE_INTEGER)', () => [[regencyRow('18.72', '2024-07-01', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)]], tableWith({ rowCount: 1, regionCodes: ['18.72'], dates: ['2024-07-01'] }, [plainRow('18.72', '2024-07-01', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)])),
  // Documented: other fields are ignored, a Snapshot's or a JSON record's.
  row('extra unknown field', 'snapshots[0].name', () => [[regencyRow('18.72', '2024-07-01', 10, 9, { name: 'Kota Metro', level: 'province' })]], tableWith({ rowCount: 1, regionCodes: ['18.72'], dates: ['2024-07-01'] }, [plainRow('18.72', '2024-07-01', 10, 9)])),
  row('undefined', 'snapshots[0].activeParticipants (not reported)', () => [[regencyRow('18.72', '2024-07-01', 10, 9, { activeParticipants: undefined })]], tableWith({ rowCount: 1, regionCodes: ['18.72'], dates: ['2024-07-01'] }, [plainRow('18.72', '2024-07-01', 10, 9)])),
  ...snapshotRowsCases((rows) => [rows]),
];

// ---------------------------------------------------------------------------------------------
// Building a table from columns: paths `['columns', name]` for a column, `[..., row]` for an entry.

/** Valid columns: Lampung's two regencies, with `overrides`. */
function columns(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    regionCode: ['1872', '18.01'],
    asOf: ['2024-07-01', '2024-07-01'],
    population: [170_000, 1_100_000],
    participants: [168_000, 1_050_000],
    ...overrides,
  };
}

/** Columns whose entry 1 of `name` is `value`. */
function columnsWithEntry(name: string, value: unknown): Record<string, unknown> {
  const base = columns({ activeParticipants: [150_000, 900_000] });
  const column = [...(base[name] as unknown[])];
  column[1] = value;
  return { ...base, [name]: column };
}

/** Entry 0 of column `name` of {@link columnsWithEntry}'s columns: valid with the other columns. */
function first(name: string): number {
  return (columnsWithEntry(name, 1)[name] as readonly number[])[0] as number;
}

/** Rows of one numeric column: the column itself, then its entry 1. */
function numberColumnCases(name: string): HostileCase[] {
  const path = ['columns', name];
  return [
    ...substitute(`columns.${name}`, { ...except(GENERIC, 'array', ...(name === 'activeParticipants' ? (['undefined'] as const) : [])), 'number as string': '170000,1100000' }, (value) => [columns({ activeParticipants: [1, 1], [name]: value })], rejects('INVALID_TYPE', path)),
    row('empty array', `columns.${name} (of another length)`, () => [columns({ activeParticipants: [1, 1], [name]: [] })], rejects('INVALID_TYPE', path)),
    row('object', `columns.${name} (a DataView)`, () => [columns({ activeParticipants: [1, 1], [name]: new DataView(new ArrayBuffer(16)) })], rejects('INVALID_TYPE', path)),
    ...substitute(`columns.${name}[1]`, except(NOT_COUNTS, ...(name === 'activeParticipants' ? (['undefined'] as const) : [])), (value) => [columnsWithEntry(name, value)], rejects('INVALID_COUNT', [...path, 1])),
    row('NaN', `columns.${name}[1] (a Float64Array)`, () => [{ ...columnsWithEntry(name, 1), [name]: new Float64Array([first(name), Number.NaN]) }], rejects('INVALID_COUNT', [...path, 1])),
    row('fractional count', `columns.${name}[1] (a Float32Array)`, () => [{ ...columnsWithEntry(name, 1), [name]: new Float32Array([first(name), 1.5]) }], rejects('INVALID_COUNT', [...path, 1])),
    row('negative count', `columns.${name}[1] (an Int32Array)`, () => [{ ...columnsWithEntry(name, 1), [name]: new Int32Array([first(name), -1]) }], rejects('INVALID_COUNT', [...path, 1])),
    row('sparse array', `columns.${name}[0]`, () => [{ ...columnsWithEntry(name, 1), [name]: [, first(name)] }], rejects('INVALID_TYPE', [...path, 0])),
    // One policy for every array (issue 17): a hole is refused before the table allocates by length.
    row('huge sparse array', `columns.${name}`, () => [{ ...columnsWithEntry(name, 1), [name]: hugeSparse(first(name), 1) }], rejects('INVALID_TYPE', [...path, 2])),
  ];
}

const tableFromColumnsCases: HostileCase[] = [
  row('valid', 'columns', () => [columns()], tableWith(CHILDREN_FACE, [plainRow('18.72', '2024-07-01', 170_000, 168_000), plainRow('18.01', '2024-07-01', 1_100_000, 1_050_000)])),
  row('valid', 'columns (typed arrays, activeParticipants with a gap)', () => [columns({ population: new Uint32Array([170_000, 1_100_000]), participants: new Float64Array([168_000, 1_050_000]), activeParticipants: [undefined, 900_000] })], tableWith(CHILDREN_FACE, [plainRow('18.72', '2024-07-01', 170_000, 168_000), plainRow('18.01', '2024-07-01', 1_100_000, 1_050_000, 900_000)])),
  row('undefined', 'columns.activeParticipants', () => [columns({ activeParticipants: undefined })], tableWith(CHILDREN_FACE, [plainRow('18.72', '2024-07-01', 170_000, 168_000), plainRow('18.01', '2024-07-01', 1_100_000, 1_050_000)])),
  row('empty array', 'columns (every column empty)', () => [{ regionCode: [], asOf: [], population: [], participants: [] }], tableWith({ rowCount: 0, regionCodes: [], dates: [] }, [])),
  row('unsorted series', 'columns (dates out of order)', () => [columns({ asOf: ['2024-07-01', '2024-01-01'] })], returns((table) => expect(table).toStrictEqual({ rowCount: 2, regionCodes: ['18.01', '18.72'], dates: ['2024-01-01', '2024-07-01'] }))),
  row('mixed regions', 'columns.regionCode (a province beside a regency)', () => [columns({ regionCode: ['18', '18.01'] })], returns((table) => expect(table).toStrictEqual({ rowCount: 2, regionCodes: ['18', '18.01'], dates: ['2024-07-01'] }))),
  row('population 0', 'columns.population', () => [columns({ population: [0, 1_100_000], participants: [0, 1_050_000] })], returns((table) => expect(tableCoverage(table as never).undefinedRows).toStrictEqual([0]))),
  row('participants above population', 'columns.participants', () => [columns({ participants: [170_001, 1_050_000] })], returns((table) => expect(tableRow(table as never, 0).participants).toBe(170_001))),
  ...substitute('columns', { ...except(GENERIC, 'object'), 'number as string': '{}' }, (value) => [value], rejects('INVALID_TYPE', ['columns'])),
  row('object', 'columns (a typed array: its keys are not columns)', () => [new Float64Array(2)], rejects('INVALID_TYPE', ['columns', '0'])),
  row('extra unknown field', 'columns.name', () => [columns({ name: ['Kota Metro', 'Lampung Selatan'] })], rejects('INVALID_TYPE', ['columns', 'name'])),
  row('undefined', 'columns.regionCode (missing)', () => [{ asOf: ['2024-07-01'], population: [1], participants: [1] }], rejects('INVALID_TYPE', ['columns', 'regionCode'])),
  ...substitute('columns.regionCode', { ...except(GENERIC, 'array', 'undefined'), 'number as string': '1872' }, (regionCode) => [columns({ regionCode })], rejects('INVALID_TYPE', ['columns', 'regionCode'])),
  ...substitute('columns.asOf', { ...except(GENERIC, 'array'), 'number as string': '2024-07-01' }, (asOf) => [columns({ asOf })], rejects('INVALID_TYPE', ['columns', 'asOf'])),
  row('inconsistent fields', 'columns.asOf (shorter than regionCode)', () => [columns({ asOf: ['2024-07-01'] })], rejects('INVALID_TYPE', ['columns', 'asOf'])),
  row('inconsistent fields', 'columns.population (longer than regionCode)', () => [columns({ population: [1, 2, 3] })], rejects('INVALID_TYPE', ['columns', 'population'])),
  ...numberColumnCases('population'),
  ...numberColumnCases('participants'),
  ...numberColumnCases('activeParticipants'),
  row('inconsistent fields', 'columns.activeParticipants[1] above participants', () => [columnsWithEntry('activeParticipants', 1_050_001)], rejects('INCONSISTENT_COUNTS', ['columns', 'activeParticipants', 1])),
  ...substitute('columns.regionCode[1]', { ...except(GENERIC, 'empty string'), 'number as string': 1801 }, (code) => [columnsWithEntry('regionCode', code)], rejects('INVALID_TYPE', ['columns', 'regionCode', 1])),
  row('empty string', 'columns.regionCode[1]', () => [columnsWithEntry('regionCode', '')], rejects('INVALID_REGION_CODE', ['columns', 'regionCode', 1])),
  row('unknown region code', 'columns.regionCode[1]', () => [columnsWithEntry('regionCode', '99')], rejects('UNKNOWN_PROVINCE', ['columns', 'regionCode', 1])),
  row('sparse array', 'columns.regionCode[0]', () => [columns({ regionCode: [, '18.01'] })], rejects('INVALID_TYPE', ['columns', 'regionCode', 0])),
  row('huge sparse array', 'columns.regionCode', () => [columns({ regionCode: hugeSparse('18.72', '18.01') })], rejects('INVALID_TYPE', ['columns', 'regionCode', 2])),
  row('megabyte key', 'columns', () => [columns({ [MEGABYTE_KEY]: [] })], rejects('INVALID_TYPE', ['columns', MEGABYTE_KEY])),
  ...substitute('columns.asOf[1]', NOT_DATES, (asOf) => [columnsWithEntry('asOf', asOf)], rejects('INVALID_DATE', ['columns', 'asOf', 1])),
  // In field order: the code, then the date, then the counts.
  row('inconsistent fields', 'row 1 (every entry bad)', () => [columns({ regionCode: ['18.72', '99'], asOf: ['2024-07-01', '2023-13-01'], population: [1, -1] })], rejects('UNKNOWN_PROVINCE', ['columns', 'regionCode', 1])),
  row('duplicate snapshots', 'columns row 1 (the same code and date as row 0)', () => [columns({ regionCode: ['18.72', '18.72'] })], rejects('DUPLICATE_SNAPSHOT', ['columns', 'regionCode', 1])),
  row('conflicting snapshots', 'columns row 2 (1872 again, written 18.72, other counts)', () => [{ regionCode: ['1872', '18.01', '18.72'], asOf: ['2024-07-01', '2024-07-01', '2024-07-01'], population: [1, 2, 3], participants: [1, 2, 1] }], rejects('DUPLICATE_SNAPSHOT', ['columns', 'regionCode', 2])),
  row('count above MAX_SAFE_INTEGER', 'columns.population[0] (a Float64Array)', () => [columns({ population: new Float64Array([2 ** 53, 1]) })], rejects('INVALID_COUNT', ['columns', 'population', 0])),
];

// ---------------------------------------------------------------------------------------------
// Reading a table.

const tableRowCases: HostileCase[] = [
  row('valid', 'table, index', () => [childrenTable(), 1], equals(plainRow('18.01', '2024-07-01', 1_100_000, 1_050_000))),
  row('valid', 'table (the parents of a roll-up), index', () => [tableRollUp(childrenTable() as never).parents, 0], equals(plainRow('18', '2024-07-01', 1_270_000, 1_218_000))),
  row('valid', 'table (with active participants)', () => [tableFrom([regencyRow('18.72', '2024-07-01', 10, 9, { activeParticipants: 0 })]), 0], equals(plainRow('18.72', '2024-07-01', 10, 9, 0))),
  row('valid', 'index -0', () => [childrenTable(), -0], equals(plainRow('18.72', '2024-07-01', 170_000, 168_000))),
  ...tableCases((table) => [table, 0]),
  ...substitute('index', { ...NOT_COUNTS, 'empty string': '' }, (index) => [childrenTable(), index], rejects('INVALID_NUMBER', ['index'])),
  row('count above MAX_SAFE_INTEGER', 'index (rowCount: one past the last row)', () => [childrenTable(), 2], rejects('INVALID_NUMBER', ['index'])),
  row('empty array', 'table (no rows)', () => [tableFrom([]), 0], rejects('INVALID_NUMBER', ['index'])),
  row('object', 'index (a boxed number)', () => [childrenTable(), Object(0)], rejects('INVALID_NUMBER', ['index'])),
];

const tableCoverageCases: HostileCase[] = [
  row('valid', 'table', () => [childrenTable()], arrays({ coverageRatio: [168_000 / 170_000, 1_050_000 / 1_100_000], undefinedRows: [] })),
  row('empty array', 'table (no rows)', () => [tableFrom([])], arrays({ coverageRatio: [], undefinedRows: [] })),
  row('population 0', 'table row 1', () => [tableOf([20, 19], [0, 0])], arrays({ coverageRatio: [0.95, 0], undefinedRows: [1] })),
  row('participants above population', 'table row 0', () => [tableOf([1000, 1018])], arrays({ coverageRatio: [1.018], undefinedRows: [] })),
  row('count above MAX_SAFE_INTEGER', 'table row 0 (counts of Number.MAX_SAFE_INTEGER)', () => [tableOf([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], [Number.MAX_SAFE_INTEGER, 1])], arrays({ coverageRatio: [1, 1 / Number.MAX_SAFE_INTEGER], undefinedRows: [] })),
  row('mixed regions', 'table (a province beside a regency)', () => [tableFrom([regencyRow('18', '2024-07-01', 10, 9), regencyRow('18.72', '2024-07-01', 4, 4)])], arrays({ coverageRatio: [0.9, 1], undefinedRows: [] })),
  ...tableCases((table) => [table]),
];

// ---------------------------------------------------------------------------------------------
// Roll-up, growth, rank and tally of a table.

/** The roll-up of {@link childrenTable}: one parent, province 18, of two children. */
const LAMPUNG_ROLL_UP = arrays({ childCounts: [2] });

const tableRollUpCases: HostileCase[] = [
  row('valid', 'table', () => [childrenTable()], returns((result) => {
    const { parents, coverage, childCounts } = result as { parents: never; coverage: { coverageRatio: Float64Array; undefinedRows: readonly number[] }; childCounts: Int32Array };
    expect(parents).toStrictEqual({ rowCount: 1, regionCodes: ['18'], dates: ['2024-07-01'] });
    expect(tableRow(parents, 0)).toStrictEqual(plainRow('18', '2024-07-01', 1_270_000, 1_218_000));
    expect(Array.from(coverage.coverageRatio)).toStrictEqual([1_218_000 / 1_270_000]);
    expect(Array.from(childCounts)).toStrictEqual([2]);
  })),
  row('valid', 'options.to (villages to their regency)', () => [tableFrom([regencyRow('18.72.01.1001', '2024-07-01', 300, 300), regencyRow('18.72.02.1001', '2024-07-01', 100, 92)]), { to: 'regency' }], returns((result) => {
    const { parents, coverage } = result as { parents: never; coverage: { coverageRatio: Float64Array } };
    expect([tableRow(parents, 0), Array.from(coverage.coverageRatio)]).toStrictEqual([plainRow('18.72', '2024-07-01', 400, 392), [0.98]]);
  })),
  row('valid', 'options.to (country)', () => [childrenTable(), { to: 'country' }], returns((result) => expect(tableRow((result as { parents: never }).parents, 0)).toStrictEqual(plainRow('ID', '2024-07-01', 1_270_000, 1_218_000)))),
  row('undefined', 'options', () => [childrenTable(), undefined], LAMPUNG_ROLL_UP),
  row('undefined', 'options.to', () => [childrenTable(), { to: undefined }], LAMPUNG_ROLL_UP),
  row('empty array', 'table (no rows)', () => [tableFrom([])], returns((result) => {
    expect((result as { parents: unknown }).parents).toStrictEqual({ rowCount: 0, regionCodes: [], dates: [] });
  })),
  // Active participants are summed only when every child reported them, as in rollUp.
  row('undefined', 'table row 1 activeParticipants (not reported)', () => [tableFrom([regencyRow('18.72', '2024-07-01', 10, 9, { activeParticipants: 8 }), regencyRow('18.01', '2024-07-01', 10, 9)])], returns((result) => expect(tableRow((result as { parents: never }).parents, 0)).toStrictEqual(plainRow('18', '2024-07-01', 20, 18)))),
  row('unsorted series', 'table (dates out of order)', () => [tableFrom(twoDateRows())], returns((result) => {
    const { parents, childCounts } = result as { parents: never; childCounts: Int32Array };
    expect([tableRow(parents, 0), tableRow(parents, 1), Array.from(childCounts)]).toStrictEqual([plainRow('18', '2024-01-01', 1_170_000, 1_160_000), plainRow('18', '2024-07-01', 1_270_000, 1_218_000), [2, 2]]);
  })),
  row('population 0', 'table (every population 0)', () => [tableOf([0, 0], [0, 0])], returns((result) => expect((result as { coverage: unknown }).coverage).toMatchObject({ undefinedRows: [0] }))),
  row('participants above population', 'table row 0', () => [tableOf([1000, 1018])], returns((result) => expect(Array.from((result as { coverage: { coverageRatio: Float64Array } }).coverage.coverageRatio)).toStrictEqual([1.018]))),
  // One level up from each: a regency's parent and a district's parent differ, so nothing mixes.
  row('mixed regions', 'table (a regency and a district, to parent)', () => [tableFrom([regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('18.01.01', '2024-07-01', 10, 9)])], returns((result) => expect((result as { parents: unknown }).parents).toStrictEqual({ rowCount: 2, regionCodes: ['18', '18.01'], dates: ['2024-07-01'] }))),
  row('mixed regions', 'table row 1 (a district beside a regency, to province)', () => [tableFrom([regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('18.01.01', '2024-07-01', 10, 9)]), { to: 'province' }], rejects('MIXED_REGIONS', [1, 'regionCode'])),
  row('unknown region code', 'table row 0 (a province rolled to its province)', () => [tableFrom([regencyRow('18', '2024-07-01', 10, 9)]), { to: 'province' }], rejects('INVALID_REGION_CODE', [0, 'regionCode'])),
  row('unknown region code', 'table row 1 (the country: no parent)', () => [tableFrom([regencyRow('18', '2024-07-01', 10, 9), regencyRow('ID', '2024-07-01', 10, 9)])], rejects('INVALID_REGION_CODE', [1, 'regionCode'])),
  row('unknown region code', 'table row 0 (a regency rolled to regency)', () => [childrenTable(), { to: 'regency' }], rejects('INVALID_REGION_CODE', [0, 'regionCode'])),
  row('count above MAX_SAFE_INTEGER', 'table row 1 population (the sum)', () => [tableFrom([regencyRow('18.72', '2024-07-01', 2 ** 52, 0), regencyRow('18.01', '2024-07-01', 2 ** 52, 0)])], rejects('INVALID_COUNT', [1, 'population'])),
  row('count above MAX_SAFE_INTEGER', 'table row 1 participants (the sum)', () => [tableFrom([regencyRow('18.72', '2024-07-01', 2 ** 52, 2 ** 52), regencyRow('18.01', '2024-07-01', 2 ** 52 - 1, 2 ** 52)])], rejects('INVALID_COUNT', [1, 'participants'])),
  ...tableCases((table) => [table]),
  ...optionsCases((options) => [childrenTable(), options]),
  ...substitute('options.to', { ...GENERIC, 'unknown option value': 'island', 'number as string': '1' }, (to) => [childrenTable(), { to }], rejects('INVALID_OPTION', ['options', 'to'])).filter((hostile) => hostile.input !== 'undefined'),
  row('valid', 'options.expectedChildren (as in rollUp)', () => [childrenTable(), { expectedChildren: { 18: ['18.01'] } }], returns((result) => {
    expect((result as { missingChildren: unknown }).missingChildren).toEqual([[]]);
  })),
  row('null', 'options.expectedChildren', () => [childrenTable(), { expectedChildren: null }], rejects('INVALID_TYPE', ['options', 'expectedChildren'])),
  row('extra unknown field', 'options.level (the target level is `to`)', () => [childrenTable(), { level: 'province' }], rejects('INVALID_OPTION', ['options', 'level'])),
];

const tableGrowthCases: HostileCase[] = [
  // Steps by region then date, whatever the row order: 18.01 (rows 3 -> 1), then 18.72 (rows 2 -> 0).
  row('valid', 'table', () => [tableFrom(twoDateRows())], arrays({ fromRows: [3, 2], toRows: [1, 0], participantsChange: [50_000, 8_000], coverageChangePp: [(1_050_000 * 100) / 1_100_000 - 100, (168_000 * 100) / 170_000 - (160_000 * 100) / 170_000], undefinedSteps: [] })),
  row('empty array', 'table (no rows)', () => [tableFrom([])], arrays({ fromRows: [], toRows: [], participantsChange: [], coverageChangePp: [], undefinedSteps: [] })),
  row('valid', 'table (one date: no steps)', () => [childrenTable()], arrays({ fromRows: [], undefinedSteps: [] })),
  row('population 0', 'table row 0 (the earlier date)', () => [tableFrom([regencyRow('18.72', '2024-01-01', 0, 0), regencyRow('18.72', '2024-07-01', 10, 9)])], arrays({ participantsChange: [9], coverageChangePp: [0], undefinedSteps: [0] })),
  row('participants above population', 'table row 1', () => [tableFrom([regencyRow('18.72', '2024-01-01', 1000, 1000), regencyRow('18.72', '2024-07-01', 1000, 1018)])], arrays({ participantsChange: [18], coverageChangePp: [101.8 - 100] })),
  row('unsorted series', 'table (rows newest first, unevenly spaced)', () => [tableFrom([regencyRow('18.72', '2024-07-01', 10, 10), regencyRow('18.72', '2020-01-01', 10, 5), regencyRow('18.72', '2024-06-30', 10, 8)])], arrays({ fromRows: [1, 2], toRows: [2, 0], participantsChange: [3, 2] })),
  row('mixed regions', 'table (a province and its regency: separate regions)', () => [tableFrom([regencyRow('18', '2024-01-01', 10, 9), regencyRow('18.72', '2024-07-01', 4, 4), regencyRow('18', '2024-07-01', 10, 10)])], arrays({ fromRows: [0], toRows: [2], participantsChange: [1] })),
  row('count above MAX_SAFE_INTEGER', 'table (counts of Number.MAX_SAFE_INTEGER)', () => [tableFrom([regencyRow('18.72', '2024-01-01', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), regencyRow('18.72', '2024-07-01', Number.MAX_SAFE_INTEGER, 0)])], arrays({ participantsChange: [-Number.MAX_SAFE_INTEGER], coverageChangePp: [-100] })),
  ...tableCases((table) => [table]),
];

const tableRankCases: HostileCase[] = [
  row('valid', 'table', () => [childrenTable()], arrays({ ranks: [1, 2], order: [0, 1], dateOffsets: [0, 2] })),
  row('valid', 'table (3/4 and 75/100 tie; then 7/10)', () => [tableOf([10, 7], [4, 3], [100, 75])], arrays({ ranks: [3, 1, 1], order: [1, 2, 0] })),
  row('valid', 'options.ties dense', () => [tableOf([10, 7], [4, 3], [100, 75]), { ties: 'dense' }], arrays({ ranks: [2, 1, 1] })),
  row('valid', 'options.ties ordinal (row order breaks ties)', () => [tableOf([10, 7], [4, 3], [100, 75]), { ties: 'ordinal' }], arrays({ ranks: [3, 1, 2] })),
  // Near 100% with counts near 2^53, doubles cannot tell these coverages apart; the exact comparison can.
  row('count above MAX_SAFE_INTEGER', 'table (coverages a double cannot separate)', () => [tableOf([2 ** 53 - 2, 2 ** 53 - 3], [2 ** 53 - 1, 2 ** 53 - 2])], arrays({ ranks: [2, 1] })),
  row('undefined', 'options', () => [childrenTable(), undefined], arrays({ ranks: [1, 2] })),
  row('undefined', 'options.ties', () => [tableOf([4, 3], [100, 75]), { ties: undefined }], arrays({ ranks: [1, 1] })),
  row('empty array', 'table (no rows)', () => [tableFrom([])], arrays({ ranks: [], order: [], dateOffsets: [0] })),
  row('population 0', 'table rows 0 and 2 (no coverage: last, tied)', () => [tableOf([0, 0], [10, 1], [0, 0])], arrays({ ranks: [2, 1, 2], order: [1, 0, 2] })),
  row('participants above population', 'table row 1', () => [tableOf([1000, 1000], [1000, 1018])], arrays({ ranks: [2, 1] })),
  row('unsorted series', 'table (dates out of order: ranked within each date)', () => [tableFrom(twoDateRows())], arrays({ ranks: [1, 2, 2, 1], order: [3, 2, 0, 1], dateOffsets: [0, 2, 4] })),
  row('mixed regions', 'table (a province beside its regencies: ranked together)', () => [tableFrom([regencyRow('18', '2024-07-01', 10, 9), ...lampungChildren()])], arrays({ ranks: [3, 1, 2] })),
  ...tableCases((table) => [table]),
  ...optionsCases((options) => [childrenTable(), options]),
  ...substitute('options.ties', { ...except(GENERIC, 'undefined'), 'unknown option value': 'random', 'number as string': '1' }, (ties) => [childrenTable(), { ties }], rejects('INVALID_OPTION', ['options', 'ties'])),
  row('empty array', 'options.keys (as in rank)', () => [childrenTable(), { keys: [] }], rejects('EMPTY_INPUT', ['options', 'keys'])),
  row('null', 'options.keys', () => [childrenTable(), { keys: null }], rejects('INVALID_TYPE', ['options', 'keys'])),
  row('extra unknown field', 'options.tie', () => [childrenTable(), { tie: 'dense' }], rejects('INVALID_OPTION', ['options', 'tie'])),
];

/** A table for the tally: 19/20 (95%: met), 18 999/20 000 (94.995%: not), 0/0 (unknown), on 2023-03-01; 20/20 on 2024-08-01. */
/** A coverage-only target of one threshold. */
function coverageTarget(thresholdPct: number, operator: TargetOperator = '>='): Target {
  return defineTarget({ id: 'COVERAGE', name: 'test target', kind: 'plan', source: 'test', validFrom: '2015-01-01', conditions: [{ metric: 'coverage', operator, thresholdPct }] });
}

function tallyTable(): unknown {
  return tableFrom([
    regencyRow('33.10', '2023-03-01', 20, 19),
    regencyRow('33.11', '2023-03-01', 20_000, 18_999),
    regencyRow('33.12', '2023-03-01', 0, 0),
    regencyRow('33.10', '2024-08-01', 20, 20),
  ]);
}

const tableCountMeetingCases: HostileCase[] = [
  row('valid', 'table', () => [tallyTable(), UHC_2015_2019], arrays({ dates: ['2023-03-01', '2024-08-01'], met: [1, 1], notMet: [1, 0], unknown: [1, 0] })),
  row('valid', 'options (98%, more than)', () => [tallyTable(), coverageTarget(98, '>')], arrays({ met: [0, 1], notMet: [2, 0], unknown: [1, 0] })),
  row('valid', 'options.thresholdPct 0 (every row with a coverage meets it)', () => [tallyTable(), coverageTarget(0)], arrays({ met: [2, 1], notMet: [0, 0], unknown: [1, 0] })),
  row('fractional count', 'options.thresholdPct 94.995 (a percentage, exact)', () => [tallyTable(), coverageTarget(94.995)], arrays({ met: [2, 1], notMet: [0, 0] })),
  row('undefined', 'options', () => [tallyTable(), UHC_2015_2019, undefined], arrays({ met: [1, 1] })),
  row('undefined', 'options.level', () => [tallyTable(), UHC_2015_2019, { level: undefined }], arrays({ met: [1, 1] })),
  row('empty array', 'table (no rows)', () => [tableFrom([]), UHC_2015_2019], arrays({ dates: [], met: [], notMet: [], unknown: [] })),
  row('population 0', 'table (every population 0)', () => [tableOf([0, 0], [0, 0]), UHC_2015_2019], arrays({ met: [0], notMet: [0], unknown: [2] })),
  row('participants above population', 'table row 0', () => [tableOf([1000, 1018]), coverageTarget(101.8)], arrays({ met: [1], notMet: [0] })),
  // Thresholds have no upper bound (coverage can pass 100%): a huge one is compared exactly, never as NaN.
  row('count above MAX_SAFE_INTEGER', 'options.thresholdPct 1e300', () => [tallyTable(), coverageTarget(1e300)], arrays({ met: [0, 0], notMet: [2, 1], unknown: [1, 0] })),
  row('valid', 'options.thresholdPct 5e-324 (tiny, exact)', () => [tableOf([10, 0], [10, 1]), coverageTarget(5e-324)], arrays({ met: [1], notMet: [1] })),
  // (2^53 - 2) / (2^53 - 1) is 99.999999999999988...%, which meets 99.99999999999997%; (2^53 - 4) / (2^53 - 1) does not.
  row('count above MAX_SAFE_INTEGER', 'table (counts near 2^53: products past 2^53, compared exactly)', () => [tableOf([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1], [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 3]), coverageTarget(99.99999999999997)], arrays({ met: [1], notMet: [1] })),
  row('mixed regions', 'options.level (only the regencies counted)', () => [tableFrom([regencyRow('18', '2024-07-01', 10, 9), ...lampungChildren()]), UHC_2015_2019, { level: 'regency' }], arrays({ met: [2], notMet: [0], unknown: [0] })),
  row('mixed regions', 'options.level (a level without rows)', () => [childrenTable(), UHC_2015_2019, { level: 'village' }], arrays({ met: [0], notMet: [0], unknown: [0] })),
  row('unsorted series', 'table (dates out of order)', () => [tableFrom(twoDateRows()), UHC_2015_2019], arrays({ dates: ['2024-01-01', '2024-07-01'], met: [1, 2], notMet: [1, 0] })),
  ...tableCases((table) => [table, UHC_2015_2019]),
  ...optionsCases((options) => [tallyTable(), UHC_2015_2019, options]),
  ...substitute('target', { ...except(GENERIC, 'object'), 'number as string': '95' }, (target) => [tallyTable(), target], rejects('INVALID_TYPE', ['target'])),
  row('valid', 'target BPJS_UHC_2025 (activity needed: rows without it are unknown)', () => [tallyTable(), BPJS_UHC_2025], arrays({ met: [0, 0], notMet: [2, 0], unknown: [1, 1] })),
  ...substitute('options.level', { ...except(GENERIC, 'undefined'), 'unknown option value': 'island', 'number as string': '2' }, (level) => [tallyTable(), UHC_2015_2019, { level }], rejects('INVALID_OPTION', ['options', 'level'])),
  row('extra unknown field', 'options.thresholdPct (the target says it)', () => [tallyTable(), UHC_2015_2019, { thresholdPct: 95 }], rejects('INVALID_OPTION', ['options', 'thresholdPct'])),
];

// ---------------------------------------------------------------------------------------------
// The whole pipeline from objects.

/** Expect the analysis of {@link lampungChildren}, with the default options. */
const LAMPUNG_ANALYSIS = returns((result) => {
  const analysis = result as Record<string, Record<string, unknown>>;
  expect(Object.keys(analysis)).toStrictEqual(['table', 'coverage', 'rollUp', 'growth', 'rank', 'tally']);
  expect(analysis['table']).toStrictEqual(CHILDREN_FACE);
  expect(Array.from(analysis['coverage']?.['coverageRatio'] as Float64Array)).toStrictEqual([168_000 / 170_000, 1_050_000 / 1_100_000]);
  expect(tableRow(analysis['rollUp']?.['parents'] as never, 0)).toStrictEqual(plainRow('18', '2024-07-01', 1_270_000, 1_218_000));
  expect(Array.from(analysis['growth']?.['fromRows'] as Int32Array)).toStrictEqual([]);
  expect(Array.from(analysis['rank']?.['ranks'] as Int32Array)).toStrictEqual([1, 2]);
  expect(Array.from(analysis['tally']?.['met'] as Int32Array)).toStrictEqual([2]);
});

/** A part of the analysis through `pick`, typed arrays read as plain arrays. */
function analysisPart(pick: (analysis: Record<string, Record<string, unknown>>) => unknown, expected: unknown): ReturnType<typeof returns> {
  return returns((result) => {
    const part = pick(result as Record<string, Record<string, unknown>>);
    expect(ArrayBuffer.isView(part) ? Array.from(part as unknown as ArrayLike<number>) : part).toStrictEqual(expected);
  });
}

const analyzeSnapshotsCases: HostileCase[] = [
  row('valid', 'snapshots', () => [lampungChildren()], LAMPUNG_ANALYSIS),
  row('valid', 'options (every step)', () => [twoDateRows(), { rollUp: { to: 'country' }, rank: { ties: 'ordinal' }, target: coverageTarget(98, '>'), countMeeting: { level: 'regency' } }], returns((result) => {
    const analysis = result as Record<string, Record<string, unknown>>;
    expect((analysis['rollUp']?.['parents'] as { regionCodes: unknown }).regionCodes).toStrictEqual(['ID']);
    expect(Array.from(analysis['rank']?.['ranks'] as Int32Array)).toStrictEqual([1, 2, 2, 1]);
    expect(Array.from(analysis['tally']?.['met'] as Int32Array)).toStrictEqual([1, 1]);
    expect(Array.from(analysis['growth']?.['participantsChange'] as Float64Array)).toStrictEqual([50_000, 8_000]);
  })),
  row('undefined', 'options', () => [lampungChildren(), undefined], LAMPUNG_ANALYSIS),
  row('undefined', 'options.rollUp, options.rank, options.countMeeting', () => [lampungChildren(), { rollUp: undefined, rank: undefined, countMeeting: undefined }], LAMPUNG_ANALYSIS),
  row('empty array', 'snapshots', () => [[]], analysisPart((analysis) => analysis['table'], { rowCount: 0, regionCodes: [], dates: [] })),
  row('population 0', 'snapshots[1].population', () => [[regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('18.01', '2024-07-01', 0, 0)]], analysisPart((analysis) => analysis['tally']?.['unknown'], [1])),
  row('participants above population', 'snapshots[0].participants', () => [[regencyRow('18.72', '2024-07-01', 1000, 1018)]], analysisPart((analysis) => analysis['coverage']?.['coverageRatio'], [1.018])),
  row('unsorted series', 'snapshots (dates out of order)', () => [twoDateRows()], analysisPart((analysis) => analysis['growth']?.['toRows'], [1, 0])),
  row('extra unknown field', 'snapshots[0].name', () => [[regencyRow('18.72', '2024-07-01', 10, 9, { name: 'Kota Metro' })]], analysisPart((analysis) => analysis['table'], { rowCount: 1, regionCodes: ['18.72'], dates: ['2024-07-01'] })),
  ...snapshotRowsCases((rows) => [rows]),
  // Rows that cannot roll up fail as in tableRollUp, after the rows are found valid.
  row('mixed regions', 'snapshots[1] (a district beside a regency, to province)', () => [[regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('18.01.01', '2024-07-01', 10, 9)], { rollUp: { to: 'province' } }], rejects('MIXED_REGIONS', [1, 'regionCode'])),
  row('unknown region code', 'snapshots[0] (the country: no parent)', () => [[regencyRow('ID', '2024-07-01', 10, 9)]], rejects('INVALID_REGION_CODE', [0, 'regionCode'])),
  row('count above MAX_SAFE_INTEGER', 'snapshots[1].population (the roll-up sum)', () => [[regencyRow('18.72', '2024-07-01', 2 ** 52, 0), regencyRow('18.01', '2024-07-01', 2 ** 52, 0)]], rejects('INVALID_COUNT', [1, 'population'])),
  // Bad rows before rows that cannot roll up: row 1's count, though row 0 is the country.
  row('inconsistent fields', 'snapshots[1].population, after the country at snapshots[0]', () => [[regencyRow('ID', '2024-07-01', 10, 9), regencyRow('18', '2024-07-01', -1, 9)]], rejects('INVALID_COUNT', [1, 'population'])),
  // Options are checked first: a bad option wins over bad snapshots.
  row('inconsistent fields', 'options.rank.ties, with snapshots null', () => [null, { rank: { ties: 'random' } }], rejects('INVALID_OPTION', ['options', 'rank', 'ties'])),
  ...optionsCases((options) => [lampungChildren(), options]),
  row('extra unknown field', 'options.tally', () => [lampungChildren(), { tally: {} }], rejects('INVALID_OPTION', ['options', 'tally'])),
  row('extra unknown field', 'options.to (a step option at the top)', () => [lampungChildren(), { to: 'province' }], rejects('INVALID_OPTION', ['options', 'to'])),
  ...optionsCases((rollUp) => [lampungChildren(), { rollUp }], ['options', 'rollUp']),
  ...optionsCases((rank) => [lampungChildren(), { rank }], ['options', 'rank']),
  ...optionsCases((countMeeting) => [lampungChildren(), { countMeeting }], ['options', 'countMeeting']),
  row('unknown option value', 'options.rollUp.to', () => [lampungChildren(), { rollUp: { to: 'island' } }], rejects('INVALID_OPTION', ['options', 'rollUp', 'to'])),
  row('null', 'options.rollUp.to', () => [lampungChildren(), { rollUp: { to: null } }], rejects('INVALID_OPTION', ['options', 'rollUp', 'to'])),
  row('null', 'options.rollUp.expectedChildren', () => [lampungChildren(), { rollUp: { expectedChildren: null } }], rejects('INVALID_TYPE', ['options', 'rollUp', 'expectedChildren'])),
  row('unknown option value', 'options.rank.ties', () => [lampungChildren(), { rank: { ties: 'random' } }], rejects('INVALID_OPTION', ['options', 'rank', 'ties'])),
  row('null', 'options.rank.ties', () => [lampungChildren(), { rank: { ties: null } }], rejects('INVALID_OPTION', ['options', 'rank', 'ties'])),
  ...substitute('options.target', { ...except(GENERIC, 'object', 'undefined'), 'number as string': '95' }, (target) => [lampungChildren(), { target }], rejects('INVALID_TYPE', ['options', 'target'])),
  row('extra unknown field', 'options.countMeeting.thresholdPct (the target says it)', () => [lampungChildren(), { countMeeting: { thresholdPct: 95 } }], rejects('INVALID_OPTION', ['options', 'countMeeting', 'thresholdPct'])),
  row('unknown option value', 'options.countMeeting.level', () => [lampungChildren(), { countMeeting: { level: 'kota' } }], rejects('INVALID_OPTION', ['options', 'countMeeting', 'level'])),
];

export const BULK_CATALOGUE: Catalogue = {
  tableFromSnapshots: { cases: tableFromSnapshotsCases },
  tableFromColumns: { cases: tableFromColumnsCases },
  tableRow: { cases: tableRowCases },
  tableCoverage: { cases: tableCoverageCases },
  tableRollUp: { cases: tableRollUpCases },
  tableGrowth: { cases: tableGrowthCases },
  tableRank: { cases: tableRankCases },
  tableCountMeeting: { cases: tableCountMeetingCases },
  analyzeSnapshots: { cases: analyzeSnapshotsCases },
};
