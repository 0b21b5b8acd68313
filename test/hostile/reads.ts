import { expect } from 'vitest';
import { isUhcMetricsError, type IssuePath, type UhcMetricsError } from '../../src/errors/uhc-metrics-error.js';
import type { CallOutcome } from './guarantees.js';

// Hostile inputs of issue 17, classes 1, 2 and 7, built from any well-formed arguments: fields
// behind getters (counted, and poisoned after their first read), fields whose getter throws,
// revoked proxies, a polluted Object.prototype and negative zeros. Used by ./reads.test.ts over
// every row of the catalogue and by the property laws of test/laws.

/** A path into the arguments: the argument's index first, then keys and indexes. */
export type ArgPath = readonly (string | number)[];

/** Whether the library may be handed a rebuilt `value`: a plain object or an array the caller made (not one the library froze). */
function isRebuildable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** Every path to a field of a rebuildable object inside the arguments (argument index first). */
export function fieldPaths(args: readonly unknown[]): ArgPath[] {
  const inside = (value: unknown, prefix: ArgPath): ArgPath[] =>
    isRebuildable(value)
      ? Object.keys(value).flatMap((key) => {
          const path = [...prefix, Array.isArray(value) ? Number(key) : key];
          return [path, ...inside((value as Record<string, unknown>)[key], path)];
        })
      : [];
  return args.flatMap((arg, index) => inside(arg, [index]));
}

/** Every path to a rebuildable object inside the arguments, the arguments themselves included. */
export function objectPaths(args: readonly unknown[]): ArgPath[] {
  const inside = (value: unknown, path: ArgPath): ArgPath[] =>
    isRebuildable(value)
      ? [
          path,
          ...Object.keys(value)
            // A getter of the catalogue's own is kept as it is by rebuild: nothing inside it is replaced.
            .filter((key) => Object.getOwnPropertyDescriptor(value, key)?.get === undefined)
            .flatMap((key) => inside((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key])),
        ]
      : [];
  return args.flatMap((arg, index) => inside(arg, [index]));
}

/**
 * `value` rebuilt: every field of every rebuildable object (holes stay holes, prototypes are
 * kept) becomes what `field` makes of its path and its rebuilt value; `object` may replace an
 * object whole. Objects the library froze, functions and other kinds are kept as they are.
 */
