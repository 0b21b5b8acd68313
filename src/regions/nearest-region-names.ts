import type { DirectoryRegion } from './directory-region.js';
import { regionNameKeys } from './region-name-keys.js';

/** How much of a key is compared: longer than any region name, so nothing real is cut. */
const MAX_KEY_LENGTH = 48;
/** How many nearest names are given. */
const MAX_NEAREST = 5;

/** Edit distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The regions whose names are nearest to `key` (a normalised name without spaces), nearest
 * first, then in code order: at most five, each within an edit distance of a third of the key's
 * length (at least 2). The key is cut to 48 characters, so the work is bounded.
 */
export function nearestRegions(key: string, accept: (region: DirectoryRegion) => boolean): DirectoryRegion[] {
  const cut = key.slice(0, MAX_KEY_LENGTH);
  if (cut === '') return [];
  const limit = Math.max(2, Math.floor(cut.length / 3));
  const { regions, keyOf } = regionNameKeys();
  const scored: { readonly region: DirectoryRegion; readonly distance: number }[] = [];
  for (const region of regions) {
    if (!accept(region)) continue;
    const distance = boundedDistance(cut, keyOf.get(region) ?? '', limit);
    if (distance <= limit) scored.push({ region, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || (a.region.code < b.region.code ? -1 : 1))
    .slice(0, MAX_NEAREST)
    .map(({ region }) => region);
}
