/**
 * The Kemendagri region directory (provinces, regencies and cities, districts; from
 * idn-area-data, Open Database License) and region name lookup.
 *
 * @module uhc-metrics/regions
 */
// The subpath `uhc-metrics/regions`. Re-exports only.

export { DIRECTORY_PROVINCES, DIRECTORY_REGENCIES, DIRECTORY_DISTRICTS } from './regions/region-directory.js';
export type { DirectoryRegion } from './regions/directory-region.js';
export { lookupRegion } from './regions/lookup-region.js';
export { normalizeRegionName } from './regions/normalize-region-name.js';
export { regionNameIndex } from './regions/region-name-index.js';
export type { RegionNameEntry } from './regions/region-name-index.js';
