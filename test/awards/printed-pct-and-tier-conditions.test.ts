import { describe, expect, it } from 'vitest';
import { classifyAward, type AwardMetricResult } from '../../src/awards/classify-award.js';
import { conditionsOf } from '../../src/awards/tier-conditions.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';
import { errorOf } from '../support/caught-error.js';

const metricOf = (result: unknown): AwardMetricResult => result as AwardMetricResult;

describe('classifyAward from printed percentages', () => {
  it('compares a printed coverage exactly as given', () => {
    // Klaten, 14 Mar 2023: "Capai 96%" (seed 002); the article prints no counts.
    expect(classifyAward({ coveragePct: 96 }, UHC_AWARDS_2023).tier?.id).toBe('uhc');
    expect(classifyAward({ coveragePct: 95 }, UHC_AWARDS_2023).tier?.id).toBe('uhc');
    expect(classifyAward({ coveragePct: 94.99 }, UHC_AWARDS_2023).tier).toBeUndefined();
  });

  it('gives the measured percentage and margin, peopleShort 0 when met and undefined when not', () => {
    const met = metricOf(classifyAward({ coveragePct: 96 }, UHC_AWARDS_2023).tiers[0]?.alternatives[0]?.conditions[0]);
    expect([met.measuredPct, met.marginPp, met.peopleShort, met.missing, met.outcome]).toEqual([96, 1, 0, [], 'met']);
    const short = metricOf(classifyAward({ coveragePct: 94.5 }, UHC_AWARDS_2023).tiers[0]?.alternatives[0]?.conditions[0]);
    expect([short.measuredPct, short.marginPp, short.peopleShort, short.outcome]).toEqual([94.5, -0.5, undefined, 'failed']);
    const exact = metricOf(classifyAward({ coveragePct: 95 }, UHC_AWARDS_2023).tiers[0]?.alternatives[0]?.conditions[0]);
    expect(Object.is(exact.marginPp, 0)).toBe(true);
  });

  it('measures activity over the population with activeCoveragePct, and leaves the rest unknown', () => {
    const result = classifyAward({ coveragePct: 98.2, activeCoveragePct: 86 }, UHC_AWARDS_2026);
    expect(result.tiers.map((tier) => tier.outcome)).toEqual(['failed', 'met', 'unknown']);
    expect(result.tier?.id).toBe('madya');
    const pemda = metricOf(result.tiers[1]?.alternatives[1]?.conditions[0]);
    expect([pemda.metric, pemda.outcome, pemda.missing]).toEqual(['pemdaShare', 'unknown', ['segments.pbpuPemda', 'population']]);
  });

  it('takes a printed activity beside counted coverage', () => {
    const result = classifyAward({ population: 1_000, participants: 985, activeCoveragePct: 79.99 }, UHC_AWARDS_2026);
    const activity = metricOf(result.tiers[2]?.alternatives[0]?.conditions[1]);
    expect([activity.measuredPct, activity.outcome, activity.peopleShort]).toEqual([79.99, 'failed', undefined]);
  });

  it('keeps an activity rate over participants unknown without counts', () => {
    const scheme = {
      id: 'p', name: 'p', source: 'p',
      tiers: [{ id: 'a', name: 'A', alternatives: [{ conditions: [{ kind: 'metric', metric: 'activityRate', base: 'participants', operator: '>=', thresholdPct: 80 }] }] }],
    } as const;
    const condition = metricOf(classifyAward({ coveragePct: 99, activeParticipants: 5 }, scheme).tiers[0]?.alternatives[0]?.conditions[0]);
    expect([condition.outcome, condition.missing]).toEqual(['unknown', ['participants']]);
  });

  it('rejects a percentage given with the counts it stands for, and a bad percentage', () => {
    expect(errorOf(() => classifyAward({ coveragePct: 96, population: 10, participants: 9 } as never, UHC_AWARDS_2023))).toEqual({ code: 'INVALID_TYPE', path: ['population'] });
    expect(errorOf(() => classifyAward({ population: 10, participants: 9, activeParticipants: 8, activeCoveragePct: 80 }, UHC_AWARDS_2023))).toEqual({ code: 'INVALID_TYPE', path: ['activeParticipants'] });
    expect(errorOf(() => classifyAward({ coveragePct: Number.NaN }, UHC_AWARDS_2023))).toEqual({ code: 'INVALID_NUMBER', path: ['coveragePct'] });
    expect(errorOf(() => classifyAward({ coveragePct: -1 }, UHC_AWARDS_2023))).toEqual({ code: 'INVALID_NUMBER', path: ['coveragePct'] });
    expect(errorOf(() => classifyAward({ coveragePct: '96%' } as never, UHC_AWARDS_2023))).toEqual({ code: 'INVALID_NUMBER', path: ['coveragePct'] });
    expect(errorOf(() => classifyAward({ population: 10, participants: 9, activeCoveragePct: Infinity }, UHC_AWARDS_2023))).toEqual({ code: 'INVALID_NUMBER', path: ['activeCoveragePct'] });
    // Without a percentage the counts are still required.
    expect(errorOf(() => classifyAward({ activeCoveragePct: 80 } as never, UHC_AWARDS_2023))).toEqual({ code: 'INVALID_COUNT', path: ['population'] });
  });

  it('stores -0 as 0', () => {
    const condition = metricOf(classifyAward({ coveragePct: -0 }, UHC_AWARDS_2023).tiers[0]?.alternatives[0]?.conditions[0]);
    expect(Object.is(condition.measuredPct, 0)).toBe(true);
  });
});

