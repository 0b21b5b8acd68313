import { expect } from 'vitest';
import { counts, figureData, lampungRow } from '../fixtures.js';
import {
  GENERIC,
  NOT_COUNTS,
  except,
  rejects,
  returns,
  row,
  substitute,
  type Catalogue,
  type Expected,
  type HostileCase,
} from '../hostile-case.js';
import { inconsistentFigureCases } from '../figure-cases.js';
import { hasFields } from './expect-helpers.js';

// Reconciliation: printed figures against counts, figures against figures, implied counts.

/** A figure object with one field replaced. */
function figureWith(text: string, overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { ...figureData(text), ...overrides };
}

/** A tiny percentage as a figure object: built by hand, as no printed text has 30 decimals. */
function tinyCoverage(): Record<string, unknown> {
  const tiny = 1e-30;
  return {
    text: '0,000…1 %',
    kind: 'percent',
    value: tiny,
    decimals: 30,
    scaleExponent: 0,
    step: tiny,
    qualifier: 'exact',
    rounded: { low: tiny / 2, high: tiny * 1.5 },
    truncated: { low: tiny, high: tiny * 2 },
    interval: { low: tiny / 2, high: tiny * 2 },
  };
}

/** Rows of a PrintedFigure argument at `path`, expected to be of `kind`. */
function figureCases(
  place: (figure: unknown) => readonly unknown[],
  path: readonly (string | number)[],
  text: string,
  absent?: Expected,
): HostileCase[] {
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const otherKind = text.includes('%') ? '8.911.770 jiwa' : '98,46 %';
  const notFigures = except(GENERIC, 'object', ...(absent === undefined ? [] : (['undefined'] as const)));
  return [
    ...(absent === undefined ? [] : [row('undefined', path.join('.'), () => place(undefined), absent)]),
    ...substitute(path.join('.'), { ...notFigures, 'number as string': text }, place, rejects('INVALID_TYPE', path)),
    row('object', `${path.join('.')} (no fields)`, () => place({}), rejects('INVALID_FIGURE', at('text'))),
    row('unknown option value', `${path.join('.')}.kind`, () => place(figureData(otherKind)), rejects('INVALID_FIGURE', at('kind'))),
    ...substitute(`${path.join('.')}.value`, { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, 'negative count': -1, 'number as string': '98', 'count above MAX_SAFE_INTEGER': 2 ** 53 }, (value) => place(figureWith(text, { value })), rejects('INVALID_FIGURE', at('value'))),
    row('inconsistent fields', `${path.join('.')}.value outside rounded`, () => place(figureWith(text, { value: 0 })), rejects('INVALID_FIGURE', at('value'))),
    row('population 0', `${path.join('.')}.step`, () => place(figureWith(text, { step: 0 })), rejects('INVALID_FIGURE', at('step'))),
    row('fractional count', `${path.join('.')}.decimals`, () => place(figureWith(text, { decimals: 1.5 })), rejects('INVALID_FIGURE', at('decimals'))),
    row('unknown option value', `${path.join('.')}.qualifier`, () => place(figureWith(text, { qualifier: 'roughly' })), rejects('INVALID_FIGURE', at('qualifier'))),
    row('NaN', `${path.join('.')}.rounded.high`, () => place(figureWith(text, { rounded: { low: 0, high: Number.NaN } })), rejects('INVALID_FIGURE', at('rounded', 'high'))),
    row('inconsistent fields', `${path.join('.')}.truncated (low above high)`, () => place(figureWith(text, { truncated: { low: 2, high: 1 } })), rejects('INVALID_FIGURE', at('truncated', 'high'))),
    row('array', `${path.join('.')}.interval`, () => place(figureWith(text, { interval: [0, 1] })), rejects('INVALID_FIGURE', at('interval'))),
    ...inconsistentFigureCases(place, path, text),
  ];
}

/** Bad `options` of the reconciliation functions (only `reading`). */
function readingOptionCases(place: (options: unknown) => readonly unknown[]): HostileCase[] {
  return [
    ...substitute('options', except(GENERIC, 'undefined', 'object'), place, rejects('INVALID_TYPE', ['options'])),
    row('unknown option value', 'options.reading', () => place({ reading: 'floor' }), rejects('INVALID_OPTION', ['options', 'reading'])),
    row('extra unknown field', 'options', () => place({ reading: 'either', tolerance: 1 }), rejects('INVALID_OPTION', ['options', 'tolerance'])),
  ];
}

