import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { fail } from '../internal/assert.js';
import { PROVINCES } from './provinces.js';

/**
 * The tier of a Kemendagri region: the whole country (`ID`), a province (`PP`), a regency or city
 * (`PP.KK`), a district (kecamatan, `PP.KK.CC`) or a village (desa / kelurahan, `PP.KK.CC.NNNN`).
 *
 * @category Models
 */
export type RegionLevel = 'country' | 'province' | 'regency' | 'district' | 'village';

/**
 * A regency-level region is a kabupaten (regency, `KK` 01-69) or a kota (city, `KK` 71-99).
 *
 * @category Models
 */
export type RegencyKind = 'kabupaten' | 'kota';

/**
 * The code of the whole country: the parent of every province, used for national roll-ups.
 *
 * @example
 * ```ts
 * parentRegionCode('18') === COUNTRY_CODE;
 * // => true
 * ```
 *
 * @category Models
 */
export const COUNTRY_CODE: 'ID' = 'ID';

/**
 * What a region code says about its region. `code` is normalised (dotted); `parentCode` is the
 * code one level up (`undefined` only for the country); `provinceCode` is the two-digit code of
 * the province the region lies in (`undefined` only for the country). Regency-level codes also
 * carry `regencyKind`.
 *
 * @example
 * ```ts
 * const metro: RegionCodeInfo = parseRegionCode('1872');
 * metro.level === 'regency' ? metro.regencyKind : undefined;
 * // => 'kota'
 * ```
 *
 * @category Models
 */
export type RegionCodeInfo =
  | {
      /** The country code, `ID`. */
      readonly code: typeof COUNTRY_CODE;
      /** The tier: the whole country. */
      readonly level: 'country';
      /** None: the country has no parent. */
      readonly parentCode: undefined;
      /** None: the country lies in no province. */
      readonly provinceCode: undefined;
    }
  | {
      /** The code, normalised to the dotted form, e.g. `18.72`. */
      readonly code: string;
      /** The tier: a province (`PP`). */
      readonly level: 'province';
      /** The country code `ID`, parent of every province. */
      readonly parentCode: typeof COUNTRY_CODE;
      /** The two-digit code of the province the region lies in, e.g. `18`. */
      readonly provinceCode: string;
    }
  | {
      /** The code, normalised to the dotted form, e.g. `18.72`. */
      readonly code: string;
      /** The tier: a regency or city (`PP.KK`). */
      readonly level: 'regency';
      /** `kabupaten` for `KK` 01-69, `kota` for `KK` 71-99. */
      readonly regencyKind: RegencyKind;
      /** The dotted code one level up, e.g. `18` for `18.72`. */
      readonly parentCode: string;
      /** The two-digit code of the province the region lies in, e.g. `18`. */
      readonly provinceCode: string;
    }
  | {
      /** The code, normalised to the dotted form, e.g. `18.72`. */
      readonly code: string;
      /** The tier: a district (`PP.KK.CC`) or a village (`PP.KK.CC.NNNN`). */
      readonly level: 'district' | 'village';
      /** The dotted code one level up, e.g. `18` for `18.72`. */
      readonly parentCode: string;
      /** The two-digit code of the province the region lies in, e.g. `18`. */
      readonly provinceCode: string;
    };

// Dotted `PP.KK.CC.NNNN` (any prefix of it) or the same digits run together; never mixed.
const DOTTED = /^(\d{2})(?:\.(\d{2})(?:\.(\d{2})(?:\.(\d{4}))?)?)?$/;
const PLAIN = /^(\d{2})(?:(\d{2})(?:(\d{2})(\d{4})?)?)?$/;
const PROVINCE_CODES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(PROVINCES.map((province) => province.code)))();
const SHAPE = 'must be a Kemendagri region code: ID, PP, PP.KK, PP.KK.CC or PP.KK.CC.NNNN (dots optional)';

const COUNTRY_INFO: RegionCodeInfo = /* @__PURE__ */ Object.freeze({
  code: COUNTRY_CODE,
  level: 'country',
  parentCode: undefined,
  provinceCode: undefined,
});

/** Why a string is not a known region code: the error code and the expectation for the message. */
type Rejection = { readonly rejected: 'INVALID_REGION_CODE' | 'UNKNOWN_PROVINCE'; readonly expectation: string };

