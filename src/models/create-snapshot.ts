import { UhcMetricsError, type Issue } from '../errors/uhc-metrics-error.js';
import { collectIssues } from '../internal/assert.js';
import { copyInput } from '../internal/copy-input.js';
import { checkSnapshotFields } from './read-snapshot.js';
import { readSnapshotFields, type SnapshotFields } from './snapshot-fields.js';
import type { Snapshot } from './snapshot.js';
import type { SnapshotInput } from './snapshot-input.js';
import { notesOf, type SnapshotNote } from './snapshot-note.js';
import { resolveSnapshotOptions, type CreateSnapshotOptions } from './snapshot-options.js';

/**
 * The outcome of {@link safeCreateSnapshot}: the snapshot and its notes, or every issue found.
 *
 * @example
 * ```ts
 * const result: SafeCreateSnapshotResult = safeCreateSnapshot({});
 * result.success;
 * // => false
 * ```
 *
 * @category Models
 */
export type SafeCreateSnapshotResult =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The snapshot, deeply frozen. */
      readonly output: Snapshot;
      /** Unusual but legitimate findings; empty when none. */
      readonly notes: readonly SnapshotNote[];
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Every problem found, at least one, each with its path and value. */
      readonly issues: readonly [Issue, ...Issue[]];
    };

/** The safe form's failure: every issue found, frozen. */
function failure(issues: readonly Issue[]): SafeCreateSnapshotResult {
  const [first, ...rest] = issues as [Issue, ...Issue[]];
  return Object.freeze({ success: false, issues: Object.freeze([first, ...rest]) as [Issue, ...Issue[]] });
}

/**
 * Builds a {@link Snapshot} from untrusted input (a parsed JSON row or a CSV record), checking
 * every field and reporting every problem at once.
 *
 * - `regionCode`: a Kemendagri code ({@link parseRegionCode}), stored normalised (`1872` -> `18.72`).
 * - `asOf`: a real calendar date `YYYY-MM-DD` (`2023-02-30` is rejected).
 * - `population`, `participants` (required), `activeParticipants` and each of `segments`
 *   (optional): counts. A count is a non-negative safe integer, or a string that
 *   {@link parseFigure} reads, in `options.locale`, as an exact count: written in full
 *   (`'8.911.770'`, `'8.911.770 jiwa'`) or with a scale word that leaves a whole number
 *   (`'252,17 juta'` is 252 170 000). A hedged string (`'sekitar 400 ribu'`) is not a count.
 *   A top-level count given with a scale word keeps its printed value as the count and is also
 *   kept as printed in `countFigures` ({@link CountFigures}), so that {@link reconcileSnapshot}
 *   uses the interval the print allows; segment counts keep only the value.
 * - `activeParticipants` must not exceed `participants`. `participants` may exceed `population`
 *   and segments may not add up to `participants`: those are notes, not errors (see
 *   {@link snapshotNotes}, {@link safeCreateSnapshot}).
 * - `populationPeriod` (optional): `YYYY-S1`, `YYYY-S2` or `YYYY`.
 * - `printed` (optional): `coverage`, `activeCoverage` (percentages), `participants`,
 *   `population`, `uncovered` (counts, hedges allowed), each a string parsed with
 *   {@link parseFigure} in `options.locale` or a {@link PrintedFigure} object (its shape is
 *   checked, not recomputed); `activityRate` is `{ figure, base: 'participants' | 'population' }`.
 * - `source` (optional): `article`, `outlet`, `quote` strings, `published` an ISO date.
 *
 * An optional field that is `undefined`, `null` or a blank string (an empty CSV cell) is taken as
 * not given, and so is an empty `segments`, `printed` or `source` group. Unknown fields, at any
 * depth, are ignored unless `options.unknownFields` is `'reject'`. The snapshot is deeply frozen,
 * holds only known fields, and shares no object with the input.
 *
 * @param input - an object with `regionCode`, `asOf`, `population`, `participants` and optionally
 *   `populationPeriod`, `activeParticipants`, `segments`, `printed`, `source` (see {@link Snapshot})
 * @param options - `locale` of string counts and figures (`'id'` by default) and `unknownFields`
 * @returns the snapshot, deeply frozen
 * @throws {@link UhcMetricsError} carrying every issue found (code `INVALID_INPUT` when there are
 *   several): `INVALID_TYPE` (input or a group not an object, a string field not a string, an
 *   unknown field under `'reject'`, a bad activity-rate `base`), `INVALID_REGION_CODE`,
 *   `UNKNOWN_PROVINCE`, `INVALID_DATE` (`asOf`, `source.published`), `INVALID_PERIOD`,
 *   `INVALID_COUNT`, `INCONSISTENT_COUNTS` (active participants above participants),
 *   `INVALID_FIGURE` (a printed figure); `INVALID_OPTION` for unknown or bad options.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`. The safe form returns
 *   it as an issue, except from `options`, which it throws like every option problem
 *
 * @example
 * ```ts
 * // NU Online Lampung, 19 Jul 2024: "hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung
 * // telah mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa"
 * createSnapshot({
 *   regionCode: '18',
 *   asOf: '2024-07-01',
 *   population: '9.051.459',
 *   populationPeriod: '2023-S2',
 *   participants: '8.911.770 jiwa',
 * });
 * // => { regionCode: '18', asOf: '2024-07-01', population: 9051459, populationPeriod: '2023-S2', participants: 8911770 }
 * ```
 *
 * @category Models
 */
