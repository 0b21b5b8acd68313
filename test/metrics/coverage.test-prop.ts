import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { activeCoverageRatio, activityRate, coverageRatio, uncoveredPeople } from '../../src/metrics/coverage.js';

const population = fc.integer({ min: 1, max: 1_000_000_000 });
const count = fc.integer({ min: 0, max: 1_200_000_000 });

test.prop([population, count, count])('coverage rises with participants', (people, a, b) => {
  const [low, high] = a <= b ? [a, b] : [b, a];
  const lowRatio = coverageRatio({ population: people, participants: low }) as number;
  const highRatio = coverageRatio({ population: people, participants: high }) as number;
  if (low === high) expect(lowRatio).toBe(highRatio);
  else expect(lowRatio).toBeLessThan(highRatio);
});

test.prop([fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 12_000_000 }), fc.integer({ min: 1, max: 100_000 })])(
  'scaling population and participants by k keeps the ratio exactly',
  (people, participants, k) => {
    expect(coverageRatio({ population: people * k, participants: participants * k })).toBe(
      coverageRatio({ population: people, participants }),
    );
  },
);

test.prop([population, count])('uncovered people plus participants cover the population', (people, participants) => {
  const uncovered = uncoveredPeople({ population: people, participants });
  expect(uncovered).toBeGreaterThanOrEqual(0);
  expect(uncovered + participants).toBeGreaterThanOrEqual(people);
  expect(uncovered === 0 || uncovered + participants === people).toBe(true);
});

test.prop([population, count.chain((participants) => fc.tuple(fc.constant(participants), fc.integer({ min: 0, max: participants })))])(
  'activity over the population is active coverage, and never exceeds coverage',
  (people, [participants, active]) => {
    const counts = { population: people, participants, activeParticipants: active };
    const rate = activityRate(counts, { base: 'population' });
    expect(rate?.ratio).toBe(activeCoverageRatio(counts));
    expect(rate?.ratio as number).toBeLessThanOrEqual(coverageRatio(counts) as number);
    const overParticipants = activityRate(counts, { base: 'participants' });
    if (participants === 0) expect(overParticipants).toBeUndefined();
    else expect(overParticipants?.ratio as number).toBeLessThanOrEqual(1);
  },
);
