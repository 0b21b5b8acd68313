import { describe, expect, it } from 'vitest';
import { defineAwardScheme } from '../../src/awards/award-scheme.js';
import {
  assertAwardClassification,
  classifyAward,
  type AwardClassification,
  type AwardConditionResult,
  type AwardInput,
  type AwardMetricResult,
} from '../../src/awards/classify-award.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { errorOf } from '../support/caught-error.js';

function condition(
  result: AwardClassification,
  tier: number,
  alternative: number,
  index: number,
): AwardConditionResult {
  const found = result.tiers[tier]?.alternatives[alternative]?.conditions[index];
  if (found === undefined) throw new Error(`no condition ${tier}/${alternative}/${index}`);
  return found;
}

function metric(result: AwardClassification, tier: number, alternative: number, index: number): AwardMetricResult {
  const found = condition(result, tier, alternative, index);
  if (found.kind !== 'metric') throw new Error(`condition ${tier}/${alternative}/${index} is a ${found.kind}`);
  return found;
}

function outcomes(result: AwardClassification): Record<string, string> {
  return Object.fromEntries(result.tiers.map((tier) => [tier.id, tier.outcome]));
}


const single = (conditions: readonly unknown[]) =>
  defineAwardScheme({
    id: 'custom',
    name: 'Custom',
    source: 'test',
    tiers: [{ id: 'only', name: 'Only', alternatives: [{ conditions }] }],
  } as never);

// Seed 002 (Klaten, 14 Mar 2023): "meraih Penghargaan Universal Health Coverage (UHC) dengan capaian 96%".
// The article prints no counts: population 100 000 and 96 000 participants are illustrative, chosen to give 96%.
const klaten: AwardInput = { population: 100_000, participants: 96_000 };

// Seed 000 (NU Online Lampung, 19 Jul 2024): "hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah
// mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa ... dengan tingkat
// keakifan peserta 67,85 %". The activity rate is "dari total penduduk" (per population), so the active count is
// derived as round(0.6785 x 9.051.459) = round(6.141.414,93) = 6.141.415: the nearest count that prints 67,85%.
const LAMPUNG_POPULATION = 9_051_459;
const lampung: AwardInput = {
  population: LAMPUNG_POPULATION,
  participants: 8_911_770,
  activeParticipants: Math.round(0.6785 * LAMPUNG_POPULATION),
};

// DOMAIN.md (Kudus, Aug 2024): 697.086 active of 874.796 residents = 79,69%, Madya not Utama.
// Kudus's participant count is not given: 850 000 (97,17%, above the 95% cut-off) is illustrative.
const kudus: AwardInput = { population: 874_796, participants: 850_000, activeParticipants: 697_086 };

describe('classifyAward: Klaten (seed 002, "capaian 96%")', () => {
  it('qualifies under the 2023 scheme, 1 pp above 95%', () => {
    const result = classifyAward(klaten, UHC_AWARDS_2023);
    expect(result.tier?.id).toBe('uhc');
    expect(result.undecidedHigherTierIds).toEqual([]);
    expect(metric(result, 0, 0, 0)).toMatchObject({
      metric: 'coverage',
      base: 'population',
      measuredPct: 96,
      thresholdPct: 95,
      operator: '>=',
      marginPp: 1,
      peopleShort: 0,
      outcome: 'met',
    });
  });

  it('fails Utama and Pratama of 2026 on coverage; Madya stays open on counts alone', () => {
    const result = classifyAward(klaten, UHC_AWARDS_2026);
    expect(result.tier).toBeUndefined();
    expect(metric(result, 0, 0, 0)).toMatchObject({
      measuredPct: 96,
      thresholdPct: 99,
      marginPp: -3,
      peopleShort: 3_000,
    });
    expect(metric(result, 2, 0, 0)).toMatchObject({
      thresholdPct: 98,
      marginPp: -2,
      outcome: 'failed',
      peopleShort: 2_000,
    });
    // Madya's second alternative (Pemda-registered >= 25% and activity >= 80%) does not involve coverage,
    // so with counts alone it cannot be decided: Madya is unknown, not failed, and is flagged.
    expect(result.tiers[1]?.alternatives.map((alternative) => alternative.outcome)).toEqual(['failed', 'unknown']);
    expect(outcomes(result)).toEqual({ utama: 'failed', madya: 'unknown', pratama: 'failed' });
    expect(result.undecidedHigherTierIds).toEqual(['madya']);
  });

  it('fails every 2026 tier once the Pemda-registered share is known to be below 25% (illustrative 20%)', () => {
    const result = classifyAward({ ...klaten, segments: { pbpuPemda: 20_000 } }, UHC_AWARDS_2026);
    expect(outcomes(result)).toEqual({ utama: 'failed', madya: 'failed', pratama: 'failed' });
    expect(metric(result, 1, 1, 0)).toMatchObject({
      metric: 'pemdaShare',
      measuredPct: 20,
      marginPp: -5,
      peopleShort: 5_000,
    });
    expect(result.tier).toBeUndefined();
    expect(result.undecidedHigherTierIds).toEqual([]);
  });
});