export function createSnapshot(input: SnapshotInput, options?: CreateSnapshotOptions): Snapshot {
  // No notes and no result object: createSnapshot returns the snapshot alone (issue 18). Each own
  // field of the input is read once, straight from it (-0 as 0), before the options, as when the
  // input was copied whole first (issue 17); what a getter throws is thrown as INPUT_THREW.
  const issues: Issue[] = [];
  const fields = readSnapshotFields(input, [], issues);
  const settings = resolveSnapshotOptions(copyInput(options, ['options']));
  const snapshot = fields === undefined ? undefined : checkSnapshotFields(fields, [], settings, issues);
  // By length, not by `issues[0]`: an index inherited from a polluted Object.prototype is no issue.
  if (issues.length > 0) throw new UhcMetricsError(issues as [Issue, ...Issue[]]);
  // checkSnapshotFields returns a snapshot whenever it records no issue.
  return snapshot as Snapshot;
}

/**
 * {@link createSnapshot} that returns its problems instead of throwing them, and the snapshot's
 * notes with it.
 *
 * @param input - as for {@link createSnapshot}
 * @param options - as for {@link createSnapshot}
 * @returns `{ success: true, output, notes }` with the deeply frozen snapshot and its
 *   {@link SnapshotNote}s, or `{ success: false, issues }` with every issue found
 * @throws {@link UhcMetricsError} `INVALID_OPTION` for unknown or bad options only: options are
 *   the caller's code, not data
 *
 * @example
 * ```ts
 * // Kota Blitar printed a coverage of 101,80% in 2024: more participants than population.
 * const result = safeCreateSnapshot({
 *   regionCode: '3572', asOf: '2024-12-31', population: 10_000, participants: 10_180,
 * });
 * result.success ? result.notes.map((note) => note.code) : [];
 * // => ['PARTICIPANTS_ABOVE_POPULATION']
 * const bad = safeCreateSnapshot({ regionCode: '18', asOf: '2023-02-30', population: -1, participants: 5 });
 * bad.success ? [] : bad.issues.map((issue) => [issue.code, issue.path]);
 * // => [['INVALID_DATE', ['asOf']], ['INVALID_COUNT', ['population']]]
 * ```
 *
 * @category Models
 */
export function safeCreateSnapshot(input: unknown, options?: CreateSnapshotOptions): SafeCreateSnapshotResult {
  // Read first, each own field once; what a getter throws is returned as the only issue.
  const issues: Issue[] = [];
  let fields: SnapshotFields | undefined;
  const read = collectIssues(issues, () => {
    fields = readSnapshotFields(input, [], issues);
    return true;
  });
  if (read === undefined) return failure(issues);
  // Options are the caller's code, not data: their problems are thrown.
  const settings = resolveSnapshotOptions(copyInput(options, ['options']));
  const snapshot = fields === undefined ? undefined : checkSnapshotFields(fields, [], settings, issues);
  if (issues.length > 0) return failure(issues);
  // checkSnapshotFields returns a snapshot whenever it records no issue.
  const output = snapshot as Snapshot;
  return Object.freeze({ success: true, output, notes: notesOf(output, []) });
}
