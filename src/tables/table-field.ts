import type { SegmentName } from '../models/snapshot.js';

/**
 * What a column of a table holds, as {@link snapshotsFromRows} reads it: the region (by code or
 * by name), the date (a day or a month), the counts, the segments, the printed coverage, or
 * the BPJS branch office (Kantor Cabang) the row belongs to.
 *
 * @example
 * ```ts
 * const field: TableField = 'nonActiveParticipants';
 * ```
 *
 * @category Tables
 */
export type TableField =
  | 'regionCode'
  | 'regionName'
  | 'asOf'
  | 'month'
  | 'population'
  | 'participants'
  | 'activeParticipants'
  | 'nonActiveParticipants'
  | 'coverage'
  | 'branch'
  | SegmentName;

// Common Indonesian (and English) headers of each field, as normalizeHeader leaves them: lower
// case, letters and digits only (`Kabupaten/Kota` is `kabupatenkota`, `Cakupan (%)` is `cakupan`).
const HEADER_ALIASES: Readonly<Record<TableField, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  regionCode: ['kode', 'kodewilayah', 'kodedaerah', 'kodekabkota', 'kodekabupatenkota', 'kodekemendagri', 'regioncode', 'code'],
  regionName: [
    'kabupatenkota', 'kabkota', 'kabupaten', 'kota', 'namakabupatenkota', 'namakabkota', 'wilayah', 'daerah',
    'namawilayah', 'namadaerah', 'nama', 'provinsi', 'namaprovinsi', 'region', 'regionname', 'name',
  ],
  asOf: ['tanggal', 'tgl', 'tanggaldata', 'pertanggal', 'posisi', 'asof', 'date'],
  month: ['bulan', 'bulandata', 'periode', 'periodebulan', 'month'],
  population: ['jumlahpenduduk', 'penduduk', 'jmlpenduduk', 'totalpenduduk', 'population'],
  participants: ['jumlahpeserta', 'peserta', 'pesertajkn', 'jumlahpesertajkn', 'jmlpeserta', 'totalpeserta', 'participants'],
  activeParticipants: ['pesertaaktif', 'aktif', 'jumlahpesertaaktif', 'jmlpesertaaktif', 'activeparticipants', 'active'],
  nonActiveParticipants: [
    'nonaktif', 'pesertanonaktif', 'jumlahpesertanonaktif', 'tidakaktif', 'pesertatidakaktif', 'nonactiveparticipants', 'nonactive',
  ],
  coverage: ['cakupan', 'cakupanjkn', 'persentasecakupan', 'cakupankepesertaan', 'capaianuhc', 'uhc', 'coverage'],
  branch: ['kantorcabang', 'kc', 'cabang', 'kantorcabangbpjs', 'branch'],
  pbiApbn: ['pbi', 'pbiapbn', 'pbijk', 'pbiapbnjk', 'pbiapbnpusat'],
  pbpuPemda: ['pbiapbd', 'pbpupemda', 'pemda', 'jamkesda', 'pbpubppemda'],
  ppu: ['ppu', 'pekerjapenerimaupah'],
  ppuPn: ['ppupn', 'ppupenyelenggaranegara'],
  ppuBu: ['ppubu', 'ppubadanusaha', 'ppuswasta'],
  pbpu: ['pbpu', 'mandiri', 'pbpumandiri', 'pekerjabukanpenerimaupah'],
  bp: ['bp', 'bukanpekerja'],
});

// The alias table inverted: normalised header -> field.
const FIELD_OF_HEADER: ReadonlyMap<string, TableField> = /* @__PURE__ */ (() => {
  const map = new Map<string, TableField>();
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [TableField, readonly string[]][]) {
    for (const alias of aliases) map.set(alias, field);
  }
  return map;
})();

/** A header reduced to what identifies it: accents removed, lower case, letters and digits only. */
function normalizeHeader(header: string): string {
  return header.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The field a header names, by the common headers; `undefined` when it names none.
 *
 * @internal
 */
export function fieldOfHeader(header: string): TableField | undefined {
  return FIELD_OF_HEADER.get(normalizeHeader(header));
}

/**
 * Which header holds each field, for {@link SnapshotsFromRowsOptions.columns}: `{ population:
 * 'Jml Pddk' }`. A field left out is recognised from its usual headers.
 *
 * @example
 * ```ts
 * const columns: TableColumns = { regionName: 'Nama Daerah', participants: 'Peserta JKN' };
 * ```
 *
 * @category Tables
 */
export type TableColumns = Readonly<Partial<Record<TableField, string>>>;
