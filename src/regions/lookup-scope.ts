import { copyInput } from '../internal/copy-input.js';
import { assertArray, assertOptions, fail } from '../internal/assert.js';
import type { RegionLevel } from '../models/region-code.js';
import type { RegionLookupOptions } from '../models/region-lookup.js';
import type { DirectoryRegion } from './directory-region.js';
import { DIRECTORY_PROVINCES } from './region-directory.js';

/** The levels name lookup searches unless told otherwise: district names repeat by the hundred. */
const DEFAULT_LOOKUP_LEVELS: readonly RegionLevel[] = ['province', 'regency'];

/** The levels the directory can look names up in (villages are data only). */
const SEARCHABLE_LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district'];

/** Checks lookup options and returns the test a region must pass to be an answer. */
export function lookupScope(given: RegionLookupOptions | undefined): (region: DirectoryRegion) => boolean {
  const options: unknown = copyInput(given, ['options']);
  assertOptions(options, ['province', 'levels']);
  const province = options?.['province'];
  if (province !== undefined && !DIRECTORY_PROVINCES.some((known) => known.code === province)) {
    if (typeof province === 'string' && /^\d{2}$/.test(province)) {
      fail('UNKNOWN_PROVINCE', ['options', 'province'], province, 'must be the code of a province');
    }
    fail('INVALID_OPTION', ['options', 'province'], province, "must be a two-digit province code such as '18'");
  }
  const levels = options?.['levels'] ?? DEFAULT_LOOKUP_LEVELS;
  assertArray(levels, ['options', 'levels']);
  if (levels.length === 0) fail('INVALID_OPTION', ['options', 'levels'], levels, 'must name at least one level');
  levels.forEach((level: unknown, index) => {
    if (!(SEARCHABLE_LEVELS as readonly unknown[]).includes(level)) {
      fail('INVALID_OPTION', ['options', 'levels', index], level, "must be one of 'province', 'regency', 'district'");
    }
  });
  return (region) => levels.includes(region.level) && (province === undefined || region.code.slice(0, 2) === province);
}
