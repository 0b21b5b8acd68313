import { describe, expect, it } from 'vitest';
import {
  activeCoverageRatio,
  activityRate,
  coverageRatio,
  readCoverageCounts,
  uncoveredPeople,
  type ActivityRateOptions,
  type CoverageCounts,
} from '../../src/metrics/coverage.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { errorOf } from '../support/caught-error.js';

// Seed 000 (NU Online Lampung, 19 Jul 2024): "hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi
// Lampung telah mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar
// 9.051.459 jiwa atau setara 99,46 %", and later "capaian UHC 98,46%".
const lampung: Snapshot = {
  regionCode: '18',
  asOf: '2024-07-01',
  population: 9_051_459,
  populationPeriod: '2023-S2',
  participants: 8_911_770,
};

describe('coverageRatio', () => {
  it('gives 98,46% for Lampung on 1 Jul 2024, not the 99,46% printed first (seed 000)', () => {
    const ratio = coverageRatio(lampung) as number;
    expect(Math.round(ratio * 10_000) / 100).toBe(98.46);
    expect(Math.round(ratio * 10_000) / 100).not.toBe(99.46);
  });

  it('is participants / population as a fraction of one', () => {
    expect(coverageRatio({ population: 20, participants: 19 })).toBe(0.95);
    expect(coverageRatio({ population: 4, participants: 0 })).toBe(0);
  });

  it('may exceed 1 when the population figure lags (Kota Blitar printed 101,80%)', () => {
    // Illustration with round numbers, not Kota Blitar's counts.
    expect(coverageRatio({ population: 100_000, participants: 101_800 })).toBe(1.018);
  });

  it('is undefined when the population is 0', () => {
    expect(coverageRatio({ population: 0, participants: 0 })).toBeUndefined();
    expect(coverageRatio({ population: 0, participants: 5 })).toBeUndefined();
  });
});

describe('activeCoverageRatio', () => {
  it('is active participants / population', () => {
    expect(activeCoverageRatio({ population: 1_000, participants: 900, activeParticipants: 750 })).toBe(0.75);
  });

  it('is undefined without active participants or without population', () => {
    expect(activeCoverageRatio(lampung)).toBeUndefined();
    expect(activeCoverageRatio({ population: 0, participants: 0, activeParticipants: 0 })).toBeUndefined();
  });
});

describe('activityRate', () => {
  // DOMAIN.md: "Kudus Aug 2024: 697.086 / 874.796 population = 79,69%". Participants are not
  // printed; 860 000 is an illustration.
  const kudus: CoverageCounts = { population: 874_796, participants: 860_000, activeParticipants: 697_086 };

  it('divides by the population when asked: Kudus 79,69%', () => {
    const rate = activityRate(kudus, { base: 'population' });
    expect(rate?.base).toBe('population');
    expect(Math.round((rate?.ratio as number) * 10_000) / 100).toBe(79.69);
    expect(rate?.ratio).toBe(activeCoverageRatio(kudus));
  });

  it('divides by participants when asked, and says so', () => {
    const rate = activityRate({ population: 100, participants: 80, activeParticipants: 60 }, { base: 'participants' });
    expect(rate).toEqual({ base: 'participants', ratio: 0.75, pct: 75 });
    expect(Object.isFrozen(rate)).toBe(true);
  });

  it('is undefined when active participants are missing or the base is 0', () => {
    expect(activityRate(lampung, { base: 'population' })).toBeUndefined();
    expect(activityRate({ population: 10, participants: 0, activeParticipants: 0 }, { base: 'participants' })).toBeUndefined();
    expect(activityRate({ population: 0, participants: 0, activeParticipants: 0 }, { base: 'population' })).toBeUndefined();
  });

  it('never implies a base: a missing or unknown base is INVALID_OPTION', () => {
    expect(errorOf(() => activityRate(kudus, undefined as unknown as ActivityRateOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'base'],
    });
    expect(errorOf(() => activityRate(kudus, {} as ActivityRateOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'base'],
    });
    expect(errorOf(() => activityRate(kudus, { base: 'penduduk' } as unknown as ActivityRateOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'base'],
    });
    expect(
      errorOf(() => activityRate(kudus, { base: 'population', round: true } as unknown as ActivityRateOptions)),
    ).toEqual({ code: 'INVALID_OPTION', path: ['options', 'round'] });
    expect(errorOf(() => activityRate(kudus, 'population' as unknown as ActivityRateOptions))).toEqual({
      code: 'INVALID_TYPE',
      path: ['options'],
    });
  });
});

