// From CSV rows to snapshots: which column feeds which field, the snapshots of the good rows,
// and one issue per bad cell. A bad row is reported, never dropped silently.
import { parseRegionCode, provinceName, safeCreateSnapshot } from 'uhc-metrics';
import type { Snapshot } from 'uhc-metrics';
import type { CsvRow, CsvRowProblem } from './parse-csv.js';

/** Which snapshot field a CSV column feeds; `undefined` when the column is not used. */
interface ColumnMapping {
  readonly column: string;
  readonly field: string | undefined;
}

/** One problem in one row: the row as a spreadsheet numbers it (the header is row 1), the column and the cell. */
interface RowIssue {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

/** A table read: its snapshots, the names it gave regions, its column mapping and its row issues. */
export interface TableInput {
  readonly snapshots: readonly Snapshot[];
  readonly names: ReadonlyMap<string, string>;
  readonly mapping: readonly ColumnMapping[];
  readonly issues: readonly RowIssue[];
}

// The snapshot fields a column may feed, and the column that names the region.
const FIELDS = ['regionCode', 'asOf', 'population', 'populationPeriod', 'participants', 'activeParticipants'] as const;
const NAME_FIELD = 'name';

function fieldOf(column: string): string | undefined {
  const wanted = column.trim().toLowerCase();
  return [...FIELDS, NAME_FIELD].find((field) => field.toLowerCase() === wanted);
}

function describe(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The name a region goes by: the table's, else a province's official name, else its code. */
function nameOf(code: string, given: string | undefined): string {
  if (given !== undefined && given.trim() !== '') return given.trim();
  return parseRegionCode(code).level === 'province' ? provinceName(code) : code;
}

/** Reads CSV rows whose headers are snapshot field names (`regionCode`, `asOf`, `population`, ...). */
export function readTable(headers: readonly string[], rows: readonly CsvRow[], problems: readonly CsvRowProblem[]): TableInput {
  const mapping = headers.map((column) => ({ column, field: fieldOf(column) }));
  const columnOf = new Map(mapping.flatMap(({ column, field }) => (field === undefined ? [] : [[field, column] as const])));
  const issues: RowIssue[] = problems.map((problem) => ({ row: problem.index + 2, column: '', value: '', message: problem.message }));
  for (const field of ['regionCode', 'asOf', 'population', 'participants'] as const) {
    if (!columnOf.has(field)) issues.push({ row: 1, column: field, value: '', message: `no column feeds ${field}` });
  }
  const snapshots: Snapshot[] = [];
  const names = new Map<string, string>();
  if (issues.some((issue) => issue.row === 1)) return { snapshots, names, mapping, issues };
  rows.forEach((row, index) => {
    const input = Object.fromEntries(FIELDS.flatMap((field) => {
      const column = columnOf.get(field);
      return column === undefined ? [] : [[field, row[column]]];
    }));
    const result = safeCreateSnapshot(input, { locale: 'id' });
    if (result.success) {
      snapshots.push(result.output);
      const nameColumn = columnOf.get(NAME_FIELD);
      names.set(result.output.regionCode, nameOf(result.output.regionCode, nameColumn === undefined ? undefined : row[nameColumn]));
      return;
    }
    for (const issue of result.issues) {
      const field = String(issue.path[0] ?? '');
      issues.push({ row: index + 2, column: columnOf.get(field) ?? field, value: describe(issue.value), message: issue.message });
    }
  });
  return { snapshots, names, mapping, issues };
}
