import { expect } from 'vitest';
import { RPJMN_2020_2024, TARGET_PRESETS, UHC_2015_2019 } from '../../../src/metrics/target-presets.js';
import { counts, lampungChildren, regencyRow, targetInput, targetWithCondition } from '../fixtures.js';
import {
  GENERIC,
  NOT_COUNTS,
  NOT_DATES,
  except,
  rejects,
  returns,
  row,
  substitute,
  type Catalogue,
  type HostileCase,
} from '../hostile-case.js';
import { equals, hasFields } from './expect-helpers.js';

// Metrics: coverage, targets, target checks, roll-ups, tallies.

/** Bad counts objects, the problem at `base` (the counts argument's path). */
function countsCases(place: (counts: unknown) => readonly unknown[], base: readonly (string | number)[]): HostileCase[] {
  return [
    ...substitute('counts', { ...except(GENERIC, 'object'), 'number as string': '9051459' }, place, rejects('INVALID_TYPE', base)),
    ...substitute('counts.population', NOT_COUNTS, (value) => place(counts({ population: value })), rejects('INVALID_COUNT', [...base, 'population'])),
    ...substitute('counts.participants', NOT_COUNTS, (value) => place(counts({ participants: value })), rejects('INVALID_COUNT', [...base, 'participants'])),
    ...substitute('counts.activeParticipants', except(NOT_COUNTS, 'undefined'), (value) => place(counts({ activeParticipants: value })), rejects('INVALID_COUNT', [...base, 'activeParticipants'])),
    row('inconsistent fields', 'counts.activeParticipants above participants', () => place(counts({ activeParticipants: 8_911_771 })), rejects('INCONSISTENT_COUNTS', [...base, 'activeParticipants'])),
  ];
}

/** The rows of a function of coverage counts alone. */
function coverageFunctionCases(
  valid: unknown,
  zeroPopulation: unknown,
  abovePopulation: (result: unknown) => void,
): HostileCase[] {
  return [
    row('valid', 'counts', () => [counts({ activeParticipants: 6_141_000 })], equals(valid)),
    row('population 0', 'counts.population', () => [counts({ population: 0, participants: 0, activeParticipants: 0 })], equals(zeroPopulation)),
    row('participants above population', 'counts.participants', () => [counts({ population: 1000, participants: 1018, activeParticipants: 1000 })], returns(abovePopulation)),
    // Documented: any object with the counts will do, e.g. a Snapshot; other fields are not read.
    row('extra unknown field', 'counts.regionCode', () => [counts({ activeParticipants: 6_141_000, regionCode: '99', asOf: '2023-02-30' })], equals(valid)),
    ...countsCases((value) => [value], []),
  ];
}

/** Rows of region-count rows: the list and each row checked, paths starting with the row index. */
function regionRowsCases(place: (rows: unknown) => readonly unknown[]): HostileCase[] {
  const [first, second] = lampungChildren() as [Record<string, unknown>, Record<string, unknown>];
  return [
    ...substitute('snapshots', { ...except(GENERIC, 'array'), object: { 0: first } }, place, rejects('INVALID_TYPE', [])),
    row('null', 'snapshots[1]', () => place([first, null]), rejects('INVALID_TYPE', [1])),
    row('sparse array', 'snapshots[0]', () => place([, second]), rejects('INVALID_TYPE', [0])),
    ...substitute('snapshots[1].population', NOT_COUNTS, (value) => place([first, { ...second, population: value }]), rejects('INVALID_COUNT', [1, 'population'])),
    ...substitute('snapshots[1].asOf', NOT_DATES, (value) => place([first, { ...second, asOf: value }]), rejects('INVALID_DATE', [1, 'asOf'])),
    row('unknown region code', 'snapshots[1].regionCode', () => place([first, { ...second, regionCode: '99.01' }]), rejects('UNKNOWN_PROVINCE', [1, 'regionCode'])),
    row('null', 'snapshots[1].regionCode', () => place([first, { ...second, regionCode: null }]), rejects('INVALID_TYPE', [1, 'regionCode'])),
    row('duplicate snapshots', 'snapshots[2]', () => place([first, second, { ...first }]), rejects('DUPLICATE_SNAPSHOT', [2])),
    // `1872` and `18.72` are the same regency: the codes are compared normalised.
    row('conflicting snapshots', 'snapshots[2]', () => place([first, second, { ...first, regionCode: '1872', participants: 1 }]), rejects('DUPLICATE_SNAPSHOT', [2])),
    row('inconsistent fields', 'snapshots[0].activeParticipants', () => place([{ ...first, activeParticipants: 168_001 }, second]), rejects('INCONSISTENT_COUNTS', [0, 'activeParticipants'])),
  ];
}

