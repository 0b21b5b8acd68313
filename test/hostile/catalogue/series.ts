import { expect } from 'vitest';
import { lampungRow, lampungSeries } from '../fixtures.js';
import { defineTarget } from '../../../src/metrics/target.js';
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

// Growth over time: two snapshots, series, periods, projections, required pace.

/** Rows of one snapshot argument, the problem under `base`. */
function snapshotCases(place: (snapshot: unknown) => readonly unknown[], base: readonly (string | number)[]): HostileCase[] {
  return [
    ...substitute(`${base.join('.')}`, { ...except(GENERIC, 'object'), 'number as string': '18' }, place, rejects('INVALID_TYPE', base)),
    ...substitute(`${base.join('.')}.asOf`, NOT_DATES, (asOf) => place(lampungRow({ asOf })), rejects('INVALID_DATE', [...base, 'asOf'])),
    ...substitute(`${base.join('.')}.participants`, NOT_COUNTS, (participants) => place(lampungRow({ participants })), rejects('INVALID_COUNT', [...base, 'participants'])),
    row('unknown region code', `${base.join('.')}.regionCode`, () => place(lampungRow({ regionCode: '99' })), rejects('UNKNOWN_PROVINCE', [...base, 'regionCode'])),
    row('inconsistent fields', `${base.join('.')}.activeParticipants`, () => place(lampungRow({ activeParticipants: 8_911_771 })), rejects('INCONSISTENT_COUNTS', [...base, 'activeParticipants'])),
  ];
}

/** Rows of a series argument at `['snapshots']`: the checks every series function shares. */
function seriesCases(place: (snapshots: unknown) => readonly unknown[]): HostileCase[] {
  const [first, second] = lampungSeries() as [Record<string, unknown>, Record<string, unknown>];
  return [
    ...substitute('snapshots', { ...except(GENERIC, 'array'), object: { 0: first } }, place, rejects('INVALID_TYPE', ['snapshots'])),
    row('empty array', 'snapshots', () => place([]), rejects('EMPTY_INPUT', ['snapshots'])),
    row('sparse array', 'snapshots[0]', () => place([, second]), rejects('INVALID_TYPE', ['snapshots', 0])),
    row('null', 'snapshots[1]', () => place([first, null]), rejects('INVALID_TYPE', ['snapshots', 1])),
    ...substitute('snapshots[1].population', NOT_COUNTS, (population) => place([first, { ...second, population }]), rejects('INVALID_COUNT', ['snapshots', 1, 'population'])),
    row('impossible date 2023-02-30', 'snapshots[1].asOf', () => place([first, { ...second, asOf: '2023-02-30' }]), rejects('INVALID_DATE', ['snapshots', 1, 'asOf'])),
    row('mixed regions', 'snapshots[1].regionCode', () => place([first, { ...second, regionCode: '17' }]), rejects('MIXED_REGIONS', ['snapshots', 1, 'regionCode'])),
    row('unknown region code', 'snapshots[1].regionCode', () => place([first, { ...second, regionCode: '99' }]), rejects('UNKNOWN_PROVINCE', ['snapshots', 1, 'regionCode'])),
    row('conflicting snapshots', 'snapshots[2] (same date, other participants)', () => place([first, second, { ...second, participants: 1 }]), rejects('CONFLICTING_SNAPSHOTS', ['snapshots', 2, 'participants'])),
    row('conflicting snapshots', 'snapshots[2] (same date, other segments)', () => place([first, { ...second, segments: { pbpu: 1 } }, { ...second, segments: { pbpu: 2 } }]), rejects('CONFLICTING_SNAPSHOTS', ['snapshots', 2, 'segments', 'pbpu'])),
  ];
}

