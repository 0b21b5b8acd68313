// Which column of a table holds which field: detected from common headers (Indonesian or
// English), or named with `--columns field=header,...`.

/** The fields a row of a table can give. */
export type Field = 'regionCode' | 'name' | 'asOf' | 'population' | 'participants' | 'activeParticipants';

const FIELDS: readonly Field[] = ['regionCode', 'name', 'asOf', 'population', 'participants', 'activeParticipants'];

/** Headers recognised without `--columns`, compared without case, spaces or punctuation. */
const HEADER_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  regionCode: ['regioncode', 'kode', 'kodewilayah', 'kodekemendagri', 'kodedaerah', 'code'],
  name: ['name', 'nama', 'namawilayah', 'wilayah', 'daerah', 'kabupatenkota', 'kabkota', 'region'],
  asOf: ['asof', 'tanggal', 'tgl', 'date', 'per'],
  population: ['population', 'penduduk', 'jumlahpenduduk', 'jmlpenduduk'],
  participants: ['participants', 'peserta', 'jumlahpeserta', 'pesertajkn', 'jmlpeserta'],
  activeParticipants: ['activeparticipants', 'pesertaaktif', 'aktif', 'jumlahpesertaaktif', 'active'],
};

/** A header compared loosely: lower case, letters and digits only. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Where each field is: a column index per field found. */
export type ColumnIndex = Partial<Record<Field, number>>;

/**
 * Parses `--columns regionCode=kode,asOf=tgl`: field names of the snapshot, each given the header
 * of its column. Returns the map, or a message for a usage error.
 */
export function parseColumnsOption(text: string): Partial<Record<Field, string>> | string {
  const map: Partial<Record<Field, string>> = {};
  for (const part of text.split(',')) {
    const at = part.indexOf('=');
    const field = (at === -1 ? part : part.slice(0, at)).trim();
    const header = at === -1 ? '' : part.slice(at + 1).trim();
    if (!(FIELDS as readonly string[]).includes(field)) {
      return `--columns: unknown field ${JSON.stringify(field.slice(0, 40))} (fields: ${FIELDS.join(', ')})`;
    }
    if (header === '') return `--columns: give the header of ${field} as ${field}=<header>`;
    map[field as Field] = header;
  }
  return map;
}

/**
 * Finds each field's column in a header. Explicit headers must exist; the others are detected.
 * Returns the index, or a message naming what is missing or repeated.
 */
export function findColumns(
  header: readonly string[],
  explicit: Partial<Record<Field, string>>,
  required: readonly Field[],
): ColumnIndex | string {
  const index: ColumnIndex = {};
  const keys = header.map((cell) => headerKey(cell));
  for (const field of FIELDS) {
    const wanted = explicit[field];
    if (wanted !== undefined) {
      const at = header.findIndex((cell) => cell.trim() === wanted);
      if (at === -1) return `has no column ${JSON.stringify(wanted.slice(0, 60))} (given for ${field} by --columns)`;
      index[field] = at;
      continue;
    }
    const found = keys.flatMap((key, at) => (HEADER_ALIASES[field].includes(key) ? [at] : []));
    if (found.length > 1) {
      const names = found.map((at) => JSON.stringify(header[at])).join(' and ');
      return `has several columns for ${field} (${names}); choose one with --columns ${field}=<header>`;
    }
    if (found[0] !== undefined) index[field] = found[0];
  }
  const missing = required.filter((field) => index[field] === undefined);
  if (missing.length > 0) {
    const shown = header.slice(0, 12).map((cell) => JSON.stringify(cell.slice(0, 30))).join(', ');
    return `has no column for ${missing.join(', ')} (its header: ${shown}${header.length > 12 ? ', ...' : ''}); name them with --columns ${missing[0]}=<header>`;
  }
  return index;
}
