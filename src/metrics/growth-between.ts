import { fail } from '../internal/assert.js';
import { compoundAnnualGrowth } from '../internal/compound-growth.js';
import { DAYS_PER_YEAR } from '../internal/time-units.js';
import type { IsoDate, Snapshot } from '../models/snapshot.js';
import { assertSameRegion, readSnapshotAt } from './checked-snapshot.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * How a region's JKN membership changed between two snapshots.
 *
 * Per-year rates use a year of 365.25 days (the Julian year: four calendar years are exactly
 * four years, whichever holds the leap day).
 *
 * The coverage change splits sequentially into two effects that add up to it:
 * - `participantEffectPp` = (P2 - P1) / N1: the new participants measured against the old
 *   population, as if the population had not moved;
 * - `populationEffectPp` = P2 / N2 - P2 / N1: what the population change did to the new
 *   participants' coverage (negative when the population grew).
 *
 * `fromCoveragePct` / `toCoveragePct` are `undefined` when that snapshot's population is 0; the
 * change, the two effects and the pace are `undefined` when either population is 0.
 *
 * @example
 * ```ts
 * const growth: Growth = growthBetween(
 *   { regionCode: '18', asOf: '2023-07-01', population: 1_000, participants: 900 },
 *   { regionCode: '18', asOf: '2024-07-01', population: 1_000, participants: 950 },
 * );
 * growth.coverageChangePp;
 * // => 5
 * ```
 *
 * @category Growth and projections
 */
export interface Growth {
  /** The region, normalised (dotted). */
  readonly regionCode: string;
  /** The earlier snapshot's date. */
  readonly fromAsOf: IsoDate;
  /** The later snapshot's date. */
  readonly toAsOf: IsoDate;
  /** Days from `fromAsOf` to `toAsOf`, positive. */
  readonly elapsedDays: number;
  /** New participants (people); negative when participants fell. */
  readonly participantsChange: number;
  /** `participantsChange` relative to the earlier participants; `undefined` when those were 0. */
  readonly participantsChangeRatio: number | undefined;
  /** Population change (people). */
  readonly populationChange: number;
  /** Coverage at `fromAsOf` in percent; `undefined` when that population is 0. */
  readonly fromCoveragePct: number | undefined;
  /** Coverage at `toAsOf` in percent; `undefined` when that population is 0. */
  readonly toCoveragePct: number | undefined;
  /** Coverage change in percentage points: `participantEffectPp + populationEffectPp`. */
  readonly coverageChangePp: number | undefined;
  /** The part of the coverage change due to new participants, at the earlier population. */
  readonly participantEffectPp: number | undefined;
  /** The part of the coverage change due to the population change, at the later participants. */
  readonly populationEffectPp: number | undefined;
  /** Coverage change per 365.25-day year, in percentage points. */
  readonly pacePpPerYear: number | undefined;
  /**
   * Compound annual growth of participants as a ratio per 365.25-day year (0.05 is 5% a year);
   * `undefined` when the earlier participants were 0, or when the rate overflows a double.
   */
  readonly participantsCagr: number | undefined;
}

/**
 * How JKN membership grew from one snapshot of a region to a later one: people, coverage in
 * percentage points, the pace per year, compound growth, and the coverage change split into a
 * participant effect and a population effect (see {@link Growth}).
 *
 * @param from - the earlier snapshot
 * @param to - a later snapshot of the same region
 * @returns the growth, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE`, `INVALID_REGION_CODE`, `UNKNOWN_PROVINCE`,
 *   `INVALID_DATE`, `INVALID_COUNT`, `INCONSISTENT_COUNTS` when a snapshot is malformed (the path
 *   starts with `from` or `to`); `MIXED_REGIONS` when the snapshots are of different regions;
 *   `DUPLICATE_SNAPSHOT` when both have the same date; `INVALID_DATE` when `to` is dated before
 *   `from` (the order is the caller's statement of direction, so it is never swapped).
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const growth = growthBetween(
 *   { regionCode: '18.72', asOf: '2023-01-01', population: 200, participants: 160 },
 *   { regionCode: '18.72', asOf: '2024-01-01', population: 250, participants: 200 },
 * );
 * [growth.elapsedDays, growth.participantsChange, growth.participantsChangeRatio];
 * // => [365, 40, 0.25]
 * [growth.coverageChangePp, growth.participantEffectPp, growth.populationEffectPp];
 * // => [0, 20, -20]
 * ```
 *
 * @category Growth and projections
 */
export function growthBetween(from: Snapshot, to: Snapshot): Growth {
  from = copyInput(from, ['from']);
  to = copyInput(to, ['to']);
  const first = readSnapshotAt(from, ['from']);
  const second = readSnapshotAt(to, ['to']);
  assertSameRegion(first, second);
  if (second.day === first.day) {
    fail('DUPLICATE_SNAPSHOT', ['to', 'asOf'], second.asOf, 'must differ from from.asOf: growth needs two dates');
  }
  if (second.day < first.day) {
    fail('INVALID_DATE', ['to', 'asOf'], second.asOf, `must be after from.asOf (${first.asOf})`);
  }
  const elapsedDays = second.day - first.day;
  const participantsChange = second.participants - first.participants;
  const fromPct = first.coveragePct;
  const toPct = second.coveragePct;
  const bothCoverages = fromPct !== undefined && toPct !== undefined;
  const coverageChangePp = bothCoverages ? toPct - fromPct : undefined;
  return Object.freeze({
    regionCode: first.regionCode,
    fromAsOf: first.asOf,
    toAsOf: second.asOf,
    elapsedDays,
    participantsChange,
    participantsChangeRatio: first.participants === 0 ? undefined : participantsChange / first.participants,
    populationChange: second.population - first.population,
    fromCoveragePct: fromPct,
    toCoveragePct: toPct,
    coverageChangePp,
    participantEffectPp: bothCoverages ? (participantsChange * 100) / first.population : undefined,
    // P2/N2 - P2/N1 written as (P2/N2) * (N1 - N2) / N1: the population difference is exact.
    // `+ 0`: a coverage of 0 times a fall in population is 0, not -0.
    populationEffectPp: bothCoverages ? (toPct * (first.population - second.population)) / first.population + 0 : undefined,
    pacePpPerYear: coverageChangePp === undefined ? undefined : (coverageChangePp * DAYS_PER_YEAR) / elapsedDays,
    participantsCagr: compoundAnnualGrowth(first.participants, second.participants, elapsedDays),
  });
}
