import { expect } from 'vitest';
import { lookupRegion } from '../../../src/regions/lookup-region.js';
import { GENERIC, MEGABYTE_KEY, NOT_COUNTS, NOT_STRINGS, except, hugeSparse, rejects, returns, row, substitute, type Catalogue, type HostileCase } from '../hostile-case.js';
import { equals, hasFields } from './expect-helpers.js';

// Real tables: dates as published, areas, participants-only growth, rows to snapshots.

// Factories, not constants: each call gets fresh arguments (one of the two calls freezes them).
const ROW = () => ({ Kode: '18.72', Bulan: 'Agustus 2024', 'Jumlah Penduduk': '175.360', 'Jumlah Peserta': '178.513' });
const METRO = () => ({ regionCode: '18.72', asOf: '2024-08', population: 200, participants: 198 });
const AREA = () => ({ id: 'kc-metro', name: 'KC Metro', members: ['18.72', '18.07'] });

/** The issue codes of a snapshotsFromRows result. */
function issueCodes(codes: readonly string[]) {
  return returns((result) => expect((result as { issues: readonly { code: string }[] }).issues.map((issue) => issue.code)).toEqual(codes));
}

const parseReportDateCases: HostileCase[] = [
  row('valid', 'value', () => ['Agustus 2024'], equals('2024-08')),
  row('valid', 'value (dd/mm/yyyy, said so)', () => ['01/07/2024', { dayFormat: 'dd/mm/yyyy' }], equals('2024-07-01')),
  ...substitute('value', NOT_STRINGS, (value) => [value], rejects('INVALID_DATE', [])),
  row('empty string', 'value', () => [''], rejects('INVALID_DATE', [])),
  row('impossible date 2023-02-30', 'value', () => ['30 Februari 2023'], rejects('INVALID_DATE', [])),
  row('impossible date 2023-13-01', 'value', () => ['2023-13'], rejects('INVALID_DATE', [])),
  row('number as string', 'value', () => ['20230101'], rejects('INVALID_DATE', [])),
  row('unknown option value', 'options.dayFormat', () => ['01/07/2024', { dayFormat: 'mm/dd/yyyy' }], rejects('INVALID_OPTION', ['options', 'dayFormat'])),
  row('extra unknown field', 'options.format', () => ['2024-08', { format: 'x' }], rejects('INVALID_OPTION', ['options', 'format'])),
];

const participantsGrowthCases: HostileCase[] = [
  row('valid', 'from, to', () => [{ asOf: '2024-07', participants: 100 }, { asOf: '2024-08', participants: 110 }], hasFields({ elapsedDays: 31, participantsChange: 10 })),
  ...substitute('from', except(GENERIC, 'object'), (from) => [from, { asOf: '2024-08', participants: 1 }], rejects('INVALID_TYPE', ['from'])),
  ...substitute('to.participants', NOT_COUNTS, (participants) => [{ asOf: '2024-07', participants: 1 }, { asOf: '2024-08', participants }], rejects('INVALID_COUNT', ['to', 'participants'])),
  row('impossible date 2023-13-01', 'from.asOf', () => [{ asOf: '2023-13', participants: 1 }, { asOf: '2024-08', participants: 1 }], rejects('INVALID_DATE', ['from', 'asOf'])),
  row('unsorted series', 'to.asOf (before from)', () => [{ asOf: '2024-08', participants: 1 }, { asOf: '2024-07', participants: 1 }], rejects('INVALID_DATE', ['to', 'asOf'])),
  row('duplicate snapshots', 'to.asOf (the same instant: August is its last day)', () => [{ asOf: '2024-08', participants: 1 }, { asOf: '2024-08-31', participants: 2 }], rejects('INVALID_DATE', ['to', 'asOf'])),
  row('extra unknown field', 'to.note', () => [{ asOf: '2024-07', participants: 1 }, { asOf: '2024-08', participants: 1, note: 'x' }], hasFields({ participantsChange: 0 })),
];

const defineAreaCases: HostileCase[] = [
  row('valid', 'input', () => [AREA()], equals({ id: 'kc-metro', name: 'KC Metro', members: ['18.07', '18.72'] })),
  row('valid', 'input.members (names)', () => [{ id: 'x', members: ['Kota Metro'] }, { lookupRegion, province: '18' }], hasFields({ members: ['18.72'] })),
  ...substitute('input', except(GENERIC, 'object'), (input) => [input], rejects('INVALID_TYPE', [])),
  ...substitute('input.members', except(GENERIC, 'array'), (members) => [{ id: 'x', members }], rejects('INVALID_TYPE', ['members'])),
  row('empty array', 'input.members', () => [{ id: 'x', members: [] }], rejects('INVALID_AREA', ['members'])),
  row('duplicate entries', 'input.members[1]', () => [{ id: 'x', members: ['18.72', '1872'] }], rejects('INVALID_AREA', ['members', 1])),
  row('unknown region code', 'input.members[0]', () => [{ id: 'x', members: ['99.01'] }], rejects('UNKNOWN_PROVINCE', ['members', 0])),
  row('sparse array', 'input.members[0]', () => [{ id: 'x', members: [, '18.72'] }], rejects('INVALID_TYPE', ['members', 0])),
  row('empty string', 'input.id', () => [{ id: '', members: ['18'] }], rejects('INVALID_TYPE', ['id'])),
  row('unknown option value', 'options.province', () => [AREA(), { province: '18.72' }], rejects('INVALID_OPTION', ['options', 'province'])),
  row('extra unknown field', 'options.scope', () => [AREA(), { scope: 1 }], rejects('INVALID_OPTION', ['options', 'scope'])),
];

