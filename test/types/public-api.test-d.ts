// Type-level tests of the public API: what users see through `uhc-metrics`.
import { describe, expectTypeOf, it } from 'vitest';
import {
  activityRate,
  checkTarget,
  coverageRatio,
  createSnapshot,
  isUhcMetricsError,
  parseFigure,
  rank,
  safeCreateSnapshot,
  type ActivityBase,
  type ActivityRate,
  type PrintedFigure,
  type Snapshot,
  type TargetStatus,
  type UhcMetricsError,
  type UhcMetricsErrorCode,
} from '../../src/index.js';

describe('public types', () => {
  it('marks undefined ratios in the return type instead of returning NaN', () => {
    expectTypeOf(coverageRatio).returns.toEqualTypeOf<number | undefined>();
    expectTypeOf(activityRate).returns.toEqualTypeOf<ActivityRate | undefined>();
  });

  it('requires the activity base, and only the two known bases', () => {
    expectTypeOf(activityRate).parameter(1).toEqualTypeOf<{ readonly base: ActivityBase }>();
    // @ts-expect-error the base is not optional
    activityRate({ population: 1, participants: 1, activeParticipants: 1 }, {});
    // @ts-expect-error 'penduduk' is not a base; the model uses 'population'
    activityRate({ population: 1, participants: 1, activeParticipants: 1 }, { base: 'penduduk' });
  });

  it('accepts a Snapshot and plain counts alike, and rejects objects without counts', () => {
    const snapshot = createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 10, participants: 9 });
    expectTypeOf(snapshot).toEqualTypeOf<Snapshot>();
    expectTypeOf(coverageRatio).toBeCallableWith(snapshot);
    expectTypeOf(coverageRatio).toBeCallableWith({ population: 10, participants: 9 });
    // @ts-expect-error participants are required
    coverageRatio({ population: 10 });
  });

  it('makes snapshots and printed figures read-only', () => {
    const snapshot = createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 10, participants: 9 });
    // @ts-expect-error snapshots are immutable
    snapshot.participants = 10;
    const figure = parseFigure('99,46 %');
    expectTypeOf(figure).toEqualTypeOf<PrintedFigure>();
    // @ts-expect-error printed figures are immutable
    figure.value = 1;
  });

  it('narrows the safe results on success', () => {
    const result = safeCreateSnapshot({});
    if (result.success) {
      expectTypeOf(result.output).toEqualTypeOf<Snapshot>();
    } else {
      expectTypeOf(result.issues[0].code).toEqualTypeOf<UhcMetricsErrorCode>();
    }
  });

  it('narrows a caught value with the error guard', () => {
    const caught: unknown = new Error('x');
    if (isUhcMetricsError(caught)) expectTypeOf(caught).toEqualTypeOf<UhcMetricsError>();
  });

  it('says a target status is one of three words, not a boolean', () => {
    expectTypeOf(checkTarget({ population: 1, participants: 1 }, {} as never).status).toEqualTypeOf<TargetStatus>();
    expectTypeOf<TargetStatus>().toEqualTypeOf<'met' | 'not-met' | 'unknown'>();
  });

  it('keeps the item type through ranking', () => {
    const ranked = rank([{ name: 'Metro', score: 2 }], { keys: [{ value: (item) => item.score, direction: 'desc' }] });
    expectTypeOf(ranked[0]!.item).toEqualTypeOf<{ name: string; score: number }>();
  });
});
