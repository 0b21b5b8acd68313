import { assertOptions } from '../internal/assert.js';
import { assertPeriodUnit, periodIndexOf, periodKeyOfIndex } from '../internal/period-index.js';
import type { Snapshot } from '../models/snapshot.js';
import { growthBetween, type Growth } from './growth-between.js';
import type { PeriodUnit } from './period.js';
import type { CheckedSnapshot } from './checked-snapshot.js';
import { readSnapshotSeries } from './snapshot-series.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Options of {@link seriesGrowth}.
 *
 * @category Growth and projections
 */
export interface SeriesGrowthOptions {
  /** The period to group snapshots by; required. */
  readonly period: PeriodUnit;
}

/**
 * Growth from one present period to the next present one: a {@link Growth} between their
 * snapshots, with the periods it spans.
 *
 * @example
 * ```ts
 * const step: SeriesGrowthStep | undefined = seriesGrowth(
 *   [
 *     { regionCode: '18', asOf: '2024-01-31', population: 100, participants: 90 },
 *     { regionCode: '18', asOf: '2024-04-30', population: 100, participants: 93 },
 *   ],
 *   { period: 'month' },
 * ).periods[1]?.growth;
 * [step?.fromPeriod, step?.toPeriod, step?.periodsSpanned];
 * // => ['2024-01', '2024-04', 3]
 * ```
 *
 * @category Growth and projections
 */
export interface SeriesGrowthStep extends Growth {
  /** The key of the previous present period. */
  readonly fromPeriod: string;
  /** The key of this period. */
  readonly toPeriod: string;
  /** Periods from `fromPeriod` to `toPeriod`: 1 for consecutive periods, more across a gap. */
  readonly periodsSpanned: number;
}

/**
 * One period that holds at least one snapshot.
 *
 * @example
 * ```ts
 * const entry: SeriesGrowthPeriod = seriesGrowth(
 *   [{ regionCode: '18', asOf: '2024-07-01', population: 9_051_459, participants: 8_911_770 }],
 *   { period: 'semester' },
 * ).periods[0]!;
 * [entry.periodKey, entry.snapshotCount, entry.growth];
 * // => ['2024-S2', 1, undefined]
 * ```
 *
 * @category Growth and projections
 */
export interface SeriesGrowthPeriod {
  /** The period's key: `2024-07`, `2024-Q3`, `2024-S2` or `2024`. */
  readonly periodKey: string;
  /** The period's last snapshot (the one that counts), as given. */
  readonly snapshot: Snapshot;
  /** Distinct dates with a snapshot in the period; all but the last are superseded. */
  readonly snapshotCount: number;
  /** Growth from the previous present period; `undefined` for the first period. */
  readonly growth: SeriesGrowthStep | undefined;
}

/**
 * A region's growth period by period.
 *
 * @example
 * ```ts
 * const series: SeriesGrowth = seriesGrowth(
 *   [{ regionCode: '18', asOf: '2024-07-01', population: 100, participants: 99 }],
 *   { period: 'year' },
 * );
 * series.missingPeriods;
 * // => []
 * ```
 *
 * @category Growth and projections
 */
export interface SeriesGrowth {
  /** The region, normalised (dotted). */
  readonly regionCode: string;
  /** The period unit the snapshots were grouped by. */
  readonly period: PeriodUnit;
  /** The periods holding a snapshot, in order. */
  readonly periods: readonly SeriesGrowthPeriod[];
  /** Keys of the periods between the first and the last that hold no snapshot, in order. */
  readonly missingPeriods: readonly string[];
}