const rollUpCases: HostileCase[] = [
  row('valid', 'snapshots', () => [lampungChildren()], hasFields([{ regionCode: '18', level: 'province', population: 1_270_000, participants: 1_218_000, childLevel: 'regency', children: ['18.01', '18.72'], missingChildren: undefined }])),
  row('empty array', 'snapshots', () => [[]], equals([])),
  row('undefined', 'options', () => [lampungChildren(), undefined], hasFields([{ regionCode: '18' }])),
  row('unsorted series', 'snapshots (dates out of order)', () => [[regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('18.72', '2023-07-01', 10, 8)]], hasFields([{ asOf: '2023-07-01', participants: 8 }, { asOf: '2024-07-01', participants: 9 }])),
  row('population 0', 'snapshots[*].population', () => [[regencyRow('18.72', '2024-07-01', 0, 0)]], hasFields([{ population: 0, coverageRatio: undefined }])),
  row('participants above population', 'snapshots[0].participants', () => [[regencyRow('18.72', '2024-07-01', 1000, 1018)]], hasFields([{ coverageRatio: 1.018 }])),
  row('extra unknown field', 'snapshots[0].name', () => [[regencyRow('18.72', '2024-07-01', 10, 9, { name: 'Kota Metro' })]], hasFields([{ regionCode: '18', participants: 9 }])),
  row('count above MAX_SAFE_INTEGER', 'snapshots[1].population (the sum)', () => [[regencyRow('18.72', '2024-07-01', 2 ** 52, 0), regencyRow('18.01', '2024-07-01', 2 ** 52, 0)]], rejects('INVALID_COUNT', [1, 'population'])),
  row('mixed regions', 'snapshots[1] (a district beside a regency)', () => [[regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('18.01.01', '2024-07-01', 10, 9)], { to: 'province' }], rejects('MIXED_REGIONS', [1, 'regionCode'])),
  row('unknown region code', 'snapshots[0] (a province rolled to its province)', () => [[regencyRow('18', '2024-07-01', 10, 9)], { to: 'province' }], rejects('INVALID_REGION_CODE', [0, 'regionCode'])),
  row('unknown region code', 'snapshots[0] (the country)', () => [[regencyRow('ID', '2024-07-01', 10, 9)]], rejects('INVALID_REGION_CODE', [0, 'regionCode'])),
  ...regionRowsCases((rows) => [rows]),
  ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [lampungChildren(), options], rejects('INVALID_TYPE', ['options'])),
  row('unknown option value', 'options.to', () => [lampungChildren(), { to: 'island' }], rejects('INVALID_OPTION', ['options', 'to'])),
  row('extra unknown field', 'options', () => [lampungChildren(), { weighted: true }], rejects('INVALID_OPTION', ['options', 'weighted'])),
  row('unknown region code', 'options.expectedChildren key', () => [lampungChildren(), { expectedChildren: { 99: ['99.01'] } }], rejects('UNKNOWN_PROVINCE', ['options', 'expectedChildren', '99'])),
  row('unknown region code', 'options.expectedChildren child outside the parent', () => [lampungChildren(), { expectedChildren: { 18: ['17.01'] } }], rejects('INVALID_OPTION', ['options', 'expectedChildren', '18', 0])),
  row('duplicate entries', 'options.expectedChildren (18 and 18 again)', () => [lampungChildren(), { expectedChildren: { 18: [], ' 18': [] } }], rejects('INVALID_OPTION', ['options', 'expectedChildren', ' 18'])),
  row('sparse array', 'options.expectedChildren[18][0]', () => [lampungChildren(), { expectedChildren: { 18: [, '18.01'] } }], rejects('INVALID_TYPE', ['options', 'expectedChildren', '18', 0])),
  row('null', 'options.expectedChildren', () => [lampungChildren(), { expectedChildren: null }], rejects('INVALID_TYPE', ['options', 'expectedChildren'])),
  row('valid', 'options.expectedChildren', () => [lampungChildren(), { expectedChildren: { 18: ['18.01', '18.02', '18.72'] } }], hasFields([{ missingChildren: ['18.02'] }])),
];