export function rebuild(
  value: unknown,
  field: (path: ArgPath, inner: unknown) => PropertyDescriptor,
  object: (path: ArgPath, rebuilt: object) => object = (_, rebuilt) => rebuilt,
  path: ArgPath,
): unknown {
  if (!isRebuildable(value)) return value;
  const copy: object = Array.isArray(value) ? new Array(value.length) : Object.create(Object.getPrototypeOf(value) as object | null);
  for (const key of Object.keys(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    const given = Object.getOwnPropertyDescriptor(value, key);
    // A getter of the catalogue's own (caller code that throws or changes) is kept as it is:
    // reading it here would run that code before the library is called.
    if (given?.get !== undefined) {
      Object.defineProperty(copy, key, given);
      continue;
    }
    const inner = rebuild((value as Record<string, unknown>)[key], field, object, at);
    Object.defineProperty(copy, key, { ...field(at, inner), enumerable: true, configurable: true });
  }
  return object(path, copy);
}

/** The arguments, each rebuilt (an argument itself is never a getter: it is passed, not read). */
function rebuildArgs(
  args: readonly unknown[],
  field: (path: ArgPath, inner: unknown) => PropertyDescriptor,
  object?: (path: ArgPath, rebuilt: object) => object,
): unknown[] {
  return args.map((arg, index) => rebuild(arg, field, object, [index]));
}

/**
 * What the counted getters of {@link withCountedGetters} saw: reads per field path. Once
 * `settled` is set (the call returned), reads are neither counted nor poisoned: a result may hand
 * a part of the input back as given (a series period's snapshot), and comparing it reads it.
 */
export type ReadCounts = Map<string, number> & { settled?: boolean };

/**
 * `args` with every field behind a getter that counts its reads in `reads`, gives the value to
 * the first read and `poison` to every later one (a check reads it, then the use gets NaN).
 */
export function withCountedGetters(args: readonly unknown[], reads: ReadCounts, poison: unknown = Number.NaN): unknown[] {
  return rebuildArgs(args, (path, inner) => {
    const key = JSON.stringify(path);
    return {
      get: (): unknown => {
        if (reads.settled === true) return inner;
        const count = (reads.get(key) ?? 0) + 1;
        reads.set(key, count);
        return count === 1 ? inner : poison;
      },
    };
  });
}

/** `args` with the field at `target` behind a getter that throws `thrown`; every other field plain. */
export function withThrowingGetter(args: readonly unknown[], target: ArgPath, thrown: unknown): unknown[] {
  const key = JSON.stringify(target);
  return rebuildArgs(args, (path, inner) =>
    JSON.stringify(path) === key
      ? {
          get: (): never => {
            throw thrown;
          },
        }
      : { value: inner, writable: true },
  );
}

/** `args` with the object at `target` replaced by a revoked proxy of it. */
export function withRevokedProxy(args: readonly unknown[], target: ArgPath): unknown[] {
  const key = JSON.stringify(target);
  return rebuildArgs(
    args,
    (_, inner) => ({ value: inner, writable: true }),
    (path, rebuilt) => {
      if (JSON.stringify(path) !== key) return rebuilt;
      const { proxy, revoke } = Proxy.revocable(rebuilt, {});
      revoke();
      return proxy;
    },
  );
}

/** `args` with every number `0` made `-0` (as `JSON.parse('-0')` gives it). */
export function withNegativeZeros(args: readonly unknown[]): unknown[] {
  const flip = (value: unknown): unknown => (value === 0 ? -0 : value);
  return rebuildArgs(args, (_, inner) => ({ value: flip(inner), writable: true })).map(flip);
}

/** Where the first `-0` inside `value` is, or `undefined` (functions and library-frozen inputs are walked too: they are results). */
export function findNegativeZero(value: unknown, path = '', seen: WeakSet<object> = new WeakSet()): string | undefined {
  if (typeof value === 'number') return Object.is(value, -0) ? path || '(the result)' : undefined;
  if (typeof value === 'string') return /(?<!\d)-0(?:[,.]0+)?(?![\d,.])/u.test(value) ? `${path || '(the result)'}: ${value}` : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return undefined;
  seen.add(value);
  const entries: [string, unknown][] =
    value instanceof Map ? [...value].map(([key, item]) => [`.get(${String(key)})`, item]) : Object.entries(value).map(([key, item]) => [`.${key}`, item]);
  for (const [key, item] of entries) {
    const found = findNegativeZero(item, `${path}${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `outcome` with every object of `args` it hands back as given (a series period's snapshot) shown
 * as a marker: those are the caller's, -0 and all, not what the function computed.
 */
export function withoutEchoes(outcome: CallOutcome, args: readonly unknown[]): CallOutcome {
  if (outcome.kind === 'threw') return outcome;
  const given = new Set<unknown>();
  const collect = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || given.has(value)) return;
    given.add(value);
    for (const item of Object.values(value)) collect(item);
  };
  args.forEach(collect);
  const strip = (value: unknown): unknown => {
    if (given.has(value)) return '<echoed input>';
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]));
  };
  return { kind: 'returned', value: strip(outcome.value) };
}

/** The library error of an outcome, or of a safe function's failure (returned, not thrown). */
export function reportedError(outcome: CallOutcome): { code: string; path: IssuePath; error?: UhcMetricsError } | undefined {
  if (outcome.kind === 'threw') {
    if (!isUhcMetricsError(outcome.error)) return expect.fail(`threw something other than UhcMetricsError: ${String(outcome.error)}`);
    return { code: outcome.error.code, path: outcome.error.path, error: outcome.error };
  }
  const result = outcome.value as { success?: unknown; issues?: readonly { code: string; path: IssuePath }[] } | undefined;
  if (typeof result === 'object' && result !== null && result.success === false && Array.isArray(result.issues)) {
    const [first] = result.issues;
    return first === undefined ? undefined : { code: first.code, path: first.path };
  }
  return undefined;
}

/** Expects two outcomes to be the same: equal results, or errors with the same code and path. */
export function expectSameOutcome(actual: CallOutcome, expected: CallOutcome): void {
  const expectedError = reportedError(expected);
  if (expectedError !== undefined) {
    const actualError = reportedError(actual);
    expect(actualError && { code: actualError.code, path: actualError.path }).toStrictEqual({ code: expectedError.code, path: expectedError.path });
    return;
  }
  if (actual.kind === 'threw') return expect.fail(`expected a result, but it threw ${String(actual.error)}`);
  expect(actual.value).toStrictEqual((expected as { value: unknown }).value);
}

/**
 * Keys an attacker (or a careless library) puts on `Object.prototype`, each with a value the
 * library would accept where the key is read: options, optional fields, flags.
 */
export const POLLUTION: Readonly<Record<string, unknown>> = Object.freeze({
  locale: 'en',
  kind: 'percent',
  flags: Object.freeze({ healthFacilityReady: false }),
  activeParticipants: 1,
  segments: Object.freeze({ pbpu: 1 }),
  printed: Object.freeze({ coverage: '1 %' }),
  source: Object.freeze({ published: '2020-01-01' }),
  populationPeriod: '2020',
  validUntil: '2020-06-01',
  deadline: '2020-06-01',
  note: 'polluted',
  base: 'population',
  to: 'province',
  level: 'province',
  period: 'year',
  method: 'least-squares',
  reading: 'exact',
  dayFormat: 'mdy',
  unknownFields: 'reject',
  unknownColumns: 'reject',
  scale: 'juta',
  decimals: 5,
  province: '11',
  levels: Object.freeze(['village']),
  asOf: '2020-01-01',
  name: 'polluted',
  expectedChildren: Object.freeze({}),
  tie: 'ordinal',
  targets: Object.freeze([]),
  target: 'polluted',
  0: 'polluted',
});

/** Runs `call` with `Object.prototype[key]` set to `value`, and always removes it again. */
export function withPollutedPrototype<T>(key: string, value: unknown, call: () => T): T {
  const prototype = Object.prototype as Record<string, unknown>;
  prototype[key] = value;
  try {
    return call();
  } finally {
    delete prototype[key];
  }
}
