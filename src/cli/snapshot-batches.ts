import { dayNumberOf, isoDateOf } from '../internal/calendar.js';
import type { RowIssue } from './collect-rows.js';

/** The counts of one snapshot that the command reports. */
export interface SnapshotCounts {
  readonly regionCode: string;
  readonly asOf: string;
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants?: number | undefined;
}

/** What a rows-to-snapshots function returns, as far as the command reads it. */
interface RowsToSnapshotsResult {
  /** The snapshots of the good rows, in row order. */
  readonly snapshots: readonly SnapshotCounts[];
  /** For each snapshot, the index of its row in the rows given. */
  readonly snapshotRows: readonly number[];
  /** One per bad cell; `row` absent for a problem of a whole column. */
  readonly issues: readonly { readonly row?: number; readonly column?: string; readonly reason: string }[];
}

/** Rows as a CSV parser returns them (records of strings, keyed by header) to snapshots. */
export type RowsToSnapshots = (rows: readonly Readonly<Record<string, string>>[]) => RowsToSnapshotsResult;

/** Rows per call: enough to amortise the call, few enough that a million rows never exist as objects at once. */
const BATCH_ROWS = 4096;

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The day a snapshot date stands for in the columnar table, which holds days: a day as it is, a
 * month (`2024-08`) as its last day, as the library counts a monthly figure (membership when the
 * month closed).
 */
export function tableDay(asOf: string): string | undefined {
  const month = ISO_MONTH.exec(asOf);
  if (month === null) return dayNumberOf(asOf) === undefined ? undefined : asOf;
  const number = Number(month[2]);
  if (number < 1 || number > 12) return undefined;
  const next = new Date(0);
  next.setUTCFullYear(Number(month[1]), number, 0);
  return isoDateOf(next.getTime() / 86_400_000);
}

/**
 * Feeds a table's records to a rows-to-snapshots function in batches, and hands back each
 * snapshot with its line, and each issue with its line and column.
 */
export class SnapshotBatches {
  readonly #header: readonly string[];
  readonly #convert: RowsToSnapshots;
  readonly #onSnapshot: (snapshot: SnapshotCounts, line: number, cells: readonly string[]) => void;
  readonly #onIssue: (issue: RowIssue) => void;
  #rows: Record<string, string>[] = [];
  #cells: (readonly string[])[] = [];
  #lines: number[] = [];
  #first = true;

  constructor(
    header: readonly string[],
    convert: RowsToSnapshots,
    onSnapshot: (snapshot: SnapshotCounts, line: number, cells: readonly string[]) => void,
    onIssue: (issue: RowIssue) => void,
  ) {
    this.#header = header;
    this.#convert = convert;
    this.#onSnapshot = onSnapshot;
    this.#onIssue = onIssue;
  }

  /** Adds one record (its cells in header order) from a line of the file. */
  add(cells: readonly string[], line: number): void {
    const row: Record<string, string> = {};
    this.#header.forEach((header, index) => {
      row[header] = cells[index] ?? '';
    });
    this.#rows.push(row);
    this.#cells.push(cells);
    this.#lines.push(line);
    if (this.#rows.length >= BATCH_ROWS) this.flush();
  }

  /** Converts the records held. */
  flush(): void {
    if (this.#rows.length === 0) return;
    const result = this.#convert(this.#rows);
    const lines = this.#lines;
    const cells = this.#cells;
    // Issues in row order, each snapshot after the issues of rows before it, so that messages keep the file's order.
    for (const issue of result.issues) {
      // A problem of a whole column (an unknown header) is the same in every batch: say it once.
      if (issue.row === undefined && !this.#first) continue;
      this.#onIssue({
        unit: 'line',
        line: issue.row === undefined ? 1 : (lines[issue.row] as number),
        column: issue.column,
        // The reason alone: the command says where itself, by line.
        message: issue.reason,
      });
    }
    result.snapshots.forEach((snapshot, index) => {
      const row = result.snapshotRows[index] as number;
      this.#onSnapshot(snapshot, lines[row] as number, cells[row] as readonly string[]);
    });
    this.#first = false;
    this.#rows = [];
    this.#cells = [];
    this.#lines = [];
  }
}