const countMeetingTargetCases: HostileCase[] = [
  row('valid', 'snapshots', () => [lampungChildren(), UHC_2015_2019], hasFields([{ asOf: '2024-07-01', level: 'regency', targetId: 'UHC_2015_2019', inForce: true, assessed: 2, met: 2, notMet: 0, unknown: 0, shareRatio: 1, meetingCodes: ['18.01', '18.72'] }])),
  row('empty array', 'snapshots', () => [[], UHC_2015_2019], equals([])),
  row('population 0', 'snapshots[0].population', () => [[regencyRow('18.72', '2024-07-01', 0, 0)], UHC_2015_2019], hasFields([{ assessed: 1, unknown: 1, shareRatio: 0 }])),
  row('participants above population', 'snapshots[0].participants', () => [[regencyRow('18.72', '2024-07-01', 1000, 1018)], UHC_2015_2019], hasFields([{ met: 1 }])),
  row('mixed regions', 'snapshots (two levels: one tally each)', () => [[regencyRow('18', '2024-07-01', 10, 9), regencyRow('18.72', '2024-07-01', 10, 10)], UHC_2015_2019], hasFields([{ level: 'province', met: 0 }, { level: 'regency', met: 1 }])),
  row('unsorted series', 'snapshots (dates out of order)', () => [[regencyRow('18.72', '2024-07-01', 10, 9), regencyRow('18.72', '2023-07-01', 10, 10)], UHC_2015_2019], hasFields([{ asOf: '2023-07-01' }, { asOf: '2024-07-01' }])),
  row('valid', 'target (a plain object)', () => [lampungChildren(), targetInput()], hasFields([{ targetId: 'T98', met: 1, notMet: 1, meetingCodes: ['18.72'] }])),
  ...regionRowsCases((rows) => [rows, UHC_2015_2019]),
  ...substitute('target', { ...except(GENERIC, 'object'), 'number as string': '95' }, (target) => [lampungChildren(), target], rejects('INVALID_TYPE', ['target'])),
  row('object', 'target (no fields)', () => [lampungChildren(), {}], rejects('INVALID_TYPE', ['target', 'id'])),
  row('extra unknown field', 'target.threshold', () => [lampungChildren(), targetInput({ threshold: 98 })], rejects('INVALID_OPTION', ['target', 'threshold'])),
  ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [lampungChildren(), UHC_2015_2019, options], rejects('INVALID_TYPE', ['options'])),
  row('unknown option value', 'options.level', () => [lampungChildren(), UHC_2015_2019, { level: 'island' }], rejects('INVALID_OPTION', ['options', 'level'])),
  row('extra unknown field', 'options', () => [lampungChildren(), UHC_2015_2019, { strict: true }], rejects('INVALID_OPTION', ['options', 'strict'])),
];

/** Rows of a target given as data, the problem at `base`. */
function targetCases(place: (target: unknown) => readonly unknown[], base: readonly (string | number)[]): HostileCase[] {
  const at = (...path: (string | number)[]) => [...base, ...path];
  const condition = (...path: (string | number)[]) => at('conditions', 0, ...path);
  return [
    ...substitute('target', { ...except(GENERIC, 'object'), 'number as string': '98' }, place, rejects('INVALID_TYPE', base)),
    ...substitute('target.id', { ...except(GENERIC, 'object', 'array'), 'number as string': 98 }, (id) => place(targetInput({ id })), rejects('INVALID_TYPE', at('id'))),
    ...substitute('target.validFrom', NOT_DATES, (validFrom) => place(targetInput({ validFrom })), rejects('INVALID_DATE', at('validFrom'))),
    row('impossible date 2023-02-30', 'target.validUntil', () => place(targetInput({ validUntil: '2023-02-30' })), rejects('INVALID_DATE', at('validUntil'))),
    row('inconsistent fields', 'target.deadline before validFrom', () => place(targetInput({ deadline: '2019-12-31' })), rejects('INVALID_DATE', at('deadline'))),
    row('unknown option value', 'target.kind', () => place(targetInput({ kind: 'goal' })), rejects('INVALID_OPTION', at('kind'))),
    row('extra unknown field', 'target.threshold', () => place(targetInput({ threshold: 98 })), rejects('INVALID_OPTION', at('threshold'))),
    row('empty array', 'target.conditions', () => place(targetInput({ conditions: [] })), rejects('EMPTY_INPUT', at('conditions'))),
    row('null', 'target.conditions', () => place(targetInput({ conditions: null })), rejects('INVALID_TYPE', at('conditions'))),
    row('sparse array', 'target.conditions[0]', () => place(targetInput({ conditions: [, { metric: 'coverage', operator: '>=', thresholdPct: 98 }] })), rejects('INVALID_TYPE', condition())),
    ...substitute('target.conditions[0].thresholdPct', { ...GENERIC, 'negative count': -1, 'number as string': '98' }, (thresholdPct) => place(targetWithCondition({ thresholdPct })), rejects('INVALID_NUMBER', condition('thresholdPct'))),
    row('unknown option value', 'target.conditions[0].metric', () => place(targetWithCondition({ metric: 'utilisation' })), rejects('INVALID_OPTION', condition('metric'))),
    row('unknown option value', 'target.conditions[0].operator', () => place(targetWithCondition({ operator: '<' })), rejects('INVALID_OPTION', condition('operator'))),
    row('inconsistent fields', 'target.conditions[0].base on coverage', () => place(targetWithCondition({ base: 'population' })), rejects('INVALID_OPTION', condition('base'))),
    row('undefined', 'target.conditions[0].base of activityRate', () => place(targetWithCondition({ metric: 'activityRate' })), rejects('INVALID_OPTION', condition('base'))),
    row('extra unknown field', 'target.conditions[0].thresholdPc', () => place(targetWithCondition({ thresholdPc: 98 })), rejects('INVALID_OPTION', condition('thresholdPc'))),
  ];
}