/** The region code info of a string, or why it is not one; never throws. */
function readRegionCode(value: string): RegionCodeInfo | Rejection {
  const text = value.trim();
  // The country code is accepted in any letter case; `id` from a lower-cased CSV means the same.
  // ASCII only: `'ıd'.toUpperCase()` is also 'ID'.
  if (/^id$/i.test(text)) return COUNTRY_INFO;
  const match = DOTTED.exec(text) ?? PLAIN.exec(text);
  if (!match) return { rejected: 'INVALID_REGION_CODE', expectation: SHAPE };
  const [, province = '', regency, district, village] = match;
  if (regency !== undefined && (regency === '00' || regency === '70')) {
    return {
      rejected: 'INVALID_REGION_CODE',
      expectation: `has regency part ${regency}: it must be 01-69 (kabupaten) or 71-99 (kota)`,
    };
  }
  if (district === '00') {
    return { rejected: 'INVALID_REGION_CODE', expectation: 'has district part 00: it must be 01-99' };
  }
  if (village === '0000') {
    return { rejected: 'INVALID_REGION_CODE', expectation: 'has village part 0000: it must be 0001-9999' };
  }
  if (!PROVINCE_CODES.has(province)) {
    return { rejected: 'UNKNOWN_PROVINCE', expectation: `names province ${province}, which is not one of the 38 provinces` };
  }
  if (regency === undefined) {
    return Object.freeze({ code: province, level: 'province', parentCode: COUNTRY_CODE, provinceCode: province });
  }
  const regencyCode = `${province}.${regency}`;
  if (district === undefined) {
    return Object.freeze({
      code: regencyCode,
      level: 'regency',
      regencyKind: regency < '70' ? 'kabupaten' : 'kota',
      parentCode: province,
      provinceCode: province,
    });
  }
  const districtCode = `${regencyCode}.${district}`;
  if (village === undefined) {
    return Object.freeze({ code: districtCode, level: 'district', parentCode: regencyCode, provinceCode: province });
  }
  return Object.freeze({
    code: `${districtCode}.${village}`,
    level: 'village',
    parentCode: districtCode,
    provinceCode: province,
  });
}

/**
 * {@link parseRegionCode} reporting problems at `path` inside a larger input.
 *
 * @internal Used by the model constructors; not part of the public API.
 */
export function parseRegionCodeAt(value: unknown, path: IssuePath): RegionCodeInfo {
  if (typeof value !== 'string') fail('INVALID_TYPE', path, value, 'must be a region code string');
  const info = readRegionCode(value);
  if ('rejected' in info) fail(info.rejected, path, value, info.expectation);
  return info;
}

/**
 * Reads a Kemendagri region code (kode wilayah) and says what it denotes.
 *
 * Accepts the country code `ID` (any letter case), and province `PP`, regency or city `PP.KK`,
 * district `PP.KK.CC` and village `PP.KK.CC.NNNN` codes, with or without the dots (`1872`,
 * `187201`, `1872011001`) but not half-dotted; surrounding whitespace is ignored. `KK` 01-69 is a
 * kabupaten, 71-99 a kota; `KK` 00 and 70, district 00 and village 0000 are malformed.
 *
 * @param code - the code as written
 * @returns the normalised code, its level, its parent's code and its province's code, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `code` is not a string;
 *   `INVALID_REGION_CODE` when it is malformed; `UNKNOWN_PROVINCE` when it is well formed but
 *   its first two digits are not one of the 38 provinces.
 *
 * @example
 * ```ts
 * parseRegionCode(' 1872 ');
 * // => { code: '18.72', level: 'regency', regencyKind: 'kota', parentCode: '18', provinceCode: '18' }
 * parseRegionCode('18');
 * // => { code: '18', level: 'province', parentCode: 'ID', provinceCode: '18' }
 * parseRegionCode('ID');
 * // => { code: 'ID', level: 'country', parentCode: undefined, provinceCode: undefined }
 * ```
 *
 * @category Models
 */
export function parseRegionCode(code: string): RegionCodeInfo {
  return parseRegionCodeAt(code, []);
}

/**
 * The dotted form of a region code. Idempotent: normalising a normalised code changes nothing.
 *
 * @param code - the code as written (`1872`, ` 18.72 `)
 * @returns the normalised code (`'18.72'`)
 * @throws {@link UhcMetricsError} as {@link parseRegionCode}: `INVALID_TYPE`, `INVALID_REGION_CODE`,
 *   `UNKNOWN_PROVINCE`.
 *
 * @example
 * ```ts
 * normalizeRegionCode('1872011001');
 * // => '18.72.01.1001'
 * ```
 *
 * @category Models
 */
export function normalizeRegionCode(code: string): string {
  return parseRegionCodeAt(code, []).code;
}

/**
 * The code of the region one level up: village to district, district to regency, regency to
 * province, province to the country `ID`.
 *
 * @param code - a region code as written
 * @returns the parent's normalised code, or `undefined` for the country itself
 * @throws {@link UhcMetricsError} as {@link parseRegionCode}: `INVALID_TYPE`, `INVALID_REGION_CODE`,
 *   `UNKNOWN_PROVINCE`.
 *
 * @example
 * ```ts
 * parentRegionCode('3310');
 * // => '33'
 * parentRegionCode('33');
 * // => 'ID'
 * parentRegionCode('ID');
 * // => undefined
 * ```
 *
 * @category Models
 */
export function parentRegionCode(code: string): string | undefined {
  return parseRegionCodeAt(code, []).parentCode;
}

/**
 * Whether a value is a region code {@link parseRegionCode} accepts. Never throws.
 *
 * @param value - anything
 * @returns `true` for a well-formed code of one of the 38 provinces (or `ID`), else `false`
 *
 * @example
 * ```ts
 * [isRegionCode('18.72'), isRegionCode('18.70'), isRegionCode('99'), isRegionCode(18)];
 * // => [true, false, false, false]
 * ```
 *
 * @category Models
 */
export function isRegionCode(value: unknown): boolean {
  return typeof value === 'string' && !('rejected' in readRegionCode(value));
}
