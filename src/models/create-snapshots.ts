import { UhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import { assertArray, collectIssues } from '../internal/assert.js';
import { copyInput } from '../internal/copy-input.js';
import { checkSnapshotFields } from './read-snapshot.js';
import { copiedRowFields } from './snapshot-fields.js';
import type { Snapshot } from './snapshot.js';
import type { SnapshotInput } from './snapshot-input.js';
import { notesOf, type SnapshotNote } from './snapshot-note.js';
import { resolveSnapshotOptions, type CreateSnapshotOptions } from './snapshot-options.js';

/**
 * Options of {@link createSnapshots} and {@link safeCreateSnapshots}: the same as for one
 * snapshot, applied to every row.
 *
 * @example
 * ```ts
 * const options: CreateSnapshotsOptions = { locale: 'id', unknownFields: 'ignore' };
 * ```
 *
 * @category Models
 */
export interface CreateSnapshotsOptions extends CreateSnapshotOptions {}

/**
 * The outcome of {@link safeCreateSnapshots}: every snapshot and every note (paths starting with
 * the row index), or every issue found in every row.
 *
 * @example
 * ```ts
 * const result: SafeCreateSnapshotsResult = safeCreateSnapshots([]);
 * result.success ? result.output : undefined;
 * // => []
 * ```
 *
 * @category Models
 */
export type SafeCreateSnapshotsResult =
  | {
      /** The input was valid. */
      readonly success: true;
      /** One snapshot per row, in row order, deeply frozen. */
      readonly output: readonly Snapshot[];
      /** Unusual but legitimate findings, paths starting with the row index; empty when none. */
      readonly notes: readonly SnapshotNote[];
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Every problem found, at least one, each with its path and value. */
      readonly issues: readonly [Issue, ...Issue[]];
    };

/** Every row checked; issue and note paths start with the row index. */
function validateRows(rows: unknown, options: CreateSnapshotsOptions | undefined): SafeCreateSnapshotsResult {
  const settings = resolveSnapshotOptions(copyInput(options, ['options']));
  const issues: Issue[] = [];
  const list = collectIssues(issues, () => {
    assertArray(rows, []);
    return rows;
  });
  const output: Snapshot[] = [];
  const notes: SnapshotNote[] = [];
  for (const [index, row] of (list ?? []).entries()) {
    // The rows are private copies already: their fields are taken as they are, not copied again.
    const fields = copiedRowFields(row, [index], issues);
    const snapshot = fields === undefined ? undefined : checkSnapshotFields(fields, [index], settings, issues);
    if (snapshot !== undefined && issues.length === 0) {
      output.push(snapshot);
      notes.push(...notesOf(snapshot, [index]));
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) {
    return Object.freeze({ success: false, issues: Object.freeze([first, ...rest]) as [Issue, ...Issue[]] });
  }
  return Object.freeze({ success: true, output: Object.freeze(output), notes: Object.freeze(notes) });
}

/**
 * Builds a {@link Snapshot} from every row of a table (parsed JSON rows or CSV records), checking
 * every row as {@link createSnapshot} does and reporting the problems of all rows at once.
 *
 * @param rows - an array of snapshot inputs
 * @param options - as for {@link createSnapshot}, applied to every row
 * @returns the snapshots in row order, the array and each snapshot deeply frozen
 * @throws {@link UhcMetricsError} carrying every issue of every row, each path starting with the
 *   row index (`[3, 'population']`); its `code` is the problem's own when there is one and
 *   `INVALID_INPUT` when there are several, its `path` and `value` the first problem's; `INVALID_TYPE`
 *   when `rows` is not an array; `INVALID_OPTION` for unknown or bad options.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * createSnapshots([
 *   { regionCode: '1872', asOf: '2024-07-01', population: '170.000', participants: '168.000' },
 *   { regionCode: '1801', asOf: '2024-07-01', population: 1_100_000, participants: 1_050_000 },
 * ]).map((snapshot) => snapshot.regionCode);
 * // => ['18.72', '18.01']
 * try {
 *   // Rows from a JSON file: their shape is checked at runtime.
 *   createSnapshots(JSON.parse('[{"regionCode":"18","asOf":"2024-07-01","population":10,"participants":5},{"regionCode":"18"}]'));
 * } catch (error) {
 *   if (isUhcMetricsError(error)) {
 *     error.issues.map((issue) => issue.path);
 *     // => [[1, 'asOf'], [1, 'population'], [1, 'participants']]
 *     // Several problems: the code says so, the path and value are the first problem's.
 *     [error.code, error.path, error.issues[0]?.code];
 *     // => ['INVALID_INPUT', [1, 'asOf'], 'INVALID_DATE']
 *   }
 * }
 * ```
 *
 * @category Models
 */
export function createSnapshots(rows: readonly SnapshotInput[], options?: CreateSnapshotsOptions): readonly Snapshot[] {
  // Read once into a private copy (own fields only, -0 as 0); what a getter throws is thrown.
  const result = validateRows(copyInput(rows, []), options);
  if (!result.success) throw new UhcMetricsError(result.issues);
  return result.output;
}

/**
 * {@link createSnapshots} that returns the problems of all rows instead of throwing them, and the
 * notes of all snapshots with the snapshots.
 *
 * @param rows - an array of snapshot inputs
 * @param options - as for {@link createSnapshot}, applied to every row
 * @returns `{ success: true, output, notes }` (notes' paths start with the row index), or
 *   `{ success: false, issues }` with every issue of every row, paths starting with the row index
 * @throws {@link UhcMetricsError} `INVALID_OPTION` for unknown or bad options only
 *
 * @example
 * ```ts
 * const result = safeCreateSnapshots([
 *   { regionCode: '18', asOf: '2024-07-01', population: 100, participants: 90 },
 *   { regionCode: '3215', asOf: '2025-12-31', population: 400, participants: 401 },
 * ]);
 * result.success ? result.notes.map((note) => [note.code, note.path]) : [];
 * // => [['PARTICIPANTS_ABOVE_POPULATION', [1, 'participants']]]
 * ```
 *
 * @category Models
 */
export function safeCreateSnapshots(rows: unknown, options?: CreateSnapshotsOptions): SafeCreateSnapshotsResult {
  // Read once into a private copy; what a getter throws is returned as an issue.
  const issues: Issue[] = [];
  const given = collectIssues(issues, () => copyInput(rows, []));
  const [first, ...rest] = issues;
  if (first !== undefined) return Object.freeze({ success: false, issues: Object.freeze([first, ...rest]) as [Issue, ...Issue[]] });
  return validateRows(given, options);
}
