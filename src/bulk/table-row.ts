import { fail } from '../internal/assert.js';
import type { RegionCounts } from '../metrics/region-counts.js';
import { readTable, type SnapshotTable } from './snapshot-table.js';

/**
 * One row of a table as a plain object: the form every per-snapshot function takes
 * (`coverageRatio(tableRow(table, i))`). The code is normalised; `activeParticipants` is present
 * only when the row reported it.
 *
 * @param table - a table from {@link tableFromSnapshots}, {@link tableFromColumns} or a
 *   {@link tableRollUp}
 * @param index - the row, `0 <= index < table.rowCount`
 * @returns the row's region code, date and counts, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `table` is not a table; `INVALID_NUMBER`
 *   when `index` is not an integer row index of the table.
 *
 * @example
 * ```ts
 * const table = tableFromSnapshots([
 *   { regionCode: '1872', asOf: '2024-07-01', population: 200, participants: 196, activeParticipants: 150 },
 * ]);
 * tableRow(table, 0);
 * // => { regionCode: '18.72', asOf: '2024-07-01', population: 200, participants: 196, activeParticipants: 150 }
 * ```
 *
 * @category Bulk tables
 */
export function tableRow(table: SnapshotTable, index: number): RegionCounts {
  const data = readTable(table, ['table']);
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= data.rowCount) {
    const rows = data.rowCount === 0 ? 'the table has no rows' : `from 0 to ${data.rowCount - 1}`;
    fail('INVALID_NUMBER', ['index'], index, `must be an integer row index (${rows})`);
  }
  const regionCode = data.regionCodes[data.codeIndex[index] as number] as string;
  const asOf = data.dates[data.dateIndex[index] as number] as string;
  // `+ 0` turns a -0 a column may hold (a Float64Array, JSON.parse('-0')) into 0, and nothing else.
  const population = (data.population[index] as number) + 0;
  const participants = (data.participants[index] as number) + 0;
  // Absent active participants are NaN inside the table, and never leave it.
  const active = (data.active?.[index] ?? Number.NaN) + 0;
  return Object.freeze(
    Number.isNaN(active)
      ? { regionCode, asOf, population, participants }
      : { regionCode, asOf, population, participants, activeParticipants: active },
  );
}
