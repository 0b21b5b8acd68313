import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { runCallerCode } from './caller-code.js';

/**
 * A private copy of a record's own enumerable string-keyed fields, each read exactly once, on a
 * null prototype: a field inherited from a polluted `Object.prototype` is not there, and a getter
 * that answers differently on a second read is never asked twice (issue 17, classes 1 and 2).
 * What a getter or a proxy trap throws reaches the caller as `INPUT_THREW` at the field's path.
 */
export function readOwnFields(record: object, path: IssuePath): Readonly<Record<string, unknown>> {
  const keys = runCallerCode(path, () => Object.keys(record));
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) copy[key] = runCallerCode([...path, key], () => (record as Record<string, unknown>)[key]);
  return copy;
}
