import { expect } from 'vitest';
import {
  GENERIC,
  NOT_STRINGS,
  except,
  rejects,
  row,
  substitute,
  type Catalogue,
  type HostileCase,
} from '../hostile-case.js';
import { equals, hasFields, safeIssue, safeOutput } from './expect-helpers.js';

// Figures: parsing printed figures, intervals, formatting.

/** Bad options objects every function taking `options` rejects the same way. */
function badOptions(
  place: (options: unknown) => readonly unknown[],
  unknownValue: Readonly<Record<string, unknown>>,
  unknownValuePath: readonly (string | number)[],
  expectIssue: typeof rejects = rejects,
): HostileCase[] {
  return [
    ...substitute('options', except(GENERIC, 'undefined', 'object'), place, expectIssue('INVALID_TYPE', ['options'])),
    row('unknown option value', 'options', () => place(unknownValue), expectIssue('INVALID_OPTION', unknownValuePath)),
    row('extra unknown field', 'options', () => place({ colour: 'red' }), expectIssue('INVALID_OPTION', ['options', 'colour'])),
  ];
}

const parseFigureCases: HostileCase[] = [
  row('valid', 'text', () => ['252,17 juta jiwa'], hasFields({ kind: 'count', value: 252_170_000, step: 10_000 })),
  row('valid', 'text', () => ['99,46 %', undefined], hasFields({ kind: 'percent', value: 99.46 })),
  ...substitute('text', NOT_STRINGS, (text) => [text], rejects('INVALID_TYPE', ['text'])),
  row('empty string', 'text', () => [''], rejects('INVALID_FIGURE', ['text'])),
  row('empty string', 'text (whitespace only)', () => [' \t\n '], rejects('INVALID_FIGURE', ['text'])),
  row('NaN', 'text (the word)', () => ['NaN'], rejects('INVALID_FIGURE', ['text'])),
  row('Infinity', 'text (the word)', () => ['Infinity'], rejects('INVALID_FIGURE', ['text'])),
  row('negative count', 'text', () => ['-5 jiwa'], rejects('INVALID_FIGURE', ['text'])),
  // Documented: a count printed with more decimals than its scale word absorbs keeps its fraction.
  row('fractional count', 'text', () => ['1,5 jiwa'], hasFields({ kind: 'count', value: 1.5, decimals: 1 })),
  row('count above MAX_SAFE_INTEGER', 'text', () => ['9.007.199.254.740.993'], rejects('INVALID_FIGURE', ['text'])),
  row('count above MAX_SAFE_INTEGER', 'text', () => ['10 triliun triliun'], rejects('INVALID_FIGURE', ['text'])),
  row('object', 'options.kind', () => ['98%', { kind: { name: 'percent' } }], rejects('INVALID_OPTION', ['options', 'kind'])),
  row('unknown option value', 'options.kind', () => ['98%', { kind: 'money' }], rejects('INVALID_OPTION', ['options', 'kind'])),
  row('null', 'options.locale', () => ['98%', { locale: null }], rejects('INVALID_OPTION', ['options', 'locale'])),
  ...badOptions((options) => ['98%', options], { locale: 'fr' }, ['options', 'locale']),
];

/** safeParseFigure: the issue parseFigure would throw, returned. */
const safeParseFigureCases: HostileCase[] = [
  row('valid', 'text', () => ['80,62 persen'], safeOutput((output) => expect(output).toMatchObject({ value: 80.62 }))),
  ...substitute('text', NOT_STRINGS, (text) => [text], safeIssue('INVALID_TYPE', ['text'])),
  row('empty string', 'text', () => [''], safeIssue('INVALID_FIGURE', ['text'])),
  row('NaN', 'text (the word)', () => ['NaN'], safeIssue('INVALID_FIGURE', ['text'])),
  row('negative count', 'text', () => ['-5'], safeIssue('INVALID_FIGURE', ['text'])),
  row('count above MAX_SAFE_INTEGER', 'text', () => ['9007199254740993'], safeIssue('INVALID_FIGURE', ['text'])),
  ...badOptions((options) => ['98%', options], { kind: 'money' }, ['options', 'kind'], safeIssue),
];

/** An interval argument: checked shape, `Infinity` ends allowed, never NaN, low <= high. */
function intervalCases(
  place: (interval: unknown) => readonly unknown[],
  name: string,
): HostileCase[] {
  return [
    ...substitute(name, { ...except(GENERIC, 'object'), 'number as string': '1' }, place, rejects('INVALID_TYPE', [name])),
    row('NaN', `${name}.low`, () => place({ low: Number.NaN, high: 1 }), rejects('INVALID_NUMBER', [name, 'low'])),
    row('NaN', `${name}.high`, () => place({ low: 0, high: Number.NaN }), rejects('INVALID_NUMBER', [name, 'high'])),
    row('number as string', `${name}.low`, () => place({ low: '0', high: 1 }), rejects('INVALID_NUMBER', [name, 'low'])),
    row('null', `${name}.high`, () => place({ low: 0, high: null }), rejects('INVALID_NUMBER', [name, 'high'])),
    row('object', name, () => place({}), rejects('INVALID_NUMBER', [name, 'low'])),
    row('inconsistent fields', `${name} (low above high)`, () => place({ low: 2, high: 1 }), rejects('INVALID_NUMBER', [name, 'high'])),
  ];
}

