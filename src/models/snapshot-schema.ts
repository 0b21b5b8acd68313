import { isUhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import { runCallerCode } from '../internal/caller-code.js';
import { safeCreateSnapshot } from './create-snapshot.js';
import type { Snapshot } from './snapshot.js';
import type { SnapshotInput } from './snapshot-input.js';
import type {
  StandardSchemaV1,
  StandardSchemaV1FailureResult,
  StandardSchemaV1Props,
  StandardSchemaV1SuccessResult,
} from './standard-schema.js';

/**
 * The `~standard` properties of {@link snapshotSchema}: those of {@link StandardSchemaV1Props},
 * with a `validate` that answers at once (never a promise) and whose issues are this library's
 * {@link Issue}s (with `code` and `value` beside `message` and `path`).
 *
 * @example
 * ```ts
 * const props: SnapshotSchemaProps = snapshotSchema['~standard'];
 * props.validate({}).issues?.length;
 * // => 4
 * ```
 *
 * @category Models
 */
export interface SnapshotSchemaProps extends StandardSchemaV1Props<SnapshotInput, Snapshot> {
  /** Validates as {@link safeCreateSnapshot} with default options; never throws for bad input. */
  readonly validate: (value: unknown) => StandardSchemaV1SuccessResult<Snapshot> | SnapshotSchemaFailure;
}

/**
 * A failed validation by {@link snapshotSchema}: every issue found, each a Standard Schema issue
 * that is also this library's {@link Issue} (`code`, `path`, `value`, `message`).
 *
 * @example
 * ```ts
 * const failure = snapshotSchema['~standard'].validate({ regionCode: '18' }) as SnapshotSchemaFailure;
 * failure.issues[0].code;
 * // => 'INVALID_DATE'
 * ```
 *
 * @category Models
 */
export interface SnapshotSchemaFailure extends StandardSchemaV1FailureResult {
  /** At least one issue. */
  readonly issues: readonly [Issue, ...Issue[]];
}

/**
 * The type of {@link snapshotSchema}: a {@link StandardSchemaV1} from {@link SnapshotInput} to
 * {@link Snapshot}, its `validate` synchronous.
 *
 * @example
 * ```ts
 * const schema: SnapshotSchema = snapshotSchema;
 * ```
 *
 * @category Models
 */
export interface SnapshotSchema extends StandardSchemaV1<SnapshotInput, Snapshot> {
  /** The Standard Schema properties. */
  readonly '~standard': SnapshotSchemaProps;
}

/**
 * {@link safeCreateSnapshot} as a Standard Schema result; what the caller's code throws is an issue
 * too. An arrow function: it has no `prototype` object, so freezing it freezes it deeply.
 */
const validate = (value: unknown): StandardSchemaV1SuccessResult<Snapshot> | SnapshotSchemaFailure => {
  try {
    const result = runCallerCode([], () => safeCreateSnapshot(value));
    return Object.freeze(result.success ? { value: result.output } : { issues: result.issues });
  } catch (error) {
    // runCallerCode turns anything the input's own code threw into a UhcMetricsError.
    if (!isUhcMetricsError(error)) throw error;
    return Object.freeze({ issues: error.issues as readonly [Issue, ...Issue[]] });
  }
};

/**
 * The snapshot input as a Standard Schema V1 (https://standardschema.dev): form and API
 * libraries that accept a Standard Schema (tRPC, TanStack Form, Hono, ...) validate with it
 * without an adapter. `~standard.validate(value)` runs {@link safeCreateSnapshot} with default
 * options (locale `'id'`, unknown fields ignored) and returns `{ value: snapshot }` or
 * `{ issues }`, each issue with `message` and `path` (and this library's `code` and `value`);
 * it never throws for bad input, and never returns a promise.
 *
 * @example
 * ```ts
 * const ok = snapshotSchema['~standard'].validate({
 *   regionCode: '1872', asOf: '2024-07-01', population: '170.000', participants: 165_000,
 * });
 * ok.issues === undefined ? ok.value.regionCode : undefined;
 * // => '18.72'
 * const bad = snapshotSchema['~standard'].validate({ regionCode: '18', asOf: '2024-02-30', population: -1, participants: 5 });
 * bad.issues?.map((issue) => [issue.path, issue.code]);
 * // => [[['asOf'], 'INVALID_DATE'], [['population'], 'INVALID_COUNT']]
 * ```
 *
 * @category Models
 */
export const snapshotSchema: SnapshotSchema = /* @__PURE__ */ Object.freeze({
  '~standard': /* @__PURE__ */ Object.freeze({ version: 1 as const, vendor: 'uhc-metrics', validate: /* @__PURE__ */ Object.freeze(validate) }),
});