describe('uncoveredPeople', () => {
  it('counts Lampung people outside JKN on 1 Jul 2024 (seed 000): 9.051.459 - 8.911.770', () => {
    expect(uncoveredPeople(lampung)).toBe(139_689);
  });

  it('is never negative when participants exceed the population', () => {
    expect(uncoveredPeople({ population: 100, participants: 102 })).toBe(0);
  });
});

describe('count validation at the boundary', () => {
  const metrics: readonly [string, (counts: CoverageCounts) => unknown][] = [
    ['coverageRatio', coverageRatio],
    ['activeCoverageRatio', activeCoverageRatio],
    ['activityRate', (counts) => activityRate(counts, { base: 'participants' })],
    ['uncoveredPeople', uncoveredPeople],
  ];
  const badCounts: readonly unknown[] = [-1, 1.5, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, '5', null, 10n];

  for (const [name, metric] of metrics) {
    describe(name, () => {
      it('rejects a bad count with INVALID_COUNT naming the field', () => {
        for (const value of badCounts) {
          expect(errorOf(() => metric({ population: value, participants: 1 } as unknown as CoverageCounts))).toEqual({
            code: 'INVALID_COUNT',
            path: ['population'],
          });
          expect(errorOf(() => metric({ population: 1, participants: value } as unknown as CoverageCounts))).toEqual({
            code: 'INVALID_COUNT',
            path: ['participants'],
          });
          expect(
            errorOf(() => metric({ population: 1, participants: 1, activeParticipants: value } as unknown as CoverageCounts)),
          ).toEqual({ code: 'INVALID_COUNT', path: ['activeParticipants'] });
        }
      });

      it('rejects a missing count and a non-object', () => {
        expect(errorOf(() => metric({ population: 10 } as unknown as CoverageCounts))).toEqual({
          code: 'INVALID_COUNT',
          path: ['participants'],
        });
        for (const value of [null, undefined, 5, 'counts', [1, 2]]) {
          expect(errorOf(() => metric(value as unknown as CoverageCounts))).toEqual({ code: 'INVALID_TYPE', path: [] });
        }
      });

      it('rejects more active participants than participants', () => {
        expect(errorOf(() => metric({ population: 10, participants: 5, activeParticipants: 6 }))).toEqual({
          code: 'INCONSISTENT_COUNTS',
          path: ['activeParticipants'],
        });
      });
    });
  }

  it('names the value in the message', () => {
    expect(() => coverageRatio({ population: -5, participants: 3 })).toThrow(
      'population must be a non-negative safe integer, got -5',
    );
  });
});

describe('readCoverageCounts', () => {
  it('returns a frozen copy of the three counts, reading each field once, and leaves the input alone', () => {
    let reads = 0;
    const input = {
      get population(): number {
        reads += 1;
        return reads === 1 ? 10 : -1;
      },
      participants: 8,
      activeParticipants: 6,
      regionCode: '18',
    };
    const counts = readCoverageCounts(input, ['rows', 2]);
    expect(counts).toEqual({ population: 10, participants: 8, activeParticipants: 6 });
    expect(reads).toBe(1);
    expect(Object.isFrozen(counts)).toBe(true);
    expect(input.participants).toBe(8);
  });

  it('prefixes error paths with the given path', () => {
    expect(errorOf(() => readCoverageCounts({ population: 1, participants: -2 }, ['rows', 2]))).toEqual({
      code: 'INVALID_COUNT',
      path: ['rows', 2, 'participants'],
    });
  });

  it('holds an absent activeParticipants as its own undefined: no reader finds it on Object.prototype', () => {
    const counts = readCoverageCounts({ population: 1, participants: 1, activeParticipants: undefined }, []);
    expect(Object.hasOwn(counts, 'activeParticipants')).toBe(true);
    expect(counts.activeParticipants).toBeUndefined();
  });
});
