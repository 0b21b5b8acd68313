import type { RegionLevel } from './region-code.js';

/**
 * One region a name can stand for: its normalised dotted Kemendagri code, its official name
 * and its level.
 *
 * @example
 * ```ts
 * const klaten: RegionCandidate = { code: '33.10', name: 'Kabupaten Klaten', level: 'regency' };
 * ```
 *
 * @category Regions
 */
export interface RegionCandidate {
  /** Normalised dotted Kemendagri code, e.g. `'33.10'`. */
  readonly code: string;
  /** The official name, e.g. `'Kabupaten Klaten'`. */
  readonly name: string;
  /** The region's level. */
  readonly level: RegionLevel;
}

/**
 * The answer to "which region is this name?". It never guesses: a name shared by a kabupaten
 * and a kota (a bare `'Blitar'`) is `'ambiguous'` with every candidate, and a name that
 * matches nothing is `'unknown'` with the nearest names.
 *
 * @example
 * ```ts
 * const found: RegionLookup = {
 *   status: 'found',
 *   query: 'Kab. Klaten',
 *   region: { code: '33.10', name: 'Kabupaten Klaten', level: 'regency' },
 * };
 * ```
 *
 * @category Regions
 */
export type RegionLookup =
  | {
      /** The name stands for exactly one region. */
      readonly status: 'found';
      /** The name as given. */
      readonly query: string;
      /** The region it stands for. */
      readonly region: RegionCandidate;
    }
  | {
      /** The name stands for more than one region. */
      readonly status: 'ambiguous';
      /** The name as given. */
      readonly query: string;
      /** Every region it may stand for, in code order. */
      readonly candidates: readonly RegionCandidate[];
    }
  | {
      /** The name stands for no region. */
      readonly status: 'unknown';
      /** The name as given. */
      readonly query: string;
      /** The nearest known names, nearest first (possibly none). */
      readonly nearest: readonly RegionCandidate[];
    };

/**
 * What narrows a name lookup.
 *
 * @example
 * ```ts
 * const inLampung: RegionLookupOptions = { province: '18', levels: ['regency'] };
 * ```
 *
 * @category Regions
 */
export interface RegionLookupOptions {
  /** Only regions inside this province (a two-digit code such as `'18'`). */
  readonly province?: string;
  /**
   * Only regions of these levels. When absent, the resolver's own default: `lookupRegion` of
   * `uhc-metrics/regions` searches provinces and regencies, and districts only when asked.
   */
  readonly levels?: readonly RegionLevel[];
}

/**
 * A function that resolves a region name as people write it. The directory subpath
 * (`uhc-metrics/regions`) provides one; functions of the main entry that read names take one
 * as an option, so that the main entry does not carry the directory.
 *
 * @example
 * ```ts
 * const onlyMetro: RegionResolver = (query) =>
 *   query.toLowerCase().includes('metro')
 *     ? { status: 'found', query, region: { code: '18.72', name: 'Kota Metro', level: 'regency' } }
 *     : { status: 'unknown', query, nearest: [] };
 * ```
 *
 * @category Regions
 */
export type RegionResolver = (name: string, options?: RegionLookupOptions) => RegionLookup;
