import { decodeRegionNames } from '../regions/decode-region-names.js';
import type { DirectoryRegion } from '../regions/directory-region.js';
import { DIRECTORY_DISTRICTS } from '../regions/region-directory.js';
import { VILLAGE_NAMES } from './village-data.js';

/**
 * The 83 762 villages (desa and kelurahan) of the Kemendagri directory (idn-area-data 4.0.1,
 * ODbL), in code order, frozen. In the subpath `uhc-metrics/villages`, apart from the rest of
 * the directory, because it is large.
 *
 * @example
 * ```ts
 * DIRECTORY_VILLAGES.length;
 * // => 83762
 * DIRECTORY_VILLAGES[0];
 * // => { code: '11.01.01.2001', name: 'Keude Bakongan', level: 'village', parentCode: '11.01.01' }
 * ```
 *
 * @category Regions
 */
export const DIRECTORY_VILLAGES: readonly DirectoryRegion[] = /* @__PURE__ */ (() =>
  Object.freeze(
    decodeRegionNames(
      VILLAGE_NAMES,
      DIRECTORY_DISTRICTS.map((district) => district.code),
      'village',
      4,
    ),
  ))();
