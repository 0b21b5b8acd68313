import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isoDateOf } from '../../src/internal/calendar.js';
import { growthBetween } from '../../src/metrics/growth-between.js';
import type { Snapshot } from '../../src/models/snapshot.js';

// Day numbers of 2000-01-01 and 2040-12-31.
const FIRST_DAY = 10_957;
const LAST_DAY = 25_932;

/** Counts of a region at one date: population 1..300 million, coverage up to 120%. */
const counts = fc
  .integer({ min: 1, max: 300_000_000 })
  .chain((population) =>
    fc.record({ population: fc.constant(population), participants: fc.integer({ min: 0, max: Math.floor(population * 1.2) }) }),
  );

/** Three distinct days, in order. */
const threeDays = fc
  .uniqueArray(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { minLength: 3, maxLength: 3 })
  .map((days) => [...days].sort((a, b) => a - b) as [number, number, number]);

function snapshotAt(day: number, figures: { population: number; participants: number }): Snapshot {
  return { regionCode: '18', asOf: isoDateOf(day), ...figures };
}

test.prop([threeDays, counts, counts, counts])(
  'growth A->B plus B->C is A->C: days and people exactly, coverage to 1e-9 pp',
  ([dayA, dayB, dayC], a, b, c) => {
    const A = snapshotAt(dayA, a);
    const B = snapshotAt(dayB, b);
    const C = snapshotAt(dayC, c);
    const ab = growthBetween(A, B);
    const bc = growthBetween(B, C);
    const ac = growthBetween(A, C);
    expect(ab.elapsedDays + bc.elapsedDays).toBe(ac.elapsedDays);
    expect(ab.participantsChange + bc.participantsChange).toBe(ac.participantsChange);
    expect(ab.populationChange + bc.populationChange).toBe(ac.populationChange);
    expect(Math.abs(ab.coverageChangePp! + bc.coverageChangePp! - ac.coverageChangePp!)).toBeLessThan(1e-9);
  },
);

test.prop([threeDays, counts, counts])('the participant and population effects add up to the coverage change', ([dayA, dayB], a, b) => {
  const growth = growthBetween(snapshotAt(dayA, a), snapshotAt(dayB, b));
  const participantEffect = growth.participantEffectPp!;
  const populationEffect = growth.populationEffectPp!;
  // Each effect can reach 10^10 pp (a population of 1 growing to millions), so the tolerance scales.
  const scale = Math.max(1, Math.abs(participantEffect), Math.abs(populationEffect));
  expect(Math.abs(participantEffect + populationEffect - growth.coverageChangePp!)).toBeLessThanOrEqual(1e-9 * scale);
  // The participant effect has the sign of the participant change; the population effect the opposite sign of the population change.
  expect(Math.sign(participantEffect)).toBe(Math.sign(growth.participantsChange));
  expect(Math.sign(populationEffect) * Math.sign(growth.populationChange)).toBeLessThanOrEqual(0);
});

test.prop([threeDays, counts, counts])('compound growth is the yearly factor of the participant ratio', ([dayA, dayB], a, b) => {
  fc.pre(a.participants > 0);
  const growth = growthBetween(snapshotAt(dayA, a), snapshotAt(dayB, b));
  // The plain formula as an oracle: (P2 / P1) ^ (365.25 / days).
  const factor = (b.participants / a.participants) ** (365.25 / growth.elapsedDays);
  if (!Number.isFinite(factor)) {
    expect(growth.participantsCagr).toBeUndefined();
    return;
  }
  expect(growth.participantsCagr).toBeGreaterThanOrEqual(-1);
  expect(Math.abs(1 + growth.participantsCagr! - factor)).toBeLessThanOrEqual(1e-12 + 1e-9 * factor);
});
