import { describe, expect, it } from 'vitest';
import { createSnapshot } from '../../src/models/create-snapshot.js';
import { lookupRegion } from '../../src/regions/lookup-region.js';
import { snapshotsFromRows } from '../../src/tables/snapshots-from-rows.js';
import { errorOf } from '../support/caught-error.js';

const compact = (issues: readonly { code: string; row?: number; column?: string; value?: string }[]) =>
  issues.map((issue) => [issue.code, issue.row, issue.column, issue.value]);

describe('snapshotsFromRows', () => {
  it('reads segments as printed: PPU undivided, "PBI APBD" for pbpuPemda, with the segment-sum note', () => {
    const { snapshots, notes, issues } = snapshotsFromRows([
      {
        Kode: '33.10', Tanggal: '1 Juli 2024', Penduduk: '1.000', Peserta: '990', PBI: '500', 'PBI APBD': '200',
        PPU: '150', 'PBPU / Mandiri': '', Mandiri: '100', BP: '30',
      },
    ], { columns: { pbpu: 'Mandiri' }, unknownColumns: 'ignore' });
    expect(issues).toEqual([]);
    expect(snapshots).toEqual([
      {
        regionCode: '33.10', asOf: '2024-07-01', population: 1000, participants: 990,
        segments: { pbiApbn: 500, pbpuPemda: 200, ppu: 150, pbpu: 100, bp: 30 },
      },
    ]);
    expect(notes.map(({ row, note }) => [row, note.code, note.message])).toEqual([
      [0, 'SEGMENTS_DO_NOT_SUM', 'the five segments (PPU undivided) total 980 people, 10 fewer than the 990 participants'],
    ]);
  });

  it('reports PPU given both undivided and split, once, at the PPU column', () => {
    const { issues } = snapshotsFromRows([{ Kode: '18', Bulan: '2024-08', Penduduk: '10', Peserta: '9', PPU: '3', 'PPU PN': '1' }]);
    expect(compact(issues)).toEqual([['INCONSISTENT_COUNTS', 0, 'PPU', '3']]);
  });

  it('maps columns explicitly, reads English numbers, and uses the table date when no column gives one', () => {
    const { snapshots, columns, issues } = snapshotsFromRows(
      [{ Region: '18.72', 'Pop.': '175,000', Members: '171,000', Note: 'x' }],
      { columns: { regionCode: 'Region', population: 'Pop.', participants: 'Members' }, asOf: 'Juli 2024', locale: 'en' },
    );
    expect(snapshots).toEqual([{ regionCode: '18.72', asOf: '2024-07', population: 175_000, participants: 171_000 }]);
    expect(columns).toEqual({ Region: 'regionCode', 'Pop.': 'population', Members: 'participants', Note: undefined });
    expect(compact(issues)).toEqual([['UNKNOWN_COLUMN', undefined, 'Note', undefined]]);
    expect([issues[0]?.reason, issues[0]?.message]).toEqual([
      "names no field: map it with options.columns or pass unknownColumns: 'ignore'",
      'column "Note" names no field: map it with options.columns or pass unknownColumns: \'ignore\'',
    ]);
  });

  it('reads counts the figure parser reads exactly ("8.911.770 jiwa"), and reports hedged ones', () => {
    const { snapshots, issues } = snapshotsFromRows([
      { Kode: '18', Tanggal: '2024-07-01', Penduduk: '9.051.459 jiwa', Peserta: '8.911.770' },
      { Kode: '17', Tanggal: '2024-07-01', Penduduk: 'sekitar 2 juta', Peserta: '1.900.000' },
    ]);
    expect(snapshots.map((s) => s.population)).toEqual([9_051_459]);
    expect(compact(issues)).toEqual([['INVALID_COUNT', 1, 'Penduduk', 'sekitar 2 juta']]);
  });

  it('gives one issue per bad cell, never dropping a row: month 13, a stray letter, a blank count, a bad code', () => {
    const rows = [
      { Kode: '18.01', Bulan: '2024-13', Penduduk: '10', Peserta: '9x', Aktif: '' },
      { Kode: '18.1', Bulan: 'Juli 2024', Penduduk: '', Peserta: '9', Aktif: '9' },
      { Kode: '', Bulan: '', Penduduk: '10', Peserta: '9', Aktif: '9' },
    ];
    const { snapshots, issues } = snapshotsFromRows(rows);
    expect(snapshots).toEqual([]);
    expect(compact(issues)).toEqual([
      ['INVALID_DATE', 0, 'Bulan', '2024-13'],
      ['INVALID_COUNT', 0, 'Peserta', '9x'],
      ['INVALID_REGION_CODE', 1, 'Kode', '18.1'],
      ['MISSING_VALUE', 1, 'Penduduk', ''],
      ['MISSING_VALUE', 2, 'Kode', ''],
      ['MISSING_VALUE', 2, 'Bulan', ''],
    ]);
    expect(issues[0]?.message).toBe('rows[0], column "Bulan": "2024-13" must be a real calendar date or month');
    // The reason alone, for a caller that says where itself: the message is the place, then it.
    expect(issues[0]?.reason).toBe('"2024-13" must be a real calendar date or month');
  });

  it('reports active above participants and non-active above participants at their columns', () => {
    const { issues } = snapshotsFromRows([{ Kode: '18', Bulan: '2024-08', Penduduk: '10', Peserta: '9', Aktif: '10', Nonaktif: '12' }]);
    expect(compact(issues)).toEqual([
      ['INCONSISTENT_COUNTS', 0, 'Aktif', '10'],
      ['INCONSISTENT_COUNTS', 0, 'Nonaktif', '12'],
    ]);
  });

  it('checks a day against its month, and a month column holding a day', () => {
    const { snapshots, issues } = snapshotsFromRows(
      [
        { Kode: '18', Bulan: 'Agustus 2024', Tanggal: '01/07/2024', Penduduk: '10', Peserta: '9' },
        { Kode: '18', Bulan: '1 Agustus 2024', Tanggal: '', Penduduk: '10', Peserta: '9' },
        { Kode: '18', Bulan: 'Agustus 2024', Tanggal: '31/08/2024', Penduduk: '10', Peserta: '9' },
        { Kode: '18', Bulan: '', Tanggal: '07/31/2024', Penduduk: '10', Peserta: '9' },
      ],
      { dayFormat: 'dd/mm/yyyy' },
    );
    expect(snapshots.map((s) => s.asOf)).toEqual(['2024-08-31']);
    expect(compact(issues)).toEqual([
      ['INVALID_DATE', 0, 'Tanggal', '01/07/2024'],
      ['INVALID_DATE', 1, 'Bulan', '1 Agustus 2024'],
      ['INVALID_DATE', 3, 'Tanggal', '07/31/2024'],
    ]);
  });

  it('reports a region twice on one date at the second row, and names by code or name alike', () => {
    const { snapshots, issues } = snapshotsFromRows(
      [
        { Kode: '', 'Kabupaten/Kota': 'Kota Metro', Bulan: '2024-08', Penduduk: '10', Peserta: '9' },
        { Kode: '1872', 'Kabupaten/Kota': 'Metro', Bulan: '2024-08', Penduduk: '10', Peserta: '9' },
        { Kode: '', 'Kabupaten/Kota': 'KOTA METRO', Bulan: '2024-08', Penduduk: '10', Peserta: '9' },
      ],
      { lookupRegion, province: '18' },
    );
    expect(snapshots).toHaveLength(1);
    expect(compact(issues)).toEqual([
      ['DUPLICATE_SNAPSHOT', 1, 'Kode', '1872'],
      ['DUPLICATE_SNAPSHOT', 2, 'Kabupaten/Kota', 'KOTA METRO'],
    ]);
    expect(issues[1]?.message).toBe('rows[2], column "Kabupaten/Kota": "KOTA METRO" repeats region 18.72 on 2024-08 (first at rows[0])');
  });

  it('reports a name with no code as an issue when no resolver is given but a code column is', () => {
    const { issues } = snapshotsFromRows([{ Kode: '', Nama: 'Kota Metro', Bulan: '2024-08', Penduduk: '10', Peserta: '9' }]);
    expect(compact(issues)).toEqual([['MISSING_VALUE', 0, 'Kode', '']]);
  });

  it('reports a cell of more than 1 000 characters unread, once per cell', () => {
    const long = '9'.repeat(1_001);
    const { snapshots, issues } = snapshotsFromRows([{ Kode: '18', Bulan: '2024-08', Penduduk: long, Peserta: long }]);
    expect(snapshots).toEqual([]);
    expect(compact(issues).map(([code, row, column, value]) => [code, row, column, String(value).length])).toEqual([
      ['CELL_TOO_LONG', 0, 'Penduduk', 100],
      ['CELL_TOO_LONG', 0, 'Peserta', 100],
    ]);
  });

  it('bounds long values and reads non-string cells as text', () => {
    const long = `1${'0'.repeat(500)}x`;
    const { issues } = snapshotsFromRows([
      { Kode: '18', Bulan: '2024-08', Penduduk: long, Peserta: 9 as unknown as string, Aktif: null as unknown as string },
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.value).toHaveLength(100);
    expect(issues[0]?.message.length).toBeLessThan(400);
  });

  it('returns nothing for no rows, frozen', () => {
    const result = snapshotsFromRows([]);
    expect(result).toEqual({ snapshots: [], snapshotRows: [], areas: [], notes: [], issues: [], columns: {} });
    expect(Object.isFrozen(result.issues)).toBe(true);
  });

  it('throws for what is the caller\'s to fix, not the table\'s', () => {
    const row = { Kode: '18', Bulan: '2024-08', Penduduk: '10', Peserta: '9' };
    expect(errorOf(() => snapshotsFromRows('x' as never))).toEqual({ code: 'INVALID_TYPE', path: ['rows'] });
    expect(errorOf(() => snapshotsFromRows([row, 'x' as never]))).toEqual({ code: 'INVALID_TYPE', path: ['rows', 1] });
    expect(errorOf(() => snapshotsFromRows([{ ...row, Kode: Object.create(null) as never }]))).toEqual({ code: 'INVALID_TYPE', path: ['rows', 0, 'Kode'] });
    expect(errorOf(() => snapshotsFromRows([{ ...row, Kode: (() => 1) as never }]))).toEqual({ code: 'INVALID_TYPE', path: ['rows', 0, 'Kode'] });
    expect(errorOf(() => snapshotsFromRows([row], { sheet: 1 } as never))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'sheet'] });
    expect(errorOf(() => snapshotsFromRows([row], { lookupRegion: 'x' as never }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'lookupRegion'] });
    expect(errorOf(() => snapshotsFromRows([row], { province: '18.72' }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'province'] });
    expect(errorOf(() => snapshotsFromRows([row], { province: 18 as never }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'province'] });
    expect(errorOf(() => snapshotsFromRows([row], { dayFormat: 'mm/dd/yyyy' as never }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'dayFormat'] });
    expect(errorOf(() => snapshotsFromRows([row], { unknownColumns: 'drop' as never }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'unknownColumns'] });
    expect(errorOf(() => snapshotsFromRows([row], { asOf: 'Juli' }))).toEqual({ code: 'INVALID_DATE', path: ['options', 'asOf'] });
    expect(errorOf(() => snapshotsFromRows([row], { columns: 'x' as never }))).toEqual({ code: 'INVALID_TYPE', path: ['options', 'columns'] });
    expect(errorOf(() => snapshotsFromRows([row], { columns: { people: 'Penduduk' } as never }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'columns', 'people'] });
    expect(errorOf(() => snapshotsFromRows([row], { columns: { population: 'Pop' } }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'columns', 'population'] });
    expect(errorOf(() => snapshotsFromRows([{ ...row, 'Jumlah Penduduk': '10' }]))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'columns', 'population'] });
    expect(errorOf(() => snapshotsFromRows([{ Kode: '18', Bulan: '2024-08', Peserta: '9' }]))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'columns', 'population'] });
    expect(errorOf(() => snapshotsFromRows([{ Kode: '18', Penduduk: '10', Peserta: '9' }]))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'columns', 'asOf'] });
    expect(errorOf(() => snapshotsFromRows([{ Penduduk: '10', Bulan: '2024-08', Peserta: '9' }]))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'columns', 'regionName'] });
    expect(errorOf(() => snapshotsFromRows([{ Nama: 'Metro', Bulan: '2024-08', Penduduk: '10', Peserta: '9' }]))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'lookupRegion'] });
  });

  it('builds the same snapshot createSnapshot builds from the same cells', () => {
    const cells = {
      Kode: '33.10', Tanggal: '2024-07-01', Penduduk: '1.300.000', Peserta: '1.250.000', Aktif: '1.103.786', Nonaktif: '145.224',
      PBI: '500.000', 'PBI APBD': '200.000', 'PPU PN': '50.000', 'PPU BU': '100.000', PBPU: '300.000', BP: '40.000', Cakupan: '96,15',
    };
    const [fromRow] = snapshotsFromRows([cells]).snapshots;
    const direct = createSnapshot({
      regionCode: '33.10', asOf: '2024-07-01', population: '1.300.000', participants: '1.250.000',
      activeParticipants: '1.103.786', nonActiveParticipants: '145.224',
      segments: { pbiApbn: '500.000', pbpuPemda: '200.000', ppuPn: '50.000', ppuBu: '100.000', pbpu: '300.000', bp: '40.000' },
      printed: { coverage: '96,15' },
    });
    expect(fromRow).toEqual(direct);
    expect(JSON.stringify(fromRow)).toBe(JSON.stringify(direct));
  });

  it('reads only well-grouped counts itself and leaves the rest to the figure parser', () => {
    const counts = ['1.077.664', '1077664', '0', '1.0770.664', '1077.664', '1.077.66', '.664', '1..664', '99.999.999.999.999.999'];
    const { snapshots, issues } = snapshotsFromRows(
      counts.map((count, index) => ({ Kode: '18', Bulan: `2024-${String(index + 1).padStart(2, '0')}`, Penduduk: count, Peserta: '0' })),
    );
    expect(snapshots.map((s) => s.population)).toEqual([1_077_664, 1_077_664, 0]);
    expect(issues.map((issue) => [issue.row, issue.code])).toEqual([
      [3, 'INVALID_COUNT'], [4, 'INVALID_COUNT'], [5, 'INVALID_COUNT'], [6, 'INVALID_COUNT'], [7, 'INVALID_COUNT'], [8, 'INVALID_COUNT'],
    ]);
  });

  it('does not mutate its rows', () => {
    const rows = [Object.freeze({ Kode: '18', Bulan: '2024-08', Penduduk: '10', Peserta: '9' })];
    expect(() => snapshotsFromRows(Object.freeze(rows))).not.toThrow();
  });
});
