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
  // Issue 17. Class 3, work from input shape: an array of length 2^32 - 1 over a few elements,
  // condition objects listed at many places or inside themselves. Class 4, message size: a
  // megabyte key, many bad rows. Classes 1, 2 and 7 (awards and ranking here; the other
  // folders in their own rows): a field that answers differently when read again, a field
  // inherited from the prototype, -0, and the caller's own code throwing.
  'huge sparse array',
  'shared sub-objects',
  'self-containing object',
  'megabyte key',
  'many bad rows',
  'field changing between reads',
  'inherited field',
  'negative zero',
  'throwing caller code',
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

/** A key of one megabyte: messages quote at most a prefix of it (issue 17, class 4). */
export const MEGABYTE_KEY: string = 'k'.repeat(1 << 20);

/** An array of length 2^32 - 1 holding only `elements` at its start: a hole follows them. */
export function hugeSparse(...elements: readonly unknown[]): unknown[] {
  const array: unknown[] = [...elements];
  array.length = 2 ** 32 - 1;
  return array;
}

/** A shallow copy of a record or an array, still an array when it was one. */
function copyOf(record: object): object {
  return Array.isArray(record) ? [...(record as unknown[])] : { ...record };
}

/**
 * A record whose `key` is a getter answering `values` in turn (the last one from then on): a
 * field read twice would see two values.
 */
export function changingField(record: object, key: string, ...values: readonly unknown[]): object {
  let reads = 0;
  return Object.defineProperty(copyOf(record), key, {
    enumerable: true,
    get: () => values[Math.min(reads++, values.length - 1)],
  });
}

/**
 * A record whose `key` is a getter that throws the first time it is read (the caller's code
 * failing), then answers `value`, so the input can still be compared after the call.
 */
export function throwingField(record: object, key: string, value: unknown): object {
  let thrown = false;
  return Object.defineProperty(copyOf(record), key, {
    enumerable: true,
    get: () => {
      if (thrown) return value;
      thrown = true;
      throw new RangeError('the caller\'s getter failed');
    },
  });
}
