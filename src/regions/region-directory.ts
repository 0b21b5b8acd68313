import { DISTRICT_NAMES, PROVINCE_NAMES, REGENCY_NAMES } from './directory-data.js';
import { decodeRegionNames } from './decode-region-names.js';
import type { DirectoryRegion } from './directory-region.js';

/**
 * The 38 provinces of the Kemendagri directory (idn-area-data 4.0.1, ODbL), in code order,
 * frozen. Names are official and unabbreviated (`'Daerah Khusus Ibukota Jakarta'`).
 *
 * @example
 * ```ts
 * DIRECTORY_PROVINCES.length;
 * // => 38
 * DIRECTORY_PROVINCES[13];
 * // => { code: '34', name: 'Daerah Istimewa Yogyakarta', level: 'province', parentCode: 'ID' }
 * ```
 *
 * @category Regions
 */
// Pure IIFEs: a bundle that uses none of the tables drops them.
export const DIRECTORY_PROVINCES: readonly DirectoryRegion[] = /* @__PURE__ */ (() =>
  Object.freeze(decodeRegionNames([PROVINCE_NAMES], [''], 'province', 2)))();

/**
 * The 514 regencies (kabupaten) and cities (kota) of the Kemendagri directory, in code order,
 * frozen; each name starts with `Kabupaten` or `Kota`.
 *
 * @example
 * ```ts
 * DIRECTORY_REGENCIES.length;
 * // => 514
 * DIRECTORY_REGENCIES.find((regency) => regency.code === '18.72');
 * // => { code: '18.72', name: 'Kota Metro', level: 'regency', parentCode: '18' }
 * ```
 *
 * @category Regions
 */
export const DIRECTORY_REGENCIES: readonly DirectoryRegion[] = /* @__PURE__ */ (() =>
  Object.freeze(
    decodeRegionNames(
      REGENCY_NAMES,
      DIRECTORY_PROVINCES.map((province) => province.code),
      'regency',
      2,
    ),
  ))();

/**
 * The 7 285 districts (kecamatan) of the Kemendagri directory, in code order, frozen.
 *
 * @example
 * ```ts
 * DIRECTORY_DISTRICTS.length;
 * // => 7285
 * DIRECTORY_DISTRICTS[0];
 * // => { code: '11.01.01', name: 'Bakongan', level: 'district', parentCode: '11.01' }
 * ```
 *
 * @category Regions
 */
export const DIRECTORY_DISTRICTS: readonly DirectoryRegion[] = /* @__PURE__ */ (() =>
  Object.freeze(
    decodeRegionNames(
      DISTRICT_NAMES,
      DIRECTORY_REGENCIES.map((regency) => regency.code),
      'district',
      2,
    ),
  ))();
