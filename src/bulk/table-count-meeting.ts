import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertOneOf, assertOptions } from '../internal/assert.js';
import { compareRatioToPct, pctToFraction } from '../internal/exact-ratio.js';
import { evaluateTarget } from '../metrics/check-target.js';
import { LEVEL_ORDER } from '../metrics/region-counts.js';
import { readTarget, type Target, type TargetOperator } from '../metrics/target.js';
import type { RegionLevel } from '../models/region-code.js';
import type { IsoDate } from '../models/snapshot.js';
import { depthOfCode } from './region-parents.js';
import { readTable, type SnapshotTable, type TableData } from './snapshot-table.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link tableCountMeeting}.
 *
 * @category Bulk tables
 */
export interface TableCountMeetingOptions {
  /** Count only rows of this level; every row by default. The same option as {@link CountMeetingTargetOptions}. */
  readonly level?: RegionLevel;
}

/**
 * How many rows of each date of a table met a target. Entry `d` of each array is
 * for `dates[d]` (the table's dates); `met + notMet + unknown` is the number of rows counted on
 * that date. The counts are fresh arrays held by nothing else.
 *
 * @example
 * ```ts
 * const tally: TableTally = tableCountMeeting(
 *   tableFromSnapshots([{ regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 }]),
 *   UHC_2015_2019,
 * );
 * [tally.dates, Array.from(tally.met), Array.from(tally.notMet), Array.from(tally.unknown)];
 * // => [['2023-03-01'], [1], [0], [0]]
 * ```
 *
 * @category Bulk tables
 */
export interface TableTally {
  /** The table's dates, sorted. */
  readonly dates: readonly IsoDate[];
  /** Per date: rows meeting the target. */
  readonly met: Int32Array;
  /** Per date: rows failing a condition. */
  readonly notMet: Int32Array;
  /** Per date: rows whose outcome is unknown (a population of 0, missing active participants), neither met nor failed. */
  readonly unknown: Int32Array;
}

/** Products up to this are exact in a double. */
const EXACT = Number.MAX_SAFE_INTEGER;

/** Counts per date, filled by {@link countAll} or {@link countFiltered}. */
interface Counts {
  readonly met: Int32Array;
  readonly unknown: Int32Array;
  /** Rows counted per date. */
  readonly assessed: Int32Array;
}

/**
 * The common case, kept to the bare loop: every row counted, and every product exact in a
 * double (the table's largest counts times the threshold's terms stay below 2^53).
 * `part / whole >= num / den` is `part * den - num * whole >= least`: integers, `least` 1 for '>'.
 */
function countAll(data: TableData, num: number, den: number, least: number): Counts {
  const { rowCount, dateIndex, population, participants, dateRowCounts } = data;
  const met = new Int32Array(data.dates.length);
  const unknown = new Int32Array(data.dates.length);
  countRows(rowCount, dateIndex, population, participants, num, den, least, met, unknown);
  return { met, unknown, assessed: dateRowCounts };
}

/**
 * The loop of {@link countAll}, alone in its function: V8 compiles a long loop while it runs
 * (on-stack replacement), and that code, reaching a property access after the loop that had
 * never run, went back to the interpreter at the end of every call (`--trace-deopt`).
 */
function countRows(
  rowCount: number,
  dateIndex: Int32Array,
  population: Float64Array,
  participants: Float64Array,
  num: number,
  den: number,
  least: number,
  met: Int32Array,
  unknown: Int32Array,
): void {
  for (let row = 0; row < rowCount; row += 1) {
    const whole = population[row] as number;
    const gap = (participants[row] as number) * den - num * whole;
    if (whole === 0) {
      const date = dateIndex[row] as number;
      unknown[date] = (unknown[date] as number) + 1;
    } else if (gap >= least) {
      const date = dateIndex[row] as number;
      met[date] = (met[date] as number) + 1;
    }
  }
}

/** The general case: rows of one level only (`counted` per code), and exact BigInt comparisons where a product passes 2^53. */
function countFiltered(
  data: TableData,
  thresholdPct: number,
  num: number,
  den: number,
  least: number,
  counted: Uint8Array | undefined,
): Counts {
  const { rowCount, codeIndex, dateIndex, population, participants } = data;
  const met = new Int32Array(data.dates.length);
  const unknown = new Int32Array(data.dates.length);
  const assessed = new Int32Array(data.dates.length);
  for (let row = 0; row < rowCount; row += 1) {
    if (counted !== undefined && counted[codeIndex[row] as number] === 0) continue;
    const date = dateIndex[row] as number;
    assessed[date] = (assessed[date] as number) + 1;
    const whole = population[row] as number;
    if (whole === 0) {
      unknown[date] = (unknown[date] as number) + 1;
      continue;
    }
    const part = participants[row] as number;
    const left = part * den;
    const right = num * whole;
    const sign = left <= EXACT && right <= EXACT ? left - right : compareRatioToPct(part, whole, thresholdPct);
    if (sign >= least) met[date] = (met[date] as number) + 1;
  }
  return { met, unknown, assessed };
}

