import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { activeCoverageRatio, activityRate, coverageRatio, uncoveredPeople } from '../../src/metrics/coverage.js';

// Coverage bounds and monotonicity not already in test/metrics/coverage.test-prop.ts (which has:
// rising with participants, scaling of coverageRatio, uncovered + participants, activity <= coverage).

const population = fc.integer({ min: 1, max: 1_000_000_000 });
const count = fc.integer({ min: 0, max: 1_200_000_000 });

/** Counts with `activeParticipants <= participants`. */
const countsWithActive = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000_000 }), count)
  .chain(([people, participants]) =>
    fc.record({
      population: fc.constant(people),
      participants: fc.constant(participants),
      activeParticipants: fc.integer({ min: 0, max: participants }),
    }),
  );

test.prop([population, count])('coverage is at least 0, and at most 1 exactly when participants are at most the population', (people, participants) => {
  const ratio = coverageRatio({ population: people, participants }) as number;
  expect(ratio).toBeGreaterThanOrEqual(0);
  expect(ratio <= 1).toBe(participants <= people);
  expect(ratio === 1).toBe(participants === people);
});

test.prop([population, population, count])('coverage falls as the population grows', (a, b, participants) => {
  const [small, large] = a <= b ? [a, b] : [b, a];
  const atSmall = coverageRatio({ population: small, participants }) as number;
  const atLarge = coverageRatio({ population: large, participants }) as number;
  if (participants === 0 || small === large) expect(atLarge).toBe(atSmall);
  else expect(atLarge).toBeLessThan(atSmall);
});

test.prop([countsWithActive])('every ratio is undefined exactly when its denominator is 0, and never NaN', (counts) => {
  const results = {
    coverage: coverageRatio(counts),
    activeCoverage: activeCoverageRatio(counts),
    overPopulation: activityRate(counts, { base: 'population' })?.ratio,
    overParticipants: activityRate(counts, { base: 'participants' })?.ratio,
  };
  expect(results.coverage === undefined).toBe(counts.population === 0);
  expect(results.activeCoverage === undefined).toBe(counts.population === 0);
  expect(results.overPopulation === undefined).toBe(counts.population === 0);
  expect(results.overParticipants === undefined).toBe(counts.participants === 0);
  for (const value of Object.values(results)) expect(Number.isNaN(value)).toBe(false);
});

test.prop([countsWithActive])('active coverage and activity over participants are bounded by coverage and by 1', (counts) => {
  fc.pre(counts.population > 0 && counts.participants > 0);
  const active = activeCoverageRatio(counts) as number;
  expect(active).toBeGreaterThanOrEqual(0);
  expect(active).toBeLessThanOrEqual(coverageRatio(counts) as number);
  const overParticipants = activityRate(counts, { base: 'participants' })?.ratio as number;
  expect(overParticipants).toBeGreaterThanOrEqual(0);
  expect(overParticipants).toBeLessThanOrEqual(1);
});

test.prop([countsWithActive, fc.integer({ min: 0, max: 1_000_000 })])(
  'more active participants never lower active coverage or activity',
  (counts, extra) => {
    fc.pre(counts.population > 0 && counts.participants > 0);
    const more = { ...counts, activeParticipants: Math.min(counts.participants, counts.activeParticipants + extra) };
    expect(activeCoverageRatio(more) as number).toBeGreaterThanOrEqual(activeCoverageRatio(counts) as number);
    expect(activityRate(more, { base: 'participants' })?.ratio as number).toBeGreaterThanOrEqual(
      activityRate(counts, { base: 'participants' })?.ratio as number,
    );
  },
);

test.prop([fc.integer({ min: 0, max: 1_000_000_000 }), count, count])(
  'uncovered people are between 0 and the population, and fall as participants rise',
  (people, a, b) => {
    const [fewer, more] = a <= b ? [a, b] : [b, a];
    const atFewer = uncoveredPeople({ population: people, participants: fewer });
    const atMore = uncoveredPeople({ population: people, participants: more });
    expect(Number.isSafeInteger(atFewer)).toBe(true);
    expect(atFewer).toBeGreaterThanOrEqual(0);
    expect(atFewer).toBeLessThanOrEqual(people);
    expect(atMore).toBeLessThanOrEqual(atFewer);
  },
);
