import { UhcMetricsError, type Issue, type IssuePath, type UhcMetricsErrorCode } from '../errors/uhc-metrics-error.js';
import { runCallerCode } from './caller-code.js';
import { firstHole } from './dense-array.js';
import { describePath, describeValue } from './describe-value.js';
import { unknownKeyExpectation } from './nearest-key.js';

/**
 * Throws one {@link UhcMetricsError} whose message names the field and the value:
 * `population must be a non-negative safe integer, got -1`. A field that is `undefined` (absent,
 * inherited or given as `undefined`: the library reads them alike) is said to be missing:
 * `population must be a non-negative safe integer, but is missing`. `hint`, when given, follows
 * after `; `. Where the value is not what is wrong (a repeated row, an unknown key, an option the
 * call lacks), use {@link refuse}.
 */
export function fail(code: UhcMetricsErrorCode, path: IssuePath, value: unknown, expectation: string, hint?: string): never {
  const got = value === undefined ? ', but is missing' : `, got ${describeValue(value)}`;
  refuse(code, path, value, `${expectation}${got}${hint === undefined ? '' : `; ${hint}`}`);
}

/**
 * Throws one {@link UhcMetricsError} whose message is the path and `message`, without the value
 * (the error's `value` still holds it): for a problem that is not the field's value, such as a
 * hole, a row repeating an earlier one (the message names its region and date), or an option the
 * call needs and lacks.
 */
export function refuse(code: UhcMetricsErrorCode, path: IssuePath, value: unknown, message: string): never {
  throw new UhcMetricsError([{ code, path, value, message: `${describePath(path)} ${message}` }]);
}

/**
 * Throws `code` at `[...path, key]` for a key outside `known`, a misspelt option or field: the
 * message names the key, the nearest known one and the known ones, not the key's value.
 */
export function refuseUnknownKey(
  code: UhcMetricsErrorCode,
  path: IssuePath,
  key: string,
  value: unknown,
  known: readonly string[],
  what: 'option' | 'field',
): never {
  refuse(code, [...path, key], value, unknownKeyExpectation(key, known, what));
}

/**
 * Strings that `parseFigure` reads as a number, as news and BPJS tables print counts: digits,
 * with thousands dots (`9.051.459`) and a decimal comma, no leading zero, at most 15 digits before
 * the comma (below 2^53, past which parseFigure refuses a count) and 6 after. A sure subset,
 * checked without the parser, so that a count check alone stays small (test/internal checks the
 * subset).
 */
const PRINTED_NUMBER = /^\s*(?:[1-9]\d{0,2}(?:\.\d{3}){1,4}|[1-9]\d{0,14}|0)(?:,\d{1,6})?\s*$/;

/** The hint of a count given as printed text, which the count checks do not read. */
const PRINTED_COUNT_HINT = 'read printed counts with parseFigure';

/** Whether a value is a count of people, the test {@link assertCount} makes, without an error. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The hint of a `null` (JSON's "not reported") for an optional count, which only `createSnapshot` reads as absent. */
const NULL_COUNT_HINT = 'leave it out when not reported';

/**
 * A count of people: a finite, non-negative, safe integer. `optional` says the field may be left
 * out, which the message of a `null` then suggests.
 */
export function assertCount(value: unknown, path: IssuePath, optional = false): asserts value is number {
  if (!isCount(value)) {
    const hint =
      typeof value === 'string' && PRINTED_NUMBER.test(value)
        ? PRINTED_COUNT_HINT
        : value === null && optional
        ? NULL_COUNT_HINT
        : undefined;
    fail('INVALID_COUNT', path, value, 'must be a non-negative safe integer', hint);
  }
}

/** A finite number, optionally bounded below (inclusive) and above (inclusive). */
export function assertFiniteNumber(
  value: unknown,
  path: IssuePath,
  bounds: { readonly min?: number; readonly max?: number } = {},
): asserts value is number {
  const { min = -Infinity, max = Infinity } = bounds;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const range =
      min === -Infinity && max === Infinity
        ? ''
        : max === Infinity
        ? ` >= ${min}`
        : min === -Infinity
        ? ` <= ${max}`
        : ` in [${min}, ${max}]`;
    fail('INVALID_NUMBER', path, value, `must be a finite number${range}`);
  }
}

/**
 * `Array.isArray`, which throws on a revoked proxy: such a proxy is no array, and reading it next
 * (through `runCallerCode`) reports `INPUT_THREW`. A plain try keeps the smallest bundles small.
 */
function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A plain object (not null, not an array); the shape of options and records. */
export function assertRecord(value: unknown, path: IssuePath): asserts value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || isArray(value)) {
    fail('INVALID_TYPE', path, value, 'must be an object');
  }
}

/** `Array.isArray`, where what a revoked proxy throws is the caller's code failing at `path`. */
function isCallerArray(value: unknown, path: IssuePath): value is readonly unknown[] {
  return runCallerCode(path, () => Array.isArray(value));
}

/**
 * An array without holes (see `./dense-array.ts`): a hole is refused as `INVALID_TYPE` at its
 * index, found before anything is allocated by `length`. A revoked proxy is the caller's code
 * failing, not a value of the wrong type: `Array.isArray` throws on it (and only on it), which
 * reaches the caller as `INPUT_THREW` at `path`.
 */
export function assertArray(value: unknown, path: IssuePath): asserts value is readonly unknown[] {
  if (!isCallerArray(value, path)) fail('INVALID_TYPE', path, value, 'must be an array');
  const hole = firstHole(value, path);
  if (hole !== undefined) {
    refuse('INVALID_TYPE', [...path, hole], undefined, `must not be a hole (the array is sparse, of length ${value.length})`);
  }
}

/**
 * The elements of an array (checked by {@link assertArray}) as a private dense copy, each read
 * once: callers hold on to the copy and never read the input again. What a getter or a proxy
 * trap throws reaches the caller as `INPUT_THREW` at the element's path (a revoked proxy of the
 * array at the array's, by {@link assertArray}).
 */
export function readArray(value: unknown, path: IssuePath): unknown[] {
  assertArray(value, path);
  const copy = new Array<unknown>(value.length);
  for (let index = 0; index < copy.length; index += 1) {
    copy[index] = runCallerCode([...path, index], () => value[index]);
  }
  return copy;
}

/** One of a closed set of option values. */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], path: IssuePath): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail('INVALID_OPTION', path, value, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  }
}

/** An options object whose keys are all known; `undefined` stands for no options. */
export function assertOptions(
  value: unknown,
  known: readonly string[],
  path: IssuePath = ['options'],
): asserts value is Readonly<Record<string, unknown>> | undefined {
  if (value === undefined) return;
  assertRecord(value, path);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      refuseUnknownKey('INVALID_OPTION', path, key, value[key], known, 'option');
    }
  }
}

/**
 * Runs `check` and returns its result; when it throws a {@link UhcMetricsError}, appends that
 * error's issues to `issues` and returns `undefined` instead, so a validator can report every
 * problem at once. Any other error is rethrown.
 */
export function collectIssues<T>(issues: Issue[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (error instanceof UhcMetricsError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}