describe('classifyAward: Lampung 1 Jul 2024 (seed 000)', () => {
  it("derives an active count that prints as the article's 67,85 %", () => {
    const activity = ((lampung.activeParticipants ?? 0) / LAMPUNG_POPULATION) * 100;
    expect(new Intl.NumberFormat('id', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(activity)).toBe(
      '67,85',
    );
  });

  it('meets the 2026 Pratama coverage cut-off but fails its activity condition by 12,15 pp', () => {
    const result = classifyAward(lampung, UHC_AWARDS_2026);
    const pratamaCoverage = metric(result, 2, 0, 0);
    // 8.911.770 / 9.051.459 is 98,46% ("mencapai 98,46%" later in the article), not the printed "99,46 %".
    expect(pratamaCoverage.outcome).toBe('met');
    expect(pratamaCoverage.measuredPct).toBeCloseTo(98.4567, 4);
    const activity = metric(result, 2, 0, 1);
    expect(activity).toMatchObject({ metric: 'activityRate', base: 'population', thresholdPct: 80, outcome: 'failed' });
    expect(activity.marginPp).toBeCloseTo(-12.15, 5);
    // 80% of 9.051.459 is 7.241.167,2: 7.241.168 active people are needed.
    expect(activity.peopleShort).toBe(7_241_168 - 6_141_415);
    expect(result.tiers[2]?.outcome).toBe('failed');
    expect(outcomes(result)).toEqual({ utama: 'failed', madya: 'failed', pratama: 'failed' });
    expect(result.tier).toBeUndefined();
  });
});

describe('classifyAward: Kudus, Aug 2024 (DOMAIN.md)', () => {
  it('gets Madya, not Utama: activity 79,69% of population is 5,31 pp short of 85%', () => {
    const result = classifyAward(kudus, UHC_AWARDS_2024);
    expect(result.tier?.id).toBe('madya');
    expect(result.tier?.incomplete).toBe(true);
    const activity = metric(result, 0, 0, 1);
    expect(activity.base).toBe('population');
    expect(activity.measuredPct).toBeCloseTo(79.69, 2);
    // Kept exact, rounded only for display: 697 086 / 874 796 x 100 - 85.
    expect(activity.marginPp).toBeCloseTo((697_086 / 874_796) * 100 - 85, 12);
    expect(Math.abs(activity.marginPp ?? 0).toFixed(2)).toBe('5.31');
    // No arrears flag was given: unknown, yet Utama fails on activity alone.
    expect(condition(result, 0, 0, 2)).toEqual({
      kind: 'flag',
      flag: 'noContributionArrears',
      expected: true,
      actual: undefined,
      missing: ['flags.noContributionArrears'],
      outcome: 'unknown',
    });
    expect(result.tiers[0]?.outcome).toBe('failed');
    expect(result.undecidedHigherTierIds).toEqual([]);
  });

  it('would get Utama with activity at 85% and contributions paid up', () => {
    const active = Math.ceil(874_796 * 0.85);
    const result = classifyAward(
      { ...kudus, activeParticipants: active, flags: { noContributionArrears: true } },
      UHC_AWARDS_2024,
    );
    expect(result.tier?.id).toBe('utama');
  });
});

describe('classifyAward: three-valued logic', () => {
  const strong = { population: 1_000, participants: 995, activeParticipants: 960 };

  it('claims the best tier met and flags an unknown higher tier', () => {
    const result = classifyAward(strong, UHC_AWARDS_2026);
    expect(outcomes(result)).toEqual({ utama: 'unknown', madya: 'met', pratama: 'unknown' });
    expect(result.tier?.id).toBe('madya');
    expect(result.undecidedHigherTierIds).toEqual(['utama']);
  });

  it('resolves the higher tier once the missing inputs are given', () => {
    const met = classifyAward(
      { ...strong, segments: { pbpuPemda: 180 }, flags: { uhcPrioritas: true, noContributionArrears: true } },
      UHC_AWARDS_2026,
    );
    expect(met.tier?.id).toBe('utama');
    expect(met.undecidedHigherTierIds).toEqual([]);
    const failed = classifyAward({ ...strong, flags: { uhcPrioritas: false } }, UHC_AWARDS_2026);
    expect(failed.tiers[0]?.outcome).toBe('failed');
    expect(failed.tier?.id).toBe('madya');
    expect(failed.undecidedHigherTierIds).toEqual([]);
  });

  it('waives the Pemda share when activity is 100%', () => {
    const full = { population: 1_000, participants: 1_000, activeParticipants: 1_000 };
    const flags = { uhcPrioritas: true, noContributionArrears: true };
    const result = classifyAward({ ...full, flags }, UHC_AWARDS_2026);
    expect(result.tier?.id).toBe('utama');
    const waiver = condition(result, 0, 0, 2);
    expect(waiver.kind === 'any' && waiver.conditions.map((part) => part.outcome)).toEqual(['unknown', 'met']);
    expect(waiver.note).toMatch(/waived/);
    // Below 100% the share is needed; 17,9% fails it, so the disjunction fails.
    const short = classifyAward(
      { ...full, activeParticipants: 999, segments: { pbpuPemda: 179 }, flags },
      UHC_AWARDS_2026,
    );
    expect(condition(short, 0, 0, 2).outcome).toBe('failed');
    expect(short.tier?.id).toBe('madya');
  });

  it('meets a tier when one alternative is met even if another is unknown', () => {
    const result = classifyAward({ population: 100, participants: 99, activeParticipants: 90 }, UHC_AWARDS_2026);
    expect(result.tiers[1]?.alternatives.map((alternative) => alternative.outcome)).toEqual(['met', 'unknown']);
    expect(result.tiers[1]?.outcome).toBe('met');
  });

  it('lists every unknown tier when none is met', () => {
    const result = classifyAward({ population: 100, participants: 99 }, UHC_AWARDS_2026);
    expect(result.tier).toBeUndefined();
    expect(result.undecidedHigherTierIds).toEqual(['utama', 'madya', 'pratama']);
  });
});

describe('classifyAward: measurement', () => {
  it('compares exactly at the threshold: 19 of 20 meets 95%, 57 of 100 meets 57%', () => {
    const atLeast95 = single([{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }]);
    expect(metric(classifyAward({ population: 20, participants: 19 }, atLeast95), 0, 0, 0)).toMatchObject({
      outcome: 'met',
      marginPp: 0,
      peopleShort: 0,
    });
    // 57 / 100 * 100 is 56.99999999999999 in floating point; the verdict and margin do not follow it.
    const atLeast57 = single([{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 57 }]);
    expect(metric(classifyAward({ population: 100, participants: 57 }, atLeast57), 0, 0, 0)).toMatchObject({
      outcome: 'met',
      measuredPct: 57,
      marginPp: 0,
    });
  });

  it('fails a strict threshold at equality, needing one more person', () => {
    const above95 = single([{ kind: 'metric', metric: 'coverage', operator: '>', thresholdPct: 95 }]);
    expect(metric(classifyAward({ population: 20, participants: 19 }, above95), 0, 0, 0)).toMatchObject({
      outcome: 'failed',
      marginPp: 0,
      peopleShort: 1,
    });
  });

  it('handles upper bounds: margin is the room below, and no people count when failed', () => {
    const below30 = single([{ kind: 'metric', metric: 'pemdaShare', operator: '<', thresholdPct: 30 }]);
    const met = metric(
      classifyAward({ population: 100, participants: 90, segments: { pbpuPemda: 20 } }, below30),
      0,
      0,
      0,
    );
    expect(met).toMatchObject({ outcome: 'met', marginPp: 10, peopleShort: 0 });
    const failed = metric(
      classifyAward({ population: 100, participants: 90, segments: { pbpuPemda: 40 } }, below30),
      0,
      0,
      0,
    );
    expect(failed).toMatchObject({ outcome: 'failed', marginPp: -10, peopleShort: undefined });
    const atMost30 = single([{ kind: 'metric', metric: 'pemdaShare', operator: '<=', thresholdPct: 30 }]);
    expect(
      metric(classifyAward({ population: 100, participants: 90, segments: { pbpuPemda: 30 } }, atMost30), 0, 0, 0),
    ).toMatchObject({ outcome: 'met', marginPp: 0 });
  });

  it('divides activity by participants when the condition says so', () => {
    const byParticipants = single([
      { kind: 'metric', metric: 'activityRate', base: 'participants', operator: '>=', thresholdPct: 80 },
    ]);
    const result = metric(
      classifyAward({ population: 200, participants: 100, activeParticipants: 80 }, byParticipants),
      0,
      0,
      0,
    );
    expect(result).toMatchObject({ base: 'participants', measuredPct: 80, outcome: 'met' });
    const zero = metric(
      classifyAward({ population: 200, participants: 0, activeParticipants: 0 }, byParticipants),
      0,
      0,
      0,
    );
    expect(zero).toMatchObject({ measuredPct: undefined, marginPp: undefined, missing: [], outcome: 'unknown' });
  });

  it('is unknown, never NaN, when the population is 0', () => {
    const result = classifyAward({ population: 0, participants: 0 }, UHC_AWARDS_2023);
    expect(metric(result, 0, 0, 0)).toEqual({
      kind: 'metric',
      metric: 'coverage',
      base: 'population',
      operator: '>=',
      thresholdPct: 95,
      measuredPct: undefined,
      marginPp: undefined,
      peopleShort: undefined,
      missing: [],
      outcome: 'unknown',
    });
  });

  it('names the missing inputs', () => {
    const result = classifyAward({ population: 100, participants: 99, segments: {} }, UHC_AWARDS_2026);
    expect(metric(result, 0, 0, 1).missing).toEqual(['activeParticipants']);
    expect(metric(result, 1, 1, 0).missing).toEqual(['segments.pbpuPemda']);
    const flag = condition(result, 0, 0, 3);
    expect(flag.kind === 'flag' && flag.missing).toEqual(['flags.uhcPrioritas']);
  });

  it('reads only own flags, not inherited properties', () => {
    const scheme = single([{ kind: 'flag', flag: 'toString', expected: true }]);
    expect(condition(classifyAward({ population: 1, participants: 1, flags: {} }, scheme), 0, 0, 0).outcome).toBe(
      'unknown',
    );
    expect(
      condition(classifyAward({ population: 1, participants: 1, flags: { toString: true } }, scheme), 0, 0, 0).outcome,
    ).toBe('met');
  });

  it('carries notes of conditions, alternatives and tiers', () => {
    const scheme = defineAwardScheme({
      id: 'n',
      name: 'N',
      source: 's',
      tiers: [
        {
          id: 't',
          name: 'T',
          note: 'tier',
          alternatives: [{ note: 'alt', conditions: [{ kind: 'flag', flag: 'f', expected: false, note: 'flag' }] }],
        },
      ],
    });
    const result = classifyAward({ population: 1, participants: 1, flags: { f: false } }, scheme);
    expect(result.tier?.note).toBe('tier');
    expect(result.tier?.alternatives[0]?.note).toBe('alt');
    expect(condition(result, 0, 0, 0)).toMatchObject({ note: 'flag', outcome: 'met' });
    expect(metric(classifyAward(kudus, UHC_AWARDS_2024), 0, 0, 1).note).toMatch(/Kudus/);
  });
});

describe('classifyAward: inputs', () => {
  it('accepts a Snapshot as it is', () => {
    const snapshot: Snapshot = {
      regionCode: '18',
      asOf: '2024-07-01',
      population: 9_051_459,
      populationPeriod: '2023-S2',
      participants: 8_911_770,
      activeParticipants: 6_141_415,
      segments: { pbiApbn: 4_000_000, pbpuPemda: 1_000_000 },
    };
    const result = classifyAward(snapshot, UHC_AWARDS_2026);
    expect(outcomes(result)).toEqual({ utama: 'failed', madya: 'failed', pratama: 'failed' });
  });

  it('freezes the result and does not touch the input', () => {
    const input = { population: 100, participants: 99, activeParticipants: 90, flags: { uhcPrioritas: true } };
    const copy = structuredClone(input);
    const result = classifyAward(input, UHC_AWARDS_2026);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.tiers)).toBe(true);
    expect(Object.isFrozen(result.undecidedHigherTierIds)).toBe(true);
    for (const tier of result.tiers) {
      expect(Object.isFrozen(tier)).toBe(true);
      for (const alternative of tier.alternatives) {
        expect(Object.isFrozen(alternative)).toBe(true);
        for (const part of alternative.conditions) {
          expect(Object.isFrozen(part)).toBe(true);
          expect(Object.isFrozen(part.kind === 'any' ? part.conditions : part.missing)).toBe(true);
        }
      }
    }
  });

  it('rejects bad counts, inconsistent counts and bad flags with the path', () => {
    const scheme = UHC_AWARDS_2026;
    const base = { population: 100, participants: 90 };
    const call = (input: unknown) => () => classifyAward(input as AwardInput, scheme);
    expect(errorOf(call(null))).toEqual({ code: 'INVALID_TYPE', path: [] });
    expect(errorOf(call({ ...base, population: -1 }))).toEqual({ code: 'INVALID_COUNT', path: ['population'] });
    expect(errorOf(call({ ...base, participants: 1.5 }))).toEqual({ code: 'INVALID_COUNT', path: ['participants'] });
    expect(errorOf(call({ ...base, participants: Number.NaN }))).toEqual({
      code: 'INVALID_COUNT',
      path: ['participants'],
    });
    expect(errorOf(call({ ...base, population: 2 ** 53 }))).toEqual({ code: 'INVALID_COUNT', path: ['population'] });
    expect(errorOf(call({ ...base, activeParticipants: '80' }))).toEqual({
      code: 'INVALID_COUNT',
      path: ['activeParticipants'],
    });
    expect(errorOf(call({ ...base, activeParticipants: 91 }))).toEqual({
      code: 'INCONSISTENT_COUNTS',
      path: ['activeParticipants'],
    });
    expect(errorOf(call({ ...base, segments: [] }))).toEqual({ code: 'INVALID_TYPE', path: ['segments'] });
    expect(errorOf(call({ ...base, segments: { pbpuPemda: 91 } }))).toEqual({
      code: 'INCONSISTENT_COUNTS',
      path: ['segments', 'pbpuPemda'],
    });
    expect(errorOf(call({ ...base, flags: 'uhcPrioritas' }))).toEqual({ code: 'INVALID_TYPE', path: ['flags'] });
    expect(errorOf(call({ ...base, flags: { uhcPrioritas: 'ya' } }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['flags', 'uhcPrioritas'],
    });
  });

  it('validates a scheme that was not built by defineAwardScheme, under "scheme"', () => {
    const plain = {
      id: 'p',
      name: 'P',
      source: 's',
      tiers: [
        {
          id: 't',
          name: 'T',
          alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }] }],
        },
      ],
    } as const;
    expect(classifyAward({ population: 20, participants: 19 }, plain).tier?.id).toBe('t');
    const broken = { ...plain, tiers: [{ ...plain.tiers[0], alternatives: [] }] };
    expect(errorOf(() => classifyAward({ population: 20, participants: 19 }, broken as never))).toEqual({
      code: 'EMPTY_INPUT',
      path: ['scheme', 'tiers', 0, 'alternatives'],
    });
  });
});

