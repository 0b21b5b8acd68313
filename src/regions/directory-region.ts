import type { RegionCandidate } from '../models/region-lookup.js';

/**
 * One region of the Kemendagri directory (from idn-area-data, ODbL): its normalised dotted code,
 * its official name, its level and the code of the region one level up.
 *
 * @example
 * ```ts
 * const klaten: DirectoryRegion = { code: '33.10', name: 'Kabupaten Klaten', level: 'regency', parentCode: '33' };
 * ```
 *
 * @category Regions
 */
export interface DirectoryRegion extends RegionCandidate {
  /** The code one level up: `'ID'` (the country) for a province, `'33'` for `'33.10'`. */
  readonly parentCode: string;
}
