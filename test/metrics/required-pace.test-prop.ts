import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isoDateOf } from '../../src/internal/calendar.js';
import { requiredPace } from '../../src/metrics/required-pace.js';

// Day numbers of 2010-01-01 and 2030-12-31.
const days = fc
  .uniqueArray(fc.integer({ min: 14_610, max: 22_279 }), { minLength: 2, maxLength: 2 })
  .map((pair) => [...pair].sort((a, b) => a - b) as [number, number]);
const counts = fc
  .integer({ min: 1, max: 300_000_000 })
  .chain((population) => fc.record({ population: fc.constant(population), participants: fc.integer({ min: 0, max: population }) }));
const targetHundredths = fc.integer({ min: 0, max: 11_000 });

test.prop([days, counts, targetHundredths])('the people short are the fewest that meet the target, at the pace asked', ([asOf, deadline], figures, hundredths) => {
  const pace = requiredPace(
    { regionCode: '17', asOf: isoDateOf(asOf), ...figures },
    hundredths / 100, { deadline: isoDateOf(deadline) },
  );
  const { population, participants } = figures;
  // Exact in integers: (participants + short) / population >= hundredths / 10 000, and one fewer is not.
  const meets = (people: number): boolean => people * 10_000 >= hundredths * population;
  expect(meets(participants + pace.peopleShort)).toBe(true);
  if (pace.peopleShort > 0) expect(meets(participants + pace.peopleShort - 1)).toBe(false);
  expect(pace.alreadyMet).toBe(pace.peopleShort === 0);
  // Keeping up the paces until the deadline closes the gap.
  expect(pace.requiredPeoplePerMonth * (pace.daysToDeadline / (365.25 / 12))).toBeCloseTo(pace.peopleShort, 6);
  expect(pace.requiredPpPerYear * (pace.daysToDeadline / 365.25)).toBeCloseTo(pace.gapPp, 9);
  expect(pace.gapPp).toBeGreaterThanOrEqual(0);
});
