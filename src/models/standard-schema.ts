// The Standard Schema V1 interface (https://standardschema.dev, MIT, github.com/standard-schema/standard-schema),
// written out here as flat types so the library keeps zero dependencies; structurally the same.

/**
 * A schema any Standard Schema consumer (form and API libraries) can validate with: the
 * `~standard` property of the Standard Schema V1 specification.
 *
 * @example
 * ```ts
 * const schema: StandardSchemaV1<SnapshotInput, Snapshot> = snapshotSchema;
 * schema['~standard'].version;
 * // => 1
 * ```
 *
 * @category Models
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1Props<Input, Output>;
}

/**
 * The properties of a {@link StandardSchemaV1}: its version, vendor, validate function and, for
 * type inference only, its input and output types.
 *
 * @example
 * ```ts
 * const props: StandardSchemaV1Props<SnapshotInput, Snapshot> = snapshotSchema['~standard'];
 * props.vendor;
 * // => 'uhc-metrics'
 * ```
 *
 * @category Models
 */
export interface StandardSchemaV1Props<Input = unknown, Output = Input> {
  /** The version of the specification: 1. */
  readonly version: 1;
  /** The library that made the schema. */
  readonly vendor: string;
  /** Validates an unknown value: the output, or the issues found. */
  readonly validate: (value: unknown) => StandardSchemaV1Result<Output> | Promise<StandardSchemaV1Result<Output>>;
  /** The input and output types, for inference; never present at runtime here. */
  readonly types?: StandardSchemaV1Types<Input, Output> | undefined;
}

/**
 * The result of a Standard Schema's `validate`: `{ value }` or `{ issues }`.
 *
 * @example
 * ```ts
 * const result = snapshotSchema['~standard'].validate({ regionCode: '18' });
 * result.issues === undefined;
 * // => false
 * ```
 *
 * @category Models
 */
export type StandardSchemaV1Result<Output> = StandardSchemaV1SuccessResult<Output> | StandardSchemaV1FailureResult;

/**
 * A successful Standard Schema validation: the output value and no issues.
 *
 * @example
 * ```ts
 * const ok: StandardSchemaV1SuccessResult<number> = { value: 1 };
 * ```
 *
 * @category Models
 */
export interface StandardSchemaV1SuccessResult<Output> {
  /** The validated value. */
  readonly value: Output;
  /** Absent on success. */
  readonly issues?: undefined;
}

/**
 * A failed Standard Schema validation: every issue found.
 *
 * @example
 * ```ts
 * const failed: StandardSchemaV1FailureResult = { issues: [{ message: 'asOf must be a date', path: ['asOf'] }] };
 * ```
 *
 * @category Models
 */
export interface StandardSchemaV1FailureResult {
  /** At least one issue. */
  readonly issues: readonly StandardSchemaV1Issue[];
}

/**
 * One Standard Schema issue: a message and where it is.
 *
 * @example
 * ```ts
 * const issue: StandardSchemaV1Issue = { message: 'population must be a count', path: ['population'] };
 * ```
 *
 * @category Models
 */
export interface StandardSchemaV1Issue {
  /** A sentence for people. */
  readonly message: string;
  /** Where the issue is: keys, or path segments `{ key }`. */
  readonly path?: readonly (PropertyKey | StandardSchemaV1PathSegment)[] | undefined;
}

/**
 * One segment of a Standard Schema issue's path, as an object.
 *
 * @example
 * ```ts
 * const segment: StandardSchemaV1PathSegment = { key: 'population' };
 * ```
 *
 * @category Models
 */
export interface StandardSchemaV1PathSegment {
  /** The key. */
  readonly key: PropertyKey;
}

/**
 * The input and output types of a Standard Schema, for inference.
 *
 * @example
 * ```ts
 * type Types = StandardSchemaV1Types<SnapshotInput, Snapshot>;
 * ```
 *
 * @category Models
 */
export interface StandardSchemaV1Types<Input = unknown, Output = Input> {
  /** What the schema accepts. */
  readonly input: Input;
  /** What it gives back. */
  readonly output: Output;
}
