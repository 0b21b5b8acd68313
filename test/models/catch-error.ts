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
