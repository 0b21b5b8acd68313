import type { Issue, IssuePath } from '../errors/uhc-metrics-error.js';
import { assertRecord, collectIssues } from '../internal/assert.js';
import { rethrowFromCallerCode } from '../internal/caller-code.js';
import { copyInput } from '../internal/copy-input.js';

// The top level of a snapshot input, each own field read once, straight from the caller's object
// (issue 18, item 4): copying every row whole into a private object first (issue 17) cost more
// than checking it. Only a row that holds an object (segments, printed figures, a source) is
// copied, from the fields already read, so that nested objects get issue 17's private copy.

/**
 * The fields of a snapshot input as read: the known ones by name (`undefined` when not given),
 * the others in the input's key order. Values are primitives, `-0` read as `0`, or private copies
 * of the caller's objects (objects of another kind, a `Date`, as given, as {@link copyInput} does).
 *
 * @internal Filled by {@link readSnapshotFields}, checked by the snapshot reader.
 */
export class SnapshotFields {
  regionCode: unknown = undefined;
  asOf: unknown = undefined;
  population: unknown = undefined;
  populationPeriod: unknown = undefined;
  participants: unknown = undefined;
  activeParticipants: unknown = undefined;
  nonActiveParticipants: unknown = undefined;
  segments: unknown = undefined;
  printed: unknown = undefined;
  source: unknown = undefined;
  /** Keys a snapshot does not know, in the input's order; `undefined` when there are none. */
  unknownKeys: string[] | undefined = undefined;
  /** The value of each of {@link SnapshotFields.unknownKeys}, at the same index. */
  unknownValues: unknown[] | undefined = undefined;

  /** Stores one field read from the input. */
  add(key: string, value: unknown): void {
    // A switch, not a lookup table: no key can reach Object.prototype, and no object is built.
    switch (key) {
      case 'regionCode':
        this.regionCode = value;
        return;
      case 'asOf':
        this.asOf = value;
        return;
      case 'population':
        this.population = value;
        return;
      case 'populationPeriod':
        this.populationPeriod = value;
        return;
      case 'participants':
        this.participants = value;
        return;
      case 'activeParticipants':
        this.activeParticipants = value;
        return;
      case 'nonActiveParticipants':
        this.nonActiveParticipants = value;
        return;
      case 'segments':
        this.segments = value;
        return;
      case 'printed':
        this.printed = value;
        return;
      case 'source':
        this.source = value;
        return;
      default:
        (this.unknownKeys ??= []).push(key);
        (this.unknownValues ??= []).push(value);
    }
  }
}

/** A field a snapshot knows. */
type KnownKey = Exclude<keyof SnapshotFields, 'unknownKeys' | 'unknownValues' | 'add'>;

/**
 * The fields a snapshot knows, in the order of {@link SnapshotFields}: read by name from an object
 * of another kind, listed in the message about an unknown one.
 *
 * @internal
 */
export const SNAPSHOT_KEYS: readonly KnownKey[] = /* @__PURE__ */ Object.freeze([
  'regionCode',
  'asOf',
  'population',
  'populationPeriod',
  'participants',
  'activeParticipants',
  'nonActiveParticipants',
  'segments',
  'printed',
  'source',
] as const);

/** `record[key]`, read once; what the caller's code throws becomes `INPUT_THREW` at `[...path, key]`. */
function readField(record: object, key: string, path: IssuePath): unknown {
  let value: unknown;
  try {
    value = (record as Readonly<Record<string, unknown>>)[key];
  } catch (error) {
    rethrowFromCallerCode([...path, key], error);
  }
  return value === 0 ? 0 : value;
}

/** The keys of `record` as `Object.keys` lists them; what a proxy trap throws becomes `INPUT_THREW` at `path`. */
function keysOf(record: object, path: IssuePath): string[] {
  try {
    return Object.keys(record);
  } catch (error) {
    return rethrowFromCallerCode(path, error);
  }
}

