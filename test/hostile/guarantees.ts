import { expect } from 'vitest';
import { isUhcMetricsError, type UhcMetricsError } from '../../src/errors/uhc-metrics-error.js';

// The three guarantees every public function keeps, whatever it is given: it returns no NaN
// anywhere in its result, it throws nothing but UhcMetricsError, and it leaves its input as it was.

/** What a call did: returned a value or threw. */
export type CallOutcome =
  | { readonly kind: 'returned'; readonly value: unknown }
  | { readonly kind: 'threw'; readonly error: unknown };

/** Whether `value` is a typed array or a DataView: their elements are not properties to freeze. */
function isBufferView(value: object): value is ArrayBufferView {
  return ArrayBuffer.isView(value);
}

/**
 * Freezes `value` and everything reachable from it, in place, and returns it. A typed array with
 * elements cannot be frozen (the engine refuses); its contents are checked by comparison instead.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return value;
  seen.add(value);
  if (isBufferView(value)) return value;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) deepFreeze(descriptor.value as unknown, seen);
  }
  if (value instanceof Map) {
    for (const [key, item] of value) {
      deepFreeze(key as unknown, seen);
      deepFreeze(item as unknown, seen);
    }
  }
  if (value instanceof Set) for (const item of value) deepFreeze(item as unknown, seen);
  return Object.freeze(value);
}

/**
 * A deep copy for comparing an input before and after a call: like `structuredClone`, but it keeps
 * prototypes (a null-prototype object stays one), holes of sparse arrays, symbol keys and functions
 * (by reference: a ranking key's `value` cannot be cloned).
 */
export function copyDeep<T>(value: T, copies: Map<object, unknown> = new Map()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || typeof value === 'function') {
    return value;
  }
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  if (isBufferView(value)) {
    const copy = new (value.constructor as new (buffer: ArrayBufferLike) => ArrayBufferView)(value.buffer.slice(0));
    copies.set(value, copy);
    return copy as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof BigInt) {
    return Object(value.valueOf()) as T; // a boxed primitive: its value lives in an internal slot
  }
  if (value instanceof Error) {
    // A real Error (with the engine's internal error slot) of the same prototype, then its own properties.
    const copy = Object.setPrototypeOf(new Error(), Object.getPrototypeOf(value) as object) as Error;
    copies.set(value, copy);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
      if ('value' in descriptor) descriptor.value = copyDeep(descriptor.value as unknown, copies);
      Object.defineProperty(copy, key, { ...descriptor, writable: true, configurable: true });
    }
    return copy as T;
  }
  if (value instanceof Map) {
    const copy = new Map();
    copies.set(value, copy);
    for (const [key, item] of value) copy.set(copyDeep(key as unknown, copies), copyDeep(item as unknown, copies));
    return copy as T;
  }
  if (value instanceof Set) {
    const copy = new Set();
    copies.set(value, copy);
    for (const item of value) copy.add(copyDeep(item as unknown, copies));
    return copy as T;
  }
  const copy: object = Array.isArray(value) ? new Array(value.length) : Object.create(Object.getPrototypeOf(value));
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === 'length') continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if ('value' in descriptor) descriptor.value = copyDeep(descriptor.value as unknown, copies);
    // Writable and configurable, so that the copy can be compared without inheriting a freeze;
    // a getter (issue 17 rows) is kept as a getter, shared by reference like a function.
    Object.defineProperty(copy, key, 'value' in descriptor ? { ...descriptor, writable: true, configurable: true } : { ...descriptor, configurable: true });
  }
  return copy as T;
}

/**
 * The field of `parent` that hands the caller's input back as given (documented so), if any: an
 * issue's `value` (the offending input), a ranking entry's `item`, a series period's `snapshot`.
 * What they hold is the caller's, NaN included; they are not computed, so they are not walked.
 */
function echoedField(parent: object): string | undefined {
  const record = parent as Record<string, unknown>;
  if (typeof record['code'] === 'string' && Array.isArray(record['path']) && typeof record['message'] === 'string') {
    return 'value';
  }
  if (typeof record['rank'] === 'number' && typeof record['index'] === 'number' && 'item' in record) return 'item';
  if (typeof record['periodKey'] === 'string' && 'snapshot' in record) return 'snapshot';
  return undefined;
}

/** A Map key for a path, never throwing (a null-prototype object has no toString). */
function describeKey(key: unknown): string {
  return typeof key === 'object' && key !== null ? '{…}' : typeof key === 'symbol' ? key.toString() : String(key);
}

/** Every object reachable from `value` (own property values, map and set entries). */
function reachableObjects(value: unknown, found: WeakSet<object> = new WeakSet()): WeakSet<object> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || found.has(value)) return found;
  found.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) reachableObjects(descriptor.value as unknown, found);
  }
  if (value instanceof Map) for (const [key, item] of value) reachableObjects(item as unknown, reachableObjects(key as unknown, found));
  if (value instanceof Set) for (const item of value) reachableObjects(item as unknown, found);
  return found;
}

