// Bad input fails on the columnar path with the very error (code, path and message) the
// per-snapshot roll-up gives for the same rows: the first bad row wins, fields in the same order.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isUhcMetricsError } from '../../src/errors/uhc-metrics-error.js';
import { analyzeSnapshots } from '../../src/bulk/analyze-snapshots.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableRollUp } from '../../src/bulk/table-roll-up.js';
import { tableRow } from '../../src/bulk/table-row.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rollUp } from '../../src/metrics/roll-up.js';

/** Valid codes of every level (so that levels mix and some rows cannot roll up), and bad ones. */
const code = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('ID', '18', '17', '18.72', '1872', '18.01', '18.72.01', '187202', '18.72.01.1001', '18.01.01.2001') },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('99', '18.70', '18.72.00', 'x', 18, null, undefined, ' 18 ') },
);
const date = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('2024-07-01', '2023-01-31') },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('2024-02-30', '2024-7-1', 20240701, undefined) },
);
const count = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1_000 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(-1, 1.5, Number.NaN, Infinity, '5', null, Number.MAX_SAFE_INTEGER, 2 ** 53) },
);
const row = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .record({ regionCode: code, asOf: date, population: count, participants: count, activeParticipants: fc.option(count, { nil: undefined }) })
      .map(({ activeParticipants, ...rest }) => (activeParticipants === undefined ? rest : { ...rest, activeParticipants })),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 5, 'row', [], undefined) },
);
const rows = fc.array(row, { maxLength: 12 });
const to = fc.constantFrom('parent', 'province', 'country' as const);

type Outcome = { readonly error: { code: string; path: readonly (string | number)[]; message: string } } | { readonly value: unknown };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    if (!isUhcMetricsError(error)) throw error;
    return { error: { code: error.code, path: error.path, message: error.message } };
  }
}

/** The sums both paths compute, for comparing successes. */
function tableSums(input: unknown, target: 'parent' | 'province' | 'country'): unknown {
  const { parents } = tableRollUp(tableFromSnapshots(input as RegionCounts[]), { to: target });
  return Array.from({ length: parents.rowCount }, (_, index) => {
    const { regionCode, asOf, population, participants } = tableRow(parents, index);
    return [regionCode, asOf, population, participants];
  });
}

test.prop([rows, to])('errors and results equal rollUp’s on arbitrary, often bad, rows', (input, target) => {
  const expected = outcomeOf(() =>
    rollUp(input as RegionCounts[], { to: target }).map((r) => [r.regionCode, r.asOf, r.population, r.participants]),
  );
  expect(outcomeOf(() => tableSums(input, target))).toEqual(expected);
  const pipeline = outcomeOf(() => analyzeSnapshots(input as RegionCounts[], { rollUp: { to: target } }));
  if ('error' in expected) expect(pipeline).toEqual(expected);
  else expect('value' in pipeline).toBe(true);
});
