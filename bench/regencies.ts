// The 38 provinces with their number of kabupaten and kota: 416 + 98 = 514 regencies and cities
// (Kepmendagri 300.2.2-2138/2025 totals). Codes are real province codes; regency numbers run
// 01.. for kabupaten and 71.. for kota, as the Kemendagri scheme assigns them (the real lists have
// gaps this generator does not reproduce).

/** Province code, kabupaten count, kota count. */
const PROVINCE_REGENCIES: readonly (readonly [string, number, number])[] = [
  ['11', 18, 5], ['12', 25, 8], ['13', 12, 7], ['14', 10, 2], ['15', 9, 2], ['16', 13, 4],
  ['17', 9, 1], ['18', 13, 2], ['19', 6, 1], ['21', 5, 2], ['31', 1, 5], ['32', 18, 9],
  ['33', 29, 6], ['34', 4, 1], ['35', 29, 9], ['36', 4, 4], ['51', 8, 1], ['52', 8, 2],
  ['53', 21, 1], ['61', 12, 2], ['62', 13, 1], ['63', 11, 2], ['64', 7, 3], ['65', 4, 1],
  ['71', 11, 4], ['72', 12, 1], ['73', 21, 3], ['74', 15, 2], ['75', 5, 1], ['76', 6, 0],
  ['81', 9, 2], ['82', 8, 2], ['91', 8, 1], ['92', 7, 0], ['93', 4, 0], ['94', 8, 0],
  ['95', 8, 0], ['96', 5, 1],
];

/** A regency or city: its dotted code and whether it is a kota. */
export interface BenchRegency {
  readonly code: string;
  readonly kota: boolean;
}

/** The 514 regencies and cities, sorted by code. */
export function regencies(): readonly BenchRegency[] {
  const list: BenchRegency[] = [];
  for (const [province, kabupaten, kota] of PROVINCE_REGENCIES) {
    for (let k = 1; k <= kabupaten; k += 1) list.push({ code: `${province}.${String(k).padStart(2, '0')}`, kota: false });
    for (let k = 1; k <= kota; k += 1) list.push({ code: `${province}.${String(70 + k)}`, kota: true });
  }
  if (list.length !== 514) throw new Error(`expected 514 regencies, built ${list.length}`);
  return list;
}
