import { assertOptions } from '../internal/assert.js';
import type { RegionCounts } from '../metrics/region-counts.js';
import { UHC_2015_2019 } from '../metrics/target-presets.js';
import { readTarget, type Target } from '../metrics/target.js';
import { readTable, type SnapshotTable } from './snapshot-table.js';
import { coverageOf, type TableCoverage } from './table-coverage.js';
import { countMeetingOf, readCountMeetingOptions, type TableCountMeetingOptions, type TableTally } from './table-count-meeting.js';
import { tableFromSnapshots } from './table-from-snapshots.js';
import { growthOf, type TableGrowth } from './table-growth.js';
import { rankTable, readRankOptions, type TableRank, type TableRankOptions } from './table-rank.js';
import { readRollUpOptions, rollUpData, type TableRollUp } from './table-roll-up.js';
import type { RollUpOptions } from '../metrics/roll-up.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link analyzeSnapshots}: the options of each step, by step.
 *
 * @category Bulk tables
 */
export interface AnalyzeSnapshotsOptions {
  /** Options of the roll-up ({@link tableRollUp}); `{ to: 'parent' }` by default. */
  readonly rollUp?: RollUpOptions;
  /** Options of the rank ({@link tableRank}); competition ties by default. */
  readonly rank?: TableRankOptions;
  /** The target of the tally ({@link tableCountMeeting}); {@link UHC_2015_2019} (coverage >= 95%) by default. */
  readonly target?: Target;
  /** Options of the tally ({@link tableCountMeeting}): `level`. */
  readonly countMeeting?: TableCountMeetingOptions;
}

/**
 * Everything {@link analyzeSnapshots} computes from one array of snapshots.
 *
 * @example
 * ```ts
 * const analysis: SnapshotAnalysis = analyzeSnapshots([
 *   { regionCode: '18.01', asOf: '2024-07-01', population: 100, participants: 95 },
 * ]);
 * Array.from(analysis.tally.met);
 * // => [1]
 * ```
 *
 * @category Bulk tables
 */
export interface SnapshotAnalysis {
  /** The rows as a table ({@link tableFromSnapshots}). */
  readonly table: SnapshotTable;
  /** The coverage of every row ({@link tableCoverage}). */
  readonly coverage: TableCoverage;
  /** The rows summed into their parents per date ({@link tableRollUp}). */
  readonly rollUp: TableRollUp;
  /** The growth of every region from date to date ({@link tableGrowth}). */
  readonly growth: TableGrowth;
  /** The rank of every row by coverage within its date ({@link tableRank}). */
  readonly rank: TableRank;
  /** The rows meeting the target per date ({@link tableCountMeeting}). */
  readonly tally: TableTally;
}

/**
 * The whole bulk pipeline from plain objects: builds a table once ({@link tableFromSnapshots})
 * and computes coverage, roll-up, growth, rank and the threshold tally on it. Each part equals
 * what its own function returns for the same table and options; this saves only the repeated
 * argument checks. For other combinations, build the table once and call the functions.
 *
 * @param snapshots - dated region counts (a `Snapshot` fits), one per region and date
 * @param options - per step: `rollUp` ({@link RollUpOptions}), `rank`
 *   ({@link TableRankOptions}), `countMeeting` ({@link TableCountMeetingOptions}); and the
 *   `target` of the tally
 * @returns the table and every result, frozen (see {@link SnapshotAnalysis})
 * @throws {@link UhcMetricsError} checking the options first: `INVALID_TYPE` when `options` or
 *   a step's options is not an object; `INVALID_OPTION` for an unknown option or an option value
 *   outside its set (paths start with `'options'` and the step: `['options', 'rank', 'ties']`);
 *   any code of {@link defineTarget} for a malformed `target`. Then the codes of
 *   {@link tableFromSnapshots} for bad rows, and of {@link tableRollUp} for rows that cannot
 *   roll up.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const analysis = analyzeSnapshots(
 *   [
 *     { regionCode: '18.01', asOf: '2024-06-01', population: 1_000, participants: 950 },
 *     { regionCode: '18.72', asOf: '2024-06-01', population: 3_000, participants: 3_000 },
 *     { regionCode: '18.01', asOf: '2024-07-01', population: 1_000, participants: 990 },
 *     { regionCode: '18.72', asOf: '2024-07-01', population: 3_000, participants: 2_850 },
 *   ],
 *   { rollUp: { to: 'province' } },
 * );
 * Array.from(analysis.rollUp.coverage.coverageRatio);
 * // => [0.9875, 0.96]
 * Array.from(analysis.rank.ranks);
 * // => [2, 1, 1, 2]
 * Array.from(analysis.growth.participantsChange);
 * // => [40, -150]
 * ```
 *
 * @category Bulk tables
 */
export function analyzeSnapshots(snapshots: readonly RegionCounts[], options?: AnalyzeSnapshotsOptions): SnapshotAnalysis {
  // The rows are not copied: tableFromSnapshots reads each field of each row once, keeping only
  // what it read. The options are small: one private copy, read as often as the steps like.
  options = copyInput(options, ['options']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['rollUp', 'rank', 'target', 'countMeeting']);
  const rollUpSettings = readRollUpOptions(opts?.['rollUp'], ['options', 'rollUp']);
  const rankSettings = readRankOptions(opts?.['rank'], ['options', 'rank']);
  const givenTarget = opts?.['target'];
  const target = givenTarget === undefined ? UHC_2015_2019 : readTarget(givenTarget, ['options', 'target']);
  const level = readCountMeetingOptions(opts?.['countMeeting'], ['options', 'countMeeting']);
  const table = tableFromSnapshots(snapshots);
  const data = readTable(table, ['table']);
  return Object.freeze({
    table,
    coverage: coverageOf(data),
    rollUp: rollUpData(data, rollUpSettings),
    growth: growthOf(data),
    rank: rankTable(table, data, rankSettings),
    tally: countMeetingOf(data, target, level),
  });
}
