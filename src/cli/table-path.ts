import { lookupRegion } from '../regions/lookup-region.js';
import { snapshotsFromRows } from '../tables/snapshots-from-rows.js';
import { fieldOfHeader, type TableColumns } from '../tables/table-field.js';
import { isUhcMetricsError } from '../errors/uhc-metrics-error.js';
import type { DateFormat } from './collect-rows.js';
import { InputError } from './input-error.js';
import { findColumns, type Field } from './columns.js';
import type { RowsToSnapshots } from './snapshot-batches.js';

/** Fields the command's own reader handles; a header with any other field goes to the library's table reader. */
const OWN_FIELDS: ReadonlySet<string> = new Set(['regionCode', 'regionName', 'asOf', 'population', 'participants', 'activeParticipants']);

/**
 * Chooses, per header, how a CSV table is read: the command's fast reader for a table of codes
 * and counts, or the library's `snapshotsFromRows` with the region directory's `lookupRegion`
 * for anything else (names without codes, months, non-active counts, branches, printed
 * coverage, segments), or whenever `--province` scopes name lookup.
 */
export function tablePath(
  name: string,
  explicit: Partial<Record<Field, string>>,
  province: string | undefined,
  dateFormat: DateFormat,
): (header: readonly string[]) => RowsToSnapshots | undefined {
  return (header) => {
    const own = findColumns(header, explicit, ['regionCode', 'asOf', 'population', 'participants']);
    const other = header.some((cell) => {
      const field = fieldOfHeader(cell);
      return field !== undefined && !OWN_FIELDS.has(field);
    });
    // A header without any region column: the command's own message says best what is missing.
    const region = explicit.name !== undefined || header.some((cell) => {
      const field = fieldOfHeader(cell);
      return field === 'regionCode' || field === 'regionName';
    });
    if (province === undefined && !other && (typeof own !== 'string' || !region)) return undefined;
    const columns: Record<string, string> = {};
    for (const [field, name] of Object.entries(explicit)) columns[field === 'name' ? 'regionName' : field] = name;
    return (rows) => {
      try {
        return snapshotsFromRows(rows, {
          columns: columns as TableColumns,
          lookupRegion,
          ...(province === undefined ? {} : { province }),
          ...(dateFormat === 'dd/mm/yyyy' ? { dayFormat: 'dd/mm/yyyy' as const } : {}),
        });
      } catch (error) {
        // A problem of the whole table (two columns for one field, --columns naming no header).
        if (!isUhcMetricsError(error)) throw error;
        throw new InputError(`${name}: ${error.issues.map((issue) => issue.message.replaceAll('options.columns.', '').replaceAll('options.columns', '--columns')).join('; ')}`);
      }
    };
  };
}