const growthBetweenCases: HostileCase[] = [
  row('valid', 'from, to', () => [lampungRow({ asOf: '2023-07-01', participants: 8_800_000 }), lampungRow()], hasFields({ regionCode: '18', elapsedDays: 366, participantsChange: 111_770, populationChange: 0 })),
  row('population 0', 'from.population', () => [lampungRow({ asOf: '2023-07-01', population: 0, participants: 0 }), lampungRow()], hasFields({ fromCoveragePct: undefined, coverageChangePp: undefined, participantsChangeRatio: undefined, participantsCagr: undefined, pacePpPerYear: undefined })),
  row('participants above population', 'to.participants', () => [lampungRow({ asOf: '2023-07-01' }), lampungRow({ participants: 9_051_460 })], returns((growth) => expect((growth as { toCoveragePct: number }).toCoveragePct).toBeGreaterThan(100))),
  row('extra unknown field', 'to.note', () => [lampungRow({ asOf: '2023-07-01' }), lampungRow({ note: 'x' })], hasFields({ participantsChange: 0 })),
  row('duplicate snapshots', 'to (the same date as from)', () => [lampungRow(), lampungRow()], rejects('DUPLICATE_SNAPSHOT', ['to', 'asOf'])),
  row('conflicting snapshots', 'to (the same date, other counts)', () => [lampungRow(), lampungRow({ participants: 1 })], rejects('DUPLICATE_SNAPSHOT', ['to', 'asOf'])),
  row('unsorted series', 'to (before from)', () => [lampungRow(), lampungRow({ asOf: '2023-07-01' })], rejects('INVALID_DATE', ['to', 'asOf'])),
  row('mixed regions', 'to.regionCode', () => [lampungRow({ asOf: '2023-07-01' }), lampungRow({ regionCode: '17' })], rejects('MIXED_REGIONS', ['to', 'regionCode'])),
  ...snapshotCases((from) => [from, lampungRow({ asOf: '2025-01-01' })], ['from']),
  ...snapshotCases((to) => [lampungRow({ asOf: '2020-01-01' }), to], ['to']),
];

/** A period unit argument at `path`. */
function periodCases(place: (period: unknown) => readonly unknown[], path: readonly (string | number)[]): HostileCase[] {
  return [
    ...substitute(path.join('.'), { ...GENERIC, 'number as string': '12' }, place, rejects('INVALID_OPTION', path)),
    row('unknown option value', path.join('.'), () => place('week'), rejects('INVALID_OPTION', path)),
  ];
}

const periodKeyCases: HostileCase[] = [
  row('valid', 'date, period', () => ['2024-07-01', 'quarter'], equals('2024-Q3')),
  row('valid', 'date (a leap day)', () => ['2024-02-29', 'semester'], equals('2024-S1')),
  ...substitute('date', NOT_DATES, (date) => [date, 'month'], rejects('INVALID_DATE', ['date'])),
  ...periodCases((period) => ['2024-07-01', period], ['period']),
];

const periodKeysBetweenCases: HostileCase[] = [
  row('valid', 'from, to, period', () => ['2024-11-15', '2025-02-01', 'month'], equals(['2024-11', '2024-12', '2025-01', '2025-02'])),
  row('valid', 'to (equal to from)', () => ['2024-07-01', '2024-07-01', 'year'], equals(['2024'])),
  row('unsorted series', 'to (before from)', () => ['2024-07-01', '2024-06-30', 'month'], rejects('INVALID_DATE', ['to'])),
  ...substitute('from', NOT_DATES, (from) => [from, '2024-07-01', 'month'], rejects('INVALID_DATE', ['from'])),
  ...substitute('to', NOT_DATES, (to) => ['2024-07-01', to, 'month'], rejects('INVALID_DATE', ['to'])),
  ...periodCases((period) => ['2024-07-01', '2024-08-01', period], ['period']),
];

