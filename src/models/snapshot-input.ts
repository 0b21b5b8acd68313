import type { PrintedFigure } from '../figures/printed-figure.js';
import type { ActivityBase, SegmentName } from './snapshot.js';

/**
 * A count as {@link createSnapshot} accepts it: a non-negative safe integer, or a string that
 * {@link parseFigure} reads as an exact count in the snapshot's locale (`'8.911.770'`,
 * `'8.911.770 jiwa'`, `'252,17 juta'`).
 *
 * @example
 * ```ts
 * const counts: CountInput[] = [8_911_770, '8.911.770 jiwa', '252,17 juta'];
 * ```
 *
 * @category Models
 */
export type CountInput = number | string;

/**
 * An optional field as an input may carry it: absent, `undefined`, `null` or an empty string (an
 * empty CSV cell) all mean "not given" (so does a string of spaces, at runtime).
 *
 * @example
 * ```ts
 * const active: Absent<CountInput> = null;
 * ```
 *
 * @category Models
 */
export type Absent<T> = T | null | undefined | '';

/**
 * A printed figure as an input carries it: the text as printed (parsed with {@link parseFigure}
 * in the snapshot's locale) or an already-parsed {@link PrintedFigure}.
 *
 * @example
 * ```ts
 * const coverage: PrintedFigureInput = '99,46 %';
 * ```
 *
 * @category Models
 */
export type PrintedFigureInput = string | PrintedFigure;

/**
 * The `printed` group of a {@link SnapshotInput}: the figures of {@link PrintedFigures}, each a
 * {@link PrintedFigureInput}.
 *
 * @example
 * ```ts
 * const printed: PrintedFiguresInput = {
 *   coverage: '98,46%',
 *   activityRate: { figure: '67,85%', base: 'population' },
 * };
 * ```
 *
 * @category Models
 */
export interface PrintedFiguresInput {
  /** Coverage as printed, a percentage. */
  readonly coverage?: Absent<PrintedFigureInput>;
  /** Active coverage as printed, a percentage. */
  readonly activeCoverage?: Absent<PrintedFigureInput>;
  /** Activity rate as printed, with the base the source divided by. */
  readonly activityRate?: Absent<{
    /** The rate as printed, a percentage. */
    readonly figure: PrintedFigureInput;
    /** What the source divided active participants by. */
    readonly base: ActivityBase;
  }>;
  /** Participants as printed, a count (hedges allowed). */
  readonly participants?: Absent<PrintedFigureInput>;
  /** Population as printed, a count (hedges allowed). */
  readonly population?: Absent<PrintedFigureInput>;
  /** People not covered as printed, a count (hedges allowed). */
  readonly uncovered?: Absent<PrintedFigureInput>;
}

/**
 * The `segments` group of a {@link SnapshotInput}: a count per {@link SegmentName}, each a
 * {@link CountInput} or absent.
 *
 * @example
 * ```ts
 * const segments: SegmentCountsInput = { pbiApbn: '120.000', ppu: 3_000, bp: '' };
 * ```
 *
 * @category Models
 */
export type SegmentCountsInput = { readonly [Segment in SegmentName]?: Absent<CountInput> };

/**
 * The `source` group of a {@link SnapshotInput}, as {@link SnapshotSource}.
 *
 * @example
 * ```ts
 * const source: SnapshotSourceInput = { outlet: 'NU Online Lampung', published: '2024-07-19' };
 * ```
 *
 * @category Models
 */
export interface SnapshotSourceInput {
  /** An identifier of the article or table. */
  readonly article?: Absent<string>;
  /** The outlet or publisher. */
  readonly outlet?: Absent<string>;
  /** The publication date, `YYYY-MM-DD`. */
  readonly published?: Absent<string>;
  /** The sentence the figures were taken from. */
  readonly quote?: Absent<string>;
}

/**
 * What {@link createSnapshot}, {@link safeCreateSnapshot}, {@link createSnapshots} and
 * {@link snapshotSchema} accept: the fields of a {@link Snapshot}, counts as numbers or printed
 * strings, optional fields also `null` or blank (an empty CSV cell). The runtime checks every
 * field whatever the static type, so a caller without types gets the same errors.
 *
 * - `regionCode`: a Kemendagri code, dotted or not (`'1872'`, `'18.72'`).
 * - `asOf`: a day `YYYY-MM-DD` or a month `YYYY-MM`.
 * - `populationPeriod`: `YYYY-S1`, `YYYY-S2` or `YYYY`.
 * - `ppu` and `ppuPn` / `ppuBu` in `segments` exclude each other.
 *
 * Fields the snapshot does not know are a type error in an object literal; a row read from a CSV
 * may carry them (the runtime ignores them, or rejects them with `unknownFields: 'reject'`).
 *
 * @example
 * ```ts
 * const row: SnapshotInput = {
 *   regionCode: '18',
 *   asOf: '2024-07',
 *   population: '9.051.459',
 *   participants: 8_911_770,
 *   activeParticipants: '',
 *   printed: { coverage: '98,46%' },
 * };
 * createSnapshot(row).asOf;
 * // => '2024-07'
 * ```
 *
 * @category Models
 */
export interface SnapshotInput {
  /** A Kemendagri region code, dotted or not. */
  readonly regionCode: string;
  /** The date the counts refer to: `YYYY-MM-DD` or `YYYY-MM`. */
  readonly asOf: string;
  /** Population the coverage is measured against. */
  readonly population: CountInput;
  /** The population figure's reference period: `YYYY-S1`, `YYYY-S2` or `YYYY`. */
  readonly populationPeriod?: Absent<string>;
  /** People registered in JKN. */
  readonly participants: CountInput;
  /** Participants entitled to care; at most `participants`. */
  readonly activeParticipants?: Absent<CountInput>;
  /** Participants not entitled to care (arrears); at most `participants`. */
  readonly nonActiveParticipants?: Absent<CountInput>;
  /** Participants per segment. */
  readonly segments?: Absent<SegmentCountsInput>;
  /** Figures printed beside the counts. */
  readonly printed?: Absent<PrintedFiguresInput>;
  /** Where the figures were published. */
  readonly source?: Absent<SnapshotSourceInput>;
}
