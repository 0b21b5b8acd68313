/**
 * The 83 762 villages (desa and kelurahan) of the Kemendagri region directory (from
 * idn-area-data, Open Database License), apart because they are large.
 *
 * @module uhc-metrics/villages
 */
// The subpath `uhc-metrics/villages`. Re-exports only.

export { DIRECTORY_VILLAGES } from './villages/directory-villages.js';