const rollUpToAreasCases: HostileCase[] = [
  row('valid', 'snapshots, areas', () => [[METRO()], [AREA()]], returns((result) => expect(result).toMatchObject([{ areaId: 'kc-metro', population: 200, missingMembers: ['18.07'] }]))),
  ...substitute('snapshots', except(GENERIC, 'array'), (snapshots) => [snapshots, [AREA()]], rejects('INVALID_TYPE', [])),
  ...substitute('areas', except(GENERIC, 'array'), (areas) => [[METRO()], areas], rejects('INVALID_TYPE', ['areas'])),
  ...substitute('snapshots[0].population', NOT_COUNTS, (population) => [[{ ...METRO(), population }], [AREA()]], rejects('INVALID_COUNT', [0, 'population'])),
  row('duplicate snapshots', 'snapshots[1]', () => [[METRO(), METRO()], [AREA()]], rejects('DUPLICATE_SNAPSHOT', [1])),
  row('duplicate entries', 'areas[1].id', () => [[METRO()], [AREA(), AREA()]], rejects('INVALID_AREA', ['areas', 1, 'id'])),
  row('empty array', 'areas', () => [[METRO()], []], equals([])),
];

const snapshotsFromRowsCases: HostileCase[] = [
  row('valid', 'rows', () => [[ROW()]], returns((result) => expect((result as { snapshots: unknown[] }).snapshots).toEqual([{ regionCode: '18.72', asOf: '2024-08', population: 175_360, participants: 178_513 }]))),
  row('empty array', 'rows', () => [[]], hasFields({ snapshots: [], issues: [] })),
  ...substitute('rows', except(GENERIC, 'array'), (rows) => [rows], rejects('INVALID_TYPE', ['rows'])),
  ...substitute('rows[0]', except(GENERIC, 'object'), (first) => [[first]], rejects('INVALID_TYPE', ['rows', 0])),
  row('sparse array', 'rows[1]', () => [[ROW(), , ROW()]], rejects('INVALID_TYPE', ['rows', 1])),
  row('huge sparse array', 'rows', () => [hugeSparse(ROW())], rejects('INVALID_TYPE', ['rows', 1])),
  row('megabyte key', 'rows[0] (a header of a megabyte)', () => [[{ ...ROW(), [MEGABYTE_KEY]: 'x' }]], returns((result) => {
    // The issue names the column with its header cut short.
    const { issues } = result as { issues: readonly { code: string; message: string }[] };
    expect(issues.map((issue) => issue.code)).toEqual(['UNKNOWN_COLUMN']);
    expect(issues[0]?.message.length).toBeLessThan(500);
  })),
  row('many bad rows', 'rows (2 000 with a bad count)', () => [Array.from({ length: 2_000 }, () => ({ ...ROW(), 'Jumlah Peserta': 'x' }))], returns((result) => {
    expect((result as { issues: readonly unknown[] }).issues).toHaveLength(2_000);
  })),
  row('impossible date 2023-13-01', 'rows[0].Bulan', () => [[{ ...ROW(), Bulan: '2023-13' }]], issueCodes(['INVALID_DATE'])),
  row('number as string', 'rows[0]["Jumlah Peserta"]', () => [[{ ...ROW(), 'Jumlah Peserta': '178.5l3' }]], issueCodes(['INVALID_COUNT'])),
  row('inconsistent fields', 'rows[0].Aktif', () => [[{ ...ROW(), Aktif: '200.000' }]], issueCodes(['INCONSISTENT_COUNTS'])),
  row('duplicate snapshots', 'rows[1]', () => [[ROW(), ROW()]], issueCodes(['DUPLICATE_SNAPSHOT'])),
  row('extra unknown field', 'rows[0].Catatan', () => [[{ ...ROW(), Catatan: 'x' }]], issueCodes(['UNKNOWN_COLUMN'])),
  row('unknown option value', 'options.unknownColumns', () => [[ROW()], { unknownColumns: 'drop' }], rejects('INVALID_OPTION', ['options', 'unknownColumns'])),
];

/** The tables part of the catalogue. */
export const TABLES_CATALOGUE: Catalogue = {
  parseReportDate: { cases: parseReportDateCases },
  participantsGrowth: { cases: participantsGrowthCases },
  defineArea: { cases: defineAreaCases },
  rollUpToAreas: { cases: rollUpToAreasCases },
  snapshotsFromRows: { cases: snapshotsFromRowsCases },
};
