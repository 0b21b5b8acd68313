import { resolveFigureLocale, type FigureLocale } from '../figures/figure-locale.js';
import { assertOneOf, assertOptions } from '../internal/assert.js';

/**
 * What to do with fields a snapshot does not know (a CSV's extra columns): skip them or report them.
 *
 * @example
 * ```ts
 * const policy: UnknownFieldPolicy = 'reject';
 * ```
 *
 * @category Models
 */
export type UnknownFieldPolicy = 'ignore' | 'reject';

/**
 * Options of {@link createSnapshot}, {@link safeCreateSnapshot} and their batch forms
 * {@link createSnapshots} and {@link safeCreateSnapshots}.
 *
 * @example
 * ```ts
 * const options: CreateSnapshotOptions = { locale: 'en', unknownFields: 'reject' };
 * ```
 *
 * @category Models
 */
export interface CreateSnapshotOptions {
  /**
   * How counts and printed figures given as strings are written: `'id'` (`8.911.770`,
   * `99,46 %`, the default) or `'en'` (`8,911,770`, `99.46%`).
   */
  readonly locale?: FigureLocale;
  /**
   * Fields the snapshot does not know, at any depth: `'ignore'` (the default; a CSV record has
   * columns of its own) or `'reject'` (each one is an `INVALID_TYPE` issue, to catch typos such
   * as `activeParticipant`).
   */
  readonly unknownFields?: UnknownFieldPolicy;
}

/**
 * Resolved {@link CreateSnapshotOptions}.
 *
 * @internal
 */
export interface SnapshotSettings {
  readonly locale: FigureLocale;
  readonly rejectUnknown: boolean;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['locale', 'unknownFields']);
const UNKNOWN_FIELD_POLICIES: readonly UnknownFieldPolicy[] = /* @__PURE__ */ Object.freeze(['ignore', 'reject'] as const);

/**
 * The settings an options object asks for; throws `INVALID_OPTION` for an unknown key or value.
 *
 * @internal Shared by the single and the batch constructors.
 */
export function resolveSnapshotOptions(options: unknown): SnapshotSettings {
  // No options is the common case, once per row: its settings are built once and shared (frozen).
  if (options === undefined) return (defaultSettings ??= resolveGiven(undefined));
  return resolveGiven(options);
}

/** Settings resolved the first time no options were given. */
let defaultSettings: SnapshotSettings | undefined;

/** {@link resolveSnapshotOptions} without the shared default. */
function resolveGiven(options: unknown): SnapshotSettings {
  assertOptions(options, OPTION_KEYS);
  const locale = resolveFigureLocale(options?.['locale'], ['options', 'locale']);
  const policy = options?.['unknownFields'] ?? 'ignore';
  assertOneOf(policy, UNKNOWN_FIELD_POLICIES, ['options', 'unknownFields']);
  return Object.freeze({ locale, rejectUnknown: policy === 'reject' });
}

