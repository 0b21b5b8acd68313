import { UhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import type { FigureLocale } from '../figures/figure-locale.js';
import { assertArray, assertOptions, assertRecord, fail } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import type { Area } from '../areas/area.js';
import { parseRegionCodeAt } from '../models/region-code.js';
import type { RegionCandidate, RegionLookup, RegionLookupOptions, RegionResolver } from '../models/region-lookup.js';
import { readSnapshot } from '../models/read-snapshot.js';
import { SEGMENT_NAMES } from '../models/segment-names.js';
import { notesOf } from '../models/snapshot-note.js';
import { resolveSnapshotOptions } from '../models/snapshot-options.js';
import type { IsoDate, SegmentName, Snapshot } from '../models/snapshot.js';
import { parseReportDate, type DayDateFormat } from './parse-report-date.js';
import type { RowIssue, RowIssueCode, RowNote } from './row-issue.js';
import { fieldOfHeader, type TableField } from './table-field.js';

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
  readonly columns?: { readonly [Field in TableField]?: string };
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
// A count as Indonesian Excel writes it: `1.077.664` or `1077664`; anything else goes to the figure parser.
const PLAIN_COUNT_ID = /^\d{1,3}(?:\.\d{3})*$|^\d+$/;
const PLAIN_COUNT_EN = /^\d{1,3}(?:,\d{3})*$|^\d+$/;

/** The expectation of a single-value error, without its path and its value: `must be ...`. */
function whatIsWrong(error: UhcMetricsError): string {
  return (error.issues[0] as Issue).message.replace(/^input /, '').replace(/, got .*$/, '');
}

/** A cell's value cut to 100 characters. */
function bounded(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 3)}...` : value;
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
    if (fieldOfKnownName(field) === undefined) fail('INVALID_OPTION', ['options', 'columns', field], header, 'is not a table field');
    if (header === undefined) continue;
    if (typeof header !== 'string' || !headers.includes(header)) {
      fail('INVALID_OPTION', ['options', 'columns', field], header, `must be one of the headers (${headers.map((h) => JSON.stringify(h)).join(', ')})`);
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
      fail('INVALID_OPTION', ['options', 'columns', field], header, `is a second column for ${field} (first: ${JSON.stringify(byField.get(field))}): map the right one with options.columns`);
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
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `rows` is not an array of records;
 *   `INVALID_OPTION` for an unknown option, a mapped header not in the table, a second column of
 *   one field, a required field with no column, or names to resolve with no `lookupRegion`;
 *   `INVALID_DATE` for a bad `options.asOf`.
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

  const first = rows[0];
  if (rows.length > 0) assertRecord(first, ['rows', 0]);
  const headers = first === undefined ? [] : Object.keys(first);
  const { byField, byHeader } = mapColumns(headers, columnsOption);
  const issues: RowIssue[] = [];
  if (unknownColumns === 'report') {
    for (const header of headers) {
      if (byHeader[header] === undefined) {
        issues.push(Object.freeze({ code: 'UNKNOWN_COLUMN', column: header, message: `column ${JSON.stringify(bounded(header))} names no field: map it with options.columns or pass unknownColumns: 'ignore'` }));
      }
    }
  }
  if (rows.length > 0) {
    const need = (field: TableField, alternatives: string): void => {
      if (!byField.has(field)) fail('INVALID_OPTION', ['options', 'columns', field], undefined, `has no column: ${alternatives}`);
    };
    if (!byField.has('regionCode')) need('regionName', 'give a region code or name column');
    if (!byField.has('asOf') && !byField.has('month') && tableDate === undefined) need('asOf', 'give a date or month column, or options.asOf');
    need('population', 'give a population column');
    need('participants', 'give a participants column');
    // With a code column, a resolver is needed only by rows without a code: those are issues.
    if (byField.has('regionName') && !byField.has('regionCode') && resolver === undefined) {
      fail('INVALID_OPTION', ['options', 'lookupRegion'], undefined, 'is needed to resolve region names: pass lookupRegion from uhc-metrics/regions');
    }
  }

  const names = new Map<string, RegionLookup>();
  const dates = new Map<string, IsoDate | UhcMetricsError>();
  const scope: RegionLookupOptions | undefined = province === undefined ? undefined : { province: province as string };
  const plainCount = settings.locale === 'id' ? PLAIN_COUNT_ID : PLAIN_COUNT_EN;
  const groupSeparator = settings.locale === 'id' ? /\./g : /,/g;
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

  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) fail('INVALID_TYPE', ['rows', index], row, 'must be a record of strings');
    const before = issues.length;
    const cell = (header: string | undefined): string => {
      if (header === undefined) return '';
      const value: unknown = row[header];
      return typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
    };
    const issue = (code: RowIssueCode, header: string | undefined, value: string, what: string, candidates?: readonly RegionCandidate[]): void => {
      const shown = bounded(value);
      issues.push(
        Object.freeze({
          code,
          row: index,
          ...(header === undefined ? {} : { column: header }),
          value: shown,
          message: `row ${index}${header === undefined ? '' : `, column ${JSON.stringify(bounded(header))}`}: ${describeValue(value)} ${what}`,
          ...(candidates === undefined ? {} : { candidates }),
        }),
      );
    };

    // The region: a code wins, else the name through the directory.
    let regionCode: string | undefined;
    const codeText = cell(codeHeader);
    const nameText = cell(nameHeader);
    if (codeText !== '') {
      try {
        regionCode = parseRegionCodeAt(codeText, []).code;
      } catch (error) {
        if (!(error instanceof UhcMetricsError)) throw error;
        issue((error.issues[0] as Issue).code, codeHeader, codeText, whatIsWrong(error));
      }
    } else if (nameText !== '' && resolver === undefined) {
      issue('MISSING_VALUE', codeHeader, '', `is empty, and the name ${describeValue(nameText)} cannot be resolved without options.lookupRegion`);
    } else if (nameText !== '') {
      let found = names.get(nameText);
      if (found === undefined) {
        found = (resolver as RegionResolver)(nameText, scope);
        names.set(nameText, found);
      }
      if (found.status === 'found') regionCode = found.region.code;
      else if (found.status === 'ambiguous') {
        issue('AMBIGUOUS_REGION', nameHeader, nameText, `names more than one region (${found.candidates.map((c) => `${c.name} ${c.code}`).join(', ')}): write it in full or give the code`, found.candidates);
      } else {
        const near = found.nearest.slice(0, 3);
        issue('UNKNOWN_REGION', nameHeader, nameText, `names no region${near.length > 0 ? ` (nearest: ${near.map((c) => `${c.name} ${c.code}`).join(', ')})` : ''}`, found.nearest);
      }
    } else {
      issue('MISSING_VALUE', codeHeader ?? nameHeader, '', 'is empty: every row needs its region');
    }

    // The date: the day when given, else the month, else the table's date.
    const readDate = (header: string | undefined, text: string): IsoDate | undefined => {
      let parsed = dates.get(text);
      if (parsed === undefined) {
        try {
          parsed = parseReportDate(text, dateOptions);
        } catch (error) {
          if (!(error instanceof UhcMetricsError)) throw error;
          parsed = error;
        }
        dates.set(text, parsed);
      }
      if (typeof parsed === 'string') return parsed;
      issue('INVALID_DATE', header, text, whatIsWrong(parsed));
      return undefined;
    };
    const dayText = cell(dayHeader);
    const monthText = cell(monthHeader);
    const day = dayText === '' ? undefined : readDate(dayHeader, dayText);
    const month = monthText === '' ? undefined : readDate(monthHeader, monthText);
    if (month !== undefined && month.length !== 7) issue('INVALID_DATE', monthHeader, monthText, 'is a day, not a month');
    if (day !== undefined && month !== undefined && month.length === 7 && !day.startsWith(month)) {
      issue('INVALID_DATE', dayHeader, dayText, `lies outside the row's month ${month}`);
    }
    const asOf = day ?? (month !== undefined && month.length === 7 ? month : undefined) ?? (dayText === '' && monthText === '' ? tableDate : undefined);
    if (asOf === undefined && dayText === '' && monthText === '') {
      issue('MISSING_VALUE', dayHeader ?? monthHeader, '', 'is empty: every row needs its date');
    }

    // Counts: the usual `1.077.664` read here; anything else by the figure parser, for its message.
    // A region or date already reported stands in as a valid placeholder: the row is dropped with its issue.
    const input: Record<string, unknown> = { regionCode: regionCode ?? '11', asOf: asOf ?? '2000-01-01' };
    for (const [field, header] of countColumns) {
      const text = cell(header);
      if (text === '') {
        if (field === 'population' || field === 'participants') issue('MISSING_VALUE', header, '', `is empty: ${field} is required`);
        continue;
      }
      input[field] = plainCount.test(text) ? Number(text.replace(groupSeparator, '')) : text;
    }
    if (segmentColumns.length > 0) {
      const segments: Record<string, unknown> = {};
      for (const [field, header] of segmentColumns) {
        const text = cell(header);
        if (text !== '') segments[field] = plainCount.test(text) ? Number(text.replace(groupSeparator, '')) : text;
      }
      input['segments'] = segments;
    }
    const coverageText = cell(coverageHeader);
    if (coverageText !== '') input['printed'] = { coverage: coverageText };
    const found: Issue[] = [];
    const snapshot = readSnapshot(input, [], settings, found);
    for (const problem of found) {
      const [field, sub] = problem.path as readonly string[];
      const header = field === 'segments' ? byField.get(sub as TableField) : field === 'printed' ? coverageHeader : byField.get(field as TableField);
      const text = header === undefined ? String(problem.value) : cell(header);
      // A blank required cell is already reported as missing.
      if (text === '' && (field === 'population' || field === 'participants')) continue;
      issue(problem.code, header, text, problem.message.replace(/^\S+ /, '').replace(/, got .*$/, ''));
    }

    const branchText = cell(branchHeader);
    if (branchText !== '' && regionCode !== undefined) {
      let members = branches.get(branchText);
      if (members === undefined) branches.set(branchText, (members = new Set()));
      members.add(regionCode);
    }
    if (issues.length > before || snapshot === undefined) continue;
    const key = `${snapshot.regionCode}@${snapshot.asOf}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issue('DUPLICATE_SNAPSHOT', codeText !== '' ? codeHeader : nameHeader, codeText !== '' ? codeText : nameText, `repeats region ${snapshot.regionCode} on ${snapshot.asOf} (first at row ${earlier})`);
      continue;
    }
    seen.set(key, index);
    snapshots.push(snapshot);
    snapshotRows.push(index);
    for (const note of notesOf(snapshot, [])) notes.push(Object.freeze({ row: index, note }));
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
