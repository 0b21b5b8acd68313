import type { Issue } from './uhc-metrics-error.js';

/**
 * The outcome of a non-throwing `safe...` function: the value, or every issue found.
 *
 * @example
 * ```ts
 * const result: SafeResult<number> = { success: false, issues: [] };
 * result.success;
 * // => false
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };
