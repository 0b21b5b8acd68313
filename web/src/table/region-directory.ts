// The Kemendagri region directory (`uhc-metrics/regions`, from idn-area-data, Open Database
// License): the name lookup tables read with, and the official names the report shows. Loaded
// with the first table, in a chunk of its own.
import type { RegionResolver } from 'uhc-metrics';

export interface RegionDirectory {
  readonly lookupRegion: RegionResolver;
  /** The official name of a province, regency, city or district code. */
  readonly regionName: (code: string) => string | undefined;
  /** The codes of a province's regencies and cities. */
  readonly regenciesOf: (province: string) => readonly string[];
}

export async function loadRegionDirectory(): Promise<RegionDirectory> {
  const regions = await import('uhc-metrics/regions');
  const names = new Map<string, string>();
  for (const list of [regions.DIRECTORY_PROVINCES, regions.DIRECTORY_REGENCIES, regions.DIRECTORY_DISTRICTS]) {
    for (const region of list) names.set(region.code, region.name);
  }
  const regencies = Map.groupBy(regions.DIRECTORY_REGENCIES, (regency) => regency.parentCode);
  return {
    lookupRegion: regions.lookupRegion,
    regionName: (code) => names.get(code),
    regenciesOf: (province) => (regencies.get(province) ?? []).map((regency) => regency.code),
  };
}