const seriesGrowthCases: HostileCase[] = [
  row('valid', 'snapshots', () => [lampungSeries(), { period: 'semester' }], hasFields({ regionCode: '18', period: 'semester', missingPeriods: ['2024-S1'] })),
  row('unsorted series', 'snapshots (reversed)', () => [lampungSeries().reverse(), { period: 'year' }], returns((series) => {
    const { periods } = series as { periods: readonly { periodKey: string }[] };
    expect(periods.map((period) => period.periodKey)).toEqual(['2023', '2024']);
  })),
  // Documented: identical snapshots of one date are one observation.
  row('duplicate snapshots', 'snapshots (one repeated)', () => [[...lampungSeries(), lampungRow()], { period: 'year' }], hasFields({ periods: [{ snapshotCount: 2 }, { snapshotCount: 1 }] })),
  row('population 0', 'snapshots[0].population', () => [[lampungRow({ asOf: '2023-01-01', population: 0, participants: 0 }), lampungRow()], { period: 'year' }], hasFields({ periods: [{ growth: undefined }, { growth: { fromCoveragePct: undefined, coverageChangePp: undefined } }] })),
  ...seriesCases((snapshots) => [snapshots, { period: 'month' }]),
  row('undefined', 'options', () => [lampungSeries()], rejects('INVALID_OPTION', ['options', 'period'])),
  ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [lampungSeries(), options], rejects('INVALID_TYPE', ['options'])),
  ...periodCases((period) => [lampungSeries(), { period }], ['options', 'period']),
  row('extra unknown field', 'options', () => [lampungSeries(), { period: 'year', fill: true }], rejects('INVALID_OPTION', ['options', 'fill'])),
];

/** Numbers that are not a coverage threshold. */
const BAD_THRESHOLDS = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY, 'negative count': -1 } as const;
/** Values that are neither a threshold nor a target. */
const NOT_TARGETS = { ...except(GENERIC, 'NaN', 'Infinity', '-Infinity', 'object'), 'number as string': '98' };
/** A valid target without a coverage condition: nothing to pace or project. */
const ACTIVE_ONLY = defineTarget({
  id: 'ACTIVE_ONLY', name: 'Active coverage only', kind: 'plan', source: 'illustration', validFrom: '2020-01-01',
  conditions: [{ metric: 'activeCoverage', operator: '>=', thresholdPct: 80 }],
});

const projectTargetDateCases: HostileCase[] = [
  row('valid', 'snapshots, options', () => [lampungSeries(), 99], hasFields({ regionCode: '18', reached: true, alreadyMet: false, method: 'two-point', snapshotCount: 3 })),
  row('valid', 'options.method', () => [lampungSeries(), 98, { method: 'least-squares' }], hasFields({ reached: true, alreadyMet: true, daysAfterLast: 0 })),
  row('unsorted series', 'snapshots (reversed)', () => [lampungSeries().reverse(), 99], hasFields({ firstAsOf: '2023-01-01', lastAsOf: '2024-07-01' })),
  row('valid', 'snapshots (falling)', () => [[lampungRow({ asOf: '2023-01-01' }), lampungRow({ participants: 8_000_000 })], 99], hasFields({ reached: false, reason: 'not-at-this-pace' })),
  row('count above MAX_SAFE_INTEGER', 'options.targetPct (1e300: never)', () => [lampungSeries(), 1e300], hasFields({ reached: false, reason: 'after-year-9999' })),
  row('duplicate snapshots', 'snapshots (one date twice)', () => [[lampungRow(), lampungRow()], 99], rejects('EMPTY_INPUT', ['snapshots'])),
  row('population 0', 'snapshots[2].population (the last)', () => [[...lampungSeries().slice(0, 2), lampungRow({ population: 0, participants: 0 })], 99], rejects('INVALID_COUNT', ['snapshots', 2, 'population'])),
  row('population 0', 'snapshots[0].population (the first, two-point)', () => [[lampungRow({ asOf: '2023-01-01', population: 0, participants: 0 }), lampungRow()], 99], rejects('INVALID_COUNT', ['snapshots', 0, 'population'])),
  ...seriesCases((snapshots) => [snapshots, 99]),
  ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [lampungSeries(), 99, options], rejects('INVALID_TYPE', ['options'])),
  ...substitute('target', BAD_THRESHOLDS, (target) => [lampungSeries(), target], rejects('INVALID_NUMBER', ['target'])),
  ...substitute('target', NOT_TARGETS, (target) => [lampungSeries(), target], rejects('INVALID_TYPE', ['target'])),
  row('unknown option value', 'target (no coverage condition)', () => [lampungSeries(), ACTIVE_ONLY], rejects('INVALID_OPTION', ['target', 'conditions'])),
  row('unknown option value', 'options.method', () => [lampungSeries(), 99, { method: 'linear' }], rejects('INVALID_OPTION', ['options', 'method'])),
  row('extra unknown field', 'options', () => [lampungSeries(), 99, { deadline: '2029-12-31' }], rejects('INVALID_OPTION', ['options', 'deadline'])),
];

