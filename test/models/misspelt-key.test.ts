import { describe, expect, it } from 'vitest';
import { nearestKey } from '../../src/internal/nearest-key.js';
import { createSnapshot } from '../../src/models/create-snapshot.js';
import { defineTarget } from '../../src/metrics/target.js';
import { formatPercent } from '../../src/figures/format-percent.js';
import { catchError } from '../support/caught-error.js';

describe('an unknown key names itself and the nearest known key', () => {
  it('says which absent field a misspelt key stands for', () => {
    const error = catchError(() =>
      // @ts-expect-error a misspelt key is a type error; the runtime names it for untyped callers
      createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 9_051_459, partcipants: 8_911_770 }),
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'INVALID_COUNT', path: ['participants'] });
    expect(error.issues[0]?.message).toContain("unknown key 'partcipants': a misspelling of 'participants'?");
  });

  it('suggests the nearest known key when unknown keys are rejected', () => {
    const error = catchError(() =>
      createSnapshot(
        // @ts-expect-error a misspelt key is a type error; the runtime names it for untyped callers
        { regionCode: '18', asOf: '2024-07-01', population: 10, participants: 9, activeParticipant: 5 },
        { unknownFields: 'reject' },
      ),
    );
    expect(error.issues[0]).toMatchObject({ path: ['activeParticipant'] });
    expect(error.issues[0]?.message).toContain("did you mean 'activeParticipants'?");
  });

  it('suggests for options and target fields too, and stays silent for keys that resemble nothing', () => {
    expect(catchError(() => formatPercent(98, { decimal: 1 } as object)).message).toContain("did you mean 'decimals'?");
    const target = { id: 'T', name: 'T', kind: 'plan', source: 'x', validFrom: '2020-01-01', deadlin: '2024-12-31', conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }] };
    expect(catchError(() => defineTarget(target as never)).message).toContain("did you mean 'deadline'?");
    expect(catchError(() => formatPercent(98, { colour: 'red' } as object)).message).not.toContain('did you mean');
  });

  it('compares case-insensitively, allows a swap, and does not compare huge keys', () => {
    expect(nearestKey('Population', ['population', 'participants'])).toBe('population');
    expect(nearestKey('popualtion', ['population'])).toBe('population');
    expect(nearestKey('x'.repeat(100_000), ['population'])).toBeUndefined();
    expect(nearestKey('base', ['locale', 'decimals'])).toBeUndefined();
  });
});