const checkTargetCases: HostileCase[] = [
  row('valid', 'counts, target', () => [counts(), RPJMN_2020_2024], hasFields({ targetId: 'RPJMN_2020_2024', status: 'met', gapPp: 98 - (8_911_770 * 100) / 9_051_459, peopleShort: 0 })),
  row('valid', 'target (a plain object)', () => [counts(), targetInput({ conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 99 }] })], hasFields({ status: 'not-met', peopleShort: 49_175 })),
  row('population 0', 'counts.population', () => [counts({ population: 0, participants: 0 }), RPJMN_2020_2024], hasFields({ status: 'unknown', gapPp: undefined, peopleShort: undefined })),
  row('participants above population', 'counts.participants', () => [counts({ population: 1000, participants: 1018 }), RPJMN_2020_2024], returns((check) => {
    expect(check).toMatchObject({ status: 'met', peopleShort: 0 });
    expect((check as { gapPp: number }).gapPp).toBeCloseTo(-3.8, 12);
  })),
  // Thresholds have no upper bound (coverage can pass 100%): a huge one is computed exactly, not as NaN.
  row('count above MAX_SAFE_INTEGER', 'target.conditions[0].thresholdPct = 1e21', () => [counts(), targetWithCondition({ thresholdPct: 1e21 })], hasFields({ status: 'not-met' })),
  row('valid', 'target.conditions[0].thresholdPct = 5e-324 (tiny)', () => [counts({ participants: 0 }), targetWithCondition({ thresholdPct: 5e-324 })], hasFields({ status: 'not-met', peopleShort: 1 })),
  row('extra unknown field', 'counts.regionCode', () => [counts({ regionCode: '18' }), RPJMN_2020_2024], hasFields({ status: 'met' })),
  ...countsCases((value) => [value, RPJMN_2020_2024], []),
  ...targetCases((target) => [counts(), target], ['target']),
];

const defineTargetCases: HostileCase[] = [
  row('valid', 'input', () => [targetInput()], hasFields({ id: 'T98', conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }] })),
  row('valid', 'input (a preset)', () => [UHC_2015_2019], returns((target) => expect(target).toBe(UHC_2015_2019))),
  ...targetCases((input) => [input], []),
];

const targetAtCases: HostileCase[] = [
  row('valid', 'date', () => ['2024-07-01', { kind: 'plan' }], returns((target) => expect(target).toBe(RPJMN_2020_2024))),
  row('valid', 'date (outside every target)', () => ['2014-12-31', { kind: 'uhc-status' }], equals(undefined)),
  // Documented: the presets hold two kinds, so `kind` is needed to pick one.
  row('undefined', 'options', () => ['2024-07-01'], rejects('INVALID_OPTION', ['options', 'kind'])),
  ...substitute('date', NOT_DATES, (date) => [date, { kind: 'plan' }], rejects('INVALID_DATE', [])),
  ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => ['2024-07-01', options], rejects('INVALID_TYPE', ['options'])),
  row('unknown option value', 'options.kind', () => ['2024-07-01', { kind: 'goal' }], rejects('INVALID_OPTION', ['options', 'kind'])),
  row('extra unknown field', 'options', () => ['2024-07-01', { kind: 'plan', at: 'end' }], rejects('INVALID_OPTION', ['options', 'at'])),
  row('empty array', 'options.targets', () => ['2024-07-01', { targets: [] }], equals(undefined)),
  row('null', 'options.targets', () => ['2024-07-01', { targets: null, kind: 'plan' }], rejects('INVALID_TYPE', ['options', 'targets'])),
  row('duplicate entries', 'options.targets (one target twice)', () => ['2024-07-01', { targets: [UHC_2015_2019, UHC_2015_2019] }], rejects('INVALID_OPTION', ['options', 'targets', 1])),
  row('unsorted series', 'options.targets (out of order)', () => ['2024-07-01', { targets: [...TARGET_PRESETS].reverse(), kind: 'plan' }], returns((target) => expect(target).toBe(RPJMN_2020_2024))),
  row('object', 'options.targets[0]', () => ['2024-07-01', { targets: [{}] }], rejects('INVALID_TYPE', ['options', 'targets', 0, 'id'])),
  row('sparse array', 'options.targets[0]', () => ['2024-07-01', { targets: [, RPJMN_2020_2024], kind: 'plan' }], rejects('INVALID_TYPE', ['options', 'targets', 0])),
];

