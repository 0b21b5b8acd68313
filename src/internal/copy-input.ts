import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { rethrowFromCallerCode } from './caller-code.js';

/** Objects that {@link copyInput} hands on as they are: values the library built and knows by identity. */
const KEPT: WeakSet<object> = /* @__PURE__ */ new WeakSet();

/**
 * Marks a value the library built and recognises by identity (a `SnapshotTable`), so that
 * {@link copyInput} keeps it instead of copying it. Returns `value`.
 */
export function keepAsGiven<T extends object>(value: T): T {
  KEPT.add(value);
  return value;
}

/**
 * The own field `key` of an object the library built itself (a kept target, an internal record),
 * `undefined` when it is absent: an absent optional field must not be looked up on a polluted
 * `Object.prototype`.
 */
export function ownField(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Readonly<Record<string, unknown>>)[key] : undefined;
}

/**
 * The own field `key` of the caller's object, read once, `undefined` when it is not an own field,
 * `-0` as `0`: for functions that read a few fields of a large object (the counts of a snapshot)
 * where copying the whole of it would cost more than the work.
 *
 * @throws {@link UhcMetricsError} `INPUT_THREW` at `[...path, key]` when the caller's code throws
 *   while the field is read (a getter, a proxy trap), with the original as `cause`
 */
export function readOwnField(record: object, key: string, path: IssuePath): unknown {
  let found: unknown;
  try {
    found = Object.hasOwn(record, key) ? (record as Readonly<Record<string, unknown>>)[key] : undefined;
  } catch (error) {
    rethrowFromCallerCode([...path, key], error);
  }
  return found === 0 ? 0 : found;
}

/**
 * A private copy of a record's own enumerable string-keyed fields, each read exactly once, on a
 * null prototype, one level deep: for readers that check each nested value themselves (award
 * schemes, whose shared sub-objects are recognised by identity). `-0` stays as given; those
 * readers normalise it where they use a number.
 *
 * @throws {@link UhcMetricsError} `INPUT_THREW` at the record's path when listing its keys throws,
 *   at the field's path when reading a field throws, with the original as `cause`
 */
export function readOwnFields(record: object, path: IssuePath): Readonly<Record<string, unknown>> {
  let keys: readonly string[] = [];
  try {
    keys = Object.keys(record);
  } catch (error) {
    rethrowFromCallerCode(path, error);
  }
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    try {
      copy[key] = (record as Readonly<Record<string, unknown>>)[key];
    } catch (error) {
      rethrowFromCallerCode([...path, key], error);
    }
  }
  return copy;
}

/**
 * A plain object whose own enumerable fields were read once already, in the object's key order,
 * into `fields` (a private record): see {@link copyInput}.
 */
export interface AlreadyRead {
  readonly original: object;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Arrays longer than this are walked by their own keys, not index by index: a hole-only array may claim 2^32 - 1. */
const INDEX_WALK_LIMIT = 1 << 16;

/** One object still to copy: where it is in the input and the copy its fields go into. */
interface Pending {
  readonly source: object;
  readonly copy: Record<string, unknown>;
  readonly path: IssuePath;
  readonly isArray: boolean;
}

/**
 * The caller's input read once into a private copy, which the library then reads as often as it
 * likes. Every field is read exactly once (a getter cannot give one value to a check and another
 * to the use), own enumerable properties only (a polluted `Object.prototype` adds nothing: copied
 * objects have no prototype), and a `-0` becomes `0` (it arrives from `JSON.parse('-0')`).
 *
 * Plain objects and arrays are copied, however deep (without recursion, cycles included; holes
 * stay holes). Anything else is handed on as it is: primitives, functions, values marked with
 * {@link keepAsGiven}, and objects of another kind (a `Date`, a `Map`, a typed array), which the
 * library only type-checks.
 *
 * `originals`, when given, learns each copy's original: for results that hand a part of the
 * input back as given (a series period's snapshot).
 *
 * `alreadyRead`, when given, holds the own fields of the plain object `alreadyRead.original`,
 * each already read once by the caller of this function: that object is copied from them, not
 * read again, wherever it occurs (the snapshot reader reads a row's fields itself and copies
 * only a row that holds an object).
 *
 * @throws {@link UhcMetricsError} `INPUT_THREW` at the path of the field when the caller's code
 *   throws while it is read (a getter, a proxy trap, a revoked proxy), with the original as `cause`
 */
export function copyInput<T>(value: T, path: IssuePath, originals?: Map<object, object>, alreadyRead?: AlreadyRead): T {
  const copies = new Map<object, Record<string, unknown>>();
  const pending: Pending[] = [];

  /** The copy of one value found at `at`: itself, a copy scheduled for filling, or a known copy. */
  const copyOf = (found: unknown, at: () => IssuePath): unknown => {
    if (typeof found === 'number') return found === 0 ? 0 : found;
    if (typeof found !== 'object' || found === null || KEPT.has(found)) return found;
    const known = copies.get(found);
    if (known !== undefined) return known;
    if (found === alreadyRead?.original) {
      // Its fields were read once already: copy those, and ask the caller's object nothing more.
      const copy = Object.create(null) as Record<string, unknown>;
      copies.set(found, copy);
      originals?.set(copy, found);
      pending.push({ source: alreadyRead.fields, copy, path: at(), isArray: false });
      return copy;
    }
    let isArray = false;
    let prototype: unknown = null;
    try {
      isArray = Array.isArray(found);
      prototype = Object.getPrototypeOf(found);
    } catch (error) {
      rethrowFromCallerCode(at(), error);
    }
    if (!isArray && prototype !== Object.prototype && prototype !== null) return found;
    const copy = (isArray ? [] : Object.create(null)) as Record<string, unknown>;
    copies.set(found, copy);
    originals?.set(copy, found);
    pending.push({ source: found, copy, path: at(), isArray });
    return copy;
  };

  const top = copyOf(value, () => path);
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { source, copy, path: itemPath, isArray } = item;
    const fields = source as Readonly<Record<string, unknown>>;
    let keys: readonly string[] | undefined;
    let length = 0;
    try {
      if (isArray) length = validLength((source as readonly unknown[]).length);
      keys = isArray && length <= INDEX_WALK_LIMIT ? undefined : Object.keys(source);
    } catch (error) {
      rethrowFromCallerCode(itemPath, error);
    }
    if (isArray) (copy as unknown as unknown[]).length = length;
    const copyField = (key: string, at: string | number): void => {
      let found: unknown;
      try {
        found = fields[key];
      } catch (error) {
        rethrowFromCallerCode([...itemPath, at], error);
      }
      copy[key] = copyOf(found, () => [...itemPath, at]);
    };
    if (keys === undefined) {
      for (let index = 0; index < length; index += 1) {
        let present = false;
        try {
          present = Object.hasOwn(source, index);
        } catch (error) {
          rethrowFromCallerCode([...itemPath, index], error);
        }
        if (present) copyField(String(index), index);
      }
    } else {
      for (const key of keys) {
        if (!isArray) copyField(key, key);
        else if (isIndex(key, length)) copyField(key, Number(key));
      }
    }
  }
  return top as T;
}

/** An array's length as a proxy may report it: anything but a real array length counts as 0. */
function validLength(length: unknown): number {
  return typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 && length <= 2 ** 32 - 1 ? length : 0;
}

/** Whether `key` is an array index below `length` (not `'01'`, not `'-1'`, not `'length'`). */
function isIndex(key: string, length: number): boolean {
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && index < length && String(index) === key;
}
