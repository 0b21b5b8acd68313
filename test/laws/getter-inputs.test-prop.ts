import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import * as api from '../../src/index.js';
import { outcomeOf } from '../hostile/guarantees.js';
import { expectSameOutcome, findNegativeZero, withCountedGetters, withNegativeZeros, type ReadCounts } from '../hostile/reads.js';

// Issue 17, classes 1 and 2, as laws: any valid input given through getters (each answering a
// poison to every read after the first) or with its zeros as -0 gives the same result as the
// same input given as plain data, and no getter is read twice.

/** A count, 0 one time in four (a -0 needs a 0 to stand for). */
const orZero = (max: number): fc.Arbitrary<number> => fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 0, max }), weight: 3 });

/** Counts with `activeParticipants <= participants`, population possibly 0. */
const counts = fc
  .tuple(orZero(1_000_000_000), orZero(1_200_000_000))
  .chain(([population, participants]) =>
    fc.record(
      { population: fc.constant(population), participants: fc.constant(participants), activeParticipants: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: participants })) },
      { requiredKeys: ['population', 'participants'] },
    ),
  );

/** An ISO date in 2020-2027. */
const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));

/** A snapshot row of one of Lampung's regencies. */
const row = fc.record({
  regionCode: fc.constantFrom('18.01', '18.02', '18.72', '1871'),
  asOf: date,
  population: orZero(5_000_000),
  participants: orZero(5_000_000),
  segments: fc.option(fc.record({ pbpu: fc.integer({ min: 0, max: 1_000 }) }, { requiredKeys: [] }), { nil: undefined }),
});

/** What a getter answers to a second read. */
const poison = fc.constantFrom<unknown>(Number.NaN, -1, '1', null, undefined, {}, 0.5);

/** The laws' functions with arbitraries of their valid arguments. */
const CALLS: readonly { readonly name: string; readonly args: fc.Arbitrary<unknown[]> }[] = [
  { name: 'coverageRatio', args: counts.map((c) => [c]) },
  { name: 'activeCoveragePct', args: counts.map((c) => [c]) },
  { name: 'activityRate', args: fc.tuple(counts, fc.constantFrom('population', 'participants')).map(([c, base]) => [c, { base }]) },
  { name: 'uncoveredPeople', args: counts.map((c) => [c]) },
  { name: 'checkTarget', args: counts.map((c) => [c, api.UHC_2015_2019]) },
  { name: 'createSnapshot', args: fc.tuple(row, fc.constantFrom(undefined, { locale: 'id' }, { unknownFields: 'reject' })).map(([r, options]) => [r, options]) },
  { name: 'snapshotNotes', args: row.map((r) => [r]) },
  { name: 'rollUp', args: fc.uniqueArray(row, { selector: (r) => `${r.regionCode.replace('.', '')}@${r.asOf}`, maxLength: 5 }).map((rows) => [rows, { to: 'parent' }]) },
  { name: 'growthBetween', args: fc.tuple(row, row).map(([a, b]) => [a, { ...b, regionCode: a.regionCode }]) },
  { name: 'reconcileSnapshot', args: counts.map((c) => [{ ...c, printed: { coverage: '98,46 %' } }]) },
];

const namespace = api as unknown as Readonly<Record<string, (...args: unknown[]) => unknown>>;

describe.each(CALLS)('$name', ({ name, args }) => {
  const fn = namespace[name] as (...a: unknown[]) => unknown;

  test.prop([args, poison])('through getters read once each, gives what plain data gives', (given, poisoned) => {
    const plain = outcomeOf(() => fn(...structuredClone(given)));
    const reads: ReadCounts = new Map<string, number>();
    const viaGetters = outcomeOf(() => fn(...withCountedGetters(structuredClone(given), reads, poisoned)));
    reads.settled = true;
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
    expectSameOutcome(viaGetters, plain);
  });

  test.prop([args])('with every 0 as -0, gives what plain data gives, and no -0', (given) => {
    const plain = outcomeOf(() => fn(...structuredClone(given)));
    const negative = outcomeOf(() => fn(...withNegativeZeros(structuredClone(given))));
    expectSameOutcome(negative, plain);
    if (negative.kind === 'returned') expect(findNegativeZero(negative.value)).toBeUndefined();
  });
});
