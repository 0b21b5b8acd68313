import { expect } from 'vitest';
import { classifyAward, type AwardClassification, type AwardInput } from '../../../src/awards/classify-award.js';
import type { AwardScheme } from '../../../src/awards/award-scheme.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2026 } from '../../../src/awards/uhc-awards.js';
import { counts, schemeInput, schemeWithCondition } from '../fixtures.js';
import {
  GENERIC,
  NOT_COUNTS,
  except,
  rejects,
  returns,
  row,
  substitute,
  type Catalogue,
  type HostileCase,
} from '../hostile-case.js';
import { hasFields } from './expect-helpers.js';

// Awards: schemes as data, classification, explanation.

/** A classification by UHC_AWARDS_2023 of counts built as plain data. */
function classified(input: Record<string, unknown>, scheme: AwardScheme = UHC_AWARDS_2023): AwardClassification {
  return classifyAward(input as unknown as AwardInput, scheme);
}

/** A coverage condition with `overrides`. */
function coverageCondition(overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95, ...overrides };
}

/** Rows of a scheme given as data, the problem at `base`. */
function schemeCases(place: (scheme: unknown) => readonly unknown[], base: readonly (string | number)[]): HostileCase[] {
  const at = (...path: (string | number)[]) => [...base, ...path];
  const condition = (...path: (string | number)[]) => at('tiers', 0, 'alternatives', 0, 'conditions', 0, ...path);
  return [
    ...substitute('scheme', { ...except(GENERIC, 'object'), 'number as string': '2026' }, place, rejects('INVALID_TYPE', base)),
    row('object', 'scheme (no fields)', () => place({}), rejects('INVALID_TYPE', at('id'))),
    row('empty string', 'scheme.name', () => place(schemeInput({ name: '' })), rejects('INVALID_TYPE', at('name'))),
    row('impossible date 2023-13-01', 'scheme.decided', () => place(schemeInput({ decided: '2023-13-01' })), rejects('INVALID_DATE', at('decided'))),
    row('extra unknown field', 'scheme.year', () => place(schemeInput({ year: 2026 })), rejects('INVALID_OPTION', at('year'))),
    row('empty array', 'scheme.tiers', () => place(schemeInput({ tiers: [] })), rejects('EMPTY_INPUT', at('tiers'))),
    row('sparse array', 'scheme.tiers[0]', () => place(schemeInput({ tiers: [, (schemeInput()['tiers'] as unknown[])[0]] })), rejects('INVALID_TYPE', at('tiers', 0))),
    row('duplicate entries', 'scheme.tiers[1].id', () => place(schemeInput({ tiers: [...(schemeInput()['tiers'] as unknown[]), ...(schemeInput()['tiers'] as unknown[])] })), rejects('INVALID_OPTION', at('tiers', 1, 'id'))),
    row('empty array', 'scheme.tiers[0].alternatives', () => place(schemeInput({ tiers: [{ id: 'uhc', name: 'UHC', alternatives: [] }] })), rejects('EMPTY_INPUT', at('tiers', 0, 'alternatives'))),
    row('boolean', 'scheme.tiers[0].incomplete', () => place(schemeInput({ tiers: [{ id: 'uhc', name: 'UHC', incomplete: 'yes', alternatives: [{ conditions: [coverageCondition({})] }] }] })), rejects('INVALID_TYPE', at('tiers', 0, 'incomplete'))),
    ...substitute('condition.thresholdPct', { ...GENERIC, 'negative count': -1, 'number as string': '95' }, (thresholdPct) => place(schemeWithCondition(coverageCondition({ thresholdPct }))), rejects('INVALID_NUMBER', condition('thresholdPct'))),
    row('unknown option value', 'condition.kind', () => place(schemeWithCondition(coverageCondition({ kind: 'rule' }))), rejects('INVALID_OPTION', condition('kind'))),
    row('unknown option value', 'condition.metric', () => place(schemeWithCondition(coverageCondition({ metric: 'utilisation' }))), rejects('INVALID_OPTION', condition('metric'))),
    row('unknown option value', 'condition.operator', () => place(schemeWithCondition(coverageCondition({ operator: '==' }))), rejects('INVALID_OPTION', condition('operator'))),
    row('inconsistent fields', 'condition.base on coverage', () => place(schemeWithCondition(coverageCondition({ base: 'population' }))), rejects('INVALID_OPTION', condition('base'))),
    row('undefined', 'condition.base of activityRate', () => place(schemeWithCondition(coverageCondition({ metric: 'activityRate' }))), rejects('INVALID_OPTION', condition('base'))),
    row('extra unknown field', 'condition.weight', () => place(schemeWithCondition(coverageCondition({ weight: 1 }))), rejects('INVALID_OPTION', condition('weight'))),
    row('number as string', 'condition.expected', () => place(schemeWithCondition({ kind: 'flag', flag: 'uhcPrioritas', expected: 'true' })), rejects('INVALID_TYPE', condition('expected'))),
    row('empty string', 'condition.flag', () => place(schemeWithCondition({ kind: 'flag', flag: '', expected: true })), rejects('INVALID_TYPE', condition('flag'))),
    row('empty array', 'condition.conditions of any', () => place(schemeWithCondition({ kind: 'any', conditions: [] })), rejects('EMPTY_INPUT', condition('conditions'))),
    row('null', 'condition', () => place(schemeWithCondition(null)), rejects('INVALID_TYPE', condition())),
  ];
}

