// Every metric of one region's counts on one date, from the library: the one place the table
// tool calls the metric functions.
import { activeCoveragePct, activityRate, checkTarget, classifyAward, coveragePct } from 'uhc-metrics';
import type { AwardInput, TargetStatus } from 'uhc-metrics';
import type { ReportSettings } from './choices.js';

/** Counts as a snapshot or a roll-up row holds them. */
export interface RegionCountsAt {
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants?: number | undefined;
}

/** The metrics the table shows for one region. Percentages in percent; `undefined` when not measurable. */
export interface RegionMetrics {
  readonly coveragePct: number | undefined;
  readonly activeCoveragePct: number | undefined;
  readonly activityPct: number | undefined;
  readonly status: TargetStatus;
  /** Coverage gap in percentage points: positive when short, negative for a margin above. */
  readonly gapPp: number | undefined;
  readonly peopleShort: number | undefined;
  /** The best award tier met, by name; `undefined` when none is. */
  readonly awardTier: string | undefined;
  /** Whether a higher tier could not be decided from the table (the tier is then a floor). */
  readonly awardUndecidedAbove: boolean;
}

/** The metrics of `counts` under the chosen target, award scheme and activity base. */
export function regionMetrics(counts: RegionCountsAt, settings: ReportSettings): RegionMetrics {
  const plain = {
    population: counts.population,
    participants: counts.participants,
    ...(counts.activeParticipants === undefined ? {} : { activeParticipants: counts.activeParticipants }),
  } satisfies AwardInput;
  const check = checkTarget(plain, settings.target);
  const award = classifyAward(plain, settings.scheme);
  return {
    coveragePct: coveragePct(plain),
    activeCoveragePct: activeCoveragePct(plain),
    activityPct: activityRate(plain, { base: settings.base })?.pct,
    status: check.status,
    gapPp: check.gapPp,
    peopleShort: check.peopleShort,
    awardTier: award.tier?.name,
    awardUndecidedAbove: award.undecidedHigherTierIds.length > 0,
  };
}
