import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { workMeter } from '../../src/internal/work-meter.js';
import { counts, schemeInput } from './fixtures.js';

// Issue 17, class 3: work grows linearly with the input, also on inputs shaped to make it grow
// faster. Work is counted, never timed: `workMeter` counts the steps of the award and ranking
// walkers (an element visited, a condition judged, a line written, two items compared), and the
// count at 10n must stay about ten times the count at n. Memory is bounded by what is kept: the
// length of a message and the number of distinct objects a result holds.

/** The steps `run` takes. */
function stepsOf(run: () => unknown): number {
  const before = workMeter.steps;
  run();
  return workMeter.steps - before;
}

/** Distinct objects and array slots reachable from `value`: the size of what a result keeps. */
function retainedSize(value: unknown, seen: Set<object> = new Set()): number {
  if (typeof value !== 'object' || value === null || seen.has(value)) return 0;
  seen.add(value);
  let size = 1;
  for (const item of Object.values(value)) size += 1 + retainedSize(item, seen);
  return size;
}

const COVERAGE = Object.freeze({ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 });

/** `levels` levels of `any`, each listing the next level's one object `width` times. */
function sharedLevels(levels: number, width: number): Record<string, unknown> {
  let level: Record<string, unknown> = { ...COVERAGE };
  for (let index = 0; index < levels; index += 1) level = { kind: 'any', conditions: Array.from({ length: width }, () => level) };
  return level;
}

/** A scheme of one tier whose one condition is `condition`. */
// Hostile shapes on purpose: typed as the input type only to reach the runtime checks.
const schemeOf = (condition: unknown): api.AwardSchemeInput =>
  schemeInput({ tiers: [{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [condition] }] }] }) as unknown as api.AwardSchemeInput;

/** A scheme of `count` tiers, each needing a flag the input lacks: every tier stays undecided. */
const manyTiers = (count: number): api.AwardSchemeInput =>
  schemeInput({
    tiers: Array.from({ length: count }, (_, index) => ({ id: `t${index}`, name: `T${index}`, alternatives: [{ conditions: [{ kind: 'flag', flag: 'x', expected: true }] }] })),
  }) as unknown as api.AwardSchemeInput;

/** Expect `large / small` to be about `factor` (within a quarter either way). */
function expectRatio(small: number, large: number, factor: number): void {
  expect(small).toBeGreaterThan(0);
  expect(large / small).toBeGreaterThan(factor * 0.75);
  expect(large / small).toBeLessThan(factor * 1.25);
}