/** Rows of an implied-count function: the count (a number or a printed count) and the coverage. */
function impliedCases(
  name: 'participants' | 'population',
  valid: {
    readonly count: number;
    readonly coverage: string;
    readonly check: (interval: unknown) => void;
    /**
     * The interval for a coverage of 1e-30 %, exact, not rounded to 0 %; `undefined` when no
     * whole number fits (the function then rejects the coverage with `INVALID_FIGURE`).
     */
    readonly tiny: unknown;
  },
): HostileCase[] {
  const coverage = () => figureData(valid.coverage);
  return [
    row('valid', `${name}, coverage`, () => [valid.count, coverage()], returns(valid.check)),
    row('valid', `${name} (a printed count)`, () => [figureData('8.911.770 jiwa'), coverage()], returns((interval) => expect(interval).toMatchObject({ low: expect.any(Number), high: expect.any(Number) }))),
    row('undefined', 'options', () => [valid.count, coverage(), undefined], returns(valid.check)),
    row('population 0', name, () => [0, coverage()], returns((interval) => expect((interval as { low: number }).low).toBe(0))),
    row(
      'valid',
      'coverage (a tiny percentage)',
      () => [valid.count, tinyCoverage()],
      valid.tiny === undefined ? rejects('INVALID_FIGURE', ['coverage']) : returns((interval) => expect(interval).toStrictEqual(valid.tiny)),
    ),
    ...substitute(name, except(NOT_COUNTS, 'null', 'undefined', 'empty string', 'boolean', 'number as string', 'object', 'array'), (count) => [count, coverage()], rejects('INVALID_COUNT', [name])),
    ...substitute(name, { null: null, undefined: undefined, boolean: true, 'empty string': '', 'number as string': '8911770' }, (count) => [count, coverage()], rejects('INVALID_TYPE', [name])),
    row('array', name, () => [[8_911_770], coverage()], rejects('INVALID_TYPE', [name])),
    row('object', name, () => [{ value: 8_911_770 }, coverage()], rejects('INVALID_FIGURE', [name, 'text'])),
    ...inconsistentFigureCases((figure) => [figure, coverage()], [name], '8.911.770 jiwa'),
    ...figureCases((figure) => [valid.count, figure], ['coverage'], valid.coverage),
    ...readingOptionCases((options) => [valid.count, coverage(), options]),
  ];
}

const reconcileSnapshotCases: HostileCase[] = [
  // Seed 000_ccb4cbd1960b7560 prints "8.911.770 jiwa ... 9.051.459 jiwa atau setara 99,46 %": a slipped digit of 98,46 %.
  row('valid', 'snapshot', () => [lampungRow({ printed: { coverage: figureData('99,46 %') } })], hasFields({ consistent: false, inconsistencies: [{ field: 'coverage', likelyCause: 'slipped-digit' }] })),
  row('valid', 'snapshot (no printed figures)', () => [lampungRow()], hasFields({ consistent: true, figures: [] })),
  row('population 0', 'snapshot.population', () => [lampungRow({ population: 0, participants: 0, printed: { coverage: figureData('0 %') } })], hasFields({ consistent: true, figures: [{ status: 'unknown', computed: undefined }] })),
  row('participants above population', 'snapshot.participants', () => [lampungRow({ population: 1000, participants: 1018, printed: { coverage: figureData('101,80 %') } })], hasFields({ consistent: true })),
  row('undefined', 'snapshot.activeParticipants', () => [lampungRow({ printed: { activityRate: { figure: figureData('67,85 %'), base: 'population' } } })], hasFields({ figures: [{ status: 'unknown' }] })),
  row('extra unknown field', 'snapshot.printed.headline', () => [lampungRow({ printed: { headline: 'x' } })], hasFields({ consistent: true, figures: [] })),
  row('valid', 'snapshot.printed.coverage (a tiny percentage)', () => [lampungRow({ printed: { coverage: tinyCoverage() } })], hasFields({ consistent: false })),
  ...substitute('snapshot', { ...except(GENERIC, 'object'), 'number as string': '18' }, (snapshot) => [snapshot], rejects('INVALID_TYPE', [])),
  ...substitute('snapshot.population', NOT_COUNTS, (population) => [counts({ population })], rejects('INVALID_COUNT', ['population'])),
  row('inconsistent fields', 'snapshot.activeParticipants', () => [counts({ activeParticipants: 8_911_771 })], rejects('INCONSISTENT_COUNTS', ['activeParticipants'])),
  ...substitute('snapshot.printed', except(GENERIC, 'undefined', 'object'), (printed) => [lampungRow({ printed })], rejects('INVALID_TYPE', ['printed'])),
  ...figureCases((figure) => [lampungRow({ printed: { coverage: figure } })], ['printed', 'coverage'], '98,46 %', hasFields({ consistent: true, figures: [] })),
  row('unknown option value', 'snapshot.printed.activityRate.base', () => [lampungRow({ printed: { activityRate: { figure: figureData('67,85 %'), base: 'households' } } })], rejects('INVALID_TYPE', ['printed', 'activityRate', 'base'])),
  row('null', 'snapshot.printed.activityRate', () => [lampungRow({ printed: { activityRate: null } })], rejects('INVALID_TYPE', ['printed', 'activityRate'])),
  // Issue 16: a count printed with a scale word is kept in countFigures and reconciled by its interval.
  row('valid', 'snapshot.countFigures.participants', () => [lampungRow({ participants: 8_910_000, countFigures: { participants: figureData('8,91 juta jiwa') }, printed: { coverage: figureData('98,46 %') } })], hasFields({ consistent: true, figures: [{ status: 'consistent', computedInterval: { low: expect.any(Number), high: expect.any(Number) } }] })),
  row('inconsistent fields', 'snapshot.countFigures.participants (not the count)', () => [lampungRow({ countFigures: { participants: figureData('8,91 juta jiwa') } })], rejects('INCONSISTENT_COUNTS', ['countFigures', 'participants', 'value'])),
  ...substitute('snapshot.countFigures', except(GENERIC, 'undefined', 'object'), (countFigures) => [lampungRow({ countFigures })], rejects('INVALID_TYPE', ['countFigures'])),
  ...inconsistentFigureCases((figure) => [lampungRow({ countFigures: { participants: figure } })], ['countFigures', 'participants'], '8.911.770 jiwa'),
  ...readingOptionCases((options) => [lampungRow(), options]),
];

