import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { defineAwardScheme } from '../../src/awards/award-scheme.js';
import {
  classifyAward,
  type AwardClassification,
  type AwardConditionResult,
  type AwardInput,
  type AwardOutcome,
} from '../../src/awards/classify-award.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';

const schemes = fc.constantFrom(UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026);

// Complete inputs: participants may exceed population (population figures lag), active and
// Pemda-registered never exceed participants.
const complete = fc
  .record({
    population: fc.integer({ min: 1, max: 10_000_000 }),
    participantsPerMille: fc.integer({ min: 0, max: 1_100 }),
    activePerMille: fc.integer({ min: 0, max: 1_000 }),
    pemdaPerMille: fc.integer({ min: 0, max: 1_000 }),
    uhcPrioritas: fc.boolean(),
    noContributionArrears: fc.boolean(),
  })
  .map(({ population, participantsPerMille, activePerMille, pemdaPerMille, uhcPrioritas, noContributionArrears }) => {
    const participants = Math.floor((population * participantsPerMille) / 1_000);
    return {
      population,
      participants,
      activeParticipants: Math.floor((participants * activePerMille) / 1_000),
      segments: { pbpuPemda: Math.floor((participants * pemdaPerMille) / 1_000) },
      flags: { uhcPrioritas, noContributionArrears },
    };
  });

type Complete = {
  population: number;
  participants: number;
  activeParticipants: number;
  segments: { pbpuPemda: number };
  flags: { uhcPrioritas: boolean; noContributionArrears: boolean };
};

function withHoles(input: Complete, drop: readonly boolean[]): AwardInput {
  const flags: Record<string, boolean> = {};
  if (!drop[2]) flags['uhcPrioritas'] = input.flags.uhcPrioritas;
  if (!drop[3]) flags['noContributionArrears'] = input.flags.noContributionArrears;
  return {
    population: input.population,
    participants: input.participants,
    ...(drop[0] ? {} : { activeParticipants: input.activeParticipants }),
    ...(drop[1] ? {} : { segments: input.segments }),
    flags,
  };
}

// Every outcome in a classification, in a fixed order.
function allOutcomes(result: AwardClassification): AwardOutcome[] {
  const fromCondition = (condition: AwardConditionResult): AwardOutcome[] =>
    condition.kind === 'any'
      ? [condition.outcome, ...condition.conditions.flatMap(fromCondition)]
      : [condition.outcome];
  return result.tiers.flatMap((tier) => [
    tier.outcome,
    ...tier.alternatives.flatMap((alternative) => [
      alternative.outcome,
      ...alternative.conditions.flatMap(fromCondition),
    ]),
  ]);
}

test.prop([complete, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), schemes])(
  'a known outcome never changes when missing inputs are supplied',
  (input, drop, scheme) => {
    const full = allOutcomes(classifyAward(input, scheme));
    const partial = allOutcomes(classifyAward(withHoles(input, drop), scheme));
    expect(full).not.toContain('unknown');
    partial.forEach((outcome, index) => {
      if (outcome !== 'unknown') expect(outcome).toBe(full[index]);
    });
  },
);

test.prop([complete, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), schemes])(
  'the claimed tier is met, every tier above it failed or undecided, and undecided ones are listed',
  (input, drop, scheme) => {
    const result = classifyAward(withHoles(input, drop), scheme);
    const claimed = result.tier === undefined ? result.tiers.length : result.tiers.indexOf(result.tier);
    expect(result.tier?.outcome ?? 'met').toBe('met');
    const above = result.tiers.slice(0, claimed);
    expect(above.every((tier) => tier.outcome !== 'met')).toBe(true);
    expect(result.undecidedHigherTierIds).toEqual(
      above.filter((tier) => tier.outcome === 'unknown').map((tier) => tier.id),
    );
  },
);

const coverageRule = fc
  .record({
    operator: fc.constantFrom('>=', '>', '<=', '<'),
    thresholdPct: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  })
  .map(({ operator, thresholdPct }) =>
    defineAwardScheme({
      id: 'rule',
      name: 'Rule',
      source: 'property test',
      tiers: [
        {
          id: 't',
          name: 'T',
          alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator, thresholdPct }] }],
        },
      ],
    }),
  );

test.prop([complete, coverageRule])('the sign of the margin agrees with the verdict', (input, scheme) => {
  const result = classifyAward(input, scheme).tiers[0]?.alternatives[0]?.conditions[0];
  if (result?.kind !== 'metric') throw new Error('expected a metric result');
  const margin = result.marginPp ?? Number.NaN;
  if (result.outcome === 'met') expect(margin).toBeGreaterThanOrEqual(0);
  else expect(margin).toBeLessThanOrEqual(0);
  expect(Number.isNaN(result.measuredPct)).toBe(false);
});

test.prop([complete, coverageRule])('peopleShort is exactly the number of participants missing', (input, scheme) => {
  const before = classifyAward(input, scheme).tiers[0]?.alternatives[0]?.conditions[0];
  if (before?.kind !== 'metric' || before.peopleShort === undefined) return;
  if (before.outcome === 'met') {
    expect(before.peopleShort).toBe(0);
    return;
  }
  const after = (participants: number) =>
    classifyAward({ population: input.population, participants }, scheme).tiers[0]?.outcome;
  expect(before.peopleShort).toBeGreaterThan(0);
  expect(after(input.participants + before.peopleShort)).toBe('met');
  expect(after(input.participants + before.peopleShort - 1)).toBe('failed');
});

test.prop([complete, fc.integer({ min: 0, max: 1_000_000 })])(
  'more participants never lose the 2023 award',
  (input, extra) => {
    const tier = (participants: number) =>
      classifyAward({ population: input.population, participants }, UHC_AWARDS_2023).tier?.id;
    if (tier(input.participants) === 'uhc') expect(tier(input.participants + extra)).toBe('uhc');
  },
);
