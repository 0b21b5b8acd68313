import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, assertOptions, assertRecord, fail } from '../internal/assert.js';
import { isRegionCode, parseRegionCodeAt } from '../models/region-code.js';
import type { RegionLookupOptions, RegionResolver } from '../models/region-lookup.js';
import { copyInput } from '../internal/copy-input.js';
import { runCallerCode } from '../internal/caller-code.js';

/**
 * A named grouping of Kemendagri regions that is no region itself but publishes or is reported
 * as one: a BPJS branch office (Kantor Cabang) covering four regencies, "Jawa Tengah dan DIY",
 * a custom cluster. Members are normalised region codes in code order, none repeated and none
 * inside another, so a roll-up never counts a person twice.
 *
 * @example
 * ```ts
 * const metro: Area = { id: 'kc-metro', name: 'KC Metro', members: ['18.04', '18.07', '18.08', '18.72'] };
 * ```
 *
 * @category Areas
 */
export interface Area {
  /** A stable identifier of the area, e.g. `'kc-metro'`. */
  readonly id: string;
  /** The area's name as people write it, e.g. `'KC Metro'`. */
  readonly name: string;
  /** The member regions' codes, normalised (dotted), in code order. */
  readonly members: readonly string[];
}

/**
 * What {@link defineArea} reads: members as codes, or as names when a resolver is given.
 *
 * @example
 * ```ts
 * const cluster: AreaInput = { id: 'jateng-diy', name: 'Jawa Tengah dan DIY', members: ['33', '34'] };
 * ```
 *
 * @category Areas
 */
export interface AreaInput {
  /** A stable identifier of the area. */
  readonly id: string;
  /** The area's name; defaults to `id`. */
  readonly name?: string;
  /** The member regions: Kemendagri codes (`'18.72'`, `'1872'`), or names with `lookupRegion`. */
  readonly members: readonly string[];
}

/**
 * Options of {@link defineArea}.
 *
 * @example
 * ```ts
 * const options: DefineAreaOptions = { province: '18' };
 * ```
 *
 * @category Areas
 */
export interface DefineAreaOptions {
  /**
   * Resolves members written as names (`'Kab. Lampung Timur'`) against a region directory,
   * e.g. `lookupRegion` of `uhc-metrics/regions`. Without it every member must be a code.
   */
  readonly lookupRegion?: RegionResolver;
  /** Scopes name lookups to one province (a two-digit code such as `'18'`). */
  readonly province?: string;
}

/** The code a member stands for: a code as written, or a name the resolver finds exactly. */
function memberCode(member: unknown, path: IssuePath, resolver: RegionResolver | undefined, scope: RegionLookupOptions | undefined): string {
  if (typeof member !== 'string') fail('INVALID_TYPE', path, member, 'must be a region code or name string');
  if (resolver === undefined || isRegionCode(member)) return parseRegionCodeAt(member, path).code;
  // The caller's resolver: what it throws is INPUT_THREW at the member; its answer is read once.
  const found = copyInput(runCallerCode(path, () => resolver(member, scope)), path);
  if (found.status === 'found') return found.region.code;
  if (found.status === 'ambiguous') {
    fail('AMBIGUOUS_REGION', path, member, `names more than one region (${found.candidates.map((c) => `${c.name} ${c.code}`).join(', ')})`);
  }
  const nearest = found.nearest.slice(0, 3).map((c) => `${c.name} ${c.code}`);
  return fail('UNKNOWN_REGION', path, member, `names no region${nearest.length > 0 ? ` (nearest: ${nearest.join(', ')})` : ''}`);
}

/**
 * An area checked at `path`: an identifier, a name, and members that are codes (or names the
 * resolver finds), none repeated and none inside another.
 *
 * @internal Shared by {@link defineArea} and the area roll-up.
 */
export function readArea(value: unknown, path: IssuePath, resolver?: RegionResolver, scope?: RegionLookupOptions): Area {
  assertRecord(value, path);
  const id = value['id'];
  if (typeof id !== 'string' || id.trim() === '') fail('INVALID_TYPE', [...path, 'id'], id, 'must be a non-empty string');
  const name = value['name'] ?? id;
  if (typeof name !== 'string' || name.trim() === '') fail('INVALID_TYPE', [...path, 'name'], name, 'must be a non-empty string');
  const members = value['members'];
  assertArray(members, [...path, 'members']);
  if (members.length === 0) fail('INVALID_AREA', [...path, 'members'], members, 'must hold at least one region');
  const codes = Array.from(members, (member, index) => memberCode(member, [...path, 'members', index], resolver, scope));
  const seen = new Map<string, number>();
  codes.forEach((code, index) => {
    const first = seen.get(code);
    if (first !== undefined) {
      fail('INVALID_AREA', [...path, 'members', index], members[index], `repeats region ${code} (first at index ${first})`);
    }
    seen.set(code, index);
  });
  codes.forEach((code, index) => {
    // A member inside another would count its people twice.
    for (let parent = parseRegionCodeAt(code, []).parentCode; parent !== undefined; parent = parseRegionCodeAt(parent, []).parentCode) {
      const outer = seen.get(parent);
      if (outer !== undefined) {
        fail('INVALID_AREA', [...path, 'members', index], members[index], `lies inside member ${parent} (index ${outer})`);
      }
    }
  });
  return Object.freeze({ id, name, members: Object.freeze([...codes].sort()) });
}

/**
 * Defines an area: a named grouping of regions that is no Kemendagri region (a BPJS branch
 * office, "Jawa Tengah dan DIY", a cluster). Members are checked: each a valid code (its
 * province one of the 38), or, with `options.lookupRegion`, a name the directory resolves to
 * exactly one region (never guessed); none repeated, none inside another.
 *
 * @param input - `id`, optional `name` and `members`
 * @param options - `lookupRegion` to accept names, `province` to scope them
 * @returns the area, frozen, members normalised and in code order
 * @throws {@link UhcMetricsError} `INVALID_TYPE` for a missing id, name or non-string member;
 *   `INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` for a bad code; `UNKNOWN_REGION` /
 *   `AMBIGUOUS_REGION` for a name the resolver does not find exactly once; `INVALID_AREA` for no
 *   members, a repeated member or a member inside another; `INVALID_OPTION` for an unknown option.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy; a `lookupRegion` option); the original is its `cause`
 *
 * @example
 * ```ts
 * defineArea({ id: 'jateng-diy', name: 'Jawa Tengah dan DIY', members: ['34', '33'] }).members;
 * // => ['33', '34']
 * defineArea({ id: 'kc-metro', members: ['1872', '18.04', '18.07', '18.08'] }).members;
 * // => ['18.04', '18.07', '18.08', '18.72']
 * defineArea({ id: 'overlap', members: ['18', '18.72'] });
 * // throws INVALID_AREA
 * ```
 *
 * @category Areas
 */
export function defineArea(input: AreaInput, options?: DefineAreaOptions): Area {
  input = copyInput(input, []);
  options = copyInput(options, ['options']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['lookupRegion', 'province']);
  const resolver = opts?.['lookupRegion'];
  if (resolver !== undefined && typeof resolver !== 'function') {
    fail('INVALID_OPTION', ['options', 'lookupRegion'], resolver, 'must be a function');
  }
  const province = opts?.['province'];
  if (province !== undefined && (typeof province !== 'string' || parseRegionCodeAt(province, ['options', 'province']).level !== 'province')) {
    fail('INVALID_OPTION', ['options', 'province'], province, 'must be a two-digit province code');
  }
  return readArea(input, [], resolver as RegionResolver | undefined, province === undefined ? undefined : { province });
}
