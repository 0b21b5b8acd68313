import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, fail } from '../internal/assert.js';
import { runCallerCode } from '../internal/caller-code.js';
import { ownField } from '../internal/copy-input.js';
import type { RegionCounts } from '../metrics/region-counts.js';
import { isCount } from './is-count.js';
import { throwRowError, type RowField } from './row-error.js';
import { registerTable, type SnapshotTable } from './snapshot-table.js';
import { TableEncoder } from './table-encoder.js';

/** What the loop reads when the caller's code (a getter, a proxy) may run: a field, or the row itself. */
const FIELDS: readonly RowField[] = ['regionCode', 'asOf', 'population', 'participants', 'activeParticipants'];
const READING_ROW = FIELDS.length;
const READING_NOTHING = -1;

/**
 * Builds a {@link SnapshotTable} from an array of snapshot-like objects (a `Snapshot`, a
 * roll-up row or a parsed JSON record fits), validating every row once.
 *
 * Each row needs `regionCode` (a Kemendagri code, dotted or not), `asOf` (an ISO date) and
 * `population` and `participants` (non-negative safe integers); `activeParticipants` is
 * optional and at most `participants` (leave it out where it was not reported: `null` is
 * refused, as {@link rollUp} refuses it). Other fields are ignored. Each distinct code and date is
 * validated once, so the cost is one pass over the rows. Errors are those {@link rollUp} reports
 * for the same rows, in the same order: the first bad row wins.
 *
 * Each row, and each of its five fields, is read once, on every path (a duplicate or a bad row
 * included): a getter is called once, and only own fields count (an inherited one is absent).
 *
 * @param snapshots - the rows; not mutated
 * @returns the table, frozen, rows in input order
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `snapshots` is not an array or a row not an
 *   object (`[3]`); `INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` (`[3, 'regionCode']`);
 *   `INVALID_DATE` (`[3, 'asOf']`); `INVALID_COUNT` for a count that is not a non-negative safe
 *   integer (`[3, 'population']`); `INCONSISTENT_COUNTS` when `activeParticipants` exceeds
 *   `participants`; `DUPLICATE_SNAPSHOT` (`[3]`; its value is the row as read, in the form
 *   {@link tableRow} gives) for a row repeating an earlier row's region (compared normalised) and
 *   date.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while a row is
 *   read (a getter, a proxy trap, a revoked proxy), at the row or the field (`[3, 'asOf']`); the
 *   original is its `cause`
 *
 * @example
 * ```ts
 * const table = tableFromSnapshots([
 *   { regionCode: '3310', asOf: '2023-03-01', population: 20, participants: 19 },
 *   { regionCode: '33.11', asOf: '2023-03-01', population: 0, participants: 0 },
 * ]);
 * [table.rowCount, table.regionCodes];
 * // => [2, ['33.10', '33.11']]
 * tableRow(table, 0);
 * // => { regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 }
 * ```
 *
 * @example
 * ```ts
 * try {
 *   tableFromSnapshots([{ regionCode: '18', asOf: '2024-07-01', population: -1, participants: 0 }]);
 * } catch (error) {
 *   if (isUhcMetricsError(error)) {
 *     [error.code, error.path];
 *     // => ['INVALID_COUNT', [0, 'population']]
 *   }
 * }
 * ```
 *
 * @category Bulk tables
 */
export function tableFromSnapshots(snapshots: readonly RegionCounts[]): SnapshotTable {
  const rows: unknown = snapshots;
  assertArray(rows, []);
  const rowCount = runCallerCode([], () => rows.length);
  const encoder = new TableEncoder(rowCount);
  // A duplicate's error shows the row as the encoder holds it: reading the row again would call
  // the caller's getters a second time (a proxy revoked since would answer differently), and an
  // array keeping every row, only for that error, slowed the whole ingest markedly when measured.
  const pathOf = (index: number): IssuePath => [index];
  const valueOf = (index: number): unknown => encoder.rowOf(index);
  // Plain objects (a parsed JSON row, a Snapshot) hold their fields themselves as long as
  // Object.prototype holds none of them: then no field needs an own-property check.
  const plainIsOwn = !FIELDS.some((field) => field in Object.prototype);
  let reading = READING_NOTHING;
  let index = 0;
  try {
    for (; index < rowCount; index += 1) {
      reading = READING_ROW;
      const row: unknown = rows[index];
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        reading = READING_NOTHING;
        encoder.assertNoDuplicateBefore(index, pathOf, valueOf);
        fail('INVALID_TYPE', [index], row, 'must be an object');
      }
      const prototype: unknown = Object.getPrototypeOf(row);
      const plain = prototype === null || (prototype === Object.prototype && plainIsOwn);
      const record = row as Partial<Record<RowField, unknown>>;
      // Each field read once, in the order the per-snapshot validation reads them.
      reading = 0;
      const code = plain ? record.regionCode : ownField(row, 'regionCode');
      reading = 1;
      const date = plain ? record.asOf : ownField(row, 'asOf');
      reading = 2;
      const people = plain ? record.population : ownField(row, 'population');
      reading = 3;
      const members = plain ? record.participants : ownField(row, 'participants');
      reading = 4;
      const active = plain ? record.activeParticipants : ownField(row, 'activeParticipants');
      reading = READING_NOTHING;
      const ok =
        encoder.code(code, index) &&
        encoder.date(date, index) &&
        isCount(people) &&
        isCount(members) &&
        (active === undefined || (isCount(active) && active <= members));
      if (!ok) {
        encoder.assertNoDuplicateBefore(index, pathOf, valueOf);
        throwRowError(code, date, people, members, active, (field) => [index, field]);
      }
      encoder.setCounts(index, people as number, members as number, active as number | undefined);
    }
  } catch (error) {
    if (reading === READING_NOTHING) throw error;
    // The caller's getter or proxy threw: earlier duplicates come first, as in row order.
    encoder.assertNoDuplicateBefore(index, pathOf, valueOf);
    const path = reading === READING_ROW ? [index] : [index, FIELDS[reading] as RowField];
    runCallerCode(path, () => {
      throw error;
    });
  }
  encoder.assertNoDuplicateBefore(rowCount, pathOf, valueOf);
  return registerTable(encoder.finish());
}