describe('assertAwardClassification', () => {
  it('accepts only classifications built by classifyAward', () => {
    const result = classifyAward(klaten, UHC_AWARDS_2023);
    expect(() => assertAwardClassification(result, ['classification'])).not.toThrow();
    expect(errorOf(() => assertAwardClassification({ ...result }, ['classification']))).toEqual({
      code: 'INVALID_TYPE',
      path: ['classification'],
    });
    expect(errorOf(() => assertAwardClassification(undefined, ['classification']))).toEqual({
      code: 'INVALID_TYPE',
      path: ['classification'],
    });
  });
});

describe('classifyAward review fixes', () => {
  it('gives no people-short figure for an activity rate over participants that activation cannot reach', () => {
    const scheme = defineAwardScheme({
      id: 'x',
      name: 'X',
      source: 'test',
      tiers: [
        {
          id: 'all-active',
          name: 'All active',
          alternatives: [
            { conditions: [{ kind: 'metric', metric: 'activityRate', base: 'participants', operator: '>', thresholdPct: 100 }] },
          ],
        },
      ],
    });
    const [tier] = classifyAward({ population: 100, participants: 90, activeParticipants: 80 }, scheme).tiers;
    const condition = tier?.alternatives[0]?.conditions[0];
    expect(condition?.kind === 'metric' && [condition.outcome, condition.peopleShort]).toEqual(['failed', undefined]);
  });
});
