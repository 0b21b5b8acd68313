// Random snapshot tables for the property tests of src/bulk: few regions and dates so that
// regions repeat across dates and share parents, ties at exactly 100% and at 95%, coverage above
// 100%, populations of 0, and active participants present, absent or mixed.
import { fc } from '@fast-check/vitest';
import type { RegionCounts } from '../../src/metrics/region-counts.js';

/** Dates out of order on purpose: tables need not be sorted. */
export const DATES = ['2024-07-01', '2023-01-31', '2024-02-29', '2025-12-01', '2024-08-01'] as const;

/** Village codes in three districts of two regencies of two provinces, some written without dots. */
export const VILLAGES = [
  '18.72.01.1001',
  '1872011002',
  '18.72.02.1001',
  '18.01.01.2001',
  '18.01.01.2002',
  '33.10.05.2010',
  '3310052011',
] as const;

/** Regency and city codes in three provinces. */
export const REGENCIES = ['18.01', '1872', '18.71', '33.10', '33.11', '17.01', '17.71'] as const;

/** Counts with frequent ties and edge cases; `max` bounds population and participants. */
function countsArbitrary(max: number): fc.Arbitrary<Pick<RegionCounts, 'population' | 'participants' | 'activeParticipants'>> {
  const population = fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.constantFrom(20, 100, 1_000) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max }) },
  );
  return population
    .chain((people) =>
      fc.record({
        population: fc.constant(people),
        participants: fc.oneof(
          fc.constant(people),
          fc.constant(Math.floor((people * 19) / 20)),
          fc.integer({ min: 0, max: Math.min(max, Math.floor(people * 1.05) + 1) }),
        ),
      }),
    )
    .chain((counts) =>
      fc.oneof(
        fc.constant(counts),
        fc.integer({ min: 0, max: counts.participants }).map((activeParticipants) => ({ ...counts, activeParticipants })),
      ),
    );
}

/** Rows of the given codes with unique (normalised code, date), in random order. */
export function rowsArbitrary(
  codes: readonly string[],
  options: { readonly max?: number; readonly maxLength?: number } = {},
): fc.Arbitrary<RegionCounts[]> {
  const { max = 50_000_000, maxLength = 40 } = options;
  return fc.uniqueArray(
    fc
      .record({ regionCode: fc.constantFrom(...codes), asOf: fc.constantFrom(...DATES), counts: countsArbitrary(max) })
      .map(({ regionCode, asOf, counts }): RegionCounts => ({ regionCode, asOf, ...counts })),
    { selector: (row) => `${row.regionCode.replace(/\./g, '')}@${row.asOf}`, maxLength },
  );
}

/** The rows of one date, in input order, with their input indexes. */
export function rowsOfDate(rows: readonly RegionCounts[], asOf: string): { readonly row: RegionCounts; readonly index: number }[] {
  return rows.flatMap((row, index) => (row.asOf === asOf ? [{ row, index }] : []));
}
