// Issue 12 lists regional figures that could not be written without a workaround. Each case here
// writes one through the public entries (`uhc-metrics`, `uhc-metrics/regions`) and nothing else.
// The counts are the issue's own examples where it prints them, illustrative where it does not.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  coverageRatio,
  createSnapshot,
  defineArea,
  participantsGrowth,
  parseReportDate,
  rollUpToAreas,
  snapshotNotes,
  snapshotsFromRows,
} from '../../src/index.js';
import { lookupRegion } from '../../src/regions.js';

describe('issue 12: every regional figure it names, through the public API', () => {
  it('a table of regions by name ("Kab. Klaten", "KOTA METRO", "Kabupaten Lampung Selatan"), with no code', () => {
    const { snapshots, issues } = snapshotsFromRows(
      [
        { 'Kabupaten/Kota': 'Kab. Klaten', Tanggal: '2024-07-01', Penduduk: '1.300.000', Peserta: '1.250.000' },
        { 'Kabupaten/Kota': 'KOTA METRO', Tanggal: '2024-07-01', Penduduk: '175.360', Peserta: '178.513' },
        { 'Kabupaten/Kota': 'Kabupaten Lampung Selatan', Tanggal: '2024-07-01', Penduduk: '1.077.664', Peserta: '1.058.127' },
      ],
      { lookupRegion },
    );
    expect(issues).toEqual([]);
    expect(snapshots.map((snapshot) => snapshot.regionCode)).toEqual(['33.10', '18.72', '18.01']);
  });

  it('month-level data ("Agustus 2024", "2024-08") and dates as Indonesian Excel writes them ("01/07/2024")', () => {
    expect(parseReportDate('Agustus 2024')).toBe('2024-08');
    expect(parseReportDate('01/07/2024', { dayFormat: 'dd/mm/yyyy' })).toBe('2024-07-01');
    expect(createSnapshot({ regionCode: '18', asOf: '2024-08', population: 10, participants: 9 }).asOf).toBe('2024-08');
  });

  it('a non-active count ("nonaktif 145.224 jiwa") beside active and participants, a table 990 short reported', () => {
    const snapshot = createSnapshot({
      regionCode: '33.10', asOf: '2024-08', population: '1.300.000', participants: '1.250.000',
      activeParticipants: '1.103.786', nonActiveParticipants: '145.224 jiwa',
    });
    expect(snapshot.nonActiveParticipants).toBe(145_224);
    expect(snapshotNotes(snapshot).map((note) => (note.code === 'ACTIVE_AND_NON_ACTIVE_DO_NOT_SUM' ? note.peopleDifference : note.code))).toEqual([-990]);
  });

  it('segments as printed: PPU undivided, "PBI APBD" for PBPU Pemda', () => {
    const { snapshots } = snapshotsFromRows([
      { Kode: '33.10', Bulan: 'Agustus 2024', Penduduk: '1.000', Peserta: '990', 'PBI APBN': '500', 'PBI APBD': '200', PPU: '150', PBPU: '100', BP: '40' },
    ]);
    expect(snapshots[0]?.segments).toEqual({ pbiApbn: 500, pbpuPemda: 200, ppu: 150, pbpu: 100, bp: 40 });
    expect(snapshotNotes(snapshots[0] as never)).toEqual([]);
  });

  it('a BPJS branch office (Kantor Cabang) covering four regencies publishes coverage', () => {
    const metro = defineArea(
      { id: 'kc-metro', name: 'KC Metro', members: ['Kota Metro', 'Kab. Lampung Timur', 'Kab. Lampung Tengah', 'Kab. Way Kanan'] },
      { lookupRegion, province: '18' },
    );
    const [office] = rollUpToAreas(
      metro.members.map((regionCode) => ({ regionCode, asOf: '2024-08', population: 250, participants: 240 })),
      [metro],
    );
    expect(office).toMatchObject({ areaId: 'kc-metro', population: 1000, participants: 960, missingMembers: [] });
    // A figure the branch itself publishes, with no regency behind it, is counted the same way.
    expect(coverageRatio({ population: 1000, participants: 960 })).toBe(0.96);
  });

  it('participant counts over time with no population', () => {
    expect(participantsGrowth({ asOf: '2024-07', participants: 1000 }, { asOf: '2024-08', participants: 1010 })).toMatchObject({
      elapsedDays: 31,
      participantsChange: 10,
      participantsChangeRatio: 0.01,
    });
  });

  it('a CSV exported from Excel: `;`, quoted cells with thousands separators, a BOM, CRLF', () => {
    const csv = '\uFEFFKode;Bulan;Jumlah Penduduk;Jumlah Peserta\r\n18.72;Agustus 2024;"175.360";"178.513"\r\n';
    const rows: Record<string, string>[] = parse(csv, { delimiter: ';', bom: true, columns: true });
    expect(snapshotsFromRows(rows).snapshots).toEqual([{ regionCode: '18.72', asOf: '2024-08', population: 175_360, participants: 178_513 }]);
  });
});
