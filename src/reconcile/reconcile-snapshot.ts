import type { IssuePath } from '../errors/uhc-metrics-error.js';
import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { readPrintedFigure } from '../figures/read-printed-figure.js';
import { assertOptions, assertRecord, fail } from '../internal/assert.js';
import { readCoverageCounts, uncoveredPeople, type CoverageCounts } from '../metrics/coverage.js';
import type { ActivityBase, Snapshot } from '../models/snapshot.js';
import { pctRange, readCountRanges, uncoveredRange, type CountRange, type FractionRange, type SnapshotCountRanges } from './count-ranges.js';
import { compareToBound, fractionToNumber, wholeFraction, type Fraction } from './exact-fraction.js';
import {
  choiceInterval,
  readingBounds,
  readingsOf,
  resolveReadingChoice,
  type FigureReading,
  type FigureReadingChoice,
  type ReadingBounds,
} from './figure-reading.js';
import { isSlippedDigit, isWithinAStep, type LikelyCause } from './likely-cause.js';
import { copyInput, ownField } from '../internal/copy-input.js';

/**
 * A figure a snapshot can carry as printed (see {@link PrintedFigures}), in the order
 * {@link reconcileSnapshot} reports them. `coverage`, `activeCoverage` and `activityRate` are
 * percentages; `participants`, `population` and `uncovered` are counts of people.
 *
 * @example
 * ```ts
 * const field: ReconciledField = 'coverage';
 * ```
 *
 * @category Reconciliation
 */
export type ReconciledField =
  | 'coverage'
  | 'activeCoverage'
  | 'activityRate'
  | 'participants'
  | 'population'
  | 'uncovered';

/**
 * The verdict on a printed figure: `'consistent'` (an accepted reading of the print allows the
 * value computed from the counts), `'inconsistent'` (none does), or `'unknown'` (the value
 * cannot be computed: population 0, or active participants not given).
 *
 * @example
 * ```ts
 * const status: ReconcileStatus = 'inconsistent';
 * ```
 *
 * @category Reconciliation
 */
export type ReconcileStatus = 'consistent' | 'inconsistent' | 'unknown';

/**
 * One printed figure set against the counts it claims to summarise.
 *
 * @example
 * ```ts
 * const check: FigureReconciliation = {
 *   field: 'coverage',
 *   printed: parseFigure('98,46%'),
 *   computed: (8_911_770 * 100) / 9_051_459,
 *   status: 'consistent',
 *   readings: ['rounded'],
 *   difference: (8_911_770 * 100) / 9_051_459 - 98.46,
 * };
 * ```
 *
 * @category Reconciliation
 */
export interface FigureReconciliation {
  /** Which printed figure this is. */
  readonly field: ReconciledField;
  /** The figure as printed (a frozen copy). */
  readonly printed: PrintedFigure;
  /** For `activityRate` only: the base the source said it divided by. */
  readonly base?: ActivityBase;
  /**
   * The value computed from the counts, in the figure's unit (percent for percentages, people
   * for counts); `undefined` when it cannot be computed. A double for reporting: the verdict is
   * decided on the exact ratio, not on this number.
   */
  readonly computed: number | undefined;
  /**
   * Present when a count behind this figure was given with a scale word (see
   * {@link CountFigures}): every value the counts' printed intervals allow, under the accepted
   * readings. The verdict is decided on this range (exactly), not on `computed`, which uses the
   * printed values.
   */
  readonly computedInterval?: Interval;
  /** The verdict. */
  readonly status: ReconcileStatus;
  /** The accepted readings of the print that allow the computed value; empty unless consistent. */
  readonly readings: readonly FigureReading[];
  /**
   * `computed - printed.value` in the figure's unit (percentage points for percentages, people
   * for counts); `undefined` when `computed` is.
   */
  readonly difference: number | undefined;
  /** For an inconsistent figure, the cause when one can be named; absent otherwise. */
  readonly likelyCause?: LikelyCause;
}

/**
 * Every printed figure of a snapshot set against its counts.
 *
 * @example
 * ```ts
 * const nothingPrinted: SnapshotReconciliation = { consistent: true, figures: [], inconsistencies: [] };
 * ```
 *
 * @category Reconciliation
 */
export interface SnapshotReconciliation {
  /**
   * `true` when no printed figure contradicts the counts. Figures whose value cannot be
   * computed (`'unknown'`) do not contradict; a snapshot with nothing printed is consistent.
   */
  readonly consistent: boolean;
  /** One entry per printed figure, in {@link ReconciledField} order. */
  readonly figures: readonly FigureReconciliation[];
  /** The entries of `figures` whose status is `'inconsistent'`. */
  readonly inconsistencies: readonly FigureReconciliation[];
}

