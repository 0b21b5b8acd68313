import type { UhcMetricsErrorCode } from '../errors/uhc-metrics-error.js';
import type { RegionCandidate } from '../models/region-lookup.js';
import type { SnapshotNote } from '../models/snapshot-note.js';

/**
 * Why a cell or a column of a table was not read: the codes of {@link UhcMetricsError}
 * (`INVALID_COUNT` for `'12.3a4'`, `INVALID_DATE` for month 13, `UNKNOWN_REGION` and
 * `AMBIGUOUS_REGION` for names, `DUPLICATE_SNAPSHOT` for a region twice on one date, ...), and
 * `UNKNOWN_COLUMN` for a header that names no field, `MISSING_VALUE` for a blank required
 * cell and `CELL_TOO_LONG` for a cell of more than 1 000 characters (left unread).
 *
 * @category Tables
 */
export type RowIssueCode = UhcMetricsErrorCode | 'UNKNOWN_COLUMN' | 'MISSING_VALUE' | 'CELL_TOO_LONG';

/**
 * One problem in a table: which row (its index in the rows given, 0 for the first record after
 * the header, so spreadsheet row `row + 2`), which column (the header as written), the cell's
 * value (at most 100 characters) and what is wrong. A column problem (an unknown header) has no
 * row.
 *
 * @example
 * ```ts
 * const issue: RowIssue = {
 *   code: 'INVALID_COUNT',
 *   row: 4,
 *   column: 'Jumlah Peserta',
 *   value: '1.2O3.456',
 *   message: 'row 4, column "Jumlah Peserta": "1.2O3.456" is not a count',
 * };
 * ```
 *
 * @category Tables
 */
export interface RowIssue {
  /** What is wrong. */
  readonly code: RowIssueCode;
  /** The row's index in the rows given; absent for a problem of a whole column. */
  readonly row?: number;
  /** The column's header as written; absent for a problem of a whole row. */
  readonly column?: string;
  /** The cell's value, at most 100 characters (longer values are cut and end in `...`). */
  readonly value?: string;
  /** English explanation naming the row, the column and the value. */
  readonly message: string;
  /** For a name: the regions it may stand for (ambiguous) or the nearest ones (unknown). */
  readonly candidates?: readonly RegionCandidate[];
}

/**
 * A note on a row that did become a snapshot: something unusual but legitimate, such as
 * active plus non-active participants that fall short of participants.
 *
 * @example
 * ```ts
 * const note: RowNote = {
 *   row: 2,
 *   note: {
 *     code: 'PARTICIPANTS_ABOVE_POPULATION', path: ['participants'],
 *     message: 'participants (1018) exceed population (1000) by 18 people', peopleAbovePopulation: 18,
 *   },
 * };
 * ```
 *
 * @category Tables
 */
export interface RowNote {
  /** The row's index in the rows given. */
  readonly row: number;
  /** The note, its path relative to the snapshot. */
  readonly note: SnapshotNote;
}