describe('conditionsOf', () => {
  it("sorts a tier's conditions by outcome, across its alternatives", () => {
    const classification = classifyAward({ population: 1_000, participants: 985, activeParticipants: 820 }, UHC_AWARDS_2026);
    const madya = conditionsOf(classification, 'madya');
    expect(madya.tier).toBe(classification.tiers[1]);
    const describe = (condition: unknown): unknown => {
      const metric = metricOf(condition);
      return [metric.metric, metric.operator, metric.thresholdPct];
    };
    expect(madya.holding.map(describe)).toEqual([['coverage', '>=', 98], ['activityRate', '>=', 80]]);
    expect(madya.failing.map(describe)).toEqual([['activityRate', '>=', 85]]);
    expect(madya.unknown.map(describe)).toEqual([['pemdaShare', '>=', 25]]);
    expect(Object.isFrozen(madya) && Object.isFrozen(madya.holding) && Object.isFrozen(madya.failing)).toBe(true);
  });

  it('keeps an any condition whole and finds the coverage condition of a tier', () => {
    const classification = classifyAward({ population: 100, participants: 100, activeParticipants: 100, flags: { uhcPrioritas: true } }, UHC_AWARDS_2026);
    const utama = conditionsOf(classification, 'utama');
    expect(utama.holding.map((condition) => condition.kind)).toEqual(['metric', 'metric', 'any', 'flag']);
    expect(utama.unknown.map((condition) => condition.kind === 'flag' && condition.flag)).toEqual(['noContributionArrears']);
    const coverage = utama.holding.find((condition) => condition.kind === 'metric' && condition.metric === 'coverage');
    expect(metricOf(coverage).marginPp).toBe(1);
  });

  it('rejects an unknown tier and a foreign classification', () => {
    const classification = classifyAward({ population: 100, participants: 96 }, UHC_AWARDS_2024);
    const error = errorOf(() => conditionsOf(classification, 'pratama'));
    expect(error).toEqual({ code: 'INVALID_OPTION', path: ['tierId'] });
    expect(errorOf(() => conditionsOf({ ...classification }, 'utama'))).toEqual({ code: 'INVALID_TYPE', path: ['classification'] });
    expect(errorOf(() => conditionsOf(classification, 7 as unknown as string))).toEqual({ code: 'INVALID_OPTION', path: ['tierId'] });
  });
});
