import type { RegionCandidate } from '../models/region-lookup.js';
import { PROVINCES } from '../models/provinces.js';

/**
 * One written form of region names, normalised (lower case, words separated by one space, no
 * punctuation), with the regions it stands for: the unit the prose region finder matches. The
 * same shape as the entries of the directory's name index (`regionNameIndex` of
 * `uhc-metrics/regions`), which can be passed to {@link checkArticle} as `regionNames`.
 *
 * @example
 * ```ts
 * const form: RegionNameForm = {
 *   normalized: 'kabupaten kudus',
 *   candidates: [{ code: '33.19', name: 'Kabupaten Kudus', level: 'regency' }],
 * };
 * ```
 *
 * @category Articles
 */
export interface RegionNameForm {
  /** The form normalised, e.g. `'kab klaten'`. */
  readonly normalized: string;
  /** The regions it may stand for; a form with several is ambiguous and never matched. */
  readonly candidates: readonly RegionCandidate[];
}

/** `'Kab. Lampung Selatan'` -> `'kab lampung selatan'`. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// The regencies and cities the five seed articles name (codes checked against idn-area-data
// 4.0.1). The full directory (the `regions` work) replaces this list; until then a regency
// elsewhere is not found.
const SEED_REGENCIES: readonly RegionCandidate[] = [
  { code: '16.71', name: 'Kota Palembang', level: 'regency' },
  { code: '17.07', name: 'Kabupaten Lebong', level: 'regency' },
  { code: '17.08', name: 'Kabupaten Kepahiang', level: 'regency' },
  { code: '18.01', name: 'Kabupaten Lampung Selatan', level: 'regency' },
  { code: '18.71', name: 'Kota Bandar Lampung', level: 'regency' },
  { code: '18.72', name: 'Kota Metro', level: 'regency' },
  { code: '33.10', name: 'Kabupaten Klaten', level: 'regency' },
];

/**
 * The region name forms the finder knows: each of the 38 provinces bare, with `Provinsi` and
 * without a `DKI` / `DI` prefix; each seed regency or city with its prefix (`Kabupaten Klaten`,
 * `Kab. Klaten`, `Kota Metro`). A regency's bare name is left out on purpose: in prose a bare
 * `Metro` or `Bone` is a word more often than a place.
 */
export const KNOWN_REGION_NAMES: readonly RegionNameForm[] = /* @__PURE__ */ (() => {
  const forms: RegionNameForm[] = [];
  const add = (name: string, region: RegionCandidate): void => {
    forms.push(Object.freeze({ normalized: normalise(name), candidates: Object.freeze([Object.freeze({ ...region })]) }));
  };
  for (const province of PROVINCES) {
    const region: RegionCandidate = { code: province.code, name: province.name, level: 'province' };
    const bare = province.name.replace(/^(DKI|DI) /u, '');
    for (const name of new Set([province.name, bare])) {
      add(name, region);
      add(`Provinsi ${name}`, region);
    }
  }
  for (const regency of SEED_REGENCIES) {
    add(regency.name, regency);
    if (regency.name.startsWith('Kabupaten ')) add(regency.name.replace(/^Kabupaten /u, 'Kab '), regency);
  }
  return Object.freeze(forms);
})();
