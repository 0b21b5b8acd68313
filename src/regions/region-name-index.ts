import type { RegionCandidate, RegionLookupOptions } from '../models/region-lookup.js';
import { lookupScope } from './lookup-scope.js';
import { normalizeRegionName } from './normalize-region-name.js';
import { parseRegionName, regionNameKeys, regionsNamed, writtenForms } from './region-name-keys.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * One written form of region names, with what name lookup makes of it: for finding region names
 * inside prose (search for `normalized` in the prose passed through {@link normalizeRegionName}).
 *
 * @example
 * ```ts
 * const entry: RegionNameEntry = {
 *   name: 'Kab. Klaten',
 *   normalized: 'kab klaten',
 *   candidates: [{ code: '33.10', name: 'Kabupaten Klaten', level: 'regency' }],
 * };
 * ```
 *
 * @category Regions
 */
export interface RegionNameEntry {
  /** The form as written, e.g. `'Kab. Klaten'`, `'Kota Metro'`, `'Blitar'`, `'DIY'`. */
  readonly name: string;
  /** `normalizeRegionName(name)`, e.g. `'kab klaten'`. */
  readonly normalized: string;
  /**
   * The regions this form stands for in the scope asked for, in code order: one when
   * {@link lookupRegion} finds it, several when it is ambiguous. Never empty.
   */
  readonly candidates: readonly RegionCandidate[];
}

/**
 * Every written form of every region name in scope, with its normalised form and its candidates,
 * sorted by normalised form: the official name, the short form ("Kab. Klaten", "Kota Metro"),
 * the bare name ("Klaten", one entry for both Blitars), "Provinsi ..." and the province aliases
 * ("DIY"); for districts the name and "Kecamatan ...". Each `candidates` is exactly what
 * {@link lookupRegion} answers for `name` with the same options.
 *
 * @param options - As for {@link lookupRegion}: by default provinces and regencies.
 * @returns A new array of frozen entries.
 * @throws {@link uhc-metrics!UhcMetricsError} as {@link lookupRegion} for bad options.
 * @throws `UhcMetricsError` `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const index = regionNameIndex({ levels: ['regency'] });
 * index.find((entry) => entry.normalized === 'blitar')?.candidates.map((region) => region.code);
 * // => ['35.05', '35.72']
 * index.filter((entry) => entry.candidates.length > 1).length;
 * // => 26
 * ```
 *
 * @category Regions
 */
export function regionNameIndex(options?: RegionLookupOptions): RegionNameEntry[] {
  options = copyInput(options, ['options']);
  const accept = lookupScope(options);
  const { regions, candidateOf } = regionNameKeys();
  const byNormalized = new Map<string, RegionNameEntry>();
  for (const region of regions) {
    if (!accept(region)) continue;
    for (const name of writtenForms(region)) {
      const normalized = normalizeRegionName(name);
      if (byNormalized.has(normalized)) continue;
      const candidates = regionsNamed(parseRegionName(normalized), accept).map((match) => candidateOf.get(match)!);
      byNormalized.set(normalized, Object.freeze({ name, normalized, candidates: Object.freeze(candidates) }));
    }
  }
  return [...byNormalized.values()].sort((a, b) => (a.normalized < b.normalized ? -1 : a.normalized > b.normalized ? 1 : 0));
}