const targetNameCases: HostileCase[] = [
  row('valid', 'target', () => [RPJMN_2020_2024], equals('RPJMN 2020-2024: cakupan minimal 98% pada 2024')),
  row('valid', 'options.locale', () => [RPJMN_2020_2024, { locale: 'en' }], equals('RPJMN 2020-2024: coverage at least 98% by 2024')),
  ...targetCases((target) => [target], ['target']),
  ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [RPJMN_2020_2024, options], rejects('INVALID_TYPE', ['options'])),
  row('unknown option value', 'options.locale', () => [RPJMN_2020_2024, { locale: 'fr' }], rejects('INVALID_OPTION', ['options', 'locale'])),
  row('extra unknown field', 'options', () => [RPJMN_2020_2024, { lang: 'en' }], rejects('INVALID_OPTION', ['options', 'lang'])),
];

export const METRICS_CATALOGUE: Catalogue = {
  coverageRatio: {
    cases: coverageFunctionCases(8_911_770 / 9_051_459, undefined, (ratio) => expect(ratio).toBe(1.018)),
  },
  coveragePct: {
    cases: coverageFunctionCases((8_911_770 * 100) / 9_051_459, undefined, (pct) => expect(pct).toBe(101.8)),
  },
  activeCoveragePct: {
    cases: [
      ...coverageFunctionCases((6_141_000 * 100) / 9_051_459, undefined, (pct) => expect(pct).toBe(100)),
      row('undefined', 'counts.activeParticipants', () => [counts()], equals(undefined)),
    ],
  },
  activeCoverageRatio: {
    cases: [
      ...coverageFunctionCases(6_141_000 / 9_051_459, undefined, (ratio) => expect(ratio).toBe(1)),
      row('undefined', 'counts.activeParticipants', () => [counts()], equals(undefined)),
    ],
  },
  activityRate: {
    cases: [
      row('valid', 'counts, options', () => [counts({ activeParticipants: 6_141_000 }), { base: 'population' }], equals({ base: 'population', ratio: 6_141_000 / 9_051_459, pct: (6_141_000 * 100) / 9_051_459 })),
      row('valid', 'options.base', () => [counts({ activeParticipants: 6_141_000 }), { base: 'participants' }], equals({ base: 'participants', ratio: 6_141_000 / 8_911_770, pct: (6_141_000 * 100) / 8_911_770 })),
      row('population 0', 'counts.population', () => [counts({ population: 0, participants: 0, activeParticipants: 0 }), { base: 'population' }], equals(undefined)),
      row('undefined', 'counts.activeParticipants', () => [counts(), { base: 'population' }], equals(undefined)),
      row('participants above population', 'counts.participants', () => [counts({ population: 1000, participants: 1018, activeParticipants: 1010 }), { base: 'population' }], equals({ base: 'population', ratio: 1.01, pct: 101 })),
      ...countsCases((value) => [value, { base: 'population' }], []),
      // Documented: the base is required, because sources divide by different things.
      row('undefined', 'options', () => [counts({ activeParticipants: 1 })], rejects('INVALID_OPTION', ['options', 'base'])),
      ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [counts(), options], rejects('INVALID_TYPE', ['options'])),
      row('unknown option value', 'options.base', () => [counts(), { base: 'households' }], rejects('INVALID_OPTION', ['options', 'base'])),
      row('extra unknown field', 'options', () => [counts(), { base: 'population', round: 2 }], rejects('INVALID_OPTION', ['options', 'round'])),
    ],
  },
  uncoveredPeople: {
    cases: coverageFunctionCases(9_051_459 - 8_911_770, 0, (people) => expect(people).toBe(0)),
  },
  defineTarget: { cases: defineTargetCases },
  targetName: { cases: targetNameCases },
  targetAt: { cases: targetAtCases },
  checkTarget: { cases: checkTargetCases },
  rollUp: { cases: rollUpCases },
  countMeetingTarget: { cases: countMeetingTargetCases },
};
