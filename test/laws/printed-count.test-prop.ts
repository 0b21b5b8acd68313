import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { formatCount } from '../../src/figures/format-count.js';
import { formatPercent } from '../../src/figures/format-percent.js';
import { createSnapshot } from '../../src/models/create-snapshot.js';
import { reconcileSnapshot } from '../../src/reconcile/reconcile-snapshot.js';

// Issue 16: a count printed with a scale word is reconciled by its interval. Two laws: the
// printed reading is never stricter than reading the printed value as exact, and a coverage
// printed from the true counts is always consistent with the true count's rounded print.

const population = fc.integer({ min: 1_000, max: 1_000_000_000 });
/** Participants with a scale word (at least a thousand) and at most 3 decimals, so the print is whole people. */
const printedParticipants = fc.record({
  people: fc.integer({ min: 1_000, max: 1_200_000_000 }),
  decimals: fc.integer({ min: 0, max: 3 }),
});
const pct = fc.double({ min: 0, max: 130, noNaN: true });
const reading = fc.constantFrom('rounded' as const, 'truncated' as const, 'either' as const);

/** A snapshot of the counts and a printed coverage. */
function snapshot(people: number, participants: string | number, coverage: string) {
  return createSnapshot({ regionCode: '33', asOf: '2024-01-01', population: people, participants, printed: { coverage } });
}

test.prop([population, printedParticipants, pct, fc.integer({ min: 0, max: 3 }), reading])(
  'reading a printed count by its interval accepts every reading the exact printed value accepts',
  (people, { people: participants, decimals }, coveragePct, coverageDecimals, choice) => {
    const text = formatCount(participants, { scale: 'auto', decimals });
    const coverage = formatPercent(coveragePct, { decimals: coverageDecimals });
    const asPrinted = snapshot(people, text, coverage);
    const asExact = snapshot(people, asPrinted.participants, coverage);
    const [printedCheck] = reconcileSnapshot(asPrinted, { reading: choice }).figures;
    const [exactCheck] = reconcileSnapshot(asExact, { reading: choice }).figures;
    expect(printedCheck?.readings).toEqual(expect.arrayContaining([...(exactCheck?.readings ?? [])]));
    expect(printedCheck?.computed).toBe(exactCheck?.computed);
  },
);

test.prop([population, printedParticipants, fc.integer({ min: 0, max: 4 })])(
  'a coverage printed from the true counts agrees with the true count printed with a scale word, rounded',
  (people, { people: participants, decimals }, coverageDecimals) => {
    const coverage = formatPercent((participants * 100) / people, { decimals: coverageDecimals });
    const result = reconcileSnapshot(snapshot(people, formatCount(participants, { scale: 'auto', decimals }), coverage), { reading: 'rounded' });
    expect(result.consistent).toBe(true);
  },
);
