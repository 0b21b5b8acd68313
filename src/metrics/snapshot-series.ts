import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, fail } from '../internal/assert.js';
import { describePath, describeValue } from '../internal/describe-value.js';
import { assertSameRegion, readSnapshotAt, type CheckedSnapshot } from './checked-snapshot.js';

/** Where two snapshots of one date first disagree, relative to the snapshot, and both values. */
interface Difference {
  readonly path: IssuePath;
  readonly earlier: unknown;
  readonly later: unknown;
}

/** The per-segment counts as a record, or `undefined` when absent or not an object. */
function segmentsOf(checked: CheckedSnapshot): Readonly<Record<string, unknown>> | undefined {
  const segments: unknown = checked.snapshot.segments;
  return typeof segments === 'object' && segments !== null ? (segments as Record<string, unknown>) : undefined;
}

/**
 * The first measured value two snapshots disagree on. Counts, the population period and the
 * segment counts are data; `printed` and `source` are provenance (two articles may report the
 * same counts) and are not compared.
 */
function firstDifference(earlier: CheckedSnapshot, later: CheckedSnapshot): Difference | undefined {
  for (const key of ['population', 'participants', 'activeParticipants'] as const) {
    if (earlier[key] !== later[key]) return { path: [key], earlier: earlier[key], later: later[key] };
  }
  const earlierPeriod: unknown = earlier.snapshot.populationPeriod;
  const laterPeriod: unknown = later.snapshot.populationPeriod;
  if (earlierPeriod !== laterPeriod) return { path: ['populationPeriod'], earlier: earlierPeriod, later: laterPeriod };
  const earlierSegments = segmentsOf(earlier);
  const laterSegments = segmentsOf(later);
  if (earlierSegments === undefined || laterSegments === undefined) {
    const a: unknown = earlier.snapshot.segments;
    const b: unknown = later.snapshot.segments;
    return Object.is(a, b) ? undefined : { path: ['segments'], earlier: a, later: b };
  }
  const keys = new Set([...Object.keys(earlierSegments), ...Object.keys(laterSegments)]);
  for (const key of [...keys].sort()) {
    if (!Object.is(earlierSegments[key], laterSegments[key])) {
      return { path: ['segments', key], earlier: earlierSegments[key], later: laterSegments[key] };
    }
  }
  return undefined;
}

/**
 * Validates a series of snapshots of one region and returns them by date, one per date.
 * The input is not mutated. Snapshots of one date that agree on every measured value
 * (counts, population period, segments) collapse into the first given; ones that disagree
 * are an error.
 *
 * @internal Shared by the series and projection metrics; not part of the public API.
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `value` is not an array; `EMPTY_INPUT`
 *   when it is empty; the snapshot errors of {@link readSnapshotAt}; `MIXED_REGIONS` when the
 *   regions differ; `CONFLICTING_SNAPSHOTS` when two snapshots of one date disagree.
 */
export function readSnapshotSeries(value: unknown, path: IssuePath): readonly CheckedSnapshot[] {
  assertArray(value, path);
  if (value.length === 0) fail('EMPTY_INPUT', path, value, 'must hold at least one snapshot');
  // An indexed loop, not map: map skips the holes of a sparse array instead of reporting them.
  const checked: CheckedSnapshot[] = [];
  for (let index = 0; index < value.length; index += 1) {
    checked.push(readSnapshotAt(value[index], [...path, index]));
  }
  const [first] = checked as [CheckedSnapshot, ...CheckedSnapshot[]];
  for (const other of checked) assertSameRegion(first, other);
  // Array.prototype.sort is stable: snapshots of one date stay in input order.
  const byDate = [...checked].sort((a, b) => a.day - b.day);
  const distinct: CheckedSnapshot[] = [];
  for (const current of byDate) {
    const previous = distinct[distinct.length - 1];
    if (previous === undefined || previous.day !== current.day) {
      distinct.push(current);
      continue;
    }
    const difference = firstDifference(previous, current);
    if (difference !== undefined) {
      fail(
        'CONFLICTING_SNAPSHOTS',
        [...current.path, ...difference.path],
        difference.later,
        `must equal ${describePath([...previous.path, ...difference.path])} (${describeValue(difference.earlier)}), ` +
          `a snapshot of the same date ${current.asOf}`,
      );
    }
  }
  return Object.freeze(distinct);
}
