// The fixture is a table as Excel exports it in an Indonesian locale: BOM, CRLF, `;`, quoted
// counts with thousands separators, names instead of codes, dd/mm/yyyy days beside a month
// column, a branch column, non-active counts, and three bad rows (an ambiguous name, a name
// that matches nothing, a count with a letter O for a zero). The counts are illustrative; the
// names go through the real directory (`lookupRegion` of `uhc-metrics/regions`).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rollUpToAreas } from '../../src/areas/roll-up-to-areas.js';
import { parseFigure } from '../../src/figures/parse-figure.js';
import { snapshotsFromRows } from '../../src/tables/snapshots-from-rows.js';
import { lookupRegion } from '../../src/regions/lookup-region.js';

const FILE = new URL('../fixtures/kepesertaan-kabupaten-2024.csv', import.meta.url);
const bytes = readFileSync(FILE);
const rows: Record<string, string>[] = parse(bytes, { delimiter: ';', bom: true, columns: true, skip_empty_lines: true });
const coverage = (text: string) => parseFigure(text, { kind: 'percent' });

describe('the Excel export fixture', () => {
  it('is byte-exact as exported: a BOM, CRLF line ends, `;` and quoted counts', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(11);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain(';"1.077.664";');
    expect(rows).toHaveLength(9);
  });

  const result = snapshotsFromRows(rows, { lookupRegion, dayFormat: 'dd/mm/yyyy' });

  it('recognises every column from its Indonesian header', () => {
    expect(result.columns).toEqual({
      Kode: 'regionCode',
      'Kabupaten/Kota': 'regionName',
      'Kantor Cabang': 'branch',
      Bulan: 'month',
      Tanggal: 'asOf',
      'Jumlah Penduduk': 'population',
      'Jumlah Peserta': 'participants',
      'Peserta Aktif': 'activeParticipants',
      Nonaktif: 'nonActiveParticipants',
      'Cakupan (%)': 'coverage',
    });
  });

  it('gives exactly the expected snapshots: days where the table gives days, months where it gives only months', () => {
    expect(result.snapshots).toEqual([
      {
        regionCode: '18.01', asOf: '2024-07-01', population: 1_077_664, participants: 1_058_127,
        activeParticipants: 741_302, nonActiveParticipants: 316_825, printed: { coverage: coverage('98,19') },
      },
      {
        regionCode: '18.72', asOf: '2024-07', population: 175_360, participants: 178_513,
        activeParticipants: 140_000, nonActiveParticipants: 38_513, printed: { coverage: coverage('101,80') },
      },
      {
        regionCode: '18.07', asOf: '2024-07', population: 1_134_515, participants: 1_061_903,
        activeParticipants: 702_557, nonActiveParticipants: 358_356, printed: { coverage: coverage('93,60') },
      },
      {
        regionCode: '18.02', asOf: '2024-07', population: 1_503_041, participants: 1_429_878,
        activeParticipants: 963_011, nonActiveParticipants: 466_867, printed: { coverage: coverage('95,13') },
      },
      {
        regionCode: '18.08', asOf: '2024-07-01', population: 487_150, participants: 470_912,
        activeParticipants: 301_220, nonActiveParticipants: 169_692, printed: { coverage: coverage('96,67') },
      },
      {
        regionCode: '18.72', asOf: '2024-08', population: 175_360, participants: 178_950,
        activeParticipants: 141_200, nonActiveParticipants: 37_750, printed: { coverage: coverage('102,05') },
      },
    ]);
    expect(result.snapshotRows).toEqual([0, 1, 2, 3, 4, 8]);
  });

  it('gives exactly the expected issues, one per bad cell, with row, column and value', () => {
    expect(result.issues.map(({ candidates, message, reason, ...rest }) => ({ ...rest, candidates: candidates?.map((c) => c.code) }))).toEqual([
      { code: 'AMBIGUOUS_REGION', row: 5, column: 'Kabupaten/Kota', value: 'Blitar', candidates: ['35.05', '35.72'] },
      { code: 'UNKNOWN_REGION', row: 6, column: 'Kabupaten/Kota', value: 'Kab. Lampung Tenggara', candidates: ['18.02', '18.03', '81.02'] },
      { code: 'INVALID_COUNT', row: 7, column: 'Jumlah Peserta', value: '1.2O9.000', candidates: undefined },
    ]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'rows[5], column "Kabupaten/Kota": "Blitar" names more than one region (Kabupaten Blitar 35.05, Kota Blitar 35.72): write it in full or give the code',
      'rows[6], column "Kabupaten/Kota": "Kab. Lampung Tenggara" names no region (nearest: Kabupaten Lampung Tengah 18.02, Kabupaten Lampung Utara 18.03, Kabupaten Maluku Tenggara 81.02)',
      expect.stringMatching(/^rows\[7\], column "Jumlah Peserta": "1\.2O9\.000" must be a printed figure/),
    ]);
    // The message is the place, then the reason, which a caller that words the place itself reads alone.
    expect(result.issues.map((issue) => issue.message)).toEqual(
      result.issues.map((issue) => `rows[${String(issue.row)}], column ${JSON.stringify(issue.column)}: ${issue.reason}`),
    );
  });

  it('loses no row: each is a snapshot or has an issue', () => {
    const reported = new Set(result.issues.map((issue) => issue.row));
    rows.forEach((_row, index) => expect(result.snapshotRows.includes(index) !== reported.has(index), `row ${index}`).toBe(true));
  });

  it('reports, not hides, the Lampung Timur row whose active and non-active fall 990 short', () => {
    expect(result.notes.map(({ row, note }) => [row, note.code, 'peopleDifference' in note ? note.peopleDifference : note.peopleAbovePopulation])).toEqual([
      [1, 'PARTICIPANTS_ABOVE_POPULATION', 3_153],
      [2, 'ACTIVE_AND_NON_ACTIVE_DO_NOT_SUM', -990],
      [8, 'PARTICIPANTS_ABOVE_POPULATION', 3_590],
    ]);
  });

  it('turns the branch column into areas, and rolls the regencies up to their branch', () => {
    expect(result.areas).toEqual([
      { id: 'KC Kalianda', name: 'KC Kalianda', members: ['18.01'] },
      { id: 'KC Metro', name: 'KC Metro', members: ['18.02', '18.07', '18.72'] },
      { id: 'KC Kotabumi', name: 'KC Kotabumi', members: ['18.08'] },
      { id: 'KC Bandar Lampung', name: 'KC Bandar Lampung', members: ['18.71'] },
    ]);
    const metro = rollUpToAreas(result.snapshots, result.areas.filter((area) => area.id === 'KC Metro'));
    expect(metro).toEqual([
      {
        areaId: 'KC Metro', asOf: '2024-07',
        population: 175_360 + 1_134_515 + 1_503_041, participants: 178_513 + 1_061_903 + 1_429_878,
        activeParticipants: 140_000 + 702_557 + 963_011, nonActiveParticipants: 38_513 + 358_356 + 466_867,
        members: ['18.02', '18.07', '18.72'], missingMembers: [],
      },
      {
        areaId: 'KC Metro', asOf: '2024-08', population: 175_360, participants: 178_950,
        activeParticipants: 141_200, nonActiveParticipants: 37_750, members: ['18.72'], missingMembers: ['18.02', '18.07'],
      },
    ]);
  });
});
