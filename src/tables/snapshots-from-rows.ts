import { UhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import type { FigureLocale } from '../figures/figure-locale.js';
import { parseFigure } from '../figures/parse-figure.js';
import type { PrintedFigure } from '../figures/printed-figure.js';
import { assertArray, assertOptions, assertRecord, fail, refuse } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import type { Area } from '../areas/area.js';
import { parseRegionCodeAt } from '../models/region-code.js';
import type { RegionCandidate, RegionLookup, RegionLookupOptions, RegionResolver } from '../models/region-lookup.js';
import { readSnapshot } from '../models/read-snapshot.js';
import { SEGMENT_NAMES } from '../models/segment-names.js';
import { notesOf } from '../models/snapshot-note.js';
import { resolveSnapshotOptions, type SnapshotSettings } from '../models/snapshot-options.js';
import type { IsoDate, SegmentName, Snapshot } from '../models/snapshot.js';
import { parseReportDate, type DayDateFormat } from './parse-report-date.js';
import type { RowIssue, RowIssueCode, RowNote } from './row-issue.js';
import { fieldOfHeader, type TableColumns, type TableField } from './table-field.js';
import { copyInput } from '../internal/copy-input.js';
import { runCallerCode } from '../internal/caller-code.js';

/**
 * Options of {@link snapshotsFromRows}.
 *
 * @example
 * ```ts
 * const options: SnapshotsFromRowsOptions = {
 *   columns: { regionName: 'Nama Daerah', participants: 'Peserta JKN' },
 *   dayFormat: 'dd/mm/yyyy',
 *   province: '18',
 * };
 * ```
 *
 * @category Tables
 */
export interface SnapshotsFromRowsOptions {
  /**
   * Headers of fields, given explicitly: `{ population: 'Jml Pddk' }`. Headers not given here
   * are recognised from common Indonesian headers ("Kabupaten/Kota", "Jumlah Penduduk",
   * "Jumlah Peserta", "Peserta Aktif", "Nonaktif", "Cakupan (%)", "Bulan", "Tanggal", "Kode",
   * "Kantor Cabang", "PBI APBD", ...; see {@link TableField}).
   */
  readonly columns?: TableColumns;
  /** Resolves region names (e.g. `lookupRegion` of `uhc-metrics/regions`); needed for names. */
  readonly lookupRegion?: RegionResolver;
  /** Scopes name lookups to one province (a two-digit code such as `'18'`). */
  readonly province?: string;
  /** How slashed day dates are written (`'dd/mm/yyyy'`); without it they are issues. */
  readonly dayFormat?: DayDateFormat;
  /** The date of every row, for a table with no date column (`'2024-07-01'`, `'Juli 2024'`). */
  readonly asOf?: string;
  /** How numbers are written: `'id'` (`1.077.664`, the default) or `'en'` (`1,077,664`). */
  readonly locale?: FigureLocale;
  /** Headers that name no field: `'report'` each as an issue (the default) or `'ignore'` them. */
  readonly unknownColumns?: 'report' | 'ignore';
}

/**
 * What {@link snapshotsFromRows} returns: every row is either a snapshot or at least one issue.
 *
 * @example
 * ```ts
 * const result: SnapshotsFromRows = snapshotsFromRows([]);
 * result.snapshots.length;
 * // => 0
 * ```
 *
 * @category Tables
 */
export interface SnapshotsFromRows {
  /** The snapshots of the rows without issues, in row order, frozen. */
  readonly snapshots: readonly Snapshot[];
  /** For each snapshot, the index of its row. */
  readonly snapshotRows: readonly number[];
  /**
   * One area per branch office named in the branch column, its members the regions of its rows
   * (rows with issues included, when their region was read), in order of first appearance.
   */
  readonly areas: readonly Area[];
  /** Unusual but legitimate findings on the snapshots (see {@link snapshotNotes}). */
  readonly notes: readonly RowNote[];
  /** Every problem, one per bad cell (or column), in row order. */
  readonly issues: readonly RowIssue[];
  /** Each header and the field it was read as (`undefined`: not read). */
  readonly columns: Readonly<Record<string, TableField | undefined>>;
}

const OPTION_KEYS: readonly string[] = ['columns', 'lookupRegion', 'province', 'dayFormat', 'asOf', 'locale', 'unknownColumns'];
const COUNT_FIELDS = ['population', 'participants', 'activeParticipants', 'nonActiveParticipants'] as const;
const SEGMENT_FIELDS: readonly SegmentName[] = [...SEGMENT_NAMES, 'ppu'];
const MAX_VALUE = 100;
const MAX_CELL_LENGTH = 1_000;

/**
 * A count as a table writes it, `1.077.664` (groups of three after a separator) or `1077664`,
 * read in one pass; `undefined` for anything else, which goes to the figure parser.
 */
function groupedCount(text: string, separator: number): number | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  let value = 0;
  let digitsInGroup = 0;
  let grouped = false;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digitsInGroup += 1;
    } else if (code === separator && digitsInGroup > 0 && (grouped ? digitsInGroup === 3 : digitsInGroup <= 3)) {
      grouped = true;
      digitsInGroup = 0;
    } else {
      return undefined;
    }
  }
  if (grouped && digitsInGroup !== 3) return undefined;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The expectation of a single-value error, without its path and its value: `must be ...`. */
