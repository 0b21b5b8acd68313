import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertArray, assertOneOf, assertOptions, assertRecord, fail } from '../internal/assert.js';
import { COUNTRY_CODE, parseRegionCodeAt, type RegionLevel } from '../models/region-code.js';
import type { IsoDate } from '../models/snapshot.js';
import { compareText, LEVEL_ORDER, readRegionCountsList, type ReadRegionCounts, type RegionCounts } from './region-counts.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * Where {@link rollUp} and {@link tableRollUp} send each child: its `parent` (one level up), or
 * the named level above it: `district`, `regency`, `province` or the whole `country` (`ID`).
 * Rolling villages up to their regency in one step gives what rolling up level by level gives.
 *
 * @example
 * ```ts
 * const to: RollUpTo = 'regency';
 * ```
 *
 * @category Roll-ups
 */
export type RollUpTo = 'parent' | 'district' | 'regency' | 'province' | 'country';

/**
 * Options of {@link rollUp} and {@link tableRollUp}: the same names, the same meaning.
 *
 * @example
 * ```ts
 * const options: RollUpOptions = { to: 'province', expectedChildren: { '18': ['18.01', '18.72'] } };
 * ```
 *
 * @category Roll-ups
 */
export interface RollUpOptions {
  /** Where to roll each child up to; `'parent'` by default. */
  readonly to?: RollUpTo;
  /**
   * The children each parent should have: parent code to child codes (dotted or not). When a
   * parent is listed, its rows report the listed children that are absent as `missingChildren`.
   */
  readonly expectedChildren?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The sum of a parent region's children on one date.
 *
 * @example
 * ```ts
 * const [lampung] = rollUp([
 *   { regionCode: '18.01', asOf: '2024-07-01', population: 1_000, participants: 990 },
 *   { regionCode: '18.72', asOf: '2024-07-01', population: 3_000, participants: 2_850 },
 * ]);
 * lampung?.coverageRatio;
 * // => 0.96
 * formatPercent(lampung?.coveragePct);
 * // => '96,00%'
 * ```
 *
 * @category Roll-ups
 */
export interface RollUpRow {
  /** The parent's normalised code (`ID` for the country). */
  readonly regionCode: string;
  /** The parent's level. */
  readonly level: RegionLevel;
  /** The date shared by the children. */
  readonly asOf: IsoDate;
  /** Summed population. */
  readonly population: number;
  /** Summed participants. */
  readonly participants: number;
  /** Summed active participants; `undefined` unless every child reported them. */
  readonly activeParticipants: number | undefined;
  /** Summed participants / summed population (weighted, never a mean of percentages); `undefined` when the population is 0. */
  readonly coverageRatio: number | undefined;
  /** The same coverage in percent (summed participants * 100 / summed population); `undefined` when the population is 0. */
  readonly coveragePct: number | undefined;
  /** The level of the children summed. */
  readonly childLevel: RegionLevel;
  /** The children's normalised codes, sorted. */
  readonly children: readonly string[];
  /**
   * Expected children absent on this date, sorted; `undefined` when `expectedChildren` was not
   * given or does not list this parent.
   */
  readonly missingChildren: readonly string[] | undefined;
}

const TARGETS: readonly RollUpTo[] = ['parent', 'district', 'regency', 'province', 'country'];

/** The parent a row rolls into and that parent's level. */
function parentOf(row: ReadRegionCounts, to: RollUpTo): { readonly code: string; readonly level: RegionLevel } {
  const { region, index } = row;
  const depth = LEVEL_ORDER.indexOf(region.level);
  const wanted = to === 'parent' ? depth - 1 : LEVEL_ORDER.indexOf(to);
  if (depth <= wanted || region.parentCode === undefined) {
    fail(
      'INVALID_REGION_CODE',
      [index, 'regionCode'],
      region.code,
      `must be below the ${LEVEL_ORDER[Math.max(wanted, 0)] as RegionLevel} level to roll up to '${to}' (it is the ${region.level} level)`,
    );
  }
  if (to === 'country') return { code: COUNTRY_CODE, level: 'country' };
  if (to === 'parent') return { code: region.parentCode, level: LEVEL_ORDER[wanted] as RegionLevel };
  // A normalised code's first `wanted` dotted parts are its ancestor at that depth.
  return { code: region.code.split('.').slice(0, wanted).join('.'), level: to };
}

/**
 * Reads `expectedChildren` (at `path`) into parent code to the set of child codes, all normalised.
 *
 * @internal Shared with {@link tableRollUp}.
 */
export function readExpectedChildren(value: unknown, path: IssuePath): ReadonlyMap<string, ReadonlySet<string>> | undefined {
  if (value === undefined) return undefined;
  assertRecord(value, path);
  const expected = new Map<string, ReadonlySet<string>>();
  for (const [key, children] of Object.entries(value)) {
    const parent = parseRegionCodeAt(key, [...path, key]).code;
    if (expected.has(parent)) fail('INVALID_OPTION', [...path, key], key, `names region ${parent} twice`);
    assertArray(children, [...path, key]);
    const codes = new Set<string>();
    // Array.from first: forEach skips the holes of a sparse array instead of reporting them.
    Array.from(children).forEach((child, index) => {
      const code = parseRegionCodeAt(child, [...path, key, index]).code;
      const inside = parent === COUNTRY_CODE ? code !== COUNTRY_CODE : code.startsWith(`${parent}.`);
      if (!inside) fail('INVALID_OPTION', [...path, key, index], child, `must be a region inside ${parent}`);
      codes.add(code);
    });
    expected.set(parent, codes);
  }
  return expected;
}

/** Children of one parent on one date, as they accumulate. */
interface Group {
  readonly parent: { readonly code: string; readonly level: RegionLevel };
  readonly asOf: IsoDate;
  readonly rows: ReadRegionCounts[];
}

/** Adds two safe integers, failing at the row that pushes the sum past `Number.MAX_SAFE_INTEGER`. */
function addCount(sum: number, value: number, path: readonly (string | number)[]): number {
  const total = sum + value;
  if (!Number.isSafeInteger(total)) fail('INVALID_COUNT', path, value, 'makes the roll-up sum exceed Number.MAX_SAFE_INTEGER');
  return total;
}

function summarise(group: Group, expected: ReadonlyMap<string, ReadonlySet<string>> | undefined): RollUpRow {
  const [first] = group.rows as [ReadRegionCounts, ...ReadRegionCounts[]];
  let population = 0;
  let participants = 0;
  let active: number | undefined = 0;
  for (const row of group.rows) {
    if (row.region.level !== first.region.level) {
      fail(
        'MIXED_REGIONS',
        [row.index, 'regionCode'],
        row.region.code,
        `is a ${row.region.level}, but index ${first.index} (${first.region.code}) rolled into ${group.parent.code} on ${group.asOf} is a ${first.region.level}`,
      );
    }
    population = addCount(population, row.counts.population, [row.index, 'population']);
    participants = addCount(participants, row.counts.participants, [row.index, 'participants']);
    const rowActive = row.counts.activeParticipants;
    // Bounded by the participants' sum, which was checked: no overflow check needed.
    active = active === undefined || rowActive === undefined ? undefined : active + rowActive;
  }
  const children = group.rows.map((row) => row.region.code).sort(compareText);
  const wanted = expected?.get(group.parent.code);
  const present = new Set(children);
  return Object.freeze({
    regionCode: group.parent.code,
    level: group.parent.level,
    asOf: group.asOf,
    population,
    participants,
    activeParticipants: active,
    coverageRatio: population === 0 ? undefined : participants / population,
    coveragePct: population === 0 ? undefined : (participants * 100) / population,
    childLevel: first.region.level,
    children: Object.freeze(children),
    missingChildren:
      wanted === undefined ? undefined : Object.freeze([...wanted].filter((code) => !present.has(code)).sort(compareText)),
  });
}

/**
 * Sums regions into their parent region, per date: population, participants and (when every
 * child has them) active participants, with the coverage of the sums. Coverage is weighted by
 * population, never a mean of the children's percentages.
 *
 * Children of one parent on one date must be of one level (districts and regencies of a province
 * together would count people twice). The result does not depend on the input order.
 *
 * @param snapshots - dated region counts (a `Snapshot` fits), codes dotted or not
 * @param options - `to`: `'parent'` (default), `'district'`, `'regency'`, `'province'` or `'country'`; `expectedChildren`:
 *   parent code to child codes, to report the children missing
 * @returns one row per parent and date, sorted by parent code then date, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `snapshots` is not an array or a row not an
 *   object; `INVALID_REGION_CODE` / `UNKNOWN_PROVINCE` for a bad code, or a code not below the
 *   level rolled to (a province rolled `to: 'province'`, the country); `INVALID_DATE`,
 *   `INVALID_COUNT`, `INCONSISTENT_COUNTS` for a bad date or count, or a sum past
 *   `Number.MAX_SAFE_INTEGER`; `DUPLICATE_SNAPSHOT` when a region appears twice on one date;
 *   `MIXED_REGIONS` when children of one parent and date differ in level; `INVALID_OPTION` for an
 *   unknown option, a bad `to`, or an `expectedChildren` entry naming a parent twice or a child
 *   outside its parent.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * const rows = rollUp(
 *   [
 *     { regionCode: '1872', asOf: '2024-07-01', population: 200, participants: 196 },
 *     { regionCode: '18.01', asOf: '2024-07-01', population: 800, participants: 760 },
 *   ],
 *   { expectedChildren: { '18': ['18.01', '18.02', '18.72'] } },
 * );
 * rows.map((row) => [row.regionCode, row.participants, row.coverageRatio, row.missingChildren]);
 * // => [['18', 956, 0.956, ['18.02']]]
 * rollUp([{ regionCode: '18', asOf: '2024-07-01', population: 10, participants: 9 }])[0]?.regionCode;
 * // => 'ID'
 * ```
 *
 * @category Roll-ups
 */
export function rollUp(snapshots: readonly RegionCounts[], options?: RollUpOptions): readonly RollUpRow[] {
  snapshots = copyInput(snapshots, []);
  options = copyInput(options, ['options']);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['to', 'expectedChildren']);
  const to = opts?.['to'] === undefined ? 'parent' : opts['to'];
  assertOneOf(to, TARGETS, ['options', 'to']);
  const expected = readExpectedChildren(opts?.['expectedChildren'], ['options', 'expectedChildren']);
  const groups = new Map<string, Group>();
  for (const row of readRegionCountsList(snapshots)) {
    const parent = parentOf(row, to);
    const key = `${parent.code}@${row.asOf}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { parent, asOf: row.asOf, rows: [row] });
    else group.rows.push(row);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => compareText(a.parent.code, b.parent.code) || compareText(a.asOf, b.asOf),
  );
  return Object.freeze(ordered.map((group) => summarise(group, expected)));
}