/** Any target, row by row as {@link checkTarget} decides it: the path for activity conditions and several conditions. */
function countByTarget(data: TableData, target: Target, counted: Uint8Array | undefined): Counts {
  const { rowCount, codeIndex, dateIndex, population, participants, active } = data;
  const met = new Int32Array(data.dates.length);
  const unknown = new Int32Array(data.dates.length);
  const assessed = new Int32Array(data.dates.length);
  for (let row = 0; row < rowCount; row += 1) {
    if (counted !== undefined && counted[codeIndex[row] as number] === 0) continue;
    const date = dateIndex[row] as number;
    assessed[date] = (assessed[date] as number) + 1;
    // Absent active participants are NaN inside the table.
    const activeCount = active?.[row];
    const counts = {
      population: population[row] as number,
      participants: participants[row] as number,
      activeParticipants: activeCount === undefined || Number.isNaN(activeCount) ? undefined : activeCount,
    };
    const { status } = evaluateTarget(counts, target);
    if (status === 'met') met[date] = (met[date] as number) + 1;
    else if (status === 'unknown') unknown[date] = (unknown[date] as number) + 1;
  }
  return { met, unknown, assessed };
}

/**
 * {@link tableCountMeeting} of validated columns and options; shared with the pipeline.
 *
 * @internal
 */
export function countMeetingOf(data: TableData, target: Target, level: RegionLevel | undefined): TableTally {
  const wantedDepth = level === undefined ? -1 : LEVEL_ORDER.indexOf(level);
  const counted = wantedDepth < 0 ? undefined : Uint8Array.from(data.regionCodes, (code) => (depthOfCode(code) === wantedDepth ? 1 : 0));
  const [only, ...others] = target.conditions;
  let counts: Counts;
  if (only !== undefined && only.metric === 'coverage' && others.length === 0) {
    // One coverage condition, the common case: integer comparisons over the columns.
    const { thresholdPct, operator } = only;
    // An inexact Number(num) or Number(den) is above 2^53, and so is its product with a count >= 1.
    const fraction = pctToFraction(thresholdPct);
    const num = Number(fraction.num);
    const den = Number(fraction.den);
    const exact = data.maxParticipants * den <= EXACT && num * data.maxPopulation <= EXACT;
    // The two sides are integers, so '>' is a difference of at least 1.
    const least = operatorLeast(operator);
    counts =
      exact && counted === undefined ? countAll(data, num, den, least) : countFiltered(data, thresholdPct, num, den, least, counted);
  } else {
    counts = countByTarget(data, target, counted);
  }
  const { met, unknown, assessed } = counts;
  const notMet = Int32Array.from(assessed, (count, date) => count - (met[date] as number) - (unknown[date] as number));
  return Object.freeze({ dates: data.dates, met, notMet, unknown });
}

/** The least integer difference that meets: 1 for "more than", 0 for "at least". */
function operatorLeast(operator: TargetOperator): number {
  return operator === '>' ? 1 : 0;
}

/**
 * Counts, per date, the rows of a table meeting a target: statements such as "22 provinces and
 * 334 regencies/cities reached UHC" (14 Mar 2023). Each row is decided as {@link checkTarget}
 * decides it, exactly (19 of 20 meets 95%, 18 999 of 20 000 does not), for any target: a
 * coverage-only target such as {@link UHC_2015_2019} takes a fast integer path, a target with
 * activity conditions such as {@link BPJS_UHC_2025} reads the table's active participants (a row
 * without them is `unknown`). With `level`, the counts equal {@link countMeetingTarget}'s.
 *
 * @param table - a table from {@link tableFromSnapshots}, {@link tableFromColumns} or a
 *   {@link tableRollUp}
 * @param target - the target, e.g. {@link UHC_2015_2019}; the same argument as {@link countMeetingTarget}'s
 * @param options - `level`: count only rows of that level
 * @returns per date: rows meeting, not meeting and unknown, frozen (see {@link TableTally})
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `table` is not a table or `options` not an
 *   object; any code of {@link defineTarget} for a malformed `target` (paths start with
 *   `'target'`); `INVALID_OPTION` for an unknown option or `level`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const table = tableFromSnapshots([
 *   { regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 },
 *   { regionCode: '33.11', asOf: '2023-03-01', population: 20_000, participants: 18_999 },
 *   { regionCode: '33.12', asOf: '2023-03-01', population: 0, participants: 0 },
 *   { regionCode: '33.10', asOf: '2024-08-01', population: 100, participants: 99, activeParticipants: 81 },
 * ]);
 * const tally = tableCountMeeting(table, UHC_2015_2019);
 * [Array.from(tally.met), Array.from(tally.notMet), Array.from(tally.unknown)];
 * // => [[1, 1], [1, 0], [1, 0]]
 * // BPJS_UHC_2025 also needs activity: rows without active participants are unknown.
 * const uhc2025 = tableCountMeeting(table, BPJS_UHC_2025);
 * [Array.from(uhc2025.met), Array.from(uhc2025.notMet), Array.from(uhc2025.unknown)];
 * // => [[0, 1], [2, 0], [1, 0]]
 * ```
 *
 * @category Bulk tables
 */
export function tableCountMeeting(table: SnapshotTable, target: Target, options?: TableCountMeetingOptions): TableTally {
  options = copyInput(options, ['options']);
  const data = readTable(table, ['table']);
  const checked = readTarget(target, ['target']);
  const level = readCountMeetingOptions(options, ['options']);
  return countMeetingOf(data, checked, level);
}

/**
 * The validated `level` of {@link TableCountMeetingOptions}, errors under `path`.
 *
 * @internal Shared with the pipeline.
 */
export function readCountMeetingOptions(value: unknown, path: IssuePath): RegionLevel | undefined {
  assertOptions(value, ['level'], path);
  const level = value?.['level'];
  if (level !== undefined) assertOneOf(level, LEVEL_ORDER, [...path, 'level']);
  return level;
}
