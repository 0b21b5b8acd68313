import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, assertRecord, fail } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import { readCoverageCounts } from '../metrics/coverage.js';
import type { RegionCounts } from '../metrics/region-counts.js';
import { parseRegionCodeAt } from '../models/region-code.js';
import { isCount } from './is-count.js';
import { registerTable, type SnapshotTable } from './snapshot-table.js';
import { TableEncoder } from './table-encoder.js';

/**
 * Throws the error the per-snapshot validation gives for a row the fast checks rejected: the
 * same code, path and message as {@link rollUp} would report for it.
 */
function rowError(row: unknown, index: number): never {
  const path = [index];
  assertRecord(row, path);
  parseRegionCodeAt(row['regionCode'], [index, 'regionCode']);
  assertDayNumber(row['asOf'], [index, 'asOf']);
  readCoverageCounts(row, path);
  // Reached only when a getter returned a bad value to the fast checks and a good one here.
  return fail('INVALID_TYPE', path, row, 'must return the same values each time its fields are read');
}

/**
 * Builds a {@link SnapshotTable} from an array of snapshot-like objects (a `Snapshot`, a
 * roll-up row or a parsed JSON record fits), validating every row once.
 *
 * Each row needs `regionCode` (a Kemendagri code, dotted or not), `asOf` (an ISO date) and
 * `population` and `participants` (non-negative safe integers); `activeParticipants` is
 * optional and at most `participants`. Other fields are ignored. Each distinct code and date is
 * validated once, so the cost is one pass over the rows. Errors are those {@link rollUp} reports
 * for the same rows, in the same order: the first bad row wins.
 *
 * @param snapshots - the rows; not mutated
 * @returns the table, frozen, rows in input order
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `snapshots` is not an array or a row not an
 *   object (`[3]`); `INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` (`[3, 'regionCode']`);
 *   `INVALID_DATE` (`[3, 'asOf']`); `INVALID_COUNT` for a count that is not a non-negative safe
 *   integer (`[3, 'population']`); `INCONSISTENT_COUNTS` when `activeParticipants` exceeds
 *   `participants`; `DUPLICATE_SNAPSHOT` (`[3]`) for a row repeating an earlier row's region
 *   (compared normalised) and date.
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
  const rowCount = rows.length;
  const encoder = new TableEncoder(rowCount);
  const { population, participants } = encoder;
  const pathOf = (index: number): IssuePath => [index];
  const valueOf = (index: number): unknown => rows[index];
  for (let index = 0; index < rowCount; index += 1) {
    const row = rows[index] as Partial<Record<keyof RegionCounts, unknown>> | null | undefined;
    let ok = typeof row === 'object' && row !== null && !Array.isArray(row);
    if (ok) {
      const record = row as Partial<Record<keyof RegionCounts, unknown>>;
      const people = record.population;
      const members = record.participants;
      const active = record.activeParticipants;
      ok =
        encoder.code(record.regionCode, index) &&
        encoder.date(record.asOf, index) &&
        isCount(people) &&
        isCount(members) &&
        (active === undefined || (isCount(active) && active <= members));
      if (ok) {
        population[index] = people as number;
        participants[index] = members as number;
        if (active !== undefined) encoder.setActive(index, active as number);
      }
    }
    if (!ok) {
      encoder.assertNoDuplicateBefore(index, pathOf, valueOf);
      rowError(row, index);
    }
  }
  encoder.assertNoDuplicateBefore(rowCount, pathOf, valueOf);
  return registerTable(encoder.finish());
}