/**
 * Where the first NaN is inside `value`, or `undefined` when there is none. Fields that hand the
 * input back as given (see `echoedField`) are skipped: a NaN there is the caller's, not computed;
 * so are the objects already in `seen` (pass the input's objects to skip them).
 */
export function findNaN(value: unknown, path = '', seen: WeakSet<object> = new WeakSet()): string | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? path || '(the result)' : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (isBufferView(value)) {
    if (value instanceof DataView) return undefined;
    const elements = value as unknown as ArrayLike<number | bigint>;
    for (let index = 0; index < elements.length; index += 1) {
      const element = elements[index];
      if (typeof element === 'number' && Number.isNaN(element)) return `${path}[${index}]`;
    }
    return undefined;
  }
  if (value instanceof Map) {
    for (const [key, item] of value) {
      const found = findNaN(key, `${path}<key>`, seen) ?? findNaN(item, `${path}.get(${describeKey(key)})`, seen);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value instanceof Set) {
    for (const item of value) {
      const found = findNaN(item, `${path}<item>`, seen);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const echoed = echoedField(value);
  for (const key of Reflect.ownKeys(value)) {
    if (key === echoed) continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) continue;
    const found = findNaN(descriptor.value as unknown, `${path}.${String(key)}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether `value` is JSON-like data (primitives, plain objects, dense arrays), which structuredClone copies faithfully. */
function isPlainData(value: unknown, seen: WeakSet<object> = new WeakSet()): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false;
  if (typeof value !== 'object' || value === null) return true;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    if (Object.keys(value).length !== value.length) return false;
  } else if (Object.getPrototypeOf(value) !== Object.prototype) {
    return false;
  }
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  // A getter is not data, and reading it here would be a read the function under test never made.
  const descriptors = Object.values(Object.getOwnPropertyDescriptors(value));
  if (descriptors.some((descriptor) => !('value' in descriptor))) return false;
  return descriptors.every((descriptor) => isPlainData(descriptor.value, seen));
}

/** Runs `call` and reports what it did. */
export function outcomeOf(call: () => unknown): CallOutcome {
  try {
    return { kind: 'returned', value: call() };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

/** Describes a thrown value that is not the library's error, with its stack for finding the culprit. */
function foreignError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return String(error);
}

/**
 * Calls `fn` on arguments made by `makeArgs`, twice: once with the arguments deeply frozen (a write
 * to them throws a TypeError in strict code, failing the second guarantee) and once unfrozen,
 * compared afterwards with a copy taken before (a write the freeze would have stopped, a sort in
 * place). Checks the three guarantees and returns what the frozen call did.
 */
export function callKeepingGuarantees(
  fn: (...args: never[]) => unknown,
  makeArgs: () => readonly unknown[],
  construct = false,
): CallOutcome {
  const invoke = (args: readonly unknown[]): unknown =>
    construct
      ? Reflect.construct(fn as unknown as new (...a: unknown[]) => unknown, args)
      : (fn as (...a: unknown[]) => unknown)(...args);

  const frozenArgs = deepFreeze([...makeArgs()]);
  const outcome = outcomeOf(() => invoke(frozenArgs));
  if (outcome.kind === 'threw' && !isUhcMetricsError(outcome.error)) {
    expect.fail(`threw something other than UhcMetricsError: ${foreignError(outcome.error)}`);
  }
  if (outcome.kind === 'returned') {
    // Objects of the input handed back as given (a ranked item, a series' snapshot, an error's
    // issues) are the caller's: they are not walked, only what the function built is.
    const nan = findNaN(outcome.value, '', reachableObjects(frozenArgs));
    if (nan !== undefined) expect.fail(`returned NaN at ${nan}`);
  }

  const args = makeArgs();
  const before = copyDeep(args);
  // structuredClone where it is faithful (plain data); copyDeep also covers functions, errors, prototypes.
  const cloned = isPlainData(args) ? structuredClone(args) : undefined;
  const second = outcomeOf(() => invoke(args));
  if (second.kind === 'threw' && !isUhcMetricsError(second.error)) {
    expect.fail(`threw something other than UhcMetricsError on unfrozen input: ${foreignError(second.error)}`);
  }
  expect(args, 'the input was mutated').toStrictEqual(before);
  if (cloned !== undefined) expect(args, 'the input differs from its structuredClone').toStrictEqual(cloned);
  // Frozen or not, the same input gives the same kind of outcome.
  expect(second.kind).toBe(outcome.kind);
  return outcome;
}

/** The UhcMetricsError of an outcome that must be one. */
export function libraryErrorOf(outcome: CallOutcome): UhcMetricsError {
  if (outcome.kind !== 'threw') return expect.fail(`expected a UhcMetricsError, but it returned ${String(outcome.value)}`);
  return outcome.error as UhcMetricsError;
}
