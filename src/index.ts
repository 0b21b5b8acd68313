// The public API. Only re-exports live here; each name comes from the one file that defines it.

// errors
export { UhcMetricsError, isUhcMetricsError } from './errors/uhc-metrics-error.js';
export type { Issue, IssuePath, UhcMetricsErrorCode } from './errors/uhc-metrics-error.js';
export type { SafeResult } from './errors/safe-result.js';
