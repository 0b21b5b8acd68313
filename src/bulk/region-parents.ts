import type { RollUpTo } from '../metrics/roll-up.js';
import { COUNTRY_CODE } from '../models/region-code.js';

/**
 * The depth of each level: country 0, province 1, regency 2, district 3, village 4; the index of
 * a level in `LEVEL_ORDER`.
 */
const TARGET_DEPTH: Readonly<Record<Exclude<RollUpTo, 'parent'>, number>> = {
  country: 0,
  province: 1,
  regency: 2,
  district: 3,
};

/** The length of a normalised code at each depth below the country: `18`, `18.72`, `18.72.01`, `18.72.01.1001`. */
const PREFIX_LENGTH: readonly number[] = [0, 2, 5, 8, 13];

/**
 * The depth of a normalised code, read from its length.
 *
 * @internal
 */
export function depthOfCode(code: string): number {
  switch (code.length) {
    case 2:
      return code === COUNTRY_CODE ? 0 : 1;
    case 5:
      return 2;
    case 8:
      return 3;
    default:
      return 4;
  }
}

/** Per depth below the country: the keys of one region's codes span this many (`18.72` holds 1872000000 to 1872999999). */
const KEY_SPAN: readonly number[] = [0, 100_000_000, 1_000_000, 10_000, 1];

/**
 * The depth of a code from its `dottedCodeKey` (NaN for `ID`, the country): a code's parts
 * below its level are absent, so its key is a multiple of that level's span, and present parts
 * are never 0, so it is a multiple of no smaller span.
 *
 * @internal
 */
export function depthOfKey(key: number): number {
  if (!(key > 0)) return 0;
  // Exact: keys are integers below 10^10, and a correctly rounded quotient never crosses an integer.
  if (Math.floor(key / 10_000) * 10_000 !== key) return 4;
  if (Math.floor(key / 1_000_000) * 1_000_000 !== key) return 3;
  return Math.floor(key / 100_000_000) * 100_000_000 !== key ? 2 : 1;
}

/**
 * The depth a code of `depth` rolls up to at `to`: one above for `parent`; -1 for the country's
 * parent.
 *
 * @internal
 */
export function wantedDepth(to: RollUpTo, depth: number): number {
  return to === 'parent' ? depth - 1 : TARGET_DEPTH[to];
}

/**
 * The parents of a table's distinct codes, computed once per code rather than once per row.
 *
 * @internal
 */
export interface RegionParents {
  /** The distinct parent codes, sorted. */
  readonly parentCodes: readonly string[];
  /** Per parent: its `dottedCodeKey`, NaN for `ID`. */
  readonly parentKeys: Float64Array;
  /** Per distinct code: the index of its parent in `parentCodes`, or -1 when the code is at or above the target level. */
  readonly parentOf: Int32Array;
  /** Whether some code is at or above the target level (some `parentOf` is -1). */
  readonly someWithout: boolean;
  /** Per distinct code: its depth, when the codes are of several depths; `undefined` when all share one. */
  readonly mixedDepthOf: Uint8Array | undefined;
}

/** Flags of {@link findParents}: some code has no parent at the target level. */
const SOME_WITHOUT = 1;
/** The parents were met out of order (mixed levels rolled up one level each). */
const OUT_OF_ORDER = 2;
/** The codes are of several levels. */
const MIXED_DEPTHS = 4;

/**
 * Fills `parentOf` with each code's parent index, pushing each new parent's code and key (the
 * country's as Infinity: 'ID' sorts after every code of digits); returns the flags above.
 * Alone in its function: V8 compiles a long loop while it runs (on-stack replacement), and that
 * code, meeting an operation after the loop not yet run, went back to the interpreter.
 */
function findParents(codes: readonly string[], keys: Float64Array, to: RollUpTo, parentOf: Int32Array, found: string[], foundKeys: number[]): number {
  const count = codes.length;
  const target = to === 'parent' ? -1 : TARGET_DEPTH[to];
  const firstDepth = count > 0 ? depthOfKey(keys[0] as number) : 0;
  let previous = -1;
  let flags = 0;
  for (let index = 0; index < count; index += 1) {
    const key = keys[index] as number;
    const depth = depthOfKey(key);
    if (depth !== firstDepth) flags |= MIXED_DEPTHS;
    const wanted = target < 0 ? depth - 1 : target;
    if (depth <= wanted || wanted < 0) {
      parentOf[index] = -1;
      flags |= SOME_WITHOUT;
      continue;
    }
    const span = KEY_SPAN[wanted] as number;
    const parentKey = wanted === 0 ? Number.POSITIVE_INFINITY : Math.floor(key / span) * span;
    if (parentKey !== previous) {
      if (parentKey < previous) flags |= OUT_OF_ORDER;
      found.push(wanted === 0 ? COUNTRY_CODE : (codes[index] as string).slice(0, PREFIX_LENGTH[wanted]));
      foundKeys.push(parentKey);
      previous = parentKey;
    }
    parentOf[index] = found.length - 1;
  }
  return flags;
}

/**
 * The parent of every code at `to`, as {@link parentRegionCode} derives it: a dotted prefix, or
 * `ID` for the country. `codes` must be sorted and `keys` be their `dottedCodeKey`s (NaN for
 * `ID`): parents are found from the keys, without reading the strings (only a new parent's name
 * is cut from its first child), and come in order, so that distinct parents are found by
 * comparing each with the previous one, without hashing.
 *
 * @internal
 */
export function regionParents(codes: readonly string[], keys: Float64Array, to: RollUpTo): RegionParents {
  const count = codes.length;
  const parentOf = new Int32Array(count);
  // Parents in order of first appearance; sorted unless `to` is 'parent' over mixed levels.
  const found: string[] = [];
  const foundKeys: number[] = [];
  const flags = findParents(codes, keys, to, parentOf, found, foundKeys);
  const someWithout = (flags & SOME_WITHOUT) !== 0;
  const mixedDepthOf = (flags & MIXED_DEPTHS) !== 0 ? Uint8Array.from(keys, depthOfKey) : undefined;
  const toKey = (parentKey: number): number => (parentKey === Number.POSITIVE_INFINITY ? Number.NaN : parentKey);
  if ((flags & OUT_OF_ORDER) === 0) {
    return { parentCodes: Object.freeze(found), parentKeys: Float64Array.from(foundKeys, toKey), parentOf, someWithout, mixedDepthOf };
  }
  // Mixed levels rolled up one level each: sort and deduplicate the parents, then re-point.
  const parentCodes = Object.freeze([...new Set(found)].sort());
  const position = new Map(parentCodes.map((code, index) => [code, index]));
  const remap = Int32Array.from(found, (parent) => position.get(parent) as number);
  const parentKeys = new Float64Array(parentCodes.length);
  for (let index = 0; index < found.length; index += 1) parentKeys[remap[index] as number] = toKey(foundKeys[index] as number);
  for (let index = 0; index < count; index += 1) {
    const parent = parentOf[index] as number;
    if (parent >= 0) parentOf[index] = remap[parent] as number;
  }
  return { parentCodes, parentKeys, parentOf, someWithout, mixedDepthOf };
}
