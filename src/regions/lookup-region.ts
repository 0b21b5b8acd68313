import { fail } from '../internal/assert.js';
import type { RegionLookup, RegionLookupOptions, RegionResolver } from '../models/region-lookup.js';
import { lookupScope } from './lookup-scope.js';
import { nearestRegions } from './nearest-region-names.js';
import { normalizeRegionName } from './normalize-region-name.js';
import { parseRegionName, regionNameKeys, regionsNamed } from './region-name-keys.js';

/** Names longer than this match nothing; only their start is compared for nearest names. */
const MAX_NAME_LENGTH = 200;

/**
 * Resolves a region name as people write it to its Kemendagri code, through the directory
 * (provinces, regencies and cities, districts). Accents, case, punctuation and spacing do not
 * matter; "Kabupaten"/"Kab."/"Kota"/"Provinsi"/"Kecamatan" do. It never guesses: a bare name
 * shared by a kabupaten and a kota (`'Blitar'`) is `'ambiguous'` with both; a name that matches
 * nothing is `'unknown'` with the nearest names. Short and former names that reports print are
 * known: provinces as "DKI Jakarta", "DIY", "Jabar", "Sumut", "NTB"...; regencies as "Pangkep",
 * "Kukar", "Jaksel", "Toba Samosir"...; "Kep." reads as "Kepulauan".
 *
 * By default provinces and regencies are searched (`levels: ['province', 'regency']`); districts
 * only when `levels` names them, because district names repeat by the hundred. A name longer
 * than 200 characters matches nothing (its start is compared for nearest names).
 *
 * @param name - The name as written, e.g. `'Kab. Klaten'`.
 * @param options - `province` (a two-digit code) to search one province; `levels` to search
 *   only some levels.
 * @returns `found` with the region, `ambiguous` with every candidate, or `unknown` with the
 *   nearest names.
 * @throws {@link uhc-metrics!UhcMetricsError} `INVALID_TYPE` when `name` is not a string; `INVALID_OPTION`
 *   for an unknown option, a malformed province code or a level other than `'province'`,
 *   `'regency'` or `'district'`; `UNKNOWN_PROVINCE` for a province code that does not exist.
 * @throws `UhcMetricsError` `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * import { lookupRegion } from 'uhc-metrics/regions';
 *
 * lookupRegion('KAB. KLATEN');
 * // => { status: 'found', query: 'KAB. KLATEN', region: { code: '33.10', name: 'Kabupaten Klaten', level: 'regency' } }
 * lookupRegion('DIY');
 * // => { status: 'found', query: 'DIY', region: { code: '34', name: 'Daerah Istimewa Yogyakarta', level: 'province' } }
 * lookupRegion('Kab. Pangkep');
 * // => { status: 'found', query: 'Kab. Pangkep', region: { code: '73.10', name: 'Kabupaten Pangkajene dan Kepulauan', level: 'regency' } }
 * lookupRegion('Blitar').status;
 * // => 'ambiguous'
 * const blitar = lookupRegion('Blitar', { levels: ['regency'] });
 * blitar.status === 'ambiguous' ? blitar.candidates.map((region) => region.code) : [];
 * // => ['35.05', '35.72']
 * lookupRegion('Klatten');
 * // => { status: 'unknown', query: 'Klatten', nearest: [{ code: '33.10', name: 'Kabupaten Klaten', level: 'regency' }] }
 * lookupRegion('Bakongan', { levels: ['district'], province: '11' }).status;
 * // => 'found'
 * lookupRegion('Blitar', { province: '99' });
 * // throws UNKNOWN_PROVINCE
 * ```
 *
 * @category Regions
 * @function
 */
export const lookupRegion: RegionResolver = (name: string, options?: RegionLookupOptions): RegionLookup => {
  if (typeof name !== 'string') fail('INVALID_TYPE', ['name'], name, 'must be a string');
  const accept = lookupScope(options);
  const parsed = parseRegionName(normalizeRegionName(name.slice(0, MAX_NAME_LENGTH + 1)));
  const { candidateOf } = regionNameKeys();
  const matches = name.length > MAX_NAME_LENGTH ? [] : regionsNamed(parsed, accept);
  if (matches.length === 1) {
    return { status: 'found', query: name, region: candidateOf.get(matches[0]!)! };
  }
  if (matches.length > 1) {
    return { status: 'ambiguous', query: name, candidates: matches.map((region) => candidateOf.get(region)!) };
  }
  return { status: 'unknown', query: name, nearest: nearestRegions(parsed.key, accept).map((region) => candidateOf.get(region)!) };
};
