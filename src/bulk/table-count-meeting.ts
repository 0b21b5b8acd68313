import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertFiniteNumber, assertOneOf, assertOptions } from '../internal/assert.js';
import { compareRatioToPct, pctToFraction } from '../internal/exact-ratio.js';
import { LEVEL_ORDER } from '../metrics/region-counts.js';
import type { TargetOperator } from '../metrics/target.js';
import type { RegionLevel } from '../models/region-code.js';
import type { IsoDate } from '../models/snapshot.js';
import { depthOfCode } from './region-parents.js';
import { readTable, type SnapshotTable, type TableData } from './snapshot-table.js';

/**
 * Options of {@link tableCountMeeting}.
 *
 * @category Bulk tables
 */
export interface TableCountMeetingOptions {
  /** The coverage threshold in percent; 95 (the UHC rule of {@link UHC_2015_2019}) by default. */
  readonly thresholdPct?: number;
  /** How coverage is compared with the threshold: `'>='` (at least, the default) or `'>'` (more than), as in a target's conditions. */
  readonly operator?: TargetOperator;
  /** Count only rows of this level; every row by default. */
  readonly level?: RegionLevel;
}

/**
 * How many rows of each date of a table met a coverage threshold. Entry `d` of each array is
 * for `dates[d]` (the table's dates); `met + notMet + unknown` is the number of rows counted on
 * that date. The counts are fresh arrays held by nothing else.
 *
 * @example
 * ```ts
 * const tally: TableTally = tableCountMeeting(
 *   tableFromSnapshots([{ regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 }]),
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
  /** Per date: rows meeting the threshold. */
  readonly met: Int32Array;
  /** Per date: rows not meeting it. */
  readonly notMet: Int32Array;
  /** Per date: rows without a coverage (population 0), neither met nor failed. */
  readonly unknown: Int32Array;
}

const OPERATORS: readonly TargetOperator[] = ['>=', '>'];
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
  const { rowCount, dateIndex, population, participants } = data;
  const met = new Int32Array(data.dates.length);
  const unknown = new Int32Array(data.dates.length);
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
  return { met, unknown, assessed: data.dateRowCounts };
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

/**
 * {@link tableCountMeeting} of validated columns and options; shared with the pipeline.
 *
 * @internal
 */
export function countMeetingOf(
  data: TableData,
  thresholdPct: number,
  operator: TargetOperator,
  level: RegionLevel | undefined,
): TableTally {
  // An inexact Number(num) or Number(den) is above 2^53, and so is its product with a count >= 1.
  const fraction = pctToFraction(thresholdPct);
  const num = Number(fraction.num);
  const den = Number(fraction.den);
  const exact = data.maxParticipants * den <= EXACT && num * data.maxPopulation <= EXACT;
  // The two sides are integers, so '>' is a difference of at least 1.
  const least = operator === '>' ? 1 : 0;
  const wantedDepth = level === undefined ? -1 : LEVEL_ORDER.indexOf(level);
  const counted = wantedDepth < 0 ? undefined : Uint8Array.from(data.regionCodes, (code) => (depthOfCode(code) === wantedDepth ? 1 : 0));
  const { met, unknown, assessed } =
    exact && counted === undefined ? countAll(data, num, den, least) : countFiltered(data, thresholdPct, num, den, least, counted);
  const notMet = Int32Array.from(assessed, (count, date) => count - (met[date] as number) - (unknown[date] as number));
  return Object.freeze({ dates: data.dates, met, notMet, unknown });
}

/**
 * Counts, per date, the rows of a table whose coverage meets a threshold: statements such as
 * "22 provinces and 334 regencies/cities reached UHC" (14 Mar 2023). The comparison is exact,
 * as in {@link checkTarget}: 19 of 20 meets 95%, 18 999 of 20 000 does not. With
 * `level`, the counts equal {@link countMeetingTarget}'s for a coverage-only target of that
 * threshold; rows of population 0 are `unknown`.
 *
 * @param table - a table from {@link tableFromSnapshots}, {@link tableFromColumns} or a
 *   {@link tableRollUp}
 * @param options - `thresholdPct` (95 by default), `operator` (`'>='` by default), `level`
 * @returns per date: rows meeting, not meeting and unknown, frozen (see {@link TableTally})
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `table` is not a table or `options` not an
 *   object; `INVALID_NUMBER` when `thresholdPct` is not a finite number >= 0; `INVALID_OPTION`
 *   for an unknown option, `operator` or `level`.
 *
 * @example
 * ```ts
 * const table = tableFromSnapshots([
 *   { regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 },
 *   { regionCode: '33.11', asOf: '2023-03-01', population: 20_000, participants: 18_999 },
 *   { regionCode: '33.12', asOf: '2023-03-01', population: 0, participants: 0 },
 *   { regionCode: '33.10', asOf: '2024-08-01', population: 20, participants: 20 },
 * ]);
 * const tally = tableCountMeeting(table);
 * [Array.from(tally.met), Array.from(tally.notMet), Array.from(tally.unknown)];
 * // => [[1, 1], [1, 0], [1, 0]]
 * Array.from(tableCountMeeting(table, { thresholdPct: 98, operator: '>' }).met);
 * // => [0, 1]
 * ```
 *
 * @category Bulk tables
 */
export function tableCountMeeting(table: SnapshotTable, options?: TableCountMeetingOptions): TableTally {
  const data = readTable(table, ['table']);
  const { thresholdPct, operator, level } = readCountMeetingOptions(options, ['options']);
  return countMeetingOf(data, thresholdPct, operator, level);
}

/**
 * Validated {@link TableCountMeetingOptions} with defaults, errors under `path`.
 *
 * @internal Shared with the pipeline.
 */
export function readCountMeetingOptions(
  value: unknown,
  path: IssuePath,
): { readonly thresholdPct: number; readonly operator: TargetOperator; readonly level: RegionLevel | undefined } {
  assertOptions(value, ['thresholdPct', 'operator', 'level'], path);
  // Only a missing option means the default: null is a bad value, as in rollUp and rank.
  const givenPct = value?.['thresholdPct'];
  const thresholdPct = givenPct === undefined ? 95 : givenPct;
  assertFiniteNumber(thresholdPct, [...path, 'thresholdPct'], { min: 0 });
  const givenOperator = value?.['operator'];
  const operator = givenOperator === undefined ? '>=' : givenOperator;
  assertOneOf(operator, OPERATORS, [...path, 'operator']);
  const level = value?.['level'];
  if (level !== undefined) assertOneOf(level, LEVEL_ORDER, [...path, 'level']);
  return { thresholdPct, operator, level };
}
