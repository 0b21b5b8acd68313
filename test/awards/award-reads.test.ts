import { describe, expect, it } from 'vitest';
import { defineAwardScheme, type AwardSchemeInput } from '../../src/awards/award-scheme.js';
import { classifyAward } from '../../src/awards/classify-award.js';
import { explainAward } from '../../src/awards/explain-award.js';
import { UHC_AWARDS_2023 } from '../../src/awards/uhc-awards.js';
import { withPollutedPrototype as polluted } from '../hostile/reads.js';
import { catchError, errorWithMessageOf } from '../support/caught-error.js';
import { revoked } from '../support/revoked.js';

// Issue 17 for the award exports: a revoked proxy of a list is the caller's code failing
// (INPUT_THREW at the list), and a polluted Object.prototype lends a scheme no note or base.

const coverage95 = { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 };
const input = (tiers: unknown): AwardSchemeInput => ({ id: 's', name: 'S', source: 'x', tiers }) as unknown as AwardSchemeInput;

describe('award schemes: a revoked list is INPUT_THREW at the list', () => {
  it.each([
    ['tiers', input(revoked([])), ['tiers']],
    ['alternatives', input([{ id: 'uhc', name: 'UHC', alternatives: revoked([]) }]), ['tiers', 0, 'alternatives']],
    ['conditions', input([{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: revoked([]) }] }]), ['tiers', 0, 'alternatives', 0, 'conditions']],
  ])('%s', (_, scheme, path) => {
    const error = catchError(() => defineAwardScheme(scheme));
    expect(error).toMatchObject({ code: 'INPUT_THREW', path });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(errorWithMessageOf(() => classifyAward({ population: 100, participants: 96 }, scheme as never))).toMatchObject({
      code: 'INPUT_THREW',
      path: ['scheme', ...path],
    });
  });
});

describe('award classification: own notes only, whatever Object.prototype holds', () => {
  const counts = { population: 100, participants: 96 };

  it('lends no note to a tier, alternative or condition that has none', () => {
    const plain = classifyAward(counts, UHC_AWARDS_2023);
    const result = polluted('note', 'polluted', () => classifyAward(counts, UHC_AWARDS_2023));
    expect(result).toStrictEqual(plain);
    expect(JSON.stringify(result)).not.toContain('polluted');
  });

  it('reads an activityRate base and a tier flag as the scheme gives them', () => {
    const scheme = defineAwardScheme(input([{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [coverage95] }] }]));
    const plain = classifyAward(counts, scheme);
    const result = polluted('incomplete', true, () => polluted('base', 'participants', () => classifyAward(counts, scheme)));
    expect(result).toStrictEqual(plain);
    expect(result.tier?.incomplete).toBe(false);
  });

  it('explains an any-condition without a note as having none', () => {
    const scheme = defineAwardScheme(input([{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [{ kind: 'any', conditions: [coverage95] }] }] }]));
    const classification = classifyAward(counts, scheme);
    const plain = explainAward(classification, { locale: 'en' });
    expect(polluted('note', 'polluted', () => explainAward(classification, { locale: 'en' }))).toBe(plain);
  });
});
