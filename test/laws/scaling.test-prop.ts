import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { classifyAward, type AwardInput } from '../../src/awards/classify-award.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';
import { isoDateOf } from '../../src/internal/calendar.js';
import { activeCoverageRatio, activityRate } from '../../src/metrics/coverage.js';
import { growthBetween } from '../../src/metrics/growth-between.js';
import { requiredPace } from '../../src/metrics/required-pace.js';

// Ratios do not change when every count is multiplied by the same k. coverageRatio and checkTarget
// already have this law (test/metrics); these are the other ratio-based functions. Counts stay
// small enough that k times them, and 100 times that, are exact doubles: a ratio of two exact
// integers is then one correctly rounded division, the same for both sides.

const k = fc.integer({ min: 1, max: 1_000 });

/** Counts up to 10^9 with active participants and PBPU Pemda at most the participants. */
const counts = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1_200_000_000 }))
  .chain(([population, participants]) =>
    fc.record({
      population: fc.constant(population),
      participants: fc.constant(participants),
      activeParticipants: fc.integer({ min: 0, max: participants }),
      pbpuPemda: fc.integer({ min: 0, max: participants }),
    }),
  );

type Counts = { population: number; participants: number; activeParticipants: number; pbpuPemda: number };

/** Every count times `factor`. */
function scaled(c: Counts, factor: number): Counts {
  return {
    population: c.population * factor,
    participants: c.participants * factor,
    activeParticipants: c.activeParticipants * factor,
    pbpuPemda: c.pbpuPemda * factor,
  };
}

test.prop([counts, k])('active coverage and activity rates are unchanged by scaling every count', (c, factor) => {
  const big = scaled(c, factor);
  expect(activeCoverageRatio(big)).toBe(activeCoverageRatio(c));
  expect(activityRate(big, { base: 'population' })).toStrictEqual(activityRate(c, { base: 'population' }));
  expect(activityRate(big, { base: 'participants' })).toStrictEqual(activityRate(c, { base: 'participants' }));
});

/** An award input from counts, with both flags set as given. */
function awardInput(c: Counts, flags: readonly [boolean, boolean]): AwardInput {
  return {
    population: c.population,
    participants: c.participants,
    activeParticipants: c.activeParticipants,
    segments: { pbpuPemda: c.pbpuPemda },
    flags: { noContributionArrears: flags[0], uhcPrioritas: flags[1] },
  };
}

test.prop([counts, k, fc.tuple(fc.boolean(), fc.boolean()), fc.constantFrom(UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026)])(
  'award tiers and every condition outcome are unchanged by scaling every count',
  (c, factor, flags, scheme) => {
    const outcomes = (input: AwardInput) => {
      const result = classifyAward(input, scheme);
      return {
        tier: result.tier?.id,
        tiers: result.tiers.map((tier) => [tier.outcome, tier.alternatives.map((alternative) => alternative.outcome)]),
      };
    };
    expect(outcomes(awardInput(scaled(c, factor), flags))).toStrictEqual(outcomes(awardInput(c, flags)));
  },
);

// Day numbers of 2000-01-01 and 2040-12-31.
const days = fc
  .uniqueArray(fc.integer({ min: 10_957, max: 25_932 }), { minLength: 2, maxLength: 2 })
  .map((pair) => [...pair].sort((a, b) => a - b) as [number, number]);

test.prop([days, counts, counts, k])(
  'coverage in percent and its change are unchanged by scaling both snapshots',
  ([from, to], a, b, factor) => {
    const snapshot = (day: number, c: Counts) => ({ regionCode: '18', asOf: isoDateOf(day), population: c.population, participants: c.participants });
    const small = growthBetween(snapshot(from, a), snapshot(to, b));
    const big = growthBetween(snapshot(from, scaled(a, factor)), snapshot(to, scaled(b, factor)));
    expect(big.fromCoveragePct).toBe(small.fromCoveragePct);
    expect(big.toCoveragePct).toBe(small.toCoveragePct);
    expect(big.coverageChangePp).toBe(small.coverageChangePp);
    expect(big.participantsChangeRatio).toBe(small.participantsChangeRatio);
    expect(big.participantsCagr).toBe(small.participantsCagr);
  },
);

test.prop([days, counts, k, fc.integer({ min: 0, max: 10_000 })])(
  'whether a target is met, and the points still to gain, are unchanged by scaling',
  ([asOf, deadline], c, factor, hundredths) => {
    const pace = (x: Counts) =>
      requiredPace(
        { regionCode: '18', asOf: isoDateOf(asOf), population: x.population, participants: x.participants },
        hundredths / 100, { deadline: isoDateOf(deadline) },
      );
    const small = pace(c);
    const big = pace(scaled(c, factor));
    expect(big.alreadyMet).toBe(small.alreadyMet);
    expect(big.coveragePct).toBe(small.coveragePct);
    expect(big.gapPp).toBe(small.gapPp);
    // People short scale at most by k: k times the small shortfall always suffices.
    expect(big.peopleShort).toBeLessThanOrEqual(small.peopleShort * factor);
  },
);
