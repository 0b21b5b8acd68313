import { UhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import { assertRecord, collectIssues, fail } from '../internal/assert.js';
import { parseRegionCodeAt, type RegionLevel } from './region-code.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * A named region: the country, a province, a regency or city, a district or a village.
 * `level` and `parentCode` always agree with `code`.
 *
 * @example
 * ```ts
 * const metro: Region = { code: '18.72', name: 'Kota Metro', level: 'regency', parentCode: '18' };
 * ```
 *
 * @category Models
 */
export interface Region {
  /** Normalised dotted Kemendagri code (`'18.72'`), or `'ID'` for the country. */
  readonly code: string;
  /** The region's name, trimmed, e.g. `'Kota Metro'`. */
  readonly name: string;
  /** The region's tier, implied by `code`. */
  readonly level: RegionLevel;
  /** The code one level up, implied by `code`; `undefined` only for the country. */
  readonly parentCode: string | undefined;
}

/**
 * What {@link createRegion} accepts: a code and a name; `level` and `parentCode` may be given
 * (so a {@link Region} round-trips) and must then agree with the code; `null` stands for not
 * given (JSON has no `undefined`).
 *
 * @example
 * ```ts
 * const input: RegionInput = { code: '1872', name: 'Kota Metro' };
 * createRegion(input).parentCode;
 * // => '18'
 * ```
 *
 * @category Models
 */
export interface RegionInput {
  /** A Kemendagri code, dotted or not, or `ID` for the country. */
  readonly code: string;
  /** The region's name, not blank. */
  readonly name: string;
  /** The region's tier; when given, the tier of `code`. */
  readonly level?: RegionLevel | null | undefined;
  /** The code one level up; when given, the parent of `code`. */
  readonly parentCode?: string | null | undefined;
}

/**
 * Builds a {@link Region} from untrusted input (a parsed JSON row or a CSV record).
 *
 * `code` is parsed and normalised with {@link parseRegionCode}; `level` and `parentCode` are
 * derived from it. They may be given too (so a `Region` round-trips), but must then agree with
 * the code. Other fields are ignored. The name is not checked against {@link PROVINCES}: sources
 * spell names differently (`DIY`, `Kep. Bangka Belitung`).
 *
 * @param input - a {@link RegionInput}: `code` and `name`, optionally `level` and `parentCode`
 * @returns a new frozen region
 * @throws {@link UhcMetricsError} with every issue found (code `INVALID_INPUT` when several):
 *   `INVALID_TYPE` when `input` is not an object or `code` / `name` are not strings, or `name` is
 *   blank; `INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` for a bad `code`, and
 *   `INVALID_REGION_CODE` when a given `level` or `parentCode` disagrees with `code`.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * createRegion({ code: '1872', name: 'Kota Metro' });
 * // => { code: '18.72', name: 'Kota Metro', level: 'regency', parentCode: '18' }
 * createRegion({ code: 'ID', name: 'Indonesia' });
 * // => { code: 'ID', name: 'Indonesia', level: 'country', parentCode: undefined }
 * ```
 *
 * @category Models
 */
export function createRegion(input: RegionInput): Region {
  input = copyInput(input, []);
  assertRecord(input, []);
  const issues: Issue[] = [];
  const info = collectIssues(issues, () => parseRegionCodeAt(input['code'], ['code']));
  const name = collectIssues(issues, () => {
    const value = input['name'];
    if (typeof value !== 'string' || value.trim() === '') {
      fail('INVALID_TYPE', ['name'], value, 'must be a non-empty string');
    }
    return value.trim();
  });
  if (info !== undefined) {
    // JSON has no undefined: null stands for a field not given.
    const { level, parentCode } = input;
    if (level != null && level !== info.level) {
      collectIssues(issues, () =>
        fail('INVALID_REGION_CODE', ['level'], level, `must be '${info.level}', the level of code ${info.code}`),
      );
    }
    if (parentCode != null && parentCode !== info.parentCode) {
      collectIssues(issues, () =>
        fail('INVALID_REGION_CODE', ['parentCode'], parentCode, `must be ${String(info.parentCode)}, the parent of code ${info.code}`),
      );
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) throw new UhcMetricsError([first, ...rest]);
  // Both are defined here: a failed check always records an issue.
  return Object.freeze({ code: info!.code, name: name!, level: info!.level, parentCode: info!.parentCode });
}
