/**
 * The most characters of a caller's key or string quoted in a message (issue 17, class 4): a
 * megabyte key stays in the error's `path` and `value`, never whole in its message.
 */
const QUOTED_LENGTH = 60;

/** `text` cut to {@link QUOTED_LENGTH} characters, `...` marking the cut. */
function cutShort(text: string): string {
  return text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 3)}...` : text;
}

/** Renders any value for an error message: short, unambiguous, never throwing. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(cutShort(value));
  if (typeof value === 'bigint') return `${cutShort(String(value))}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (isArray(value)) return `an array of ${(value as readonly unknown[]).length}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return cutShort(value.toString());
  const time = dateTimeOf(value);
  if (time === undefined) return 'an object';
  return Number.isNaN(time) ? 'an invalid Date' : `a Date (${new Date(time).toISOString()})`;
}

/**
 * The time of a `Date` (`NaN` for an invalid one), or `undefined` when `value` is no `Date`.
 * Read through `Date.prototype.getTime`, which checks the internal slot: a revoked proxy, a proxy
 * of a Date or an object faking `Symbol.toStringTag` runs no caller code and is no Date.
 */
export function dateTimeOf(value: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/** Whether `value` is an array; `false` for a revoked proxy, on which `Array.isArray` throws. */
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Renders a path as `rows[3].population`, each key cut short; `input` for the empty path. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'input';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? cutShort(part) : `.${cutShort(part)}`)).join('');
}
