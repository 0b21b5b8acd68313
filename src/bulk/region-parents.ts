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

/**
 * The parents of a table's distinct codes, computed once per code rather than once per row.
 *
 * @internal
 */
export interface RegionParents {
  /** The distinct parent codes, sorted. */
  readonly parentCodes: readonly string[];
  /** Per distinct code: the index of its parent in `parentCodes`, or -1 when the code is at or above the target level. */
  readonly parentOf: Int32Array;
  /** Per distinct code: its depth. */
  readonly depthOf: Uint8Array;
  /** Per distinct code: the depth rolled up to (for error messages; -1 for the country's parent). */
  readonly wantedDepthOf: Int8Array;
}

/**
 * The parent of every code at `to`, as {@link parentRegionCode} derives it: a dotted prefix, or
 * `ID` for the country. `codes` must be sorted: their parents then come in order, so that
 * distinct parents are found by comparing each with the previous one, without hashing.
 *
 * @internal
 */
export function regionParents(codes: readonly string[], to: RollUpTo): RegionParents {
  const count = codes.length;
  const depthOf = new Uint8Array(count);
  const wantedDepthOf = new Int8Array(count);
  const parentOf = new Int32Array(count);
  // Parents in order of first appearance; sorted unless `to` is 'parent' over mixed levels.
  const found: string[] = [];
  let previous = '';
  let inOrder = true;
  for (let index = 0; index < count; index += 1) {
    const code = codes[index] as string;
    const depth = depthOfCode(code);
    const wanted = to === 'parent' ? depth - 1 : TARGET_DEPTH[to];
    depthOf[index] = depth;
    wantedDepthOf[index] = wanted;
    if (depth <= wanted || wanted < 0) {
      parentOf[index] = -1;
      continue;
    }
    const length = PREFIX_LENGTH[wanted] as number;
    // Most codes share the previous code's parent: compare without slicing.
    const same = wanted === 0 ? previous === COUNTRY_CODE : previous.length === length && code.startsWith(previous);
    if (!same) {
      const parent = wanted === 0 ? COUNTRY_CODE : code.slice(0, length);
      if (found.length > 0 && parent <= previous) inOrder = false;
      found.push(parent);
      previous = parent;
    }
    parentOf[index] = found.length - 1;
  }
  if (inOrder) return { parentCodes: Object.freeze(found), parentOf, depthOf, wantedDepthOf };
  // Mixed levels rolled up one level each: sort and deduplicate the parents, then re-point.
  const parentCodes = Object.freeze([...new Set(found)].sort());
  const position = new Map(parentCodes.map((code, index) => [code, index]));
  const remap = Int32Array.from(found, (parent) => position.get(parent) as number);
  for (let index = 0; index < count; index += 1) {
    const parent = parentOf[index] as number;
    if (parent >= 0) parentOf[index] = remap[parent] as number;
  }
  return { parentCodes, parentOf, depthOf, wantedDepthOf };
}
