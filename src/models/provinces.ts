/**
 * One of Indonesia's 38 provinces: its two-digit Kemendagri code and its name.
 *
 * @example
 * ```ts
 * const lampung: Province = { code: '18', name: 'Lampung' };
 * ```
 *
 * @category Models
 */
export interface Province {
  /** Two-digit Kemendagri code, e.g. `'18'`. */
  readonly code: string;
  /** The province's name as listed by Kemendagri, e.g. `'Lampung'`. */
  readonly name: string;
}

/**
 * The 38 provinces of Indonesia (Kepmendagri 300.2.2-2138/2025), in code order, frozen.
 *
 * @example
 * ```ts
 * PROVINCES.length;
 * // => 38
 * PROVINCES.find((province) => province.code === '18');
 * // => { code: '18', name: 'Lampung' }
 * ```
 *
 * @category Models
 */
// Built inside a pure IIFE so that bundlers drop the table when nothing uses it.
export const PROVINCES: readonly Province[] = /* @__PURE__ */ (() =>
  Object.freeze(
  (
    [
      ['11', 'Aceh'],
      ['12', 'Sumatera Utara'],
      ['13', 'Sumatera Barat'],
      ['14', 'Riau'],
      ['15', 'Jambi'],
      ['16', 'Sumatera Selatan'],
      ['17', 'Bengkulu'],
      ['18', 'Lampung'],
      ['19', 'Kepulauan Bangka Belitung'],
      ['21', 'Kepulauan Riau'],
      ['31', 'DKI Jakarta'],
      ['32', 'Jawa Barat'],
      ['33', 'Jawa Tengah'],
      ['34', 'DI Yogyakarta'],
      ['35', 'Jawa Timur'],
      ['36', 'Banten'],
      ['51', 'Bali'],
      ['52', 'Nusa Tenggara Barat'],
      ['53', 'Nusa Tenggara Timur'],
      ['61', 'Kalimantan Barat'],
      ['62', 'Kalimantan Tengah'],
      ['63', 'Kalimantan Selatan'],
      ['64', 'Kalimantan Timur'],
      ['65', 'Kalimantan Utara'],
      ['71', 'Sulawesi Utara'],
      ['72', 'Sulawesi Tengah'],
      ['73', 'Sulawesi Selatan'],
      ['74', 'Sulawesi Tenggara'],
      ['75', 'Gorontalo'],
      ['76', 'Sulawesi Barat'],
      ['81', 'Maluku'],
      ['82', 'Maluku Utara'],
      ['91', 'Papua'],
      ['92', 'Papua Barat'],
      ['93', 'Papua Selatan'],
      ['94', 'Papua Tengah'],
      ['95', 'Papua Pegunungan'],
      ['96', 'Papua Barat Daya'],
    ] as const
  ).map(([code, name]): Province => Object.freeze({ code, name })),
  ))();
