import { isUhcMetricsError, type UhcMetricsError } from '../../src/errors/uhc-metrics-error.js';

/** The UhcMetricsError `run` throws; fails the test when it returns or throws anything else. */
export function catchError(run: () => unknown): UhcMetricsError {
  try {
    run();
  } catch (error) {
    if (isUhcMetricsError(error)) return error;
    throw new Error(`expected a UhcMetricsError, got ${String(error)}`);
  }
  throw new Error('expected a UhcMetricsError, but nothing was thrown');
}

/** The code and path of the UhcMetricsError `run` throws, for one-line `toEqual` checks. */
export function errorOf(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  const { code, path } = catchError(run);
  return { code, path };
}

/** The code, path and message of the UhcMetricsError `run` throws. */
export function errorWithMessageOf(run: () => unknown): {
  code: string;
  path: readonly (string | number)[];
  message: string;
} {
  const { code, path, message } = catchError(run);
  return { code, path, message };
}
