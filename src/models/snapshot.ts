import type { PrintedFigure } from '../figures/printed-figure.js';

/**
 * JKN membership segments (Perpres 82/2018), as counted by BPJS Kesehatan:
 * `pbiApbn` (PBI JK, contributions paid by the state budget), `pbpuPemda` (residents registered
 * and paid by the regional government, formerly Jamkesda, also written PBI APBD), `ppuPn`
 * (wage earners, state officials), `ppuBu` (wage earners, private employers), `pbpu`
 * (self-employed, "mandiri") and `bp` (non-workers: pensioners, veterans, investors).
 * `ppu` is the wage earners undivided, for a table that prints PPU without the PN/BU split;
 * a snapshot gives either `ppu` or `ppuPn`/`ppuBu`, never both.
 *
 * @category Models
 */
export type SegmentName = 'pbiApbn' | 'pbpuPemda' | 'ppu' | 'ppuPn' | 'ppuBu' | 'pbpu' | 'bp';

/**
 * People per segment; a segment not reported is absent.
 *
 * @example
 * ```ts
 * const segments: SegmentCounts = { pbiApbn: 120_000, pbpuPemda: 35_000, pbpu: 20_000 };
 * ```
 *
 * @category Models
 */
export type SegmentCounts = { readonly [Segment in SegmentName]?: number };

/**
 * What an activity rate divides by. Sources disagree: some divide active participants by
 * participants, others by the whole population (the Lampung article's 67,85% is
 * "dari total penduduk"). Every activity figure in this library carries its base.
 *
 * @category Models
 */
export type ActivityBase = 'participants' | 'population';

/**
 * A dated ISO calendar date, `YYYY-MM-DD`. Validated wherever it enters the library.
 *
 * @example
 * ```ts
 * const asOf: IsoDate = '2024-07-01';
 * ```
 *
 * @category Models
 */
export type IsoDate = string;

/**
 * The figures a source printed beside the counts, kept as printed so they can be reconciled
 * with the counts later.
 *
 * @category Models
 */
export interface PrintedFigures {
  /** Coverage as printed, e.g. `99,46 %`. */
  readonly coverage?: PrintedFigure;
  /** Active coverage (active participants / population) as printed. */
  readonly activeCoverage?: PrintedFigure;
  /** Activity rate as printed, with the base the source says it divided by. */
  readonly activityRate?: {
    /** The activity rate as printed, e.g. `67,85 %`. */
    readonly figure: PrintedFigure;
    /** What the source divided active participants by. */
    readonly base: ActivityBase;
  };
  /** Participants as printed, e.g. `252,17 juta jiwa`. */
  readonly participants?: PrintedFigure;
  /** Population as printed. */
  readonly population?: PrintedFigure;
  /** People not covered as printed, e.g. `sekitar 400 ribu`. */
  readonly uncovered?: PrintedFigure;
}

/**
 * The counts of a snapshot that were given as printed figures with a scale word
 * (`'252,17 juta'`), kept as printed: such a count is known only to its printed step, and
 * {@link reconcileSnapshot} uses the whole interval the print allows (`252,17 juta` rounded is
 * any count from 252 165 000 to 252 175 000), not just the printed value. The count field itself
 * holds the printed value (252 170 000) as the point estimate every other function computes
 * with. A count written in full (`'8.911.770'`) or given as a number is exact and has no entry.
 *
 * @example
 * ```ts
 * const figures: CountFigures = { participants: parseFigure('252,17 juta jiwa') };
 * ```
 *
 * @category Models
 */
export interface CountFigures {
  /** Population as printed, when given with a scale word. */
  readonly population?: PrintedFigure;
  /** Participants as printed, when given with a scale word. */
  readonly participants?: PrintedFigure;
  /** Active participants as printed, when given with a scale word. */
  readonly activeParticipants?: PrintedFigure;
  /** Non-active participants as printed, when given with a scale word. */
  readonly nonActiveParticipants?: PrintedFigure;
}

/**
 * Where a snapshot's figures were published.
 *
 * @example
 * ```ts
 * const source: SnapshotSource = {
 *   article: '000_ccb4cbd1960b7560',
 *   outlet: 'NU Online Lampung',
 *   published: '2024-07-19',
 *   quote: 'jumlah kepesertaan JKN Provinsi Lampung telah mencapai 8.911.770 jiwa',
 * };
 * ```
 *
 * @category Models
 */
export interface SnapshotSource {
  /** An identifier of the article or table, e.g. the seed file's name. */
  readonly article?: string;
  /** The outlet or publisher. */
  readonly outlet?: string;
  /** The publication date. */
  readonly published?: IsoDate;
  /** The sentence the figures were taken from. */
  readonly quote?: string;
}

/**
 * JKN membership of one region at one date: an immutable value. Build one from untrusted
 * input with {@link createSnapshot} (throws) or {@link safeCreateSnapshot} (returns issues).
 *
 * Counts are non-negative safe integers. `participants` may exceed `population`: population
 * figures lag (Kota Blitar printed 101,80% in 2024).
 *
 * @example
 * ```ts
 * const lampung: Snapshot = {
 *   regionCode: '18',
 *   asOf: '2024-07-01',
 *   population: 9_051_459,
 *   populationPeriod: '2023-S2',
 *   participants: 8_911_770,
 * };
 * ```
 *
 * @category Models
 */
export interface Snapshot {
  /** Normalised dotted Kemendagri code: `18`, `18.72`, `18.72.01`, `18.72.01.1001`. */
  readonly regionCode: string;
  /**
   * The date the counts refer to, as precise as the source: a day `YYYY-MM-DD`, or a month
   * `YYYY-MM` for a monthly table ("Agustus 2024"). Where a month meets a day (elapsed days,
   * a target's validity window, a projection) it counts as its last day: a monthly table gives
   * membership as it stood when the month closed.
   */
  readonly asOf: IsoDate;
  /** Population (Dukcapil) the coverage is measured against. */
  readonly population: number;
  /** The population figure's reference period: `2023-S2` (semester), or `2023` (year). */
  readonly populationPeriod?: string;
  /** People registered in JKN. */
  readonly participants: number;
  /** Participants entitled to care (contributions paid up); at most `participants`. */
  readonly activeParticipants?: number;
  /**
   * Participants not entitled to care (contributions in arrears), as printed ("nonaktif
   * 145.224 jiwa"); at most `participants`. When active + non-active differs from participants
   * the snapshot keeps both and {@link snapshotNotes} reports the difference.
   */
  readonly nonActiveParticipants?: number;
  /** Participants per segment. */
  readonly segments?: SegmentCounts;
  /** Figures printed beside the counts, for reconciliation. */
  readonly printed?: PrintedFigures;
  /**
   * The counts above that were given with a scale word (`'252,17 juta'`), as printed: each
   * count field holds the printed value, and this keeps the precision the print carries. See
   * {@link CountFigures}.
   */
  readonly countFigures?: CountFigures;
  /** Where the figures were published. */
  readonly source?: SnapshotSource;
}