/**
 * Groups a region's snapshots by calendar period and measures the growth from each present
 * period to the next present one.
 *
 * The input may be in any order and is not mutated. In each period the last snapshot counts.
 * Snapshots of one date that agree on every count (population, participants, active
 * participants, population period, segments) are one observation reported twice and collapse
 * into the first given; `printed` and `source` are not compared. Periods with no snapshot
 * between the first and the last are listed in `missingPeriods`, and a growth step across
 * them says how many periods it spans.
 *
 * @param snapshots - snapshots of one region, at least one
 * @param options - `period`: `'month'`, `'quarter'`, `'semester'` or `'year'`, required
 * @returns the present periods with their snapshot and growth, and the missing periods, frozen
 * @throws {@link UhcMetricsError} `INVALID_OPTION` when `options.period` is missing or not a
 *   period unit, or `options` has an unknown key; `INVALID_TYPE` when `snapshots` is not an
 *   array or `options` not an object; `EMPTY_INPUT` when `snapshots` is empty; the snapshot
 *   errors (`INVALID_TYPE`, `INVALID_REGION_CODE`, `UNKNOWN_PROVINCE`, `INVALID_DATE`,
 *   `INVALID_COUNT`, `INCONSISTENT_COUNTS`) at `snapshots[i]`; `MIXED_REGIONS` when the
 *   snapshots are of different regions; `CONFLICTING_SNAPSHOTS` when two snapshots of one date
 *   disagree.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const series = seriesGrowth(
 *   [
 *     { regionCode: '18', asOf: '2024-07-01', population: 1_000, participants: 960 },
 *     { regionCode: '18', asOf: '2024-01-15', population: 1_000, participants: 940 },
 *     { regionCode: '18', asOf: '2023-07-01', population: 1_000, participants: 900 },
 *   ],
 *   { period: 'quarter' },
 * );
 * series.periods.map((entry) => [entry.periodKey, entry.growth?.participantsChange]);
 * // => [['2023-Q3', undefined], ['2024-Q1', 40], ['2024-Q3', 20]]
 * series.missingPeriods;
 * // => ['2023-Q4', '2024-Q2']
 * ```
 *
 * @category Growth and projections
 */
export function seriesGrowth(snapshots: readonly Snapshot[], options: SeriesGrowthOptions): SeriesGrowth {
  // Periods hand back the caller's own snapshots, not the private copies read here.
  const originals = new Map<object, object>();
  snapshots = copyInput(snapshots, ['snapshots'], originals);
  options = copyInput(options, ['options']);
  assertOptions(options, ['period']);
  const period: unknown = options?.period;
  assertPeriodUnit(period, ['options', 'period']);
  const series = readSnapshotSeries(snapshots, ['snapshots']);

  // The series is sorted, so each period's snapshots are adjacent and the last one wins.
  const groups: { index: number; last: CheckedSnapshot; count: number }[] = [];
  for (const checked of series) {
    const index = periodIndexOf(checked.asOf, period);
    const group = groups[groups.length - 1];
    if (group !== undefined && group.index === index) {
      group.last = checked;
      group.count += 1;
    } else {
      groups.push({ index, last: checked, count: 1 });
    }
  }

  const periods: SeriesGrowthPeriod[] = [];
  const missingPeriods: string[] = [];
  let previous: (typeof groups)[number] | undefined;
  for (const group of groups) {
    const key = periodKeyOfIndex(group.index, period);
    let growth: SeriesGrowthStep | undefined;
    if (previous !== undefined) {
      for (let gap = previous.index + 1; gap < group.index; gap += 1) missingPeriods.push(periodKeyOfIndex(gap, period));
      growth = Object.freeze({
        ...growthBetween(previous.last.snapshot, group.last.snapshot),
        fromPeriod: periodKeyOfIndex(previous.index, period),
        toPeriod: key,
        periodsSpanned: group.index - previous.index,
      });
    }
    periods.push(Object.freeze({ periodKey: key, snapshot: (originals.get(group.last.snapshot) ?? group.last.snapshot) as Snapshot, snapshotCount: group.count, growth }));
    previous = group;
  }
  const [first] = series as [CheckedSnapshot, ...CheckedSnapshot[]];
  return Object.freeze({
    regionCode: first.regionCode,
    period,
    periods: Object.freeze(periods),
    missingPeriods: Object.freeze(missingPeriods),
  });
}