const requiredPaceCases: HostileCase[] = [
  row('valid', 'snapshot, options', () => [lampungRow(), 99, { deadline: '2024-12-31' }], hasFields({ regionCode: '18', alreadyMet: false, daysToDeadline: 183, peopleShort: 49_175 })),
  row('participants above population', 'snapshot.participants', () => [lampungRow({ participants: 9_051_460 }), 99, { deadline: '2024-12-31' }], hasFields({ alreadyMet: true, gapPp: 0, peopleShort: 0, requiredPpPerYear: 0, requiredPeoplePerMonth: 0 })),
  row('population 0', 'snapshot.population', () => [lampungRow({ population: 0, participants: 0 }), 99, { deadline: '2024-12-31' }], rejects('INVALID_COUNT', ['snapshot', 'population'])),
  row('extra unknown field', 'snapshot.note', () => [lampungRow({ note: 'x' }), 98, { deadline: '2024-12-31' }], hasFields({ alreadyMet: true })),
  ...snapshotCases((snapshot) => [snapshot, 99, { deadline: '2030-12-31' }], ['snapshot']),
  row('undefined', 'options.deadline (a bare threshold has none)', () => [lampungRow(), 99], rejects('INVALID_DATE', ['options', 'deadline'])),
  ...substitute('options', except(GENERIC, 'undefined', 'object'), (options) => [lampungRow(), 99, options], rejects('INVALID_TYPE', ['options'])),
  ...substitute('target', BAD_THRESHOLDS, (target) => [lampungRow(), target, { deadline: '2024-12-31' }], rejects('INVALID_NUMBER', ['target'])),
  ...substitute('target', NOT_TARGETS, (target) => [lampungRow(), target, { deadline: '2024-12-31' }], rejects('INVALID_TYPE', ['target'])),
  row('unknown option value', 'target (no coverage condition)', () => [lampungRow(), ACTIVE_ONLY, { deadline: '2024-12-31' }], rejects('INVALID_OPTION', ['target', 'conditions'])),
  ...substitute('options.deadline', NOT_DATES, (deadline) => [lampungRow(), 99, { deadline }], rejects('INVALID_DATE', ['options', 'deadline'])),
  row('unsorted series', 'options.deadline (before asOf)', () => [lampungRow(), 99, { deadline: '2024-06-30' }], rejects('INVALID_DATE', ['options', 'deadline'])),
  row('inconsistent fields', 'options.deadline (equal to asOf)', () => [lampungRow(), 99, { deadline: '2024-07-01' }], rejects('INVALID_DATE', ['options', 'deadline'])),
  row('extra unknown field', 'options', () => [lampungRow(), 99, { deadline: '2024-12-31', method: 'x' }], rejects('INVALID_OPTION', ['options', 'method'])),
];

export const SERIES_CATALOGUE: Catalogue = {
  growthBetween: { cases: growthBetweenCases },
  periodKey: { cases: periodKeyCases },
  periodKeysBetween: { cases: periodKeysBetweenCases },
  seriesGrowth: { cases: seriesGrowthCases },
  projectTargetDate: { cases: projectTargetDateCases },
  requiredPace: { cases: requiredPaceCases },
};