/** Rows of the award input (counts, segments, flags), the problem under `[]`. */
function inputCases(place: (input: unknown) => readonly unknown[]): HostileCase[] {
  return [
    ...substitute('input', { ...except(GENERIC, 'object'), 'number as string': '9051459' }, place, rejects('INVALID_TYPE', [])),
    ...substitute('input.population', NOT_COUNTS, (population) => place(counts({ population })), rejects('INVALID_COUNT', ['population'])),
    ...substitute('input.participants', NOT_COUNTS, (participants) => place(counts({ participants })), rejects('INVALID_COUNT', ['participants'])),
    ...substitute('input.activeParticipants', except(NOT_COUNTS, 'undefined'), (activeParticipants) => place(counts({ activeParticipants })), rejects('INVALID_COUNT', ['activeParticipants'])),
    row('inconsistent fields', 'input.activeParticipants above participants', () => place(counts({ activeParticipants: 8_911_771 })), rejects('INCONSISTENT_COUNTS', ['activeParticipants'])),
    row('inconsistent fields', 'input.segments.pbpuPemda above participants', () => place(counts({ segments: { pbpuPemda: 8_911_771 } })), rejects('INCONSISTENT_COUNTS', ['segments', 'pbpuPemda'])),
    row('fractional count', 'input.segments.pbpuPemda', () => place(counts({ segments: { pbpuPemda: 0.5 } })), rejects('INVALID_COUNT', ['segments', 'pbpuPemda'])),
    row('array', 'input.segments', () => place(counts({ segments: [1] })), rejects('INVALID_TYPE', ['segments'])),
    row('number as string', 'input.flags.uhcPrioritas', () => place(counts({ flags: { uhcPrioritas: 'true' } })), rejects('INVALID_TYPE', ['flags', 'uhcPrioritas'])),
    row('null', 'input.flags', () => place(counts({ flags: null })), rejects('INVALID_TYPE', ['flags'])),
  ];
}

const classifyAwardCases: HostileCase[] = [
  row('valid', 'input, scheme', () => [counts(), UHC_AWARDS_2023], hasFields({ schemeId: 'uhc-awards-2023', tier: { id: 'uhc', outcome: 'met' } })),
  row('valid', 'scheme (plain data)', () => [counts(), schemeInput()], hasFields({ schemeId: 'scheme', tier: { id: 'uhc' } })),
  row('population 0', 'input.population', () => [counts({ population: 0, participants: 0 }), UHC_AWARDS_2023], hasFields({ tier: undefined, undecidedHigherTierIds: ['uhc'] })),
  row('participants above population', 'input.participants', () => [counts({ population: 1000, participants: 1018 }), UHC_AWARDS_2023], hasFields({ tier: { id: 'uhc' } })),
  row('undefined', 'input.activeParticipants (2026 needs it)', () => [counts(), UHC_AWARDS_2026], hasFields({ tier: undefined })),
  // Documented: unknown flags are kept (schemes may name any flag); other unknown fields are not read.
  row('extra unknown field', 'input.regionCode', () => [counts({ regionCode: '18', flags: { someFlag: true } }), UHC_AWARDS_2023], hasFields({ tier: { id: 'uhc' } })),
  row('count above MAX_SAFE_INTEGER', 'condition.thresholdPct = 1e21', () => [counts(), schemeWithCondition(coverageCondition({ thresholdPct: 1e21 }))], hasFields({ tier: undefined })),
  ...inputCases((input) => [input, UHC_AWARDS_2023]),
  ...schemeCases((scheme) => [counts(), scheme], ['scheme']),
];

export const AWARDS_CATALOGUE: Catalogue = {
  defineAwardScheme: {
    cases: [
      row('valid', 'input', () => [schemeInput()], hasFields({ id: 'scheme', tiers: [{ id: 'uhc' }] })),
      row('valid', 'input (a preset)', () => [UHC_AWARDS_2026], hasFields({ id: 'uhc-awards-2026' })),
      ...schemeCases((input) => [input], []),
    ],
  },
  classifyAward: { cases: classifyAwardCases },
  conditionsOf: {
    cases: [
      row('valid', 'classification, tierId', () => [classified(counts()), 'uhc'], returns((conditions) => {
        expect((conditions as { holding: unknown[] }).holding).toHaveLength(1);
      })),
      ...substitute('classification', { ...GENERIC, 'number as string': 'uhc' }, (value) => [value, 'uhc'], rejects('INVALID_TYPE', ['classification'])),
      row('object', 'classification (a copy)', () => [{ ...classified(counts()) }, 'uhc'], rejects('INVALID_TYPE', ['classification'])),
      ...substitute('tierId', { ...GENERIC, 'unknown option value': 'utama' }, (tierId) => [classified(counts()), tierId], rejects('INVALID_OPTION', ['tierId'])),
    ],
  },
  explainAward: {
    cases: [
      row('valid', 'classification', () => [classified(counts())], returns((text) => {
        expect(text).toContain('UHC Awards 2023');
      })),
      row('valid', 'options.locale', () => [classified(counts({ population: 0, participants: 0 })), { locale: 'id' }], returns((text) => {
        expect(text).toContain('pembaginya 0');
      })),
      ...substitute('classification', { ...GENERIC, 'number as string': 'uhc' }, (value) => [value], rejects('INVALID_TYPE', ['classification'])),
      // Only classifications built by classifyAward are explained, so a copy is refused.
      row('object', 'classification (a copy)', () => [{ ...classified(counts()) }], rejects('INVALID_TYPE', ['classification'])),
      ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [classified(counts()), options], rejects('INVALID_TYPE', ['options'])),
      row('unknown option value', 'options.locale', () => [classified(counts()), { locale: 'fr' }], rejects('INVALID_OPTION', ['options', 'locale'])),
      row('extra unknown field', 'options', () => [classified(counts()), { verbose: true }], rejects('INVALID_OPTION', ['options', 'verbose'])),
    ],
  },
};