const intervalsOverlapCases: HostileCase[] = [
  row('valid', 'a, b', () => [{ low: 0, high: 1 }, { low: 1, high: 2 }], equals(true)),
  row('Infinity', 'a', () => [{ low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY }, { low: 5, high: 5 }], equals(true)),
  // Extra fields are allowed: a PrintedFigure's intervals and any object with low and high will do.
  row('extra unknown field', 'a', () => [{ low: 0, high: 1, note: 'x' }, { low: 3, high: 4 }], equals(false)),
  ...intervalCases((interval) => [interval, { low: 0, high: 1 }], 'a'),
  ...intervalCases((interval) => [{ low: 0, high: 1 }, interval], 'b'),
];

const intervalContainsCases: HostileCase[] = [
  row('valid', 'interval, value', () => [{ low: 252_165_000, high: 252_175_000 }, 252_170_000], equals(true)),
  row('Infinity', 'interval.high', () => [{ low: 250_000_000, high: Number.POSITIVE_INFINITY }, 1e15], equals(true)),
  ...intervalCases((interval) => [interval, 1], 'interval'),
  ...substitute('value', { ...GENERIC, 'number as string': '1' }, (value) => [{ low: 0, high: 2 }, value], rejects('INVALID_NUMBER', ['value'])),
];

/** A number to format: finite, anything else is INVALID_NUMBER at `name`. */
function notFiniteNumbers(name: string, place: (value: unknown) => readonly unknown[]): HostileCase[] {
  return substitute(name, { ...GENERIC, 'number as string': '98' }, place, rejects('INVALID_NUMBER', [name]));
}

/** Like {@link notFiniteNumbers}, but `undefined` (an undefined metric) passes through as `undefined`. */
function notFiniteOrUndefined(name: string, place: (value: unknown) => readonly unknown[]): HostileCase[] {
  return [
    ...substitute(name, { ...except(GENERIC, 'undefined'), 'number as string': '98' }, place, rejects('INVALID_NUMBER', [name])),
    row('undefined', name, () => place(undefined), equals(undefined)),
  ];
}

/** `decimals` options outside 0-20, or not an integer. */
function badDecimals(place: (decimals: unknown) => readonly unknown[]): HostileCase[] {
  return substitute(
    'options.decimals',
    { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, 'negative count': -1, 'fractional count': 1.5, 'number as string': '2', null: null, 'unknown option value': 21 },
    place,
    rejects('INVALID_OPTION', ['options', 'decimals']),
  );
}

const formatCountCases: HostileCase[] = [
  row('valid', 'count', () => [8_911_770], equals('8.911.770')),
  row('valid', 'count', () => [252_170_000, { scale: 'auto', locale: 'id' }], equals('252,17 juta')),
  row('population 0', 'count', () => [0], equals('0')),
  row('valid', 'count (the largest)', () => [Number.MAX_SAFE_INTEGER, { locale: 'en' }], equals('9,007,199,254,740,991')),
  // Issue 17: "9007,2 triliun" would not read back as a count; the documented refusal.
  row('count above MAX_SAFE_INTEGER', 'count (the largest, scaled, rounds past it)', () => [Number.MAX_SAFE_INTEGER, { scale: 'auto' }], rejects('INVALID_COUNT', ['count'])),
  row('valid', 'count (the largest, scaled with enough decimals)', () => [Number.MAX_SAFE_INTEGER, { scale: 'auto', decimals: 3 }], equals('9007,199 triliun')),
  ...substitute(
    'count',
    {
      ...GENERIC,
      'negative count': -1,
      'fractional count': 1.5,
      'number as string': '8.911.770',
      'count above MAX_SAFE_INTEGER': Number.MAX_SAFE_INTEGER + 2,
    },
    (count) => [count],
    rejects('INVALID_COUNT', ['count']),
  ),
  row('unknown option value', 'options.scale', () => [1, { scale: 'huge' }], rejects('INVALID_OPTION', ['options', 'scale'])),
  row('inconsistent fields', 'options.decimals without scale', () => [1, { decimals: 2 }], rejects('INVALID_OPTION', ['options', 'decimals'])),
  ...badDecimals((decimals) => [1, { scale: 'auto', decimals }]),
  ...badOptions((options) => [1, options], { locale: 'fr' }, ['options', 'locale']),
];

const formatPercentCases: HostileCase[] = [
  row('valid', 'pct', () => [98.456], equals('98,46%')),
  row('valid', 'pct', () => [98.456, { locale: 'en', decimals: 1 }], equals('98.5%')),
  // Documented: any finite number, negative too; a negative zero prints without its sign.
  row('negative count', 'pct', () => [-1.5], equals('-1,50%')),
  row('negative count', 'pct', () => [-0.001], equals('0,00%')),
  ...notFiniteOrUndefined('pct', (pct) => [pct]),
  ...badDecimals((decimals) => [1, { decimals }]),
  ...badOptions((options) => [1, options], { locale: 'fr' }, ['options', 'locale']),
];

const formatPpCases: HostileCase[] = [
  row('valid', 'pp', () => [1.5], equals('+1,50 pp')),
  row('negative count', 'pp', () => [-0.4, { locale: 'en', decimals: 1 }], equals('-0.4 pp')),
  ...notFiniteOrUndefined('pp', (pp) => [pp]),
  ...badDecimals((decimals) => [1, { decimals }]),
  ...badOptions((options) => [1, options], { locale: 'fr' }, ['options', 'locale']),
];

export const FIGURES_CATALOGUE: Catalogue = {
  parseFigure: { cases: parseFigureCases },
  safeParseFigure: { cases: safeParseFigureCases },
  intervalsOverlap: { cases: intervalsOverlapCases },
  intervalContains: { cases: intervalContainsCases },
  formatCount: { cases: formatCountCases },
  formatPercent: { cases: formatPercentCases },
  formatPp: { cases: formatPpCases },
};
