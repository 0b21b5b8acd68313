import { describe, expect, it } from 'vitest';
import { tableCountMeeting } from '../../src/bulk/table-count-meeting.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { countMeetingTarget } from '../../src/metrics/count-meeting-target.js';
import { BPJS_UHC_2025, UHC_2015_2019 } from '../../src/metrics/target-presets.js';
import { defineTarget, type Target, type TargetOperator } from '../../src/metrics/target.js';
import { errorOf } from '../support/caught-error.js';

/** A coverage-only target, as the old `thresholdPct` / `operator` options were. */
const coverage = (thresholdPct: number, operator: TargetOperator = '>='): Target =>
  defineTarget({ id: `COVERAGE_${operator}_${thresholdPct}`, name: 'test target', kind: 'plan', source: 'test', validFrom: '2015-01-01', conditions: [{ metric: 'coverage', operator, thresholdPct }] });

const row = (regionCode: string, asOf: string, population: number, participants: number): RegionCounts => ({ regionCode, asOf, population, participants });

describe('tableCountMeeting', () => {
  // The UHC rule of the 2023 awards is "minimal 95% dari jumlah penduduk" (seed 002, Klaten):
  // at least 95%, so 19 of 20 meets it and 18 999 of 20 000 does not.
  const table = tableFromSnapshots([
    row('33.10', '2023-03-01', 20, 19),
    row('33.11', '2023-03-01', 20_000, 18_999),
    row('33.12', '2023-03-01', 0, 0),
    row('33', '2023-03-01', 1_000, 990),
    row('33.10', '2024-08-01', 100, 102),
  ]);

  it('counts rows at or above 95% per date, exactly, population 0 unknown', () => {
    const tally = tableCountMeeting(table, UHC_2015_2019);
    expect(tally.dates).toEqual(['2023-03-01', '2024-08-01']);
    expect([Array.from(tally.met), Array.from(tally.notMet), Array.from(tally.unknown)]).toEqual([[2, 1], [1, 0], [1, 0]]);
    expect(Object.isFrozen(tally)).toBe(true);
  });

  it('counts only the level asked for', () => {
    const tally = tableCountMeeting(table, UHC_2015_2019, { level: 'regency' });
    expect([Array.from(tally.met), Array.from(tally.notMet), Array.from(tally.unknown)]).toEqual([[1, 1], [1, 0], [1, 0]]);
    expect(Array.from(tableCountMeeting(table, UHC_2015_2019, { level: 'village' }).met)).toEqual([0, 0]);
  });

  it('compares strictly with ">": exactly 98% is not more than 98%', () => {
    const exact = tableFromSnapshots([row('18', '2025-01-01', 100, 98), row('17', '2025-01-01', 1_000, 981)]);
    expect(Array.from(tableCountMeeting(exact, coverage(98, '>')).met)).toEqual([1]);
    expect(Array.from(tableCountMeeting(exact, coverage(98)).met)).toEqual([2]);
  });

  it('reads thresholds with decimals exactly: 98.6% of 1 000 is 986', () => {
    const tally = tableCountMeeting(tableFromSnapshots([row('18', '2025-01-01', 1_000, 986), row('17', '2025-01-01', 1_000, 985)]), coverage(98.6));
    expect(Array.from(tally.met)).toEqual([1]);
  });

  it('stays exact with counts whose products pass 2^53, and with thresholds of many decimals', () => {
    const m = Number.MAX_SAFE_INTEGER;
    // m - 1 of m is 1 - 1.1e-16: below 100% and below 99.99999999999999% (1 - 1e-16), above 1 - 1e-15.
    const big = tableFromSnapshots([row('18', '2025-01-01', m, m - 1), row('17', '2025-01-01', m, m)]);
    expect(Array.from(tableCountMeeting(big, coverage(100)).met)).toEqual([1]);
    expect(Array.from(tableCountMeeting(big, coverage(99.99999999999999)).met)).toEqual([1]);
    expect(Array.from(tableCountMeeting(big, coverage(99.9999999999999)).met)).toEqual([2]);
    // One huge row makes the table's bound inexact; its small rows are still compared in doubles.
    const mixed = tableFromSnapshots([row('18', '2025-01-01', m, m), row('17', '2025-01-01', 20, 19), row('16', '2025-01-01', 20, 18)]);
    expect(Array.from(tableCountMeeting(mixed, coverage(95)).met)).toEqual([2]);
    const small = tableFromSnapshots([row('18', '2025-01-01', 3, 1)]);
    expect(Array.from(tableCountMeeting(small, coverage(33.333333333333336)).met)).toEqual([0]);
    expect(Array.from(tableCountMeeting(small, coverage(33.33333333333333)).met)).toEqual([1]);
    expect(Array.from(tableCountMeeting(small, coverage(0)).met)).toEqual([1]);
  });

  it.each([
    [{ level: 'kecamatan' }, { code: 'INVALID_OPTION', path: ['options', 'level'] }],
    [{ thresholdPct: 95 }, { code: 'INVALID_OPTION', path: ['options', 'thresholdPct'] }],
    [[], { code: 'INVALID_TYPE', path: ['options'] }],
  ])('rejects the options %j', (options, expected) => {
    expect(errorOf(() => tableCountMeeting(table, UHC_2015_2019, options as never))).toEqual(expected);
  });

  it.each([
    [undefined, { code: 'INVALID_TYPE', path: ['target'] }],
    [95, { code: 'INVALID_TYPE', path: ['target'] }],
    [{ ...UHC_2015_2019, conditions: [] }, { code: 'EMPTY_INPUT', path: ['target', 'conditions'] }],
  ])('rejects the target %j', (target, expected) => {
    expect(errorOf(() => tableCountMeeting(table, target as never))).toEqual(expected);
  });

  it('counts a multi-condition target such as BPJS_UHC_2025 as countMeetingTarget does', () => {
    // BPJS_UHC_2025: coverage above 98% and activity (active / population) above 80%.
    const rows = [
      { regionCode: '33.10', asOf: '2025-06-01', population: 100, participants: 99, activeParticipants: 81 },
      { regionCode: '33.11', asOf: '2025-06-01', population: 100, participants: 99, activeParticipants: 80 },
      { regionCode: '33.12', asOf: '2025-06-01', population: 100, participants: 99 },
      { regionCode: '33.13', asOf: '2025-06-01', population: 100, participants: 98 },
      { regionCode: '33.14', asOf: '2025-06-01', population: 0, participants: 0, activeParticipants: 0 },
    ];
    const tally = tableCountMeeting(tableFromSnapshots(rows), BPJS_UHC_2025, { level: 'regency' });
    expect([Array.from(tally.met), Array.from(tally.notMet), Array.from(tally.unknown)]).toEqual([[1], [2], [2]]);
    const [expected] = countMeetingTarget(rows, BPJS_UHC_2025, { level: 'regency' });
    expect([expected?.met, expected?.notMet, expected?.unknown]).toEqual([1, 2, 2]);
  });

  it('rejects what is not a table', () => {
    expect(errorOf(() => tableCountMeeting(5 as never, UHC_2015_2019))).toEqual({ code: 'INVALID_TYPE', path: ['table'] });
  });
});
