import { describe, expect, it } from 'vitest';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableGrowth } from '../../src/bulk/table-growth.js';
import { growthBetween } from '../../src/metrics/growth-between.js';
import { errorOf } from '../support/caught-error.js';

describe('tableGrowth', () => {
  it('steps from each date of a region to its next one, in region then date order, across gaps', () => {
    const rows = [
      { regionCode: '18.72', asOf: '2024-03-01', population: 250, participants: 240 },
      { regionCode: '18.01', asOf: '2024-01-01', population: 100, participants: 90 },
      { regionCode: '18.72', asOf: '2024-01-01', population: 200, participants: 160 },
      { regionCode: '18.01', asOf: '2024-02-01', population: 100, participants: 95 },
      { regionCode: '33.10', asOf: '2024-02-01', population: 10, participants: 10 },
    ];
    const growth = tableGrowth(tableFromSnapshots(rows));
    expect(Array.from(growth.fromRows)).toEqual([1, 2]);
    expect(Array.from(growth.toRows)).toEqual([3, 0]);
    expect(Array.from(growth.participantsChange)).toEqual([5, 80]);
    expect(growth.coverageChangePp[0]).toBe(growthBetween(rows[1]!, rows[3]!).coverageChangePp);
    expect(growth.coverageChangePp[1]).toBe(growthBetween(rows[2]!, rows[0]!).coverageChangePp);
    expect(growth.undefinedSteps).toEqual([]);
  });

  it('lists steps with a population of 0 at either end as undefined, holding 0', () => {
    const growth = tableGrowth(
      tableFromSnapshots([
        { regionCode: '18', asOf: '2024-01-01', population: 0, participants: 0 },
        { regionCode: '18', asOf: '2024-02-01', population: 10, participants: 9 },
        { regionCode: '18', asOf: '2024-03-01', population: 10, participants: 10 },
        { regionCode: '18', asOf: '2024-04-01', population: 0, participants: 10 },
      ]),
    );
    expect(growth.undefinedSteps).toEqual([0, 2]);
    expect(Array.from(growth.coverageChangePp)).toEqual([0, 10, 0]);
    expect(Array.from(growth.participantsChange)).toEqual([9, 1, 0]);
    expect(Object.isFrozen(growth)).toBe(true);
  });

  it('has no steps for regions with one date, or an empty table', () => {
    expect(tableGrowth(tableFromSnapshots([{ regionCode: '18', asOf: '2024-01-01', population: 1, participants: 1 }])).fromRows.length).toBe(0);
    expect(tableGrowth(tableFromSnapshots([])).toRows.length).toBe(0);
  });

  it('rejects what is not a table', () => {
    expect(errorOf(() => tableGrowth({} as never))).toEqual({ code: 'INVALID_TYPE', path: ['table'] });
  });
});
