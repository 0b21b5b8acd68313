import type { IssuePath } from '../errors/uhc-metrics-error.js';
import type { PrintedFigure } from '../figures/printed-figure.js';
import { readPrintedFigure } from '../figures/read-printed-figure.js';
import { assertRecord, fail } from '../internal/assert.js';
import type { CoverageCounts } from '../metrics/coverage.js';
import {
  ceilFraction,
  decimalFraction,
  floorFraction,
  wholeFraction,
  type Fraction,
} from './exact-fraction.js';
import { choiceBounds, type FigureReadingChoice } from './figure-reading.js';

/**
 * A closed range of exact values, `high` `undefined` when unbounded above. A point when
 * `low` equals `high`.
 *
 * @internal Shared by the reconciliation of snapshots; not part of the public API.
 */
export interface FractionRange {
  readonly low: Fraction;
  readonly high: Fraction | undefined;
}

/** One count of a snapshot: its value, and the whole counts its print allows. */
export interface CountRange {
  /** The count as the snapshot holds it (the printed value for a printed count). */
  readonly point: number;
  /** Every whole count the print allows; the point alone for an exact count. */
  readonly range: FractionRange;
  /** Whether the count was printed with a scale word (its range is wider than the point). */
  readonly printed: boolean;
}

/** The counts reconcileSnapshot computes with. */
export interface SnapshotCountRanges {
  readonly population: CountRange;
  readonly participants: CountRange;
  readonly activeParticipants: CountRange | undefined;
}

const COUNT_KEYS = /* @__PURE__ */ Object.freeze(['population', 'participants', 'activeParticipants', 'nonActiveParticipants'] as const);

/** A point range. */
function pointRange(value: number): FractionRange {
  const at = wholeFraction(value);
  return { low: at, high: at };
}

/**
 * The whole counts a printed count allows under a reading choice: its bounds rounded inward
 * (low up, high down; past an open end by one), so `252,17 juta` rounded is 252 165 000 to
 * 252 175 000 and truncated 252 170 000 to 252 179 999.
 */
function wholeCounts(figure: PrintedFigure, choice: FigureReadingChoice): FractionRange {
  const { low, high, lowOpen, highOpen } = choiceBounds(figure, choice);
  const lowAt = decimalFraction(low);
  const highAt = decimalFraction(high);
  return {
    low: wholeFraction(lowOpen ? floorFraction(lowAt) + 1n : ceilFraction(lowAt)),
    high: wholeFraction(highOpen ? ceilFraction(highAt) - 1n : floorFraction(highAt)),
  };
}

/**
 * The counts of a snapshot as ranges: a count in `snapshot.countFigures` (given with a scale
 * word) is every whole count its print allows under `choice`; any other count is a point.
 * Throws `INVALID_TYPE` when `countFigures` is not an object, `INVALID_FIGURE` when one of its
 * figures is malformed (the shared figure check), not a count or hedged, and
 * `INCONSISTENT_COUNTS` when a figure's value is not the count beside it.
 */
export function readCountRanges(snapshot: object, counts: CoverageCounts, choice: FigureReadingChoice): SnapshotCountRanges {
  const given: unknown = (snapshot as Readonly<Record<string, unknown>>)['countFigures'];
  const ranges: Partial<Record<(typeof COUNT_KEYS)[number], FractionRange>> = {};
  if (given !== undefined) {
    assertRecord(given, ['countFigures']);
    const values: Readonly<Record<string, number | undefined>> = {
      population: counts.population,
      participants: counts.participants,
      activeParticipants: counts.activeParticipants,
      nonActiveParticipants: undefined,
    };
    for (const key of COUNT_KEYS) {
      if (given[key] === undefined) continue;
      const path: IssuePath = ['countFigures', key];
      const figure = readPrintedFigure(given[key], path, { kind: 'count' });
      if (figure.qualifier !== 'exact') {
        fail('INVALID_FIGURE', [...path, 'qualifier'], figure.qualifier, "must be 'exact': a count is known to its printed step, not hedged");
      }
      // Non-active participants take no part in a reconciliation; their figure is only checked.
      if (key === 'nonActiveParticipants') continue;
      const count = values[key];
      if (count !== figure.value) {
        fail('INCONSISTENT_COUNTS', [...path, 'value'], figure.value, `must equal ${key} (${String(count)}): the count holds the printed value`);
      }
      ranges[key] = wholeCounts(figure, choice);
    }
  }
  const countRange = (key: 'population' | 'participants' | 'activeParticipants', point: number): CountRange => {
    const range = ranges[key];
    return { point, range: range ?? pointRange(point), printed: range !== undefined };
  };
  return {
    population: countRange('population', counts.population),
    participants: countRange('participants', counts.participants),
    activeParticipants: counts.activeParticipants === undefined ? undefined : countRange('activeParticipants', counts.activeParticipants),
  };
}

/**
 * `part / whole` in percent over the ranges: [part.low / whole.high, part.high / whole.low],
 * exactly; `undefined` when the whole's point is 0 (the ratio is undefined). A whole whose range
 * reaches 0 leaves the top unbounded.
 */
export function pctRange(part: CountRange, whole: CountRange): FractionRange | undefined {
  if (whole.point === 0) return undefined;
  const hundredTimes = (x: Fraction): Fraction => ({ num: x.num * 100n, den: x.den });
  const wholeHigh = whole.range.high as Fraction; // a count's range is always bounded
  const partHigh = part.range.high as Fraction;
  const low = { num: hundredTimes(part.range.low).num * wholeHigh.den, den: part.range.low.den * wholeHigh.num };
  const high =
    whole.range.low.num === 0n
      ? undefined
      : { num: hundredTimes(partHigh).num * whole.range.low.den, den: partHigh.den * whole.range.low.num };
  return { low, high };
}

/** `max(0, whole - part)` over the ranges: the people not covered. */
export function uncoveredRange(participants: CountRange, population: CountRange): FractionRange {
  const difference = (a: Fraction, b: Fraction): Fraction => {
    const num = a.num * b.den - b.num * a.den;
    return num < 0n ? wholeFraction(0) : { num, den: a.den * b.den };
  };
  return {
    low: difference(population.range.low, participants.range.high as Fraction),
    high: difference(population.range.high as Fraction, participants.range.low),
  };
}
