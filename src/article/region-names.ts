import type { RegionCandidate } from '../models/region-lookup.js';
import { PROVINCES } from '../models/provinces.js';

/**
 * A region name as prose prints it, with its normalised form (lower case, single spaces, no
 * dots): the unit the prose region finder matches.
 */
export interface RegionName extends RegionCandidate {
  /** The words that name it in prose, normalised, without the `Kabupaten` / `Kota` prefix. */
  readonly normalised: string;
}

/** `'Kab. Lampung Selatan'` -> `'kab lampung selatan'`. */
function normaliseRegionName(name: string): string {
  return name.toLowerCase().replace(/\./gu, ' ').replace(/\s+/gu, ' ').trim();
}

// The regencies and cities the five seed articles name. The full directory (the `regions` work)
// replaces this list; until then a regency elsewhere is not found, and the report says so.
// Codes checked against idn-area-data 4.0.1 (Kemendagri).
const SEED_REGENCIES: readonly RegionCandidate[] = [
  { code: '16.71', name: 'Kota Palembang', level: 'regency' },
  { code: '17.07', name: 'Kabupaten Lebong', level: 'regency' },
  { code: '17.08', name: 'Kabupaten Kepahiang', level: 'regency' },
  { code: '18.01', name: 'Kabupaten Lampung Selatan', level: 'regency' },
  { code: '18.71', name: 'Kota Bandar Lampung', level: 'regency' },
  { code: '18.72', name: 'Kota Metro', level: 'regency' },
  { code: '33.10', name: 'Kabupaten Klaten', level: 'regency' },
];

const REGENCY_PREFIX = /^(kabupaten|kota) /u;

/**
 * Every region name the finder knows: the 38 provinces (also without a `DKI` / `DI` prefix) and
 * the regencies and cities of the seed articles, their prefix removed.
 */
export const KNOWN_REGION_NAMES: readonly RegionName[] = /* @__PURE__ */ (() => {
  const names: RegionName[] = [];
  for (const province of PROVINCES) {
    const region: RegionCandidate = { code: province.code, name: province.name, level: 'province' };
    const normalised = normaliseRegionName(province.name);
    names.push({ ...region, normalised });
    const bare = normalised.replace(/^(dki|di) /u, '');
    if (bare !== normalised) names.push({ ...region, normalised: bare });
  }
  for (const regency of SEED_REGENCIES) {
    names.push({ ...regency, normalised: normaliseRegionName(regency.name).replace(REGENCY_PREFIX, '') });
  }
  return Object.freeze(names.map((name) => Object.freeze(name)));
})();
