// How written region names are compared: the words that say which kind of region a name is
// ("Kabupaten", "Kab.", "Kota", "Provinsi", "Kecamatan") are read off first, then the rest is
// compared with accents, case, punctuation and spacing removed ("Tanjungpinang" is
// "Tanjung Pinang").
import type { RegionCandidate } from '../models/region-lookup.js';
import type { DirectoryRegion } from './directory-region.js';
import { normalizeRegionName } from './normalize-region-name.js';
import { ABBREVIATED_WORDS, PROVINCE_ALIASES, REGENCY_ALIASES } from './region-aliases.js';
import { DIRECTORY_DISTRICTS, DIRECTORY_PROVINCES, DIRECTORY_REGENCIES } from './region-directory.js';

/** What the first word(s) of a name say it is. */
type NameQualifier = 'kabupaten' | 'kota' | 'province' | 'district';

/** A normalised name read: its qualifier, the rest as a key, and the whole name as a key. */
export interface ParsedRegionName {
  readonly qualifier: NameQualifier | undefined;
  /** The name without its qualifier, spaces removed. */
  readonly key: string;
  /** The whole name, spaces removed: what a district called "Kota Baru" is known by. */
  readonly whole: string;
}

const QUALIFIER_WORDS: Readonly<Record<string, NameQualifier>> = {
  kabupaten: 'kabupaten',
  kab: 'kabupaten',
  kota: 'kota',
  kotamadya: 'kota',
  kodya: 'kota',
  provinsi: 'province',
  propinsi: 'province',
  prov: 'province',
  kecamatan: 'district',
  kec: 'district',
};

/** Words after "Kabupaten"/"Kota" that DKI Jakarta's regencies carry and people drop. */
const ADMINISTRATIVE_WORDS: ReadonlySet<string> = new Set(['administrasi', 'adm']);

/** Reads the qualifier off a normalised name. */
export function parseRegionName(normalized: string): ParsedRegionName {
  const words = normalized === '' ? [] : normalized.split(' ').map((word) => ABBREVIATED_WORDS.get(word) ?? word);
  const whole = words.join('');
  const first = words[0] ?? '';
  // Own keys only: a name starting with "constructor" or "toString" is no qualifier.
  const qualifier = Object.hasOwn(QUALIFIER_WORDS, first) ? QUALIFIER_WORDS[first] : undefined;
  if (qualifier === undefined || words.length < 2) return { qualifier: undefined, key: whole, whole };
  let rest = words.slice(1);
  if ((qualifier === 'kabupaten' || qualifier === 'kota') && rest.length > 1 && ADMINISTRATIVE_WORDS.has(rest[0] as string)) {
    rest = rest.slice(1);
  }
  return { qualifier, key: rest.join(''), whole };
}

/** Whether a region is what a qualifier says. */
function fitsQualifier(region: DirectoryRegion, qualifier: NameQualifier): boolean {
  switch (qualifier) {
    case 'province':
      return region.level === 'province';
    case 'district':
      return region.level === 'district';
    default:
      // KK 01-69 is a kabupaten, 71-99 a kota (Kemendagri).
      return region.level === 'regency' && (Number(region.code.slice(3, 5)) < 70) === (qualifier === 'kabupaten');
  }
}

/** The name of a regency without "Kabupaten"/"Kota" (and "Administrasi"): `'Jakarta Pusat'`. */
function bareRegencyName(name: string): string {
  return name.replace(/^(Kabupaten|Kota)( Administrasi)? /, '');
}

/** The written forms a region is known by, official name first. */
export function writtenForms(region: DirectoryRegion): string[] {
  switch (region.level) {
    case 'province':
      return [region.name, `Provinsi ${region.name}`, ...(PROVINCE_ALIASES[region.code] ?? [])];
    case 'regency': {
      const bare = bareRegencyName(region.name);
      const short = region.name.startsWith('Kabupaten') ? `Kab. ${bare}` : `Kota ${bare}`;
      return [...new Set([region.name, short, bare])];
    }
    default:
      return [region.name, `Kecamatan ${region.name}`];
  }
}

/** The keys of the whole directory, built once, on first use. */
export interface RegionNameKeys {
  /** Every region by each key it is known by without a qualifier, in code order. */
  readonly byKey: ReadonlyMap<string, readonly DirectoryRegion[]>;
  /** Each region's own key (its bare name), for nearest-name search. */
  readonly keyOf: ReadonlyMap<DirectoryRegion, string>;
  /** The exact {@link RegionCandidate} each region is reported as. */
  readonly candidateOf: ReadonlyMap<DirectoryRegion, RegionCandidate>;
  /** Every region a lookup may return, in code order. */
  readonly regions: readonly DirectoryRegion[];
}

let built: RegionNameKeys | undefined;

/** The directory's name keys. */
export function regionNameKeys(): RegionNameKeys {
  if (built !== undefined) return built;
  const regions = [...DIRECTORY_PROVINCES, ...DIRECTORY_REGENCIES, ...DIRECTORY_DISTRICTS].sort((a, b) =>
    a.code < b.code ? -1 : 1,
  );
  const byKey = new Map<string, DirectoryRegion[]>();
  const keyOf = new Map<DirectoryRegion, string>();
  const candidateOf = new Map<DirectoryRegion, RegionCandidate>();
  const add = (key: string, region: DirectoryRegion): void => {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [region]);
    else if (!list.includes(region)) list.push(region);
  };
  for (const region of regions) {
    candidateOf.set(region, Object.freeze({ code: region.code, name: region.name, level: region.level }));
    const names =
      region.level === 'province'
        ? [region.name, ...(PROVINCE_ALIASES[region.code] ?? [])]
        : region.level === 'regency'
          ? [bareRegencyName(region.name), ...(REGENCY_ALIASES[region.code] ?? [])]
          : [region.name];
    names.forEach((name, index) => {
      const key = parseRegionName(normalizeRegionName(name)).whole;
      if (index === 0) keyOf.set(region, key);
      add(key, region);
    });
  }
  built = { byKey, keyOf, candidateOf, regions };
  return built;
}

/**
 * The regions a read name stands for, before scoping: the regions known by its key that fit its
 * qualifier. A qualified name that fits nothing is tried whole (a district called "Kota Baru").
 */
export function regionsNamed(parsed: ParsedRegionName, accept: (region: DirectoryRegion) => boolean): DirectoryRegion[] {
  const { byKey } = regionNameKeys();
  const { qualifier } = parsed;
  const matches = (byKey.get(parsed.key) ?? []).filter(
    (region) => (qualifier === undefined || fitsQualifier(region, qualifier)) && accept(region),
  );
  if (matches.length > 0 || qualifier === undefined) return matches;
  return (byKey.get(parsed.whole) ?? []).filter(accept);
}