/** A plain object's own enumerable fields, each read once in key order; copied when one holds an object. */
function ownFields(record: object, path: IssuePath): SnapshotFields {
  const keys = keysOf(record, path);
  const fields = new SnapshotFields();
  let holdsObject = false;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const value = readField(record, key, path);
    if (typeof value === 'object' && value !== null) holdsObject = true;
    fields.add(key, value);
  }
  return holdsObject ? copiedFields(record, keys, fields, path) : fields;
}

/**
 * The fields of a plain object that holds an object, as {@link copyInput} copies it: every nested
 * object read once into a private copy (shared ones and cycles back to the row included), the
 * row's own fields taken from what was read, not read again.
 */
function copiedFields(record: object, keys: readonly string[], read: SnapshotFields, path: IssuePath): SnapshotFields {
  const given = Object.create(null) as Record<string, unknown>;
  let unknown = 0;
  for (const key of keys) given[key] = isKnownKey(key) ? read[key] : read.unknownValues?.[unknown++];
  const copy = copyInput(record, path, undefined, { original: record, fields: given }) as Readonly<Record<string, unknown>>;
  const fields = new SnapshotFields();
  for (const key of keys) fields.add(key, copy[key]);
  return fields;
}

/** Whether `key` is a field a snapshot knows. */
function isKnownKey(key: string): key is KnownKey {
  return (SNAPSHOT_KEYS as readonly string[]).includes(key);
}

/**
 * An object of another kind (a class instance): its known fields by name, inherited ones too, as
 * before issue 18, each read once; the objects they hold copied.
 */
function namedFields(record: object, path: IssuePath): SnapshotFields {
  const fields = new SnapshotFields();
  const copied = (key: string): unknown => copyInput(readField(record, key, path), [...path, key]);
  for (const key of SNAPSHOT_KEYS) fields.add(key, copied(key));
  for (const key of keysOf(record, path)) if (!isKnownKey(key)) fields.add(key, copied(key));
  return fields;
}

/**
 * The fields of a row of an array {@link copyInput} copied: a null-prototype copy is the
 * library's own, its nested objects copies too, so its fields are taken as they are; any other
 * row (an object of another kind, a value that is no object) is read as the caller's.
 *
 * @internal For {@link createSnapshots}, which copies its rows whole (the array's own shape needs it).
 * @throws {@link UhcMetricsError} as {@link readSnapshotFields}
 */
export function copiedRowFields(row: unknown, path: IssuePath, issues: Issue[]): SnapshotFields | undefined {
  let copied = false;
  try {
    copied = typeof row === 'object' && row !== null && !Array.isArray(row) && Object.getPrototypeOf(row) === null;
  } catch {
    // A proxy copyInput handed on as it is: read as the caller's, which reports what it throws.
  }
  if (!copied) return readSnapshotFields(row, path, issues);
  const fields = new SnapshotFields();
  const record = row as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) fields.add(key, record[key]);
  return fields;
}

/**
 * Reads the top level of a snapshot input once: own enumerable fields of a plain object, each
 * getter called once, `-0` as `0`, nested plain objects and arrays into private copies. Anything
 * that is not an object (an array, a primitive) is recorded as an `INVALID_TYPE` issue at `path`,
 * and `undefined` is returned.
 *
 * @internal The first step of the snapshot reader.
 * @throws {@link UhcMetricsError} `INPUT_THREW` at the field's path when the caller's code throws
 *   while the input is read (a getter, a proxy trap, a revoked proxy), with the original as `cause`
 */
export function readSnapshotFields(input: unknown, path: IssuePath, issues: Issue[]): SnapshotFields | undefined {
  if (typeof input === 'object' && input !== null) {
    let isArray = false;
    let prototype: unknown = null;
    try {
      isArray = Array.isArray(input);
      prototype = isArray ? undefined : Object.getPrototypeOf(input);
    } catch (error) {
      rethrowFromCallerCode(path, error);
    }
    if (!isArray) return prototype === Object.prototype || prototype === null ? ownFields(input, path) : namedFields(input, path);
  }
  // Copied as before issue 18, so that the issue holds no object of the caller's.
  const given = copyInput(input, path);
  collectIssues(issues, () => assertRecord(given, path));
  return undefined;
}
