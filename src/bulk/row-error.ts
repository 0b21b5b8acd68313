import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertCount, fail } from '../internal/assert.js';
import { assertDayNumber } from '../internal/calendar.js';
import { parseRegionCodeAt } from '../models/region-code.js';

/** The fields of a row, in the order the per-snapshot validation checks them. */
export type RowField = 'regionCode' | 'asOf' | 'population' | 'participants' | 'activeParticipants';

/**
 * Throws the error the per-snapshot validation gives for a row the table builder's fast checks
 * rejected, from the values the builder read (each field is read once: a getter is never asked
 * twice). `at` gives the path of a field.
 *
 * @internal Used by {@link tableFromSnapshots} and {@link tableFromColumns}.
 */
export function throwRowError(
  regionCode: unknown,
  asOf: unknown,
  population: unknown,
  participants: unknown,
  activeParticipants: unknown,
  at: (field: RowField) => IssuePath,
): never {
  parseRegionCodeAt(regionCode, at('regionCode'));
  assertDayNumber(asOf, at('asOf'));
  assertCount(population, at('population'));
  assertCount(participants, at('participants'));
  if (activeParticipants !== undefined) {
    assertCount(activeParticipants, at('activeParticipants'), true);
    if (activeParticipants > participants) {
      fail('INCONSISTENT_COUNTS', at('activeParticipants'), activeParticipants, `must not exceed participants (${participants})`);
    }
  }
  // The fast checks accept exactly what these accept (test/bulk compares the two on bad rows).
  return fail('INVALID_TYPE', at('regionCode'), regionCode, 'was rejected by the fast checks but not by the full ones');
}
