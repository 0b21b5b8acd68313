import type { RegionLevel } from '../models/region-code.js';
import { COUNTRY_CODE } from '../models/region-code.js';
import type { DirectoryRegion } from './directory-region.js';

/**
 * Decodes the generated name strings of one level (see scripts/generate-region-directory.ts):
 * `strings[i]` holds the children of `parentCodes[i]` ('' for the country), separated by `|`;
 * a child's last code segment is the previous one plus 1 unless it starts with `#<segment>#`.
 */
export function decodeRegionNames(
  strings: readonly string[],
  parentCodes: readonly string[],
  level: RegionLevel,
  width: number,
): DirectoryRegion[] {
  const regions: DirectoryRegion[] = [];
  strings.forEach((text, index) => {
    const parent = parentCodes[index] ?? '';
    const prefix = parent === '' ? '' : `${parent}.`;
    const parentCode = parent === '' ? COUNTRY_CODE : parent;
    let segment = 0;
    for (const entry of text === '' ? [] : text.split('|')) {
      let name = entry;
      if (entry.startsWith('#')) {
        const end = entry.indexOf('#', 1);
        segment = Number(entry.slice(1, end));
        name = entry.slice(end + 1);
      } else {
        segment += 1;
      }
      const code = `${prefix}${String(segment).padStart(width, '0')}`;
      regions.push(Object.freeze({ code, name, level, parentCode }));
    }
  });
  return regions;
}