function whatIsWrong(error: UhcMetricsError): string {
  return (error.issues[0] as Issue).message.replace(/^input /, '').replace(/, got .*$/, '');
}

/** A cell's value cut to 100 characters. */
function bounded(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 3)}...` : value;
}

/** The first few headers, quoted and cut short, and how many more there are: a message stays short. */
function headerList(headers: readonly string[]): string {
  const shown = headers.slice(0, 5).map((header) => JSON.stringify(bounded(header)));
  return headers.length > 5 ? `${shown.join(', ')} and ${headers.length - 5} more` : shown.join(', ');
}

/** Which header holds each field: the explicit ones, then the recognised ones. */
function mapColumns(
  headers: readonly string[],
  explicit: Readonly<Record<string, unknown>> | undefined,
): { byField: Map<TableField, string>; byHeader: Record<string, TableField | undefined> } {
  const byField = new Map<TableField, string>();
  const byHeader: Record<string, TableField | undefined> = {};
  for (const header of headers) byHeader[header] = undefined;
  for (const [field, header] of Object.entries(explicit ?? {})) {
    if (fieldOfKnownName(field) === undefined) refuse('INVALID_OPTION', ['options', 'columns', field], header, 'is not a table field');
    if (header === undefined) continue;
    if (typeof header !== 'string' || !headers.includes(header)) {
      fail('INVALID_OPTION', ['options', 'columns', field], header, `must be one of the headers (${headerList(headers)})`);
    }
    byField.set(field as TableField, header);
    byHeader[header] = field as TableField;
  }
  const explicitFields = new Set(byField.keys());
  for (const header of headers) {
    if (byHeader[header] !== undefined) continue;
    const field = fieldOfHeader(header);
    // A field mapped explicitly is settled: another header that looks like it stays unread.
    if (field === undefined || explicitFields.has(field)) continue;
    if (byField.has(field)) {
      fail('INVALID_OPTION', ['options', 'columns', field], header, `is a second column for ${field} (first: ${JSON.stringify(bounded(byField.get(field) as string))}): map the right one with options.columns`);
    }
    byField.set(field, header);
    byHeader[header] = field;
  }
  return { byField, byHeader };
}

const ALL_FIELDS: ReadonlySet<string> = new Set<TableField>([
  'regionCode', 'regionName', 'asOf', 'month', 'population', 'participants', 'activeParticipants',
  'nonActiveParticipants', 'coverage', 'branch', ...SEGMENT_FIELDS,
]);

/** The field of a name, if it is one. */
function fieldOfKnownName(name: string): TableField | undefined {
  return ALL_FIELDS.has(name) ? (name as TableField) : undefined;
}

/** A row as a CSV parser returns it. */
type Row = Readonly<Record<string, unknown>>;

// Stand-ins for a region or date already reported, so that readSnapshot words only the counts.
const PLACEHOLDER_CODE = '11';
const PLACEHOLDER_DATE = '2000-01-01';

/** The result of `run`, or the UhcMetricsError it throws. */
function attempt<T>(run: () => T): T | UhcMetricsError {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof UhcMetricsError)) throw error;
    return error;
  }
}

/** A cell's text, trimmed; a missing cell is blank and a non-string value is written out. */
function cellOf(row: Row, header: string | undefined): string {
  if (header === undefined) return '';
  const value = row[header];
  return typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
}

/** One issue of a row's cell. */
function rowIssue(
  index: number,
  code: RowIssueCode,
  header: string | undefined,
  value: string,
  what: string,
  candidates?: readonly RegionCandidate[],
): RowIssue {
  const reason = `${describeValue(value)} ${what}`;
  return Object.freeze({
    code,
    row: index,
    ...(header === undefined ? {} : { column: header }),
    value: bounded(value),
    reason,
    message: `rows[${index}]${header === undefined ? '' : `, column ${JSON.stringify(bounded(header))}`}: ${reason}`,
    ...(candidates === undefined ? {} : { candidates }),
  });
}

/** Adds the row's region to its branch office, when both are known. */
function recordBranch(branches: Map<string, Set<string>>, branch: string, regionCode: string | undefined): void {
  if (branch === '' || regionCode === undefined) return;
  let members = branches.get(branch);
  if (members === undefined) branches.set(branch, (members = new Set()));
  members.add(regionCode);
}

/**
 * The snapshot of a row whose every cell was read here: the same frozen value, field for field,
 * that readSnapshot builds, or `undefined` when the counts contradict each other (readSnapshot
 * then words the issue).
 */
function plainSnapshot(input: Readonly<Record<string, unknown>>, coverage: PrintedFigure | undefined): Snapshot | undefined {
  const participants = input['participants'] as number;
  const active = input['activeParticipants'] as number | undefined;
  const nonActive = input['nonActiveParticipants'] as number | undefined;
  if ((active !== undefined && active > participants) || (nonActive !== undefined && nonActive > participants)) return undefined;
  const given = input['segments'] as Partial<Record<SegmentName, number>> | undefined;
  let segments: Partial<Record<SegmentName, number>> | undefined;
  if (given !== undefined) {
    if (given.ppu !== undefined && (given.ppuPn !== undefined || given.ppuBu !== undefined)) return undefined;
    segments = {};
    // readSnapshot's order: the six segments, then PPU undivided.
    for (const name of SEGMENT_FIELDS) if (given[name] !== undefined) segments[name] = given[name];
  }
  const snapshot: { -readonly [Key in keyof Snapshot]: Snapshot[Key] } = {
    regionCode: input['regionCode'] as string,
    asOf: input['asOf'] as IsoDate,
    population: input['population'] as number,
    participants,
  };
  if (active !== undefined) snapshot.activeParticipants = active;
  if (nonActive !== undefined) snapshot.nonActiveParticipants = nonActive;
  if (segments !== undefined) snapshot.segments = Object.freeze(segments);
  if (coverage !== undefined) snapshot.printed = Object.freeze({ coverage });
  return Object.freeze(snapshot);
}

/** readSnapshot on a row, its issues re-addressed to the row's columns. */
function readRowCells(
  index: number,
  row: Row,
  input: Readonly<Record<string, unknown>>,
  settings: SnapshotSettings,
  byField: ReadonlyMap<TableField, string>,
  coverageHeader: string | undefined,
  issues: RowIssue[],
): Snapshot | undefined {
  const found: Issue[] = [];
  const snapshot = readSnapshot(input, [], settings, found);
  for (const problem of found) {
    const [field, sub] = problem.path as readonly string[];
    const header = field === 'segments' ? byField.get(sub as TableField) : field === 'printed' ? coverageHeader : byField.get(field as TableField);
    const text = cellOf(row, header);
    // A blank required count is already reported as missing.
    if (text === '' && (field === 'population' || field === 'participants')) continue;
    issues.push(rowIssue(index, problem.code, header, text, problem.message.replace(/^\S+ /, '').replace(/, got .*$/, '')));
  }
  return snapshot;
}

/**
 * Reads a table of regions (rows as a CSV parser returns them: records of strings keyed by
 * header) into snapshots, and reports, instead of throwing, every bad cell.
 *
 * - Columns: given in `options.columns`, or recognised from common Indonesian headers (see
 *   {@link TableField}). Required: the region (`regionCode`, or `regionName` with
 *   `options.lookupRegion`), the date (`asOf`, `month` or `options.asOf`), `population` and
 *   `participants`. Optional: `activeParticipants`, `nonActiveParticipants`, the segments
 *   (`ppu` for PPU undivided, "PBI APBD" read as `pbpuPemda`), `coverage` (kept as a printed
 *   figure, for {@link reconcileSnapshot}) and `branch`.
 * - Regions: a code cell wins; otherwise the name goes through `options.lookupRegion` (scoped
 *   to `options.province`). An ambiguous name (a bare "Blitar") or one that matches nothing is
 *   an issue with the candidates, never a guess.
 * - Dates: a day cell (`'01/07/2024'` with `dayFormat`, `'1 Juli 2024'`, `'2024-07-01'`) is
 *   used when given, else the month cell (`'Agustus 2024'`, `'2024-08'`), which stays a month;
 *   a day outside the row's month is an issue. See {@link parseReportDate}.
 * - Counts: `1.077.664` (or what {@link parseFigure} reads as an exact count in `locale`).
 * - A region twice on one date is a `DUPLICATE_SNAPSHOT` issue on the second row.
 *
 * Nothing is dropped: each row gives a snapshot or one issue per bad cell. Inputs are not
 * mutated; names and dates are resolved once per distinct text.
 *
 * @param rows - records of strings (`csv-parse` with `columns: true`, PapaParse with `header: true`)
 * @param options - column mapping, name resolver, province scope, date format, table date, locale
 * @returns the snapshots, the branch areas, notes and issues, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `rows` is not an array of records or a
 *   read cell is an object or a function;
 *   `INVALID_OPTION` for an unknown option, a mapped header not in the table, a second column of
 *   one field, a required field with no column, or names to resolve with no `lookupRegion`;
 *   `INVALID_DATE` for a bad `options.asOf`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy; a `lookupRegion` option); the original is its `cause`
 *
 * @example
 * ```ts
 * const { snapshots, issues } = snapshotsFromRows([
 *   { Kode: '18.72', Bulan: 'Agustus 2024', 'Jumlah Penduduk': '175.000', 'Jumlah Peserta': '171.000' },
 *   { Kode: '18.71', Bulan: 'Agustus 2024', 'Jumlah Penduduk': '1.100.000', 'Jumlah Peserta': '1.08O.000' },
 * ]);
 * snapshots;
 * // => [{ regionCode: '18.72', asOf: '2024-08', population: 175000, participants: 171000 }]
 * issues.map((issue) => [issue.code, issue.row, issue.column, issue.value]);
 * // => [['INVALID_COUNT', 1, 'Jumlah Peserta', '1.08O.000']]
 * ```
 *
 * @category Tables
 */
export function snapshotsFromRows(rows: readonly Readonly<Record<string, string>>[], options?: SnapshotsFromRowsOptions): SnapshotsFromRows {
  rows = copyInput(rows, ['rows']);
  options = copyInput(options, ['options']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, OPTION_KEYS);
  assertArray(rows, ['rows']);
  const settings = resolveSnapshotOptions(opts?.['locale'] === undefined ? undefined : { locale: opts['locale'] });
  const resolver = opts?.['lookupRegion'];
  if (resolver !== undefined && typeof resolver !== 'function') fail('INVALID_OPTION', ['options', 'lookupRegion'], resolver, 'must be a function');
  const province = opts?.['province'];
  if (province !== undefined) {
    if (typeof province !== 'string' || parseRegionCodeAt(province, ['options', 'province']).level !== 'province') {
      fail('INVALID_OPTION', ['options', 'province'], province, 'must be a two-digit province code');
    }
  }
  const dayFormat = opts?.['dayFormat'];
  const dateOptions = dayFormat === undefined ? undefined : { dayFormat: dayFormat as DayDateFormat };
  // Validates the format up front, not once per row.
  parseReportDate('2000-01', dateOptions);
  const unknownColumns = opts?.['unknownColumns'] ?? 'report';
  if (unknownColumns !== 'report' && unknownColumns !== 'ignore') {
    fail('INVALID_OPTION', ['options', 'unknownColumns'], unknownColumns, "must be one of 'report', 'ignore'");
  }
  const columnsOption = opts?.['columns'];
  if (columnsOption !== undefined) assertRecord(columnsOption, ['options', 'columns']);
  const tableDateText = opts?.['asOf'];
  const tableDate =
    tableDateText === undefined
      ? undefined
      : (() => {
          try {
            return parseReportDate(tableDateText as string, dateOptions);
          } catch (error) {
            if (!(error instanceof UhcMetricsError)) throw error;
            return fail('INVALID_DATE', ['options', 'asOf'], tableDateText, (error.issues[0] as Issue).message.replace(/^input /, ''));
          }
        })();

  // Not rows[0] of an empty table: that is looked up on the prototype (a polluted '0').
  const first = rows.length > 0 ? rows[0] : undefined;
  if (rows.length > 0) assertRecord(first, ['rows', 0]);
  const headers = first === undefined ? [] : Object.keys(first);
  const { byField, byHeader } = mapColumns(headers, columnsOption);
  const issues: RowIssue[] = [];
  if (unknownColumns === 'report') {
    for (const header of headers) {
      if (byHeader[header] === undefined) {
        const reason = "names no field: map it with options.columns or pass unknownColumns: 'ignore'";
        issues.push(Object.freeze({ code: 'UNKNOWN_COLUMN', column: header, reason, message: `column ${JSON.stringify(bounded(header))} ${reason}` }));
      }
    }
  }
  if (rows.length > 0) {
    const need = (field: TableField, alternatives: string): void => {
      if (!byField.has(field)) refuse('INVALID_OPTION', ['options', 'columns', field], undefined, `has no column: ${alternatives}`);
    };
    if (!byField.has('regionCode')) need('regionName', 'give a region code or name column');
    if (!byField.has('asOf') && !byField.has('month') && tableDate === undefined) need('asOf', 'give a date or month column, or options.asOf');
    need('population', 'give a population column');
    need('participants', 'give a participants column');
    // With a code column, a resolver is needed only by rows without a code: those are issues.
    if (byField.has('regionName') && !byField.has('regionCode') && resolver === undefined) {
      refuse('INVALID_OPTION', ['options', 'lookupRegion'], undefined, 'is needed to resolve region names: pass lookupRegion from uhc-metrics/regions');
    }
  }

  const names = new Map<string, RegionLookup>();
  const dates = new Map<string, IsoDate | UhcMetricsError>();
  const scope: RegionLookupOptions | undefined = province === undefined ? undefined : { province: province as string };
  const snapshots: Snapshot[] = [];
  const snapshotRows: number[] = [];
  const notes: RowNote[] = [];
  const seen = new Map<string, number>();
  const branches = new Map<string, Set<string>>();
  const codeHeader = byField.get('regionCode');
  const nameHeader = byField.get('regionName');
  const dayHeader = byField.get('asOf');
  const monthHeader = byField.get('month');
  const branchHeader = byField.get('branch');
  const coverageHeader = byField.get('coverage');
  const countColumns = COUNT_FIELDS.flatMap((field) => (byField.has(field) ? [[field, byField.get(field) as string] as const] : []));
  const segmentColumns = SEGMENT_FIELDS.flatMap((field) => (byField.has(field) ? [[field, byField.get(field) as string] as const] : []));

  const mappedHeaders = [...byField.values()];
  const codes = new Map<string, string | UhcMetricsError>();
  const coverages = new Map<string, PrintedFigure | undefined>();
  const readDate = (index: number, header: string | undefined, text: string): IsoDate | undefined => {
    let parsed = dates.get(text);
    if (parsed === undefined) {
      parsed = attempt(() => parseReportDate(text, dateOptions));
      dates.set(text, parsed);
    }
    if (typeof parsed === 'string') return parsed;
    issues.push(rowIssue(index, 'INVALID_DATE', header, text, whatIsWrong(parsed)));
    return undefined;
  };
  // A count as tables write it, read here; `undefined` sends the cell to the figure parser.
  const separator = settings.locale === 'id' ? 46 : 44; // '.' or ','
  const plainNumber = (text: string): number | undefined => groupedCount(text, separator);

  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as Row;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) fail('INVALID_TYPE', ['rows', index], row, 'must be a record of strings');
    const before = issues.length;
    // A cell longer than any figure, name or date is reported unread: parsing it would only cost time.
    let overlong = false;
    for (const header of mappedHeaders) {
      const value = row[header];
      // A parser gives strings (or numbers, when it casts); an object is the caller's mistake.
      if (typeof value === 'object' && value !== null) fail('INVALID_TYPE', ['rows', index, header], value, 'must be a cell: a string');
      if (typeof value === 'function' || typeof value === 'symbol') fail('INVALID_TYPE', ['rows', index, header], value, 'must be a cell: a string');
      const text = cellOf(row, header);
      if (text.length > MAX_CELL_LENGTH) {
        issues.push(rowIssue(index, 'CELL_TOO_LONG', header, text, `is ${text.length} characters long, more than the ${MAX_CELL_LENGTH} a cell of a table may hold`));
        overlong = true;
      }
    }
    if (overlong) continue;

    // The region: a code wins, else the name through the directory.
    let regionCode: string | undefined;
    const codeText = cellOf(row, codeHeader);
    const nameText = cellOf(row, nameHeader);
    if (codeText !== '') {
      let code = codes.get(codeText);
      if (code === undefined) {
        code = attempt(() => parseRegionCodeAt(codeText, []).code);
        codes.set(codeText, code);
      }
      if (typeof code === 'string') regionCode = code;
      else issues.push(rowIssue(index, (code.issues[0] as Issue).code, codeHeader, codeText, whatIsWrong(code)));
    } else if (nameText !== '' && resolver === undefined) {
      issues.push(rowIssue(index, 'MISSING_VALUE', codeHeader, '', `is empty, and the name ${describeValue(nameText)} cannot be resolved without options.lookupRegion`));
    } else if (nameText !== '') {
      let found = names.get(nameText);
      if (found === undefined) {
        // The caller's resolver: what it throws is INPUT_THREW; its answer is read once.
        const resolve = resolver as RegionResolver;
        found = copyInput(runCallerCode(['options', 'lookupRegion'], () => resolve(nameText, scope)), ['options', 'lookupRegion']);
        names.set(nameText, found);
      }
      if (found.status === 'found') regionCode = found.region.code;
      else if (found.status === 'ambiguous') {
        const listed = found.candidates.map((c) => `${c.name} ${c.code}`).join(', ');
        issues.push(rowIssue(index, 'AMBIGUOUS_REGION', nameHeader, nameText, `names more than one region (${listed}): write it in full or give the code`, found.candidates));
      } else {
        const near = found.nearest.slice(0, 3).map((c) => `${c.name} ${c.code}`);
        const nearest = near.length > 0 ? ` (nearest: ${near.join(', ')})` : '';
        issues.push(rowIssue(index, 'UNKNOWN_REGION', nameHeader, nameText, `names no region${nearest}`, found.nearest));
      }
    } else {
      issues.push(rowIssue(index, 'MISSING_VALUE', codeHeader ?? nameHeader, '', 'is empty: every row needs its region'));
    }

    // The date: the day when given, else the month, else the table's date.
    const dayText = cellOf(row, dayHeader);
    const monthText = cellOf(row, monthHeader);
    const day = dayText === '' ? undefined : readDate(index, dayHeader, dayText);
    let month = monthText === '' ? undefined : readDate(index, monthHeader, monthText);
    if (month !== undefined && month.length !== 7) {
      issues.push(rowIssue(index, 'INVALID_DATE', monthHeader, monthText, 'is a day, not a month'));
      month = undefined;
    }
    if (day !== undefined && month !== undefined && !day.startsWith(month)) {
      issues.push(rowIssue(index, 'INVALID_DATE', dayHeader, dayText, `lies outside the row's month ${month}`));
    }
    const noDateCell = dayText === '' && monthText === '';
    const asOf = day ?? month ?? (noDateCell ? tableDate : undefined);
    if (asOf === undefined && noDateCell) {
      issues.push(rowIssue(index, 'MISSING_VALUE', dayHeader ?? monthHeader, '', 'is empty: every row needs its date'));
    }

    // Counts and figures: the usual `1.077.664` read here; anything else goes to readSnapshot
    // (the figure parser), which reads what it can and words the issue for what it cannot.
    let plain = true;
    // No prototype: an absent count is absent, whatever Object.prototype holds.
    const input: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, { regionCode: regionCode ?? PLACEHOLDER_CODE, asOf: asOf ?? PLACEHOLDER_DATE });
    for (const [field, header] of countColumns) {
      const text = cellOf(row, header);
      if (text === '') {
        if (field === 'population' || field === 'participants') {
          issues.push(rowIssue(index, 'MISSING_VALUE', header, '', `is empty: ${field} is required`));
        }
        continue;
      }
      const count = plainNumber(text);
      if (count === undefined) plain = false;
      input[field] = count ?? text;
    }
    let segments: Record<string, unknown> | undefined;
    for (const [field, header] of segmentColumns) {
      const text = cellOf(row, header);
      if (text === '') continue;
      const count = plainNumber(text);
      if (count === undefined) plain = false;
      (segments ??= Object.create(null) as Record<string, unknown>)[field] = count ?? text;
    }
    if (segments !== undefined) input['segments'] = segments;
    const coverageText = cellOf(row, coverageHeader);
    let coverage: PrintedFigure | undefined;
    if (coverageText !== '') {
      if (!coverages.has(coverageText)) {
        const figure = attempt(() => parseFigure(coverageText, { kind: 'percent', locale: settings.locale }));
        coverages.set(coverageText, figure instanceof UhcMetricsError ? undefined : figure);
      }
      coverage = coverages.get(coverageText);
      if (coverage === undefined) plain = false;
      input['printed'] = { coverage: coverageText };
    }
    if (issues.length > before) {
      // The row is already bad: still word every other bad cell of it.
      readRowCells(index, row, input, settings, byField, coverageHeader, issues);
      recordBranch(branches, cellOf(row, branchHeader), regionCode);
      continue;
    }
    const snapshot = plain ? plainSnapshot(input, coverage) : undefined;
    const checked = snapshot ?? readRowCells(index, row, input, settings, byField, coverageHeader, issues);
    recordBranch(branches, cellOf(row, branchHeader), regionCode);
    if (checked === undefined) continue;
    const key = `${checked.regionCode}@${checked.asOf}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const [header, text] = codeText !== '' ? [codeHeader, codeText] : [nameHeader, nameText];
      issues.push(rowIssue(index, 'DUPLICATE_SNAPSHOT', header, text, `repeats region ${checked.regionCode} on ${checked.asOf} (first at rows[${earlier}])`));
      continue;
    }
    seen.set(key, index);
    snapshots.push(checked);
    snapshotRows.push(index);
    for (const note of notesOf(checked, [])) notes.push(Object.freeze({ row: index, note }));
  }

  const areas = [...branches].map(([name, members]): Area => Object.freeze({ id: name, name, members: Object.freeze([...members].sort()) }));
  return Object.freeze({
    snapshots: Object.freeze(snapshots),
    snapshotRows: Object.freeze(snapshotRows),
    areas: Object.freeze(areas),
    notes: Object.freeze(notes),
    issues: Object.freeze(issues),
    columns: Object.freeze(byHeader),
  });
}
