import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertFiniteNumber, fail } from '../internal/assert.js';
import type { AwardMetricCondition } from './award-scheme.js';

/**
 * The percentages an award input may give instead of counts, when that is all a source printed.
 *
 * @internal
 */
export interface PrintedAwardPcts {
  /** Coverage as printed (participants / population, in percent). */
  readonly coveragePct: number | undefined;
  /** Active coverage as printed (active participants / population, in percent). */
  readonly activeCoveragePct: number | undefined;
}

/** A printed percentage: a finite number >= 0, or absent. */
function readPct(value: unknown, path: IssuePath): number | undefined {
  if (value === undefined) return undefined;
  assertFiniteNumber(value, path, { min: 0 });
  // -0 compares as 0; store 0 so it never prints as "-0".
  return value + 0;
}

/**
 * Reads `coveragePct` and `activeCoveragePct` of an award input: each excludes the counts it
 * stands for (`coveragePct` population and participants, `activeCoveragePct` active
 * participants), so a verdict never rests on two readings of one ratio.
 *
 * @internal
 */
export function readPrintedAwardPcts(record: Readonly<Record<string, unknown>>): PrintedAwardPcts {
  const coveragePct = readPct(record['coveragePct'], ['coveragePct']);
  const activeCoveragePct = readPct(record['activeCoveragePct'], ['activeCoveragePct']);
  if (coveragePct !== undefined) {
    for (const field of ['population', 'participants'] as const) {
      if (record[field] !== undefined) {
        fail('INVALID_TYPE', [field], record[field], 'must be absent when coveragePct is given: give the counts or the printed coverage, not both');
      }
    }
  }
  if (activeCoveragePct !== undefined && record['activeParticipants'] !== undefined) {
    fail('INVALID_TYPE', ['activeParticipants'], record['activeParticipants'], 'must be absent when activeCoveragePct is given: give the count or the printed percentage, not both');
  }
  return { coveragePct, activeCoveragePct };
}

/**
 * The printed percentage that measures `condition`, when the input gave one: `coveragePct` for
 * coverage, `activeCoveragePct` for an activity rate over the population. An activity rate over
 * participants and the Pemda share are never read from a printed percentage.
 *
 * @internal
 */
export function printedPctFor(condition: AwardMetricCondition, pcts: PrintedAwardPcts): number | undefined {
  if (condition.metric === 'coverage') return pcts.coveragePct;
  if (condition.metric === 'activityRate' && condition.base === 'population') return pcts.activeCoveragePct;
  return undefined;
}

/**
 * Whether a printed percentage meets a threshold, compared exactly as printed (98,00 meets
 * `>= 98`; 97,99 does not).
 *
 * @internal
 */
export function pctMeets(pct: number, operator: AwardMetricCondition['operator'], thresholdPct: number): boolean {
  switch (operator) {
    case '>=':
      return pct >= thresholdPct;
    case '>':
      return pct > thresholdPct;
    case '<=':
      return pct <= thresholdPct;
    case '<':
      return pct < thresholdPct;
  }
}
