import { expect } from 'vitest';
import { classifyAward, type AwardClassification, type AwardInput } from '../../../src/awards/classify-award.js';
import type { AwardScheme } from '../../../src/awards/award-scheme.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2026 } from '../../../src/awards/uhc-awards.js';
import { counts, schemeInput, schemeWithCondition } from '../fixtures.js';
import {
  GENERIC,
  MEGABYTE_KEY,
  NOT_COUNTS,
  changingField,
  except,
  hugeSparse,
  throwingField,
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
    // Issue 17: work and messages bounded by the input's size, whatever its shape.
    row('huge sparse array', 'scheme.tiers', () => place(schemeInput({ tiers: hugeSparse((schemeInput()['tiers'] as unknown[])[0]) })), rejects('INVALID_TYPE', at('tiers', 1))),
    row('huge sparse array', 'condition.conditions of any', () => place(schemeWithCondition({ kind: 'any', conditions: hugeSparse(coverageCondition({})) })), rejects('INVALID_TYPE', condition('conditions', 1))),
    row('shared sub-objects', 'nine levels of any, each listing the next four times', () => place(schemeWithCondition(sharedLevels(9))), rejects('INVALID_OPTION', condition('conditions', 0, 'conditions', 0, 'conditions'))), // seven levels below: 4^7 > 10 000
    row('self-containing object', 'condition inside itself', () => place(schemeWithCondition(selfContaining())), rejects('INVALID_OPTION', condition('conditions', 0))),
    row('megabyte key', 'scheme', () => place(schemeInput({ [MEGABYTE_KEY]: 1 })), rejects('INVALID_OPTION', at(MEGABYTE_KEY))),
    row('megabyte key', 'condition', () => place(schemeWithCondition(coverageCondition({ [MEGABYTE_KEY]: 1 }))), rejects('INVALID_OPTION', condition(MEGABYTE_KEY))),
    row('inherited field', 'scheme.tiers from the prototype', () => place(Object.assign(Object.create({ tiers: schemeInput()['tiers'] }) as object, { id: 'scheme', name: 'Scheme', source: 'x' })), rejects('INVALID_TYPE', at('tiers'))),
    row('throwing caller code', 'scheme.name getter', () => place(throwingField(schemeInput(), 'name', 'Scheme')), rejects('INPUT_THREW', at('name'))),
  ];
}

/** `levels` levels of `any`, each listing the next level's one object four times. */
function sharedLevels(levels: number): Record<string, unknown> {
  let level: Record<string, unknown> = coverageCondition({});
  for (let index = 0; index < levels; index += 1) level = { kind: 'any', conditions: [level, level, level, level] };
  return level;
}

/** An `any` condition that lists itself. */
function selfContaining(): Record<string, unknown> {
  const conditions: unknown[] = [];
  const condition = { kind: 'any', conditions };
  conditions.push(condition);
  return condition;
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
    row('megabyte key', 'input.flags', () => place(counts({ flags: { [MEGABYTE_KEY]: 'yes' } })), rejects('INVALID_TYPE', ['flags', MEGABYTE_KEY])),
    row('inherited field', 'input.population from the prototype', () => place(Object.assign(Object.create({ population: 100 }) as object, { participants: 90 })), rejects('INVALID_COUNT', ['population'])),
    row('throwing caller code', 'input.participants getter', () => place(throwingField(counts(), 'participants', 8_911_770)), rejects('INPUT_THREW', ['participants'])),
  ];
}

/** A scheme whose one tier needs the flag `x` twice, once in each of two conditions. */
const TWO_FLAG_CONDITIONS = (): Record<string, unknown> =>
  schemeInput({
    tiers: [{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [{ kind: 'flag', flag: 'x', expected: true }, { kind: 'any', conditions: [{ kind: 'flag', flag: 'x', expected: true }] }] }] }],
  });

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
  // A flag read once: both conditions on `x` see the same value, whatever a getter answers next.
  row('field changing between reads', 'input.flags.x', () => [counts({ flags: changingField({}, 'x', true, false) }), TWO_FLAG_CONDITIONS()], hasFields({ tier: { id: 'uhc', outcome: 'met' } })),
  row('field changing between reads', 'input.participants', () => [changingField(counts({ activeParticipants: 8_911_770 }), 'participants', 8_911_770, 1), UHC_AWARDS_2023], hasFields({ tier: { id: 'uhc' } })),
  // Own fields only: a flag on the prototype (a polluted Object.prototype) is absent.
  row('inherited field', 'input.flags.x from the prototype', () => [counts({ flags: Object.create({ x: true }) as object }), TWO_FLAG_CONDITIONS()], hasFields({ tier: undefined, undecidedHigherTierIds: ['uhc'] })),
  row('inherited field', 'input.flags from the prototype', () => [Object.assign(Object.create({ flags: { x: true } }) as object, counts()), TWO_FLAG_CONDITIONS()], hasFields({ tier: undefined })),
  row('negative zero', 'input.participants', () => [counts({ participants: -0 }), UHC_AWARDS_2023], returns((result) => {
    const condition = (result as AwardClassification).tiers[0]?.alternatives[0]?.conditions[0];
    expect(condition?.kind === 'metric' && Object.is(condition.measuredPct, 0)).toBe(true);
  })),
  row('negative zero', 'condition.thresholdPct', () => [counts(), schemeWithCondition(coverageCondition({ thresholdPct: -0 }))], returns((result) => {
    const condition = (result as AwardClassification).tiers[0]?.alternatives[0]?.conditions[0];
    expect(condition?.kind === 'metric' && Object.is(condition.thresholdPct, 0)).toBe(true);
  })),
  row('shared sub-objects', 'one condition object listed at three places', () => [counts(), sharedScheme()], hasFields({ tier: { id: 'uhc', outcome: 'met' } })),
  ...schemeCases((scheme) => [counts(), scheme], ['scheme']),
];

/** A scheme listing one coverage condition object in two alternatives and inside an `any`. */
function sharedScheme(): Record<string, unknown> {
  const shared = coverageCondition({});
  return schemeInput({ tiers: [{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [shared, { kind: 'any', conditions: [shared] }] }, { conditions: [shared] }] }] });
}

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
      row('megabyte key', 'options', () => [classified(counts()), { [MEGABYTE_KEY]: true }], rejects('INVALID_OPTION', ['options', MEGABYTE_KEY])),
      row('inherited field', 'options.locale from the prototype', () => [classified(counts()), Object.create({ locale: 'en' }) as object], returns((text) => {
        expect(text).toContain('terpenuhi');
      })),
      row('throwing caller code', 'options.locale getter', () => [classified(counts()), throwingField({}, 'locale', 'en')], rejects('INPUT_THREW', ['options', 'locale'])),
      row('negative zero', 'input.participants', () => [classified(counts({ participants: -0 }))], returns((text) => {
        expect(text).toContain('0,00%');
        expect(text).not.toContain('-0');
      })),
      row('shared sub-objects', 'one condition object listed at three places', () => [classifyAward(counts() as unknown as AwardInput, sharedScheme() as unknown as AwardScheme)], returns((text) => {
        expect((text as string).split('\n').filter((line) => line.includes('cakupan kepesertaan'))).toHaveLength(3);
      })),
    ],
  },
};
