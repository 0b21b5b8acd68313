// From CSV rows to snapshots through the library's `snapshotsFromRows`: which column feeds
// which field (detected from Indonesian headers), the snapshots of the good rows, one issue per
// bad cell and the notes on rows that were read. A bad row is reported, never dropped silently.
import { isUhcMetricsError, snapshotsFromRows } from 'uhc-metrics';
import type { RegionResolver, Snapshot } from 'uhc-metrics';
import type { CsvRow, CsvRowProblem } from './parse-csv.js';

/** Which field a CSV column feeds; `undefined` when the column is not used. */
interface ColumnMapping {
  readonly column: string;
  readonly field: string | undefined;
}

/**
 * One problem in the table: the row as a spreadsheet numbers it (the header is row 1; absent
 * for a problem of a whole column), the column, the cell, what is wrong (a code the page words
 * in its language), the library's own sentence, and for a name the regions it may stand for.
 */
interface RowIssue {
  readonly row: number | undefined;
  readonly column: string;
  readonly value: string;
  readonly code: string;
  readonly message: string;
  readonly candidates: readonly string[];
}

/** A row that was read, with something unusual but legitimate about it. */
interface RowNote {
  readonly row: number;
  readonly code: string;
  readonly message: string;
}

/** A table read: its snapshots, the names of their regions, its column mapping, issues and notes. */
export interface TableInput {
  readonly snapshots: readonly Snapshot[];
  readonly names: ReadonlyMap<string, string>;
  readonly mapping: readonly ColumnMapping[];
  readonly issues: readonly RowIssue[];
  readonly notes: readonly RowNote[];
}

/** What reading a table needs besides its rows. */
export interface ReadTableOptions {
  /** Resolves region names (`lookupRegion` of `uhc-metrics/regions`). */
  readonly lookupRegion: RegionResolver;
  /** The official name of a region code, for the report. */
  readonly regionName: (code: string) => string | undefined;
  /** How slashed dates are written; without it `01/07/2024` is an issue, never a guess. */
  readonly dayFormat: 'dd/mm/yyyy' | undefined;
  /** Scopes name lookups to one province (`'18'`), or none. */
  readonly province: string | undefined;
}

// A row index as the library gives it (0 is the first row after the header) as a spreadsheet numbers it.
const sheetRow = (index: number): number => index + 2;

/** Reads CSV rows (header to cell text) into snapshots with every issue. */
export function readTable(
  headers: readonly string[],
  rows: readonly CsvRow[],
  problems: readonly CsvRowProblem[],
  options: ReadTableOptions,
): TableInput {
  const csvIssues: RowIssue[] = problems.map((problem) => ({
    row: sheetRow(problem.index), column: '', value: '', code: 'CSV', message: problem.message, candidates: [],
  }));
  let result: ReturnType<typeof snapshotsFromRows>;
  try {
    result = snapshotsFromRows(rows, {
      lookupRegion: options.lookupRegion,
      ...(options.dayFormat === undefined ? {} : { dayFormat: options.dayFormat }),
      ...(options.province === undefined ? {} : { province: options.province }),
    });
  } catch (error) {
    // A table the columns of which cannot be read at all (no population column, two columns of
    // participants): one issue for the whole table.
    if (!isUhcMetricsError(error)) throw error;
    const issue = error.issues[0];
    return {
      snapshots: [],
      names: new Map(),
      mapping: headers.map((column) => ({ column, field: undefined })),
      issues: [...csvIssues, {
        row: undefined, column: String(issue?.value ?? ''), value: '', code: issue?.code ?? error.code, message: error.message, candidates: [],
      }],
      notes: [],
    };
  }
  const names = new Map<string, string>();
  for (const snapshot of result.snapshots) names.set(snapshot.regionCode, options.regionName(snapshot.regionCode) ?? snapshot.regionCode);
  return {
    snapshots: result.snapshots,
    names,
    mapping: headers.map((column) => ({ column, field: result.columns[column] })),
    issues: [
      ...csvIssues,
      ...result.issues.map((issue) => ({
        row: issue.row === undefined ? undefined : sheetRow(issue.row),
        column: issue.column ?? '',
        value: issue.value ?? '',
        code: issue.code,
        // The row and the column have cells of their own, the row numbered as the spreadsheet does.
        message: issue.reason,
        candidates: (issue.candidates ?? []).map((candidate) => `${candidate.name} (${candidate.code})`),
      })),
    ],
    notes: result.notes.map(({ row, note }) => ({ row: sheetRow(row), code: note.code, message: note.message })),
  };
}