/**
 * Options of {@link reconcileSnapshot}.
 *
 * @example
 * ```ts
 * const options: ReconcileSnapshotOptions = { reading: 'rounded' };
 * ```
 *
 * @category Reconciliation
 */
export interface ReconcileSnapshotOptions {
  /**
   * Which readings of a print to accept: `'rounded'`, `'truncated'`, or `'either'` (the
   * default: outlets do both, and a reader rarely knows which one did).
   */
  readonly reading?: FigureReadingChoice;
}

const OPTION_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['reading']);
const COUNT_FIELDS = /* @__PURE__ */ Object.freeze(['participants', 'population', 'uncovered'] as const);

/** What one printed figure is checked against. */
interface FigureCheck {
  readonly field: ReconciledField;
  readonly figure: PrintedFigure;
  readonly base?: ActivityBase;
  /** The exact value from the counts as held (printed counts at their printed value); `undefined` when not computable. */
  readonly exact: Fraction | undefined;
  /** Every value the counts allow (a printed count contributes its interval); `undefined` when not computable. */
  readonly range: FractionRange | undefined;
  /** Whether a count printed with a scale word widened `range` beyond `exact`. */
  readonly widened: boolean;
  /** Active participants over the other base, for naming a `'different-base'` cause. */
  readonly otherBase?: FractionRange | undefined;
}

/** `part / whole` in percent, exactly; `undefined` when the whole is 0 or the part unknown. */
function pctOf(part: number | undefined, whole: number): Fraction | undefined {
  return part === undefined || whole === 0 ? undefined : { num: BigInt(part) * 100n, den: BigInt(whole) };
}

/** The printed activity rate `{ figure, base }`, checked. */
function readActivityRate(value: unknown, path: IssuePath): { figure: PrintedFigure; base: ActivityBase } {
  assertRecord(value, path);
  const figure = readPrintedFigure(value['figure'], [...path, 'figure'], { kind: 'percent' });
  const base = value['base'];
  if (base !== 'participants' && base !== 'population') {
    fail('INVALID_TYPE', [...path, 'base'], base, "must be one of 'participants', 'population'");
  }
  return { figure, base };
}

/** A percentage check of `part` over `whole`: the point and the range. */
function ratioCheck(part: CountRange | undefined, whole: CountRange): Pick<FigureCheck, 'exact' | 'range' | 'widened'> {
  const exact = pctOf(part?.point, whole.point);
  const range = part === undefined ? undefined : pctRange(part, whole);
  return { exact, range, widened: range !== undefined && (part?.printed === true || whole.printed) };
}

/** Every printed figure of the snapshot, checked, with the exact value it should show. */
function figureChecks(printed: Readonly<Record<string, unknown>>, counts: CoverageCounts, ranges: SnapshotCountRanges): FigureCheck[] {
  const { population, participants, activeParticipants } = ranges;
  const checks: FigureCheck[] = [];
  const path = (key: string): IssuePath => ['printed', key];
  if (printed['coverage'] !== undefined) {
    const figure = readPrintedFigure(printed['coverage'], path('coverage'), { kind: 'percent' });
    checks.push({ field: 'coverage', figure, ...ratioCheck(participants, population) });
  }
  if (printed['activeCoverage'] !== undefined) {
    const figure = readPrintedFigure(printed['activeCoverage'], path('activeCoverage'), { kind: 'percent' });
    const otherBase = activeParticipants === undefined ? undefined : pctRange(activeParticipants, participants);
    checks.push({ field: 'activeCoverage', figure, ...ratioCheck(activeParticipants, population), otherBase });
  }
  if (printed['activityRate'] !== undefined) {
    const { figure, base } = readActivityRate(printed['activityRate'], path('activityRate'));
    const [whole, other] = base === 'population' ? [population, participants] : [participants, population];
    const otherBase = activeParticipants === undefined ? undefined : pctRange(activeParticipants, other);
    checks.push({ field: 'activityRate', figure, base, ...ratioCheck(activeParticipants, whole), otherBase });
  }
  const computedCounts: Readonly<Record<(typeof COUNT_FIELDS)[number], { exact: Fraction; range: FractionRange; widened: boolean }>> = {
    participants: { exact: wholeFraction(participants.point), range: participants.range, widened: participants.printed },
    population: { exact: wholeFraction(population.point), range: population.range, widened: population.printed },
    uncovered: {
      exact: wholeFraction(uncoveredPeople(counts)),
      range: uncoveredRange(participants, population),
      widened: participants.printed || population.printed,
    },
  };
  for (const field of COUNT_FIELDS) {
    if (printed[field] === undefined) continue;
    const figure = readPrintedFigure(printed[field], path(field), { kind: 'count' });
    checks.push({ field, figure, ...computedCounts[field] });
  }
  return checks;
}

