import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkTarget } from '../../src/metrics/check-target.js';
import { defineTarget, type Target } from '../../src/metrics/target.js';

/** A coverage target whose threshold is `hundredths / 100` percent (98.6% is 9860). */
function target(operator: '>=' | '>', hundredths: number): Target {
  return defineTarget({
    id: 'T',
    name: 'T',
    kind: 'plan',
    source: 'property test',
    validFrom: '2020-01-01',
    conditions: [{ metric: 'coverage', operator, thresholdPct: hundredths / 100 }],
  });
}

/** Independent oracle in integers: participants / population against hundredths / 10 000. */
function meets(participants: number, population: number, operator: '>=' | '>', hundredths: number): boolean {
  const left = BigInt(participants) * 10_000n;
  const right = BigInt(hundredths) * BigInt(population);
  return operator === '>' ? left > right : left >= right;
}

const operator = fc.constantFrom<'>=' | '>'>('>=', '>');
// Real thresholds (95, 98, 98,6) and any with two decimals up to 100%.
const hundredths = fc.oneof(fc.constantFrom(9_500, 9_800, 9_860), fc.integer({ min: 0, max: 10_000 }));
const population = fc.integer({ min: 1, max: 300_000_000 });

test.prop([population, fc.double({ min: 0, max: 1.2, noNaN: true }), operator, hundredths])(
  'peopleShort is the least number of extra participants that meets the target',
  (people, share, op, threshold) => {
    const participants = Math.floor(people * share);
    const check = checkTarget({ population: people, participants }, target(op, threshold));
    const short = check.peopleShort as number;
    expect(Number.isSafeInteger(short) && short >= 0).toBe(true);
    expect(check.status).toBe(meets(participants, people, op, threshold) ? 'met' : 'not-met');
    expect(meets(participants + short, people, op, threshold)).toBe(true);
    if (short > 0) expect(meets(participants + short - 1, people, op, threshold)).toBe(false);
    expect(checkTarget({ population: people, participants: participants + short }, target(op, threshold)).status).toBe('met');
  },
);

test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_200_000 }), fc.integer({ min: 1, max: 1_000 }), operator, hundredths])(
  'scaling population and participants by k keeps the outcome exactly',
  (people, participants, k, op, threshold) => {
    const t = target(op, threshold);
    const small = checkTarget({ population: people, participants }, t);
    const large = checkTarget({ population: people * k, participants: participants * k }, t);
    expect(large.status).toBe(small.status);
    // Short people scale at most by k (k times the small shortfall always suffices).
    expect(large.peopleShort as number).toBeLessThanOrEqual((small.peopleShort as number) * k);
  },
);

test.prop([population, fc.double({ min: 0, max: 1.2, noNaN: true }), fc.integer({ min: 0, max: 1_000_000 }), operator, hundredths])(
  'more participants never turn a met target into a missed one, and never add people short',
  (people, share, extra, op, threshold) => {
    const participants = Math.floor(people * share);
    const t = target(op, threshold);
    const before = checkTarget({ population: people, participants }, t);
    const after = checkTarget({ population: people, participants: participants + extra }, t);
    if (before.status === 'met') expect(after.status).toBe('met');
    expect(after.peopleShort as number).toBeLessThanOrEqual(before.peopleShort as number);
  },
);

test.prop([population, fc.double({ min: 0, max: 1.2, noNaN: true }), hundredths])(
  'the gap in points is positive exactly when an at-least target is short',
  (people, share, threshold) => {
    const participants = Math.floor(people * share);
    const check = checkTarget({ population: people, participants }, target('>=', threshold));
    expect((check.gapPp as number) > 0).toBe(check.status === 'not-met');
  },
);
