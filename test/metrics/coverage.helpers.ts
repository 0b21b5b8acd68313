import { isUhcMetricsError } from '../../src/errors/uhc-metrics-error.js';

/** The code and path of the UhcMetricsError `run` throws; fails the test when it throws nothing. */
export function errorOf(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (isUhcMetricsError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected a UhcMetricsError, but nothing was thrown');
}
