import type { Issue } from './uhc-metrics-error.js';

/**
 * The outcome of a non-throwing `safe...` function: the value, or every issue found.
 * Branch on `success`.
 *
 * @example
 * ```ts
 * const result: SafeResult<PrintedFigure> = safeParseFigure('8.91.770');
 * result.success ? result.output.value : result.issues.map((issue) => issue.code);
 * // => ['INVALID_FIGURE']
 * ```
 *
 * @category Errors
 */
export type SafeResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The validated value. */
      readonly output: T;
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Every problem found, at least one, each with its path and value. */
      readonly issues: readonly [Issue, ...Issue[]];
    };
