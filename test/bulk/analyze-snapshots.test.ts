import { describe, expect, it } from 'vitest';
import { analyzeSnapshots } from '../../src/bulk/analyze-snapshots.js';
import { tableCountMeeting } from '../../src/bulk/table-count-meeting.js';
import { tableCoverage } from '../../src/bulk/table-coverage.js';
import { tableGrowth } from '../../src/bulk/table-growth.js';
import { tableRank } from '../../src/bulk/table-rank.js';
import { tableRollUp } from '../../src/bulk/table-roll-up.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { BPJS_UHC_2025, UHC_2015_2019 } from '../../src/metrics/target-presets.js';
import { errorOf } from '../support/caught-error.js';

// Counts below are illustrations with round numbers, not published figures.
const rows: RegionCounts[] = [
  { regionCode: '18.01', asOf: '2024-06-01', population: 1_000, participants: 950, activeParticipants: 700 },
  { regionCode: '18.72', asOf: '2024-06-01', population: 3_000, participants: 3_000, activeParticipants: 2_500 },
  { regionCode: '18.01', asOf: '2024-07-01', population: 1_000, participants: 990, activeParticipants: 720 },
  { regionCode: '18.72', asOf: '2024-07-01', population: 3_000, participants: 2_850, activeParticipants: 2_400 },
  { regionCode: '33.10', asOf: '2024-07-01', population: 0, participants: 0 },
];

describe('analyzeSnapshots', () => {
  it('equals each operation run on the table it builds', () => {
    const analysis = analyzeSnapshots(rows);
    const { table } = analysis;
    expect(analysis).toEqual({
      table,
      coverage: tableCoverage(table),
      rollUp: tableRollUp(table),
      growth: tableGrowth(table),
      rank: tableRank(table),
      tally: tableCountMeeting(table, UHC_2015_2019),
    });
    expect(Object.isFrozen(analysis)).toBe(true);
  });

  it('passes each step its options', () => {
    const options = { rollUp: { to: 'country' }, rank: { ties: 'dense' }, target: BPJS_UHC_2025, countMeeting: { level: 'regency' } } as const;
    const analysis = analyzeSnapshots(rows, options);
    const { table } = analysis;
    expect(analysis.rollUp).toEqual(tableRollUp(table, options.rollUp));
    expect(analysis.rank).toEqual(tableRank(table, options.rank));
    expect(analysis.tally).toEqual(tableCountMeeting(table, BPJS_UHC_2025, options.countMeeting));
  });

  it.each([
    [{ rollup: {} }, { code: 'INVALID_OPTION', path: ['options', 'rollup'] }],
    [{ rollUp: { to: 'village' } }, { code: 'INVALID_OPTION', path: ['options', 'rollUp', 'to'] }],
    [{ rollUp: 'province' }, { code: 'INVALID_TYPE', path: ['options', 'rollUp'] }],
    [{ rank: { ties: 'x' } }, { code: 'INVALID_OPTION', path: ['options', 'rank', 'ties'] }],
    [{ rank: { keys: [] } }, { code: 'EMPTY_INPUT', path: ['options', 'rank', 'keys'] }],
    [{ rank: { key: [] } }, { code: 'INVALID_OPTION', path: ['options', 'rank', 'key'] }],
    [{ countMeeting: { thresholdPct: 95 } }, { code: 'INVALID_OPTION', path: ['options', 'countMeeting', 'thresholdPct'] }],
    [{ target: 95 }, { code: 'INVALID_TYPE', path: ['options', 'target'] }],
    [{ countMeeting: { level: 'desa' } }, { code: 'INVALID_OPTION', path: ['options', 'countMeeting', 'level'] }],
  ])('rejects the options %j, naming the step', (options, expected) => {
    expect(errorOf(() => analyzeSnapshots(rows, options as never))).toEqual(expected);
  });

  it('rejects bad rows as tableFromSnapshots does, and rows that cannot roll up as tableRollUp does', () => {
    expect(errorOf(() => analyzeSnapshots([{ ...rows[0], population: -1 } as RegionCounts]))).toEqual({ code: 'INVALID_COUNT', path: [0, 'population'] });
    expect(errorOf(() => analyzeSnapshots(rows, { rollUp: { to: 'regency' } }))).toEqual({ code: 'INVALID_REGION_CODE', path: [0, 'regionCode'] });
  });
});
