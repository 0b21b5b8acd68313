import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import * as api from '../../src/index.js';
import { CATALOGUE } from './catalogue/all.js';
import { callKeepingGuarantees, copyDeep } from './guarantees.js';

// The catalogue's guarantees beyond its table: every public function, given arbitrary values or
// valid arguments with one field anywhere replaced or removed, throws nothing but UhcMetricsError,
// returns no NaN and leaves its input as it was.

/** Anything fast-check can build, exotic shapes included: holes, null prototypes, boxed values, typed arrays. */
const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 4,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withTypedArray: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withBigInt: true,
});

/** A path into nested plain objects and arrays: keys and indexes, outermost first. */
type Path = readonly (string | number)[];

/** Whether `value` is a plain object or an array, not frozen by the library: one we may alter. */
function isAlterable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** Every path inside `value` through plain objects and arrays (not into errors, functions or library-frozen values). */
function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth > 6 || !isAlterable(value)) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path, depth + 1)];
  });
}

/** `args` with the value at `path` replaced by `replacement`, or removed when `remove`. */
function altered(args: unknown[], path: Path, replacement: unknown, remove: boolean): unknown[] {
  let parent: Record<string | number, unknown> = args as unknown as Record<number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return args;
}

const namespace = api as unknown as Readonly<Record<string, unknown>>;

/**
 * Each run calls the function twice and deep-copies, freezes and compares its arguments: about
 * 0.1-0.5 ms. Vitest's 5 s default suits the default 100 runs, not the extended 10 000, so the
 * limit grows with the run count (FC_NUM_RUNS, read from fast-check's global configuration).
 */
const TIMEOUT_MS = Math.max(5_000, (fc.readConfigureGlobal().numRuns ?? 100) * 3);

describe.each(Object.keys(CATALOGUE).sort())('%s', (name) => {
  const entry = CATALOGUE[name];
  const fn = namespace[name] as (...args: never[]) => unknown;
  const validRows = (entry?.cases ?? []).filter((hostile) => hostile.input === 'valid');
  const construct = entry?.construct === true;

  /** A factory of fresh arguments that prints as the arguments in a counterexample. */
  const factory = (make: () => unknown[]): (() => unknown[]) =>
    Object.assign(make, { [fc.toStringMethod]: () => `args ${fc.stringify(make())}` });
  /** Arbitrary values as the arguments. */
  const arbitraryArgs = fc.array(anything, { maxLength: 4 }).map((args) => factory(() => copyDeep(args)));
  /** Valid arguments with one field anywhere (or one argument) replaced or removed. */
  const alteredArgs = fc
    .tuple(fc.constantFrom(...validRows), fc.nat(), anything, fc.boolean())
    .map(([valid, choice, replacement, remove]) => {
      const paths = pathsOf([...valid.args()]);
      const path = paths[choice % Math.max(paths.length, 1)] ?? [0];
      return factory(() => altered([...valid.args()], path, copyDeep(replacement), remove));
    });

  test.prop([fc.oneof(arbitraryArgs, alteredArgs)])(
    'keeps the guarantees on arbitrary arguments and on valid ones with one field altered',
    (makeArgs) => {
      callKeepingGuarantees(fn, makeArgs, construct);
    },
    TIMEOUT_MS,
  );
});
