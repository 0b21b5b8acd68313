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
 * One problem in a table: which row (its index in the rows given: 0 for the first record after
 * the header, so line `row + 2` of a spreadsheet with one header line), which column (the header
 * as written), the cell's value (at most 100 characters) and what is wrong, as `reason` alone and
 * as a `message` that says where first. The message names the row by its index, as `rows[4]`,
 * never as a line number. A column problem (an unknown header) has no row.
 *
 * @example
 * ```ts
 * const { issues } = snapshotsFromRows([
 *   { kode: '18.01', tanggal: '2024-07-01', penduduk: '1.077.664', peserta: '1.058.127' },
 *   { kode: '18.72', tanggal: '2024-07-01', penduduk: '172.354', peserta: '1.2O3.456' },
 * ]);
 * const [issue] = issues;
 * [issue?.code, issue?.row, issue?.column, issue?.value];
 * // => ['INVALID_COUNT', 1, 'peserta', '1.2O3.456']
 * issue?.reason;
 * // => `"1.2O3.456" must be a printed figure in locale 'id' ('.' groups thousands and must be followed by exactly three digits in "1.2O3.456")`
 * issue?.message;
 * // => `rows[1], column "peserta": "1.2O3.456" must be a printed figure in locale 'id' ('.' groups thousands and must be followed by exactly three digits in "1.2O3.456")`
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
  /**
   * What is wrong with the value, in English, without saying where: `"1.2O3.456" is not a
   * count`. For a program that words the place itself (a line number, a cell reference).
   */
  readonly reason: string;
  /**
   * English explanation naming the row by its index (`rows[4]`), the column and the value, then
   * the reason: `rows[4], column "Jumlah Peserta": "1.2O3.456" is not a count`.
   */
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