/** Whether some value of `range` lies within `bounds`, ends open or closed as marked. */
function rangeMeets(range: FractionRange, bounds: ReadingBounds): boolean {
  // The range's top must reach the bounds' low end, and its bottom must not pass their high end.
  const reachesLow =
    range.high === undefined || (bounds.lowOpen ? compareToBound(range.high, bounds.low) > 0 : compareToBound(range.high, bounds.low) >= 0);
  const fromHigh = compareToBound(range.low, bounds.high);
  return reachesLow && (bounds.highOpen ? fromHigh < 0 : fromHigh <= 0);
}

/** The value of `range` nearest to `allowed`: its top when it lies below, else its bottom. */
function nearestValue(range: FractionRange, allowed: Interval): Fraction {
  return range.high !== undefined && compareToBound(range.high, allowed.low) < 0 ? range.high : range.low;
}

/** The cause of an inconsistency, when one can be named; the most specific first. */
function likelyCauseOf(check: FigureCheck, exact: Fraction, range: FractionRange, choice: FigureReadingChoice): LikelyCause | undefined {
  const readings = readingsOf(choice);
  const { figure, otherBase } = check;
  const matches = (values: FractionRange): boolean => readings.some((reading) => rangeMeets(values, readingBounds(figure, reading)));
  if (otherBase !== undefined && matches(otherBase)) return 'different-base';
  // Called only for an inconsistent figure, so the range is outside every accepted interval.
  const allowed = choiceInterval(figure, choice);
  if (isWithinAStep(nearestValue(range, allowed), allowed, figure.step)) return 'rounding';
  if (isSlippedDigit(figure, exact, readings)) return 'slipped-digit';
  return undefined;
}

/** A range as doubles, for reporting. */
function rangeInterval(range: FractionRange): Interval {
  return Object.freeze({ low: fractionToNumber(range.low), high: range.high === undefined ? Infinity : fractionToNumber(range.high) });
}

/** The verdict on one printed figure. */
function reconcileFigure(check: FigureCheck, choice: FigureReadingChoice): FigureReconciliation {
  const { field, figure, exact, range } = check;
  const base = ownField(check, 'base') as ActivityBase | undefined;
  const head = { field, printed: figure, ...(base === undefined ? {} : { base }) };
  if (exact === undefined || range === undefined) {
    return Object.freeze({
      ...head,
      computed: undefined,
      status: 'unknown',
      readings: Object.freeze([]),
      difference: undefined,
    });
  }
  const computed = fractionToNumber(exact);
  const readings = readingsOf(choice).filter((reading) => rangeMeets(range, readingBounds(figure, reading)));
  const cause = readings.length > 0 ? undefined : likelyCauseOf(check, exact, range, choice);
  return Object.freeze({
    ...head,
    computed,
    ...(check.widened ? { computedInterval: rangeInterval(range) } : {}),
    status: readings.length > 0 ? 'consistent' : 'inconsistent',
    readings: Object.freeze(readings),
    difference: computed - figure.value,
    ...(cause === undefined ? {} : { likelyCause: cause }),
  });
}

