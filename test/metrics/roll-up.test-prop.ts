import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { coverageRatio } from '../../src/metrics/coverage.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rollUp, type RollUpRow } from '../../src/metrics/roll-up.js';

const dates = ['2023-03-01', '2024-07-01', '2025-08-01'] as const;

/** Counts with active participants at most participants, sometimes absent. */
const counts = fc
  .record({ population: fc.integer({ min: 0, max: 10_000_000 }), participants: fc.integer({ min: 0, max: 12_000_000 }) })
  .chain((base) =>
    fc.oneof(
      fc.constant(base),
      fc.integer({ min: 0, max: base.participants }).map((activeParticipants) => ({ ...base, activeParticipants })),
    ),
  );

/** A district code in a small pool, so that parents share children. */
const districtCode = fc
  .tuple(fc.constantFrom('17', '18', '33'), fc.constantFrom('01', '02', '71'), fc.constantFrom('01', '02', '03'))
  .map((parts) => parts.join('.'));

/** Rows with unique region and date. */
function rowsOf(code: fc.Arbitrary<string>): fc.Arbitrary<RegionCounts[]> {
  return fc.uniqueArray(
    fc.record({ regionCode: code, asOf: fc.constantFrom(...dates), counts }).map(({ regionCode, asOf, counts: c }) => ({ regionCode, asOf, ...c })),
    { selector: (row) => `${row.regionCode}@${row.asOf}`, maxLength: 40 },
  );
}

const permuted = rowsOf(districtCode).chain((rows) =>
  fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
);

/** The counts of a row, for comparing roll-ups reached by different paths. */
function sums(rows: readonly RollUpRow[]): unknown[] {
  return rows.map(({ regionCode, asOf, population, participants, activeParticipants, coverageRatio: ratio }) => ({
    regionCode,
    asOf,
    population,
    participants,
    activeParticipants,
    ratio,
  }));
}

test.prop([permuted])('a roll-up does not depend on input order', ([rows, shuffled]) => {
  expect(rollUp(shuffled)).toEqual(rollUp(rows));
  expect(rollUp(shuffled, { to: 'country' })).toEqual(rollUp(rows, { to: 'country' }));
});

test.prop([districtCode, fc.constantFrom(...dates), counts])('a roll-up of one child equals the child', (regionCode, asOf, c) => {
  const child: RegionCounts = { regionCode, asOf, ...c };
  const [row, ...rest] = rollUp([child]);
  expect(rest).toEqual([]);
  expect(row?.regionCode).toBe(regionCode.slice(0, 5));
  expect(row?.children).toEqual([regionCode]);
  expect([row?.population, row?.participants, row?.activeParticipants]).toEqual([
    c.population,
    c.participants,
    'activeParticipants' in c ? c.activeParticipants : undefined,
  ]);
  expect(row?.coverageRatio).toBe(coverageRatio(child));
});

test.prop([rowsOf(districtCode)])('rolling step by step equals rolling straight to the province', (rows) => {
  expect(sums(rollUp(rollUp(rows)))).toEqual(sums(rollUp(rows, { to: 'province' })));
  expect(sums(rollUp(rollUp(rollUp(rows))))).toEqual(sums(rollUp(rows, { to: 'country' })));
});

test.prop([rowsOf(districtCode)])('parent coverage lies between its children’s coverages', (rows) => {
  for (const row of rollUp(rows)) {
    const children = rows.filter((child) => row.children.includes(child.regionCode) && child.asOf === row.asOf);
    // A child without population adds participants to no denominator: no bound then.
    if (children.some((child) => child.population === 0)) continue;
    const ratios = children.map((child) => coverageRatio(child) as number);
    expect(row.coverageRatio).toBeGreaterThanOrEqual(Math.min(...ratios) * (1 - 1e-12));
    expect(row.coverageRatio).toBeLessThanOrEqual(Math.max(...ratios) * (1 + 1e-12));
  }
});
