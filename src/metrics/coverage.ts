import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertCount, assertOneOf, assertOptions, assertRecord, fail, isCount } from '../internal/assert.js';
import type { ActivityBase } from '../models/snapshot.js';
import { copyInput, readOwnField } from '../internal/copy-input.js';

/**
 * The counts every coverage metric reads. Structural: a `Snapshot`, a roll-up row or a plain
 * object all fit.
 *
 * @example
 * ```ts
 * const lampung: CoverageCounts = { population: 9_051_459, participants: 8_911_770 };
 * ```
 *
 * @category Coverage and targets
 */
export interface CoverageCounts {
  /** Population (Dukcapil) the coverage is measured against. */
  readonly population: number;
  /** People registered in JKN; may exceed `population` (population figures lag). */
  readonly participants: number;
  /**
   * Participants entitled to care; at most `participants`. Absent when not reported: leave the
   * field out, as a `null` is refused here (only `createSnapshot` reads `null` as not reported).
   */
  readonly activeParticipants?: number | undefined;
}

/** The bases an activity rate may divide by, in the order error messages list them. */
const ACTIVITY_BASES: readonly ActivityBase[] = ['participants', 'population'];

/**
 * Validates counts at a public boundary and returns a frozen copy holding only the three counts.
 * Each field is read once, so a getter cannot change between the check and the use.
 *
 * @internal Shared by the metrics in this folder; not part of the public API.
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `value` is not an object; `INVALID_COUNT`
 *   when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`.
 */
export function readCoverageCounts(value: unknown, path: IssuePath): CoverageCounts {
  return Object.freeze(checkedCounts(value, path));
}

/**
 * {@link readCoverageCounts} without the freeze, for a caller that only reads the three numbers
 * and lets the object go (issue 18: a frozen copy per row, twice per row, for nothing).
 *
 * @internal The metrics of this folder and {@link checkTarget}; never handed to a caller.
 * @throws {@link UhcMetricsError} as {@link readCoverageCounts}
 */
export function checkedCounts(value: unknown, path: IssuePath): CoverageCounts {
  assertRecord(value, path);
  // Only the three counts, each an own field read once (-0 as 0): copying a whole snapshot with
  // its segments and printed figures would cost more than the coverage itself.
  const population = readOwnField(value, 'population', path);
  const participants = readOwnField(value, 'participants', path);
  const activeParticipants = readOwnField(value, 'activeParticipants', path);
  // Paths are built only for a count that fails: this runs once per row of a large input.
  if (!isCount(population)) assertCount(population, [...path, 'population']);
  if (!isCount(participants)) assertCount(participants, [...path, 'participants']);
  // activeParticipants present even when absent: readers must not find it on Object.prototype.
  if (activeParticipants === undefined) return { population, participants, activeParticipants: undefined };
  if (!isCount(activeParticipants)) assertCount(activeParticipants, [...path, 'activeParticipants'], true);
  if (activeParticipants > participants) {
    fail('INCONSISTENT_COUNTS', [...path, 'activeParticipants'], activeParticipants, `must not exceed participants (${participants})`);
  }
  return { population, participants, activeParticipants };
}

/**
 * Coverage (cakupan kepesertaan): participants as a fraction of the population.
 *
 * @param counts - population and participants
 * @returns participants / population, a fraction of one that may exceed 1 (Kota Blitar printed
 *   101,80%); `undefined` when the population is 0
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `counts` is not an object; `INVALID_COUNT`
 *   when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * coverageRatio({ population: 20, participants: 19 });
 * // => 0.95
 * coverageRatio({ population: 0, participants: 0 });
 * // => undefined
 * ```
 *
 * @category Coverage and targets
 */
export function coverageRatio(counts: CoverageCounts): number | undefined {
  const { population, participants } = checkedCounts(counts, []);
  return population === 0 ? undefined : participants / population;
}

/**
 * Active coverage (cakupan kepesertaan aktif): active participants as a fraction of the population.
 *
 * @param counts - population and active participants
 * @returns activeParticipants / population; `undefined` when the population is 0 or
 *   `activeParticipants` is absent
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `counts` is not an object; `INVALID_COUNT`
 *   when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * activeCoverageRatio({ population: 1_000, participants: 900, activeParticipants: 750 });
 * // => 0.75
 * activeCoverageRatio({ population: 1_000, participants: 900 });
 * // => undefined
 * ```
 *
 * @category Coverage and targets
 */
export function activeCoverageRatio(counts: CoverageCounts): number | undefined {
  const { population, activeParticipants } = checkedCounts(counts, []);
  return population === 0 || activeParticipants === undefined ? undefined : activeParticipants / population;
}

