import { fc, test } from '@fast-check/vitest';
import { expect, test as plainTest } from 'vitest';
import { isUhcMetricsError, UhcMetricsError, type Issue } from '../../src/errors/uhc-metrics-error.js';
import { createSnapshot as createTypedSnapshot } from '../../src/models/create-snapshot.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { resolveSnapshotOptions, type CreateSnapshotOptions } from '../../src/models/snapshot-options.js';
import { copyInput } from '../../src/internal/copy-input.js';
import { referenceReadSnapshot } from '../support/reference-read-snapshot.js';

// Untyped callers (JSON, hostile shapes) reach the runtime checks: the typed parameter is for editors.
const createSnapshot = createTypedSnapshot as (input: unknown, options?: CreateSnapshotOptions) => Snapshot;

// Issue 18, item 4: createSnapshot takes cheap checks first and words errors only on failure.
// On rows valid and invalid it must give what the old reader gave: the same snapshot (values,
// key order, frozen) or the same issues (code, path, value, message), in the same order.

function referenceCreateSnapshot(input: unknown, options?: CreateSnapshotOptions): unknown {
  const issues: Issue[] = [];
  const snapshot = referenceReadSnapshot(input, [], resolveSnapshotOptions(options), issues);
  const [first, ...rest] = issues;
  if (first !== undefined) throw new UhcMetricsError([first, ...rest]);
  return snapshot;
}

/** Values with key order and frozenness made visible, for a deep comparison. */
function shape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'number' && Object.is(value, -0) ? '-0' : value;
  return { frozen: Object.isFrozen(value), entries: Object.keys(value).map((key) => [key, shape((value as Record<string, unknown>)[key])]) };
}

function outcome(run: () => unknown): unknown {
  try {
    return { snapshot: shape(run()) };
  } catch (error) {
    if (!isUhcMetricsError(error)) throw error;
    return { code: error.code, message: error.message, issues: error.issues.map((issue) => shape({ ...issue })) };
  }
}

// Each field valid most of the time, so that whole rows are often valid and often have one flaw.
const regionCode = fc.oneof(
  { arbitrary: fc.constantFrom('18.72', '1872', '18.72.01.1001', '1872011001', '18', 'ID', '18.72.01', '187201'), weight: 8 },
  fc.constantFrom('id', ' 18.72 ', '18.70', '10.01', '18.72.00', '18.7201', '18.72.01.0000', '99.01', 18, undefined, null),
  fc.string({ unit: fc.constantFrom(...'0123456789. '), maxLength: 14 }),
);
const asOf = fc.oneof(
  { arbitrary: fc.constantFrom('2024-07-01', '2024-07', '2024-02-29', '0000-01-01', '9999-12'), weight: 8 },
  fc.constantFrom('2023-02-29', '2024-13', '2024-00-10', '2024-7-1', ' 2024-07-01', '', 20240701, undefined),
  fc.string({ unit: fc.constantFrom(...'0123456789-'), maxLength: 11 }),
);
const count = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 6 },
  { arbitrary: fc.constantFrom(-0, 0, Number.MAX_SAFE_INTEGER, '8.911.770', '8.911.770 jiwa', '1,2 juta'), weight: 3 },
  fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Infinity, 'sekitar 400 ribu', '', ' ', 'abc', null, undefined, true),
);
const segments = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(fc.constantFrom('pbiApbn', 'pbpuPemda', 'ppu', 'ppuPn', 'ppuBu', 'pbpu', 'bp', 'pbi'), count, { maxKeys: 4 }),
  fc.constantFrom('segments', [], null, {}),
);
const row = fc.record(
  {
    regionCode,
    asOf,
    population: count,
    participants: count,
    activeParticipants: count,
    nonActiveParticipants: count,
    populationPeriod: fc.constantFrom('2023-S2', '2023', '2023-S3', undefined),
    segments,
    partcipants: count,
  },
  { requiredKeys: ['regionCode', 'asOf', 'population', 'participants'] },
);
const options = fc.constantFrom<CreateSnapshotOptions | undefined>(undefined, { unknownFields: 'reject' }, { locale: 'en' });

test.prop([fc.oneof(row, fc.constantFrom(null, [], 'row', 5)), options])('createSnapshot gives what the old reader gave, snapshot or error', (input, opts) => {
  // The reference reads the private copy createSnapshot makes (issue 17: own fields, -0 as 0).
  expect(outcome(() => createSnapshot(input, opts))).toEqual(outcome(() => referenceCreateSnapshot(copyInput(input, []), opts)));
});

plainTest('a getter that throws a UhcMetricsError is reported as before, and any other error is INPUT_THREW with it as cause (issue 17)', () => {
  const throwing = (key: string, error: () => Error): Record<string, unknown> => {
    const input: Record<string, unknown> = { regionCode: '18.72', asOf: '2024-07-01', population: 100, participants: 90 };
    Object.defineProperty(input, key, { enumerable: true, get: () => { throw error(); } });
    return input;
  };
  const inner = (): Error => new UhcMetricsError([{ code: 'INVALID_COUNT', path: ['inner'], value: 1, message: 'inner' }]);
  for (const key of ['regionCode', 'asOf', 'population', 'participants', 'activeParticipants', 'segments']) {
    expect(outcome(() => createSnapshot(throwing(key, inner)))).toEqual(outcome(() => referenceCreateSnapshot(throwing(key, inner))));
    const boom = new RangeError('boom');
    const thrown = outcome(() => createSnapshot(throwing(key, () => boom)));
    expect(thrown).toMatchObject({ code: 'INPUT_THREW' });
    let cause: unknown;
    try {
      createSnapshot(throwing(key, () => boom));
    } catch (error) {
      cause = (error as Error).cause;
    }
    expect(cause).toBe(boom);
  }
});