describe('award schemes: work linear in the scheme as written', () => {
  it('visits a condition object listed at many places once: nine levels of four cost what they are written in', () => {
    // 4^9 = 262 144 paths; before issue 17 each was walked. The scheme is refused for its
    // 10 000 conditions, after validating each distinct object once.
    const nine = stepsOf(() => expect(() => api.defineAwardScheme(schemeOf(sharedLevels(9, 4)))).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' })));
    const sixteen = stepsOf(() => expect(() => api.defineAwardScheme(schemeOf(sharedLevels(16, 4)))).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' })));
    // Linear in levels (16 / 9), far from 4^7 = 16 384 times more.
    expect(sixteen / nine).toBeLessThan(2.5);
  });

  it('an any listing one object n and 10n times: validation, classification and explanation grow ten times', () => {
    const small = schemeOf(sharedLevels(1, 900));
    const large = schemeOf(sharedLevels(1, 9_000));
    expectRatio(stepsOf(() => api.defineAwardScheme(small)), stepsOf(() => api.defineAwardScheme(large)), 10);
    const [a, b] = [api.defineAwardScheme(small), api.defineAwardScheme(large)];
    expectRatio(stepsOf(() => api.classifyAward(counts() as never, a)), stepsOf(() => api.classifyAward(counts() as never, b)), 10);
    const [x, y] = [api.classifyAward(counts() as never, a), api.classifyAward(counts() as never, b)];
    // One result shared by every place: the classification keeps one slot per place, not a copy.
    expectRatio(retainedSize(x), retainedSize(y), 10);
    expectRatio(stepsOf(() => api.explainAward(x)), stepsOf(() => api.explainAward(y)), 10);
    expectRatio(api.explainAward(x).length, api.explainAward(y).length, 10);
  });

  it('refuses an any of 150 000 parts with a UhcMetricsError, not a stack overflow', () => {
    expect(() => api.defineAwardScheme(schemeOf(sharedLevels(1, 150_000)))).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('many tiers, every one undecided: classification and explanation grow ten times at 10n tiers', () => {
    const [a, b] = [api.defineAwardScheme(manyTiers(500)), api.defineAwardScheme(manyTiers(5_000))];
    const [x, y] = [api.classifyAward(counts() as never, a), api.classifyAward(counts() as never, b)];
    expect(y.undecidedHigherTierIds).toHaveLength(5_000);
    expectRatio(stepsOf(() => api.classifyAward(counts() as never, a)), stepsOf(() => api.classifyAward(counts() as never, b)), 10);
    expectRatio(stepsOf(() => api.explainAward(x)), stepsOf(() => api.explainAward(y)), 10);
  });
});

describe('ranking: n log n comparisons, linear in tiers', () => {
  const byValue = { keys: [{ value: (n: number) => n, direction: 'desc' as const }] };
  const scores = (count: number): number[] => Array.from({ length: count }, (_, index) => (index * 7919) % 1000);

  it('rank and podium compare n log n times (10n: at most about 13 times more at n = 1 000)', () => {
    for (const run of [(items: number[]) => api.rank(items, byValue), (items: number[]) => api.podium(items, byValue)]) {
      const small = stepsOf(() => run(scores(1_000)));
      const large = stepsOf(() => run(scores(10_000)));
      expect(large / small).toBeGreaterThan(8);
      expect(large / small).toBeLessThan(16); // quadratic would be 100
    }
  });

  it('rankWithinTiers with as many tiers as items: work grows as n log n, not n times tiers', () => {
    const run = (count: number): number => {
      const scheme = api.defineAwardScheme(manyTiers(count));
      const items = Array.from({ length: count }, (_, index) => index);
      return stepsOf(() => api.rankWithinTiers(items, { scheme, tier: (index) => `t${count - 1 - index}`, keys: byValue.keys }));
    };
    const ratio = run(5_000) / run(500);
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(16);
  });
});

describe('many bad rows: a bounded message, every issue listed', () => {
  it('createSnapshots over 2 000 and 20 000 bad rows: messages of equal, short length; issues ten times more', () => {
    const failure = (count: number) => {
      const rows = Array.from({ length: count }, () => ({ regionCode: '18', asOf: '2024-07-01', population: -1, participants: 1 }));
      try {
        api.createSnapshots(rows);
      } catch (error) {
        if (api.isUhcMetricsError(error)) return error;
      }
      return expect.fail('expected a UhcMetricsError');
    };
    const [small, large] = [failure(2_000), failure(20_000)];
    // "20000 issues ... 19997 more" against "2000 issues ... 1997 more": two digits longer.
    expect(large.message.length).toBe(small.message.length + 2);
    expect(large.message.length).toBeLessThan(1_000);
    expect(large.message).toMatch(/^20000 issues: .*; and 19997 more \(see issues\)$/);
    expect(large.issues).toHaveLength(20_000);
    expectRatio(small.issues.length, large.issues.length, 10);
  });

  it('a megabyte key is quoted cut short in every message that names it', () => {
    const key = 'k'.repeat(1 << 20);
    for (const run of [
      () => api.createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 1, participants: 1, [key]: 1 }, { unknownFields: 'reject' }),
      () => api.rank([1], { keys: [{ value: () => 1, direction: 'desc' }], [key]: 1 } as never),
      () => api.classifyAward({ population: 1, participants: 1, flags: { [key]: 'yes' } } as never, api.UHC_AWARDS_2023),
      () => api.rollUp([{ regionCode: '18.72', asOf: '2024-07-01', population: 1, participants: 1 }], { to: '18', expectedChildren: { [key]: ['18.72'] } } as never),
    ]) {
      try {
        run();
      } catch (error) {
        if (!api.isUhcMetricsError(error)) throw error;
        expect(error.message.length).toBeLessThan(1_000);
        continue;
      }
      expect.fail('expected a UhcMetricsError');
    }
  });
});