/**
 * Coverage in percent: participants per 100 people of the population, the unit sources print
 * (`98,46%`) and {@link formatPercent} takes. Prefer it to `coverageRatio(...) * 100`: the unit is
 * in the name, and an undefined coverage stays `undefined` instead of becoming a printed 0.
 *
 * @param counts - population and participants
 * @returns participants * 100 / population, which may exceed 100; `undefined` when the
 *   population is 0
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `counts` is not an object; `INVALID_COUNT`
 *   when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * coveragePct({ population: 20, participants: 19 });
 * // => 95
 * formatPercent(coveragePct({ population: 9_051_459, participants: 8_911_770 }));
 * // => '98,46%'
 * formatPercent(coveragePct({ population: 0, participants: 0 }));
 * // => undefined
 * ```
 *
 * @category Coverage and targets
 */
export function coveragePct(counts: CoverageCounts): number | undefined {
  const { population, participants } = checkedCounts(counts, []);
  return population === 0 ? undefined : (participants * 100) / population;
}

/**
 * Active coverage in percent: active participants per 100 people of the population.
 *
 * @param counts - population and active participants
 * @returns activeParticipants * 100 / population; `undefined` when the population is 0 or
 *   `activeParticipants` is absent
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `counts` is not an object; `INVALID_COUNT`
 *   when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * activeCoveragePct({ population: 1_000, participants: 900, activeParticipants: 750 });
 * // => 75
 * activeCoveragePct({ population: 1_000, participants: 900 });
 * // => undefined
 * ```
 *
 * @category Coverage and targets
 */
export function activeCoveragePct(counts: CoverageCounts): number | undefined {
  const { population, activeParticipants } = checkedCounts(counts, []);
  return population === 0 || activeParticipants === undefined ? undefined : (activeParticipants * 100) / population;
}

/**
 * Options of {@link activityRate}.
 *
 * @category Coverage and targets
 */
export interface ActivityRateOptions {
  /** What to divide active participants by. Required: sources disagree, so it is never implied. */
  readonly base: ActivityBase;
}

/**
 * An activity rate together with the base it was divided by.
 *
 * @example
 * ```ts
 * const kudus: ActivityRate = { base: 'population', ratio: 697_086 / 874_796, pct: (697_086 * 100) / 874_796 };
 * ```
 *
 * @category Coverage and targets
 */
export interface ActivityRate {
  /** What active participants were divided by. */
  readonly base: ActivityBase;
  /** Active participants / base, a fraction of one. */
  readonly ratio: number;
  /** The same rate in percent: active participants * 100 / base. */
  readonly pct: number;
}

/**
 * Activity rate (tingkat keaktifan peserta): active participants over an explicit base,
 * participants or population. Over the population it equals {@link activeCoverageRatio}.
 *
 * @param counts - population, participants and active participants
 * @param options - `base`: `'participants'` or `'population'`, required
 * @returns the base and the ratio, frozen; `undefined` when `activeParticipants` is absent or the
 *   base count is 0
 * @throws {@link UhcMetricsError} `INVALID_OPTION` when `options.base` is missing or not a base,
 *   or `options` has an unknown key; `INVALID_TYPE` when `counts` or `options` is not an object;
 *   `INVALID_COUNT` when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // Kudus, Aug 2024: 697.086 active of 874.796 people.
 * const kudus = { population: 874_796, participants: 860_000, activeParticipants: 697_086 };
 * formatPercent(activityRate(kudus, { base: 'population' })?.pct);
 * // => '79,69%'
 * activityRate({ population: 100, participants: 80, activeParticipants: 60 }, { base: 'participants' });
 * // => { base: 'participants', ratio: 0.75, pct: 75 }
 * ```
 *
 * @category Coverage and targets
 */
export function activityRate(counts: CoverageCounts, options: ActivityRateOptions): ActivityRate | undefined {
  options = copyInput(options, ['options']);
  // Checked as unknown: callers without types may omit the options or pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['base']);
  const base = opts?.['base'];
  assertOneOf(base, ACTIVITY_BASES, ['options', 'base']);
  const { population, participants, activeParticipants } = checkedCounts(counts, []);
  const whole = base === 'population' ? population : participants;
  if (activeParticipants === undefined || whole === 0) return undefined;
  return Object.freeze({ base, ratio: activeParticipants / whole, pct: (activeParticipants * 100) / whole });
}

/**
 * People not covered: the population minus participants, never below 0 (participants may exceed
 * a lagging population figure).
 *
 * @param counts - population and participants
 * @returns max(0, population - participants), an integer
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `counts` is not an object; `INVALID_COUNT`
 *   when a count is not a non-negative safe integer; `INCONSISTENT_COUNTS` when
 *   `activeParticipants` exceeds `participants`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // Lampung, 1 Jul 2024: 8.911.770 participants of 9.051.459 people.
 * uncoveredPeople({ population: 9_051_459, participants: 8_911_770 });
 * // => 139689
 * uncoveredPeople({ population: 100, participants: 102 });
 * // => 0
 * ```
 *
 * @category Coverage and targets
 */
export function uncoveredPeople(counts: CoverageCounts): number {
  const { population, participants } = checkedCounts(counts, []);
  return Math.max(0, population - participants);
}
