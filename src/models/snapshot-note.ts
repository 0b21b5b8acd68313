import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertCount, assertRecord } from '../internal/assert.js';
import { SEGMENT_NAMES } from './segment-names.js';

// The six segments and PPU undivided.
const SEGMENT_KEYS: readonly SegmentName[] = /* @__PURE__ */ Object.freeze([...SEGMENT_NAMES, 'ppu'] as const);
import type { SegmentName, Snapshot } from './snapshot.js';
import { copyInput } from '../internal/copy-input.js';

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
 *   minus participants (negative when the segments count fewer people). PPU undivided (`ppu`)
 *   stands for `ppuPn` and `ppuBu` together: five segments with `ppu` are all of them.
 * - `ACTIVE_AND_NON_ACTIVE_DO_NOT_SUM`: `activeParticipants` and `nonActiveParticipants` are
 *   both given and their total differs from `participants` (a published table may be some
 *   hundred people short: it is reported, never hidden). `peopleDifference` is active plus
 *   non-active minus participants.
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
      /** Whether all segments were given: the six, or five with PPU undivided. */
      readonly allSegmentsGiven: boolean;
    }
  | {
      /** Active plus non-active participants differ from `participants`. */
      readonly code: 'ACTIVE_AND_NON_ACTIVE_DO_NOT_SUM';
      /** Points at `nonActiveParticipants`; in a batch it starts with the row index. */
      readonly path: IssuePath;
      /** English explanation with the three counts. */
      readonly message: string;
      /** `activeParticipants + nonActiveParticipants`. */
      readonly partsTotal: number;
      /** `partsTotal - participants`: negative when the parts count fewer people. */
      readonly peopleDifference: number;
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
  const { population, participants, segments, activeParticipants, nonActiveParticipants } = snapshot;
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
    for (const name of SEGMENT_KEYS) {
      const count = segments[name];
      if (count === undefined) continue;
      total += count;
      given += 1;
    }
    const difference = total - participants;
    // PPU undivided takes the place of ppuPn and ppuBu: five segments are then all of them.
    const undivided = segments.ppu !== undefined;
    const allSegmentsGiven = given === (undivided ? SEGMENT_NAMES.length - 1 : SEGMENT_NAMES.length);
    if (difference > 0 || (allSegmentsGiven && difference !== 0)) {
      const which = allSegmentsGiven
        ? undivided
          ? 'the five segments (PPU undivided)'
          : 'the six segments'
        : `the ${given} segments given`;
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
  if (activeParticipants !== undefined && nonActiveParticipants !== undefined) {
    const partsTotal = activeParticipants + nonActiveParticipants;
    const difference = partsTotal - participants;
    if (difference !== 0) {
      const relation = difference > 0 ? `${difference} more than` : `${-difference} fewer than`;
      notes.push(
        Object.freeze({
          code: 'ACTIVE_AND_NON_ACTIVE_DO_NOT_SUM',
          path: Object.freeze([...base, 'nonActiveParticipants']),
          message: `active (${activeParticipants}) and non-active (${nonActiveParticipants}) participants total ${people(partsTotal)}, ${relation} the ${participants} participants`,
          partsTotal,
          peopleDifference: difference,
        }),
      );
    }
  }
  return Object.freeze(notes);
}

/**
 * What is unusual but legitimate in a snapshot: participants above population, segments that do
 * not add up to participants, active and non-active participants that do not add up to them. See {@link SnapshotNote} for when each note is raised.
 *
 * @param snapshot - a snapshot, e.g. from {@link createSnapshot}; only its counts are read
 * @returns the notes, frozen; empty when nothing is unusual
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `snapshot` or `snapshot.segments` is not an
 *   object; `INVALID_COUNT` when `population`, `participants`, `activeParticipants`,
 *   `nonActiveParticipants` or a segment is not a count.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
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
 * // A regency table whose active and non-active participants fall 990 short of participants.
 * snapshotNotes({
 *   regionCode: '33.10', asOf: '2024-08', population: 1_300_000, participants: 1_250_000,
 *   activeParticipants: 1_104_786, nonActiveParticipants: 144_224,
 * }).map((note) => note.code === 'ACTIVE_AND_NON_ACTIVE_DO_NOT_SUM' ? note.peopleDifference : note.code);
 * // => [-990]
 * ```
 *
 * @category Models
 */
export function snapshotNotes(snapshot: Snapshot): readonly SnapshotNote[] {
  snapshot = copyInput(snapshot, []);
  assertRecord(snapshot, []);
  assertCount(snapshot.population, ['population']);
  assertCount(snapshot.participants, ['participants']);
  const { segments } = snapshot;
  if (segments !== undefined) {
    assertRecord(segments, ['segments']);
    for (const name of SEGMENT_KEYS) {
      if (segments[name] !== undefined) assertCount(segments[name], ['segments', name]);
    }
  }
  for (const name of ['activeParticipants', 'nonActiveParticipants'] as const) {
    if (snapshot[name] !== undefined) assertCount(snapshot[name], [name]);
  }
  return notesOf(snapshot, []);
}
