import { assertCount, assertRecord, fail } from '../internal/assert.js';
import { assertAsOfDayNumber } from '../internal/calendar.js';
import { compoundAnnualGrowth } from '../internal/compound-growth.js';
import type { IsoDate } from '../models/snapshot.js';
import { copyInput } from '../internal/copy-input.js';

/**
 * A count of participants at a date, with no population: all a table of participants over time
 * gives. A {@link Snapshot} is one too.
 *
 * @example
 * ```ts
 * const august: ParticipantCount = { asOf: '2023-08', participants: 8_527_908 };
 * ```
 *
 * @category Growth and projections
 */
export interface ParticipantCount {
  /** A day `YYYY-MM-DD` or a month `YYYY-MM` (counted as its last day). */
  readonly asOf: IsoDate;
  /** People registered in JKN. */
  readonly participants: number;
}

/**
 * How the number of participants changed between two dates; see {@link participantsGrowth}.
 *
 * @example
 * ```ts
 * const growth: ParticipantsGrowth = participantsGrowth(
 *   { asOf: '2023-08', participants: 100 },
 *   { asOf: '2024-08', participants: 110 },
 * );
 * growth.participantsChange;
 * // => 10
 * ```
 *
 * @category Growth and projections
 */
export interface ParticipantsGrowth {
  /** The earlier date, as given. */
  readonly fromAsOf: IsoDate;
  /** The later date, as given. */
  readonly toAsOf: IsoDate;
  /** Days between the two dates (a month counts as its last day), positive. */
  readonly elapsedDays: number;
  /** New participants (people); negative when participants fell. */
  readonly participantsChange: number;
  /** `participantsChange` relative to the earlier participants; `undefined` when those were 0. */
  readonly participantsChangeRatio: number | undefined;
  /**
   * Compound annual growth of participants as a ratio per 365.25-day year; `undefined` when the
   * earlier participants were 0 or the rate overflows a double.
   */
  readonly participantsCagr: number | undefined;
}

/** The day and the count of one dated count, checked at `path`. */
function readParticipantCount(value: unknown, path: string): { asOf: IsoDate; day: number; participants: number } {
  assertRecord(value, [path]);
  const day = assertAsOfDayNumber(value['asOf'], [path, 'asOf']);
  const participants = value['participants'];
  assertCount(participants, [path, 'participants']);
  return { asOf: value['asOf'] as IsoDate, day, participants };
}

/**
 * How the number of JKN participants grew between two dates when no population is known (a
 * branch office's or a regency's participants over time): the change in people, as a ratio, and
 * as compound growth per 365.25-day year. Regions are not compared: the caller pairs the counts.
 *
 * @param from - the earlier count
 * @param to - a later count
 * @returns the growth, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when a count is not an object; `INVALID_DATE`
 *   when an `asOf` is not a day or a month, or `to` is not after `from`; `INVALID_COUNT` when a
 *   `participants` is not a count.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * // Lampung, seed 003: "per 1 Agustus 2023 ... sebanyak 8.527.908 jiwa";
 * // seed 000: "telah mencapai 8.911.770 jiwa" (1 July 2024).
 * const growth = participantsGrowth(
 *   { asOf: '2023-08-01', participants: 8_527_908 },
 *   { asOf: '2024-07-01', participants: 8_911_770 },
 * );
 * [growth.elapsedDays, growth.participantsChange];
 * // => [335, 383862]
 * participantsGrowth({ asOf: '2024-08', participants: 10 }, { asOf: '2024-08-15', participants: 12 });
 * // throws INVALID_DATE
 * ```
 *
 * @category Growth and projections
 */
export function participantsGrowth(from: ParticipantCount, to: ParticipantCount): ParticipantsGrowth {
  from = copyInput(from, ['from']);
  to = copyInput(to, ['to']);
  const first = readParticipantCount(from, 'from');
  const second = readParticipantCount(to, 'to');
  if (second.day <= first.day) {
    fail('INVALID_DATE', ['to', 'asOf'], second.asOf, `must be after from.asOf (${first.asOf})`);
  }
  const elapsedDays = second.day - first.day;
  const participantsChange = second.participants - first.participants;
  return Object.freeze({
    fromAsOf: first.asOf,
    toAsOf: second.asOf,
    elapsedDays,
    participantsChange,
    participantsChangeRatio: first.participants === 0 ? undefined : participantsChange / first.participants,
    participantsCagr: compoundAnnualGrowth(first.participants, second.participants, elapsedDays),
  });
}
