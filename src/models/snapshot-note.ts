import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertCount, assertRecord } from '../internal/assert.js';
import { SEGMENT_NAMES } from './segment-names.js';
import type { Snapshot } from './snapshot.js';

/**
 * Something unusual but legitimate in a snapshot: worth telling the analyst, not an error.
 *
 * - `PARTICIPANTS_ABOVE_POPULATION`: more participants than population, coverage above 100%.
 *   Population figures lag; Karawang printed 100,25% (Dec 2025), Kota Blitar 101,80% (2024).
 *   `peopleAbovePopulation` is participants minus population.
 * - `SEGMENTS_DO_NOT_SUM`: the segment counts contradict `participants`. Raised when all six
 *   segments are given and their total differs from participants, or when only some are given
 *   and their total already exceeds participants (a partial total below participants is
 *   expected: the missing segments hold the rest). `peopleDifference` is the segments' total
 *   minus participants (negative when the segments count fewer people).
 *
 * `path` points at the field concerned; in a batch it starts with the row index.
 *
 * @example
 * ```ts
 * const note: SnapshotNote = {
 *   code: 'SEGMENTS_DO_NOT_SUM',
 *   path: ['segments'],
 *   message: 'the six segments total 990 people, 10 fewer than the 1000 participants',
 *   segmentsTotal: 990,
 *   peopleDifference: -10,
 *   allSegmentsGiven: true,
 * };
 * ```
 *
 * @category Models
 */
export type SnapshotNote =
  | {
      /** Participants exceed population: coverage is above 100%. */
      readonly code: 'PARTICIPANTS_ABOVE_POPULATION';
      /** Points at `participants`; in a batch it starts with the row index. */
      readonly path: IssuePath;
      /** English explanation with both counts: `participants (1018) exceed population (1000) by 18 people`. */
      readonly message: string;
      /** Participants minus population, in people (always positive). */
      readonly peopleAbovePopulation: number;
    }
  | {
      /** The segment counts contradict `participants`. */
      readonly code: 'SEGMENTS_DO_NOT_SUM';
      /** Points at `segments`; in a batch it starts with the row index. */
      readonly path: IssuePath;
      /** English explanation with the segments' total and participants. */
      readonly message: string;
      /** People in the segments given. */
      readonly segmentsTotal: number;
      /** `segmentsTotal - participants`. */
      readonly peopleDifference: number;
      /** Whether all six segments were given. */
      readonly allSegmentsGiven: boolean;
    };

/** `1 person`, `2 people`. */
function people(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}

/**
 * The notes of a snapshot whose counts are already valid, paths under `base`.
 *
 * @internal Shared by {@link snapshotNotes} and the snapshot constructors.
 */
export function notesOf(snapshot: Snapshot, base: IssuePath): readonly SnapshotNote[] {
  const notes: SnapshotNote[] = [];
  const { population, participants, segments } = snapshot;
  if (participants > population) {
    const above = participants - population;
    notes.push(
      Object.freeze({
        code: 'PARTICIPANTS_ABOVE_POPULATION',
        path: Object.freeze([...base, 'participants']),
        message: `participants (${participants}) exceed population (${population}) by ${people(above)}`,
        peopleAbovePopulation: above,
      }),
    );
  }
  if (segments !== undefined) {
    let total = 0;
    let given = 0;
    for (const name of SEGMENT_NAMES) {
      const count = segments[name];
      if (count === undefined) continue;
      total += count;
      given += 1;
    }
    const difference = total - participants;
    const allSegmentsGiven = given === SEGMENT_NAMES.length;
    if (difference > 0 || (allSegmentsGiven && difference !== 0)) {
      const which = allSegmentsGiven ? 'the six segments' : `the ${given} segments given`;
      const relation = difference > 0 ? `${difference} more than` : `${-difference} fewer than`;
      notes.push(
        Object.freeze({
          code: 'SEGMENTS_DO_NOT_SUM',
          path: Object.freeze([...base, 'segments']),
          message: `${which} total ${people(total)}, ${relation} the ${participants} participants`,
          segmentsTotal: total,
          peopleDifference: difference,
          allSegmentsGiven,
        }),
      );
    }
  }
  return Object.freeze(notes);
}

/**
 * What is unusual but legitimate in a snapshot: participants above population, segments that do
 * not add up to participants. See {@link SnapshotNote} for when each note is raised.
 *
 * @param snapshot - a snapshot, e.g. from {@link createSnapshot}; only its counts are read
 * @returns the notes, frozen; empty when nothing is unusual
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `snapshot` or `snapshot.segments` is not an
 *   object; `INVALID_COUNT` when `population`, `participants` or a segment is not a count.
 *
 * @example
 * ```ts
 * snapshotNotes({ regionCode: '35.72', asOf: '2024-12-31', population: 1000, participants: 1018 })
 *   .map((note) => note.code);
 * // => ['PARTICIPANTS_ABOVE_POPULATION']
 * const [note] = snapshotNotes({
 *   regionCode: '18', asOf: '2024-07-01', population: 100, participants: 90,
 *   segments: { pbiApbn: 50, pbpuPemda: 45 },
 * });
 * note?.code === 'SEGMENTS_DO_NOT_SUM' ? note.peopleDifference : undefined;
 * // => 5
 * ```
 *
 * @category Models
 */
export function snapshotNotes(snapshot: Snapshot): readonly SnapshotNote[] {
  assertRecord(snapshot, []);
  assertCount(snapshot.population, ['population']);
  assertCount(snapshot.participants, ['participants']);
  const { segments } = snapshot;
  if (segments !== undefined) {
    assertRecord(segments, ['segments']);
    for (const name of SEGMENT_NAMES) {
      if (segments[name] !== undefined) assertCount(segments[name], ['segments', name]);
    }
  }
  return notesOf(snapshot, []);
}
