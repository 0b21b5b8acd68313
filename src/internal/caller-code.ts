import { UhcMetricsError, isUhcMetricsError, type IssuePath } from '../errors/uhc-metrics-error.js';
import { describePath } from './describe-value.js';

/** The longest part of the caller's own message quoted in ours: a thrown megabyte stays a cause. */
const QUOTED_MESSAGE_LENGTH = 100;

/**
 * Runs code that belongs to the caller (reading a field that may be a getter or sit behind a
 * proxy, calling a key function) so that whatever it throws reaches the caller as a
 * {@link UhcMetricsError} `INPUT_THREW` at `path`, with the original as `cause`: the README
 * promises that every error from the library is a `UhcMetricsError`, and `safe*` functions
 * return it instead of throwing. A `UhcMetricsError` thrown inside (the caller's code called
 * the library) passes through unchanged.
 */
export function runCallerCode<T>(path: IssuePath, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isLibraryError(error)) throw error;
    throw callerCodeError(path, error);
  }
}

/**
 * Throws what {@link runCallerCode} throws for `thrown`, caught from the caller's code at `path`:
 * for loops that read many fields and build the path only when one fails.
 */
export function rethrowFromCallerCode(path: IssuePath, thrown: unknown): never {
  if (isLibraryError(thrown)) throw thrown;
  throw callerCodeError(path, thrown);
}

/** Whether `thrown` is ours; a revoked proxy thrown as an error makes even `instanceof` throw. */
function isLibraryError(thrown: unknown): boolean {
  try {
    return isUhcMetricsError(thrown);
  } catch {
    return false;
  }
}

/** The `INPUT_THREW` error for what the caller's code threw at `path`. */
function callerCodeError(path: IssuePath, thrown: unknown): UhcMetricsError {
  return new UhcMetricsError(
    [
      {
        code: 'INPUT_THREW',
        path,
        value: undefined,
        message: `${describePath(path)} could not be read: the caller's code threw ${describeThrown(thrown)}`,
      },
    ],
    { cause: thrown },
  );
}

/** `TypeError: "boom"`, cut short; never throws itself (a thrown value may be anything). */
function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      const message = String(thrown.message);
      const cut = message.length > QUOTED_MESSAGE_LENGTH ? `${message.slice(0, QUOTED_MESSAGE_LENGTH)}...` : message;
      return `${thrown.name}: ${JSON.stringify(cut)}`;
    }
    return typeof thrown === 'string' ? 'a string' : `a ${thrown === null ? 'null' : typeof thrown}`;
  } catch {
    return 'a value that cannot be described';
  }
}