/**
 * Checks every figure a snapshot printed (its `printed` group) against the snapshot's own
 * counts: does the printed coverage, active coverage, activity rate, participants, population
 * or uncovered figure agree with what the counts give, within the precision the print carries?
 *
 * Each figure's value is computed from the counts: coverage = participants / population,
 * active coverage = active participants / population, activity rate = active participants over
 * the base printed with it, uncovered = population - participants (never below 0). It is
 * consistent when an accepted reading's interval ({@link PrintedFigure.rounded} or
 * {@link PrintedFigure.truncated}) contains that value. A rounded interval includes both ends
 * (round-half conventions differ); a truncated one excludes its top (cutting 98,46% never prints
 * `98,45 %`); `lebih dari` / `di atas` and `kurang dari` / `di bawah` exclude their bound (19 of
 * 20 is not `lebih dari 95%`), `minimal` and `hampir` include it. The test is exact: the ratio is
 * kept as a fraction of integers and compared with BigInt arithmetic to the decimal each bound
 * stands for, so a coverage exactly on an edge (`98,455 %` against `98,46 %`) is decided by that
 * rule, and no float error moves a value across an edge. `computed` and `difference` are doubles for
 * reporting.
 *
 * A count given with a scale word (`participants: '252,17 juta'`, kept in
 * {@link Snapshot.countFigures}) is not exact: every whole count its print allows under the
 * accepted readings takes part (rounded, `252,17 juta` is 252 165 000 to 252 175 000; truncated,
 * 252 170 000 to 252 179 999). A figure computed from it is consistent when some value in the
 * resulting range (`computedInterval`) lies in an accepted reading of the print; the cause of
 * an inconsistency is then named from the value of the range nearest the print.
 *
 * An inconsistent figure names its likely cause when one fits, tried in this order:
 * `'different-base'` (an activity rate or active coverage that matches active participants over
 * the other base), `'rounding'` (outside by less than one printed step), `'slipped-digit'` (one
 * digit differs at the printed precision). Counts and printed figures are read from the snapshot
 * only; its region and date are not checked.
 *
 * @param snapshot - a {@link Snapshot} (or any object with `population`, `participants`, optional
 *   `activeParticipants` and `printed`), as {@link createSnapshot} builds it
 * @param options - `reading`: which readings of a print to accept, `'either'` by default
 * @returns the verdicts, deeply frozen: `consistent`, one entry per printed figure, and the
 *   inconsistent ones
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `snapshot`, `printed` or
 *   `printed.activityRate` is not an object, a printed figure is not an object, or an activity
 *   rate's `base` is not a base; `INVALID_COUNT` when a count is not a non-negative safe integer;
 *   `INCONSISTENT_COUNTS` when active participants exceed participants or a figure of
 *   `countFigures` is not the count beside it; `INVALID_FIGURE` when a printed figure (or one of
 *   `countFigures`) is malformed, of the wrong kind (a count printed as coverage), negative, or
 *   (in `countFigures`) hedged;
 *   `INVALID_OPTION` for an unknown option or a `reading` outside its set.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // NU Online Lampung, 19 Jul 2024: "8.911.770 jiwa dari total penduduk semester II tahun 2023
 * // sebesar 9.051.459 jiwa atau setara 99,46 %"; the same article later says 98,46%.
 * const counts = { regionCode: '18', asOf: '2024-07-01', population: '9.051.459', participants: '8.911.770' };
 * const first = reconcileSnapshot(createSnapshot({ ...counts, printed: { coverage: '99,46 %' } }));
 * first.consistent;
 * // => false
 * first.inconsistencies.map((check) => [check.field, check.likelyCause]);
 * // => [['coverage', 'slipped-digit']]
 * const later = reconcileSnapshot(createSnapshot({ ...counts, printed: { coverage: '98,46%' } }));
 * later.figures.map((check) => [check.status, check.readings]);
 * // => [['consistent', ['rounded']]]
 *
 * // Klaten article, 1 Mar 2023: "252,17 juta jiwa atau 90,79 % dari total penduduk". With a
 * // population of 277.771.658 (the largest the two prints allow), 252 170 000 exactly is 90,7832 %,
 * // but the printed count allows up to 252 175 000 (rounded), which is 90,7850 %.
 * const national = { regionCode: 'ID', asOf: '2023-03-01', population: 277_771_658, printed: { coverage: '90,79 %' } };
 * const asPrinted = reconcileSnapshot(createSnapshot({ ...national, participants: '252,17 juta jiwa' }), { reading: 'rounded' });
 * asPrinted.figures.map((check) => [check.status, check.computedInterval]);
 * // => [['consistent', { low: 90.7814000231802, high: 90.78500010249425 }]]
 * const asExact = reconcileSnapshot(createSnapshot({ ...national, participants: 252_170_000 }), { reading: 'rounded' });
 * asExact.figures.map((check) => [check.status, check.likelyCause]);
 * // => [['inconsistent', 'rounding']]
 * ```
 *
 * @category Reconciliation
 */
export function reconcileSnapshot(snapshot: Snapshot, options?: ReconcileSnapshotOptions): SnapshotReconciliation {
  snapshot = copyInput(snapshot, []);
  options = copyInput(options, ['options']);
  const rawOptions: unknown = options;
  assertOptions(rawOptions, OPTION_KEYS);
  const choice = resolveReadingChoice(rawOptions?.['reading'], ['options', 'reading']);
  const counts = readCoverageCounts(snapshot, []);
  const ranges = readCountRanges(snapshot, counts, choice);
  const printed: unknown = (snapshot as unknown as Readonly<Record<string, unknown>>)['printed'];
  if (printed !== undefined) assertRecord(printed, ['printed']);
  const checks = printed === undefined ? [] : figureChecks(printed, counts, ranges);
  const figures = Object.freeze(checks.map((check) => reconcileFigure(check, choice)));
  const inconsistencies = Object.freeze(figures.filter((figure) => figure.status === 'inconsistent'));
  return Object.freeze({ consistent: inconsistencies.length === 0, figures, inconsistencies });
}
