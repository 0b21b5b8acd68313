import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from '../internal/assert.js';
import { PROVINCES } from './provinces.js';
import { parseRegionCodeAt } from './region-code.js';

const NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ (() =>
  new Map(PROVINCES.map((province) => [province.code, province.name])))();

/**
 * The name of a province, from its code.
 *
 * @param code - a province code (`'18'`, whitespace ignored); regency or lower codes are rejected
 *   rather than mapped to their province, so a regency is never mistaken for its province
 * @returns the province's name as listed in {@link PROVINCES}
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `code` is not a string; `INVALID_REGION_CODE`
 *   when it is malformed or not a province-level code (`ID`, `18.72`); `UNKNOWN_PROVINCE` when it
 *   is two digits that name no province (`99`).
 *
 * @example
 * ```ts
 * provinceName('33');
 * // => 'Jawa Tengah'
 * provinceName('96');
 * // => 'Papua Barat Daya'
 * ```
 *
 * @category Models
 */
export function provinceName(code: string): string {
  const path: IssuePath = [];
  const info = parseRegionCodeAt(code, path);
  const name = info.level === 'province' ? NAMES.get(info.code) : undefined;
  if (name === undefined) fail('INVALID_REGION_CODE', path, code, 'must be a province code (two digits)');
  return name;
}
