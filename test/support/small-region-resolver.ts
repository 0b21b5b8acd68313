// A region resolver over a handful of regions, for tests written before the directory
// (`uhc-metrics/regions`) exists: "Kab."/"Kab"/"Kabupaten" and "Kota" decide the kind, a bare
// name shared by a kabupaten and a kota is ambiguous, anything else unknown.
import type { RegionCandidate, RegionLookup, RegionResolver } from '../../src/models/region-lookup.js';

const REGIONS: readonly RegionCandidate[] = [
  { code: '18.01', name: 'Kabupaten Lampung Selatan', level: 'regency' },
  { code: '18.02', name: 'Kabupaten Lampung Tengah', level: 'regency' },
  { code: '18.07', name: 'Kabupaten Lampung Timur', level: 'regency' },
  { code: '18.08', name: 'Kabupaten Way Kanan', level: 'regency' },
  { code: '18.71', name: 'Kota Bandar Lampung', level: 'regency' },
  { code: '18.72', name: 'Kota Metro', level: 'regency' },
  { code: '33.10', name: 'Kabupaten Klaten', level: 'regency' },
  { code: '35.05', name: 'Kabupaten Blitar', level: 'regency' },
  { code: '35.72', name: 'Kota Blitar', level: 'regency' },
];

/** `kabupaten lampung selatan` from `Kab. Lampung Selatan`, `KAB LAMPUNG SELATAN`, ... */
function normalized(name: string): string {
  const words = name.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((word) => word !== '');
  if (words[0] === 'kab') words[0] = 'kabupaten';
  return words.join(' ');
}

export const smallRegionResolver: RegionResolver = (query, options): RegionLookup => {
  const inScope = REGIONS.filter((region) => options?.province === undefined || region.code.startsWith(`${options.province}.`));
  const wanted = normalized(query);
  const exact = inScope.filter((region) => normalized(region.name) === wanted);
  if (exact.length === 1) return { status: 'found', query, region: exact[0] as RegionCandidate };
  const bare = inScope.filter((region) => normalized(region.name).replace(/^(kabupaten|kota) /, '') === wanted);
  if (bare.length === 1) return { status: 'found', query, region: bare[0] as RegionCandidate };
  if (bare.length > 1) return { status: 'ambiguous', query, candidates: bare };
  // "Nearest": the regions whose name begins with the same two words.
  const stem = wanted.split(' ').slice(0, 2).join(' ');
  return { status: 'unknown', query, nearest: inScope.filter((region) => normalized(region.name).startsWith(stem)) };
};
