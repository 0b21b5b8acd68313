import type { RegionCandidate } from '../models/region-lookup.js';
import { PROVINCES } from '../models/provinces.js';
import { DIRECTORY_REGENCIES } from '../regions/region-directory.js';

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

/**
 * The region name forms the finder knows: each of the 38 provinces bare, with `Provinsi` and
 * without a `DKI` / `DI` prefix; each of the 514 regencies and cities of the region directory
 * with its prefix (`Kabupaten Klaten`, `Kab. Klaten`, `Kota Metro`). A regency's bare name is left out on purpose: in prose a bare
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
  for (const { code, name, level } of DIRECTORY_REGENCIES) {
    const regency: RegionCandidate = { code, name, level };
    add(regency.name, regency);
    if (regency.name.startsWith('Kabupaten ')) add(regency.name.replace(/^Kabupaten /u, 'Kab '), regency);
  }
  return Object.freeze(forms);
})();
