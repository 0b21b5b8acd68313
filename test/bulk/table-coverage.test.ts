import { describe, expect, it } from 'vitest';
import { tableCoverage } from '../../src/bulk/table-coverage.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { errorOf } from '../support/caught-error.js';

describe('tableCoverage', () => {
  it('gives participants / population per row, above 1 where participants exceed a lagging population', () => {
    // Coverage above 100% happens when population figures lag (DOMAIN.md); the counts are illustrations.
    const table = tableFromSnapshots([
      { regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 },
      { regionCode: '35.72', asOf: '2024-07-01', population: 1_000, participants: 1_018 },
      { regionCode: '33.11', asOf: '2023-03-01', population: 5, participants: 0 },
    ]);
    const { coverageRatio, undefinedRows } = tableCoverage(table);
    expect(Array.from(coverageRatio)).toEqual([0.95, 1.018, 0]);
    expect(undefinedRows).toEqual([]);
  });

  it('lists rows of population 0 as undefined, holding 0 and never NaN', () => {
    const table = tableFromSnapshots([
      { regionCode: '33.10', asOf: '2023-03-01', population: 0, participants: 0 },
      { regionCode: '33.11', asOf: '2023-03-01', population: 10, participants: 9 },
      { regionCode: '33.12', asOf: '2023-03-01', population: 0, participants: 3 },
    ]);
    const { coverageRatio, undefinedRows } = tableCoverage(table);
    expect(undefinedRows).toEqual([0, 2]);
    expect(Array.from(coverageRatio)).toEqual([0, 0.9, 0]);
    expect(coverageRatio.some(Number.isNaN)).toBe(false);
    expect(Object.isFrozen(undefinedRows)).toBe(true);
  });

  it('returns fresh arrays: writing to one result changes no other', () => {
    const table = tableFromSnapshots([{ regionCode: '18', asOf: '2024-07-01', population: 10, participants: 9 }]);
    const first = tableCoverage(table);
    first.coverageRatio[0] = 5;
    expect(tableCoverage(table).coverageRatio[0]).toBe(0.9);
  });

  it('rejects what is not a table', () => {
    expect(errorOf(() => tableCoverage([] as never))).toEqual({ code: 'INVALID_TYPE', path: ['table'] });
  });
});