const figuresAgreeCases: HostileCase[] = [
  // One count printed twice: seed 004_c85153b6b92f5600 "sebanyak 252,1 juta jiwa" and seed
  // 002_300703c94cbb4e75 "mencapai 252,17 juta jiwa"; they agree only if 252,1 was truncated.
  row('valid', 'a, b', () => [figureData('252,1 juta jiwa'), figureData('252,17 juta jiwa')], hasFields({ agree: true, readings: [{ a: 'truncated', b: 'rounded' }, { a: 'truncated', b: 'truncated' }] })),
  row('valid', 'options.reading', () => [figureData('252,1 juta jiwa'), figureData('252,17 juta jiwa'), { reading: 'rounded' }], hasFields({ agree: false, readings: [] })),
  row('undefined', 'options', () => [figureData('98 %'), figureData('98,4 %'), undefined], hasFields({ agree: true })),
  row('inconsistent fields', 'b (a count beside a percentage)', () => [figureData('98 %'), figureData('98 jiwa')], rejects('INVALID_INPUT', ['a', 'kind'])),
  row('extra unknown field', 'a.source', () => [{ ...figureData('98 %'), source: 'x' }, figureData('98 %')], hasFields({ agree: true })),
  ...figureCases((figure) => [figure, figureData('98,46 %')], ['a'], '98,46 %').filter((hostile) => hostile.where !== 'a.kind'),
  ...figureCases((figure) => [figureData('8.911.770 jiwa'), figure], ['b'], '8.911.770 jiwa').filter((hostile) => hostile.where !== 'b.kind'),
  ...readingOptionCases((options) => [figureData('98 %'), figureData('98 %'), options]),
];

export const RECONCILE_CATALOGUE: Catalogue = {
  reconcileSnapshot: { cases: reconcileSnapshotCases },
  figuresAgree: { cases: figuresAgreeCases },
  impliedPopulation: {
    cases: [
      ...impliedCases('participants', { count: 8_911_770, coverage: '98,46 %', check: (interval) => expect(interval).toMatchObject({ low: 9_050_239, high: 9_051_617 }), tiny: { low: Number.MAX_SAFE_INTEGER, high: Number.POSITIVE_INFINITY } }),
      row('inconsistent fields', 'coverage (less than 0 % with participants)', () => [5, figureData('kurang dari 0 %')], rejects('INVALID_FIGURE', ['coverage'])),
    ],
  },
  impliedParticipants: {
    cases: impliedCases('population', { count: 9_051_459, coverage: '98,46 %', check: (interval) => expect(interval).toMatchObject({ low: 8_911_614, high: 8_912_971 }), tiny: undefined }),
  },
  impliedUncovered: {
    cases: [
      ...impliedCases('participants', { count: 8_911_770, coverage: '98,46 %', check: (interval) => expect(interval).toMatchObject({ low: 138_469, high: 139_847 }), tiny: { low: Number.MAX_SAFE_INTEGER, high: Number.POSITIVE_INFINITY } }),
      row('participants above population', 'coverage (above 100 %)', () => [1018, figureData('101,80 %')], returns((interval) => expect(interval).toStrictEqual({ low: 0, high: 0 }))),
    ],
  },
};
