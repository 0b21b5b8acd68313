import { describe, expect, it } from 'vitest';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRow } from '../../src/bulk/table-row.js';
import { errorOf, errorWithMessageOf } from '../support/caught-error.js';

const table = tableFromSnapshots([
  { regionCode: '1872', asOf: '2024-07-01', population: 200, participants: 196, activeParticipants: 150 },
  { regionCode: '18.01', asOf: '2024-07-01', population: 800, participants: 760 },
]);

describe('tableRow', () => {
  it('reads a row back as a frozen plain object', () => {
    const row = tableRow(table, 0);
    expect(row).toEqual({ regionCode: '18.72', asOf: '2024-07-01', population: 200, participants: 196, activeParticipants: 150 });
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.keys(tableRow(table, 1))).toEqual(['regionCode', 'asOf', 'population', 'participants']);
  });

  it.each([[-1], [2], [0.5], [Number.NaN], ['0']])('rejects the index %s', (index) => {
    expect(errorOf(() => tableRow(table, index as number))).toEqual({ code: 'INVALID_NUMBER', path: ['index'] });
  });

  it('says when the table has no rows', () => {
    expect(errorWithMessageOf(() => tableRow(tableFromSnapshots([]), 0)).message).toBe(
      'index must be an integer row index (the table has no rows), got 0',
    );
  });

  it.each([[{ rowCount: 2, regionCodes: [], dates: [] }], [null], ['table']])('rejects %j, which is not a table', (value) => {
    expect(errorOf(() => tableRow(value as never, 0))).toEqual({ code: 'INVALID_TYPE', path: ['table'] });
  });
});
