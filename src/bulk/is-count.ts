/**
 * Whether a value is a count: a non-negative safe integer, exactly the test `assertCount` makes,
 * but without building an error. The table builders run it on every count of every row and call
 * the throwing checks only for a row that fails.
 *
 * @internal
 */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && Number.isSafeInteger(value);
}
