import type { IssuePath, UhcMetricsErrorCode } from '../../src/errors/uhc-metrics-error.js';

/**
 * The classes of bad input of issue 8, plus `valid` for the well-formed calls the generic
 * guarantees are also checked on. Every class must appear somewhere in the catalogue.
 */
export const BAD_INPUTS = [
  'valid',
  'NaN',
  'Infinity',
  '-Infinity',
  'negative count',
  'fractional count',
  'number as string',
  'null',
  'undefined',
  'object',
  'array',
  'boolean',
  'impossible date 2023-02-30',
  'impossible date 2023-13-01',
  'empty string',
  'empty array',
  'population 0',
  'participants above population',
  'count above MAX_SAFE_INTEGER',
  'unknown region code',
  'duplicate snapshots',
  'conflicting snapshots',
  'unsorted series',
  'mixed regions',
  'unknown option value',
  'extra unknown field',
  // Beyond the issue's list: fields that contradict each other, repeated entries that are not
  // snapshots (targets, tier ids, option keys), and arrays with holes.
  'inconsistent fields',
  'duplicate entries',
  'sparse array',
  // Issue 17: a printed-figure object that breaks its own invariants (a value outside its own
  // interval, a negative level, an infinite bound, a step that is not one printed place). Every
  // entry point that takes a figure object must reject it the same way.
  'inconsistent figure',
] as const;

/** One class of bad input. */
export type BadInput = (typeof BAD_INPUTS)[number];

/** What a call must do: throw the library's error with this code and path, or return a value the check accepts. */
export type Expected =
  | { readonly code: UhcMetricsErrorCode; readonly path: IssuePath }
  | { readonly returns: (result: unknown) => void };

/** One row of the catalogue: which argument is bad and how, the arguments, the documented outcome. */
export interface HostileCase {
  /** The class of bad input. */
  readonly input: BadInput;
  /** Which argument or field holds it, e.g. `options.kind` or `snapshots[1].asOf`. */
  readonly where: string;
  /** Builds fresh arguments for each call (they are frozen in place for one of the two calls). */
  readonly args: () => readonly unknown[];
  /** The documented outcome. */
  readonly expected: Expected;
}

/** A function's rows; `construct` for a class, called with `new`. */
interface CatalogueEntry {
  readonly construct?: boolean;
  readonly cases: readonly HostileCase[];
}

/** Export name to entry. */
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

/** Expect a UhcMetricsError with `code` whose first issue is at `path`. */
export function rejects(code: UhcMetricsErrorCode, path: IssuePath): Expected {
  return { code, path };
}

/** Expect a return value that `check` accepts (it throws, through `expect`, when it does not). */
export function returns(check: (result: unknown) => void): Expected {
  return { returns: check };
}

/** Values of the generic classes, for substituting into one argument or field. */
export const GENERIC: Readonly<Partial<Record<BadInput, unknown>>> = Object.freeze({
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  null: null,
  undefined: undefined,
  object: Object.freeze({ value: 1 }),
  array: Object.freeze([1]),
  boolean: true,
  'empty string': '',
});

/** Generic values plus the ways a count goes wrong. */
export const NOT_COUNTS: Readonly<Partial<Record<BadInput, unknown>>> = Object.freeze({
  ...GENERIC,
  'negative count': -1,
  'fractional count': 1.5,
  'number as string': '100',
  'count above MAX_SAFE_INTEGER': Number.MAX_SAFE_INTEGER + 2,
});

/** Generic values plus impossible dates and a number where a date string is expected. */
export const NOT_DATES: Readonly<Partial<Record<BadInput, unknown>>> = Object.freeze({
  ...GENERIC,
  'impossible date 2023-02-30': '2023-02-30',
  'impossible date 2023-13-01': '2023-13-01',
  'number as string': '20230101',
});

/** Generic values where a string is expected (an empty string is usually its own case). */
export const NOT_STRINGS: Readonly<Partial<Record<BadInput, unknown>>> = Object.freeze({
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  null: null,
  undefined: undefined,
  object: Object.freeze({ text: '1' }),
  array: Object.freeze(['1']),
  boolean: false,
});

/** `values` without the listed classes (handled by a row of their own). */
export function except(
  values: Readonly<Partial<Record<BadInput, unknown>>>,
  ...left: readonly BadInput[]
): Readonly<Partial<Record<BadInput, unknown>>> {
  return Object.fromEntries(Object.entries(values).filter(([input]) => !left.includes(input as BadInput)));
}

/**
 * One row per value: `place` puts the value where it belongs in otherwise valid arguments, and
 * every row expects the same outcome.
 */
export function substitute(
  where: string,
  values: Readonly<Partial<Record<BadInput, unknown>>>,
  place: (value: unknown) => readonly unknown[],
  expected: Expected,
): HostileCase[] {
  return Object.entries(values).map(([input, value]) => ({
    input: input as BadInput,
    where,
    args: () => place(value),
    expected,
  }));
}

/** One row. */
export function row(input: BadInput, where: string, args: () => readonly unknown[], expected: Expected): HostileCase {
  return { input, where, args, expected };
}
