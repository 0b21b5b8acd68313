import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import type { LikelyCause } from '../reconcile/likely-cause.js';
import type { ActivityBase, IsoDate, Snapshot } from '../models/snapshot.js';
import type { ArticleRole } from './article-role.js';
import type { ArticleDate } from './read-article-dates.js';
import type { RegionMention } from './find-region-mentions.js';

/**
 * The rule that gave a number its role: `cue-before` / `cue-after` (cue words before or after
 * it), `unit-noun` (`2.000.000 penduduk`), `activity-cue`, `target-cue`, `segment-cue`, `region-noun` (`22 provinsi`), `threshold`
 * (`minimal 95%`, or `lebih dari 95%` beside a count of regions), `default-count` (a count of
 * people with no cue: participants), `default-percent` (a percentage with no cue: coverage),
 * `date`, `award-year`, `money`, `duration`, `change` (a percentage after a change word,
 * `turun 0,42 persen`: a change, not a level), `identifier` (`Nomor 1`, `ke-10`), `phone`,
 * `link` (a `Baca juga` line), `no-cue` (a bare number nothing explains), `not-a-figure` (it does
 * not parse as a printed figure: `0812`, `1.2.3`).
 *
 * @category Articles
 */
export type ArticleRule =
  | 'cue-before'
  | 'cue-after'
  | 'unit-noun'
  | 'activity-cue'
  | 'target-cue'
  | 'segment-cue'
  | 'region-noun'
  | 'threshold'
  | 'default-count'
  | 'default-percent'
  | 'date'
  | 'award-year'
  | 'money'
  | 'duration'
  | 'change'
  | 'identifier'
  | 'phone'
  | 'link'
  | 'no-cue'
  | 'not-a-figure';

/**
 * Why a figure could not be checked: `not-a-claim` (a date, a target, a count of regions...),
 * `reference-count` (it is the count the others are checked against), `no-counts` (nothing to
 * check it against), `one-count-only` (only participants or only population printed: see the
 * claim's `implied`), `no-active-count`, `no-base` (an activity rate whose base is neither
 * printed nor inferable), `no-segment-counts`.
 *
 * @category Articles
 */
export type UncheckedReason =
  | 'not-a-claim'
  | 'reference-count'
  | 'no-counts'
  | 'one-count-only'
  | 'no-active-count'
  | 'no-base'
  | 'no-segment-counts';

/**
 * The verdict on one number.
 *
 * @example
 * ```ts
 * const verdict: FigureVerdict = { status: 'inconsistent', computed: 98.4567, likelyCause: 'slipped-digit' };
 * ```
 *
 * @category Articles
 */
export interface FigureVerdict {
  /**
   * `consistent` (the counts, or another print of the same thing, allow it), `inconsistent`, or
   * `unchecked` (see `unchecked`).
   */
  readonly status: 'consistent' | 'inconsistent' | 'unchecked';
  /**
   * The value the counts give, in the figure's unit (percent, or people); for an uncovered
   * count checked against a coverage, the middle of the implied interval. Absent when not computed.
   */
  readonly computed?: number;
  /** For an inconsistent figure: the likely cause, when one fits. */
  readonly likelyCause?: LikelyCause | 'parts-do-not-add-up' | 'disagrees-with-other-print';
  /** For an unchecked figure: why. */
  readonly unchecked?: UncheckedReason;
}

/**
 * One number printed in an article, with what it is and what the check found.
 *
 * @example
 * ```ts
 * const figure: ArticleFigure = {
 *   start: 0, end: 7, text: '99,46 %', role: 'coverage', rule: 'default-percent', cue: '',
 *   verdict: { status: 'unchecked', unchecked: 'no-counts' },
 * };
 * ```
 *
 * @category Articles
 */
export interface ArticleFigure {
  /** Offset of the first character (a hedge such as `sekitar` included). */
  readonly start: number;
  /** Offset just past the last character (`%`, a scale word or a unit noun included). */
  readonly end: number;
  /** The text between `start` and `end`. */
  readonly text: string;
  /** What the number is. */
  readonly role: ArticleRole;
  /** The rule that decided the role. */
  readonly rule: ArticleRule;
  /** The words that decided it, as printed; empty for a default. */
  readonly cue: string;
  /** The number parsed as a printed figure, when it is one (dates and identifiers are not). */
  readonly figure?: PrintedFigure;
  /** The region it is about (one code, or the codes of an area); absent when none was found. */
  readonly regionCodes?: readonly string[];
  /** The date it refers to, printed in its sentence or borrowed from the same region's claim. */
  readonly asOf?: IsoDate;
  /** For an activity rate: the base, printed or inferred (see the claim's `activityBase`). */
  readonly base?: ActivityBase;
  /** For a count of regions: the level counted. */
  readonly level?: 'province' | 'regency';
  /** The index in {@link ArticleCheck.claims} of its claim, for the roles that make claims. */
  readonly claim?: number;
  /** The verdict. */
  readonly verdict: FigureVerdict;
}

/**
 * Two prints of the same thing in one claim, compared within their printed precision.
 *
 * @example
 * ```ts
 * const pair: FigurePairAgreement = { role: 'coverage', a: 3, b: 5, agree: false };
 * ```
 *
 * @category Articles
 */
export interface FigurePairAgreement {
  /** The role both have. */
  readonly role: ArticleRole;
  /** Index in {@link ArticleCheck.figures} of the first print of the role in the claim. */
  readonly a: number;
  /** Index of the other print. */
  readonly b: number;
  /** Whether some reading of each leaves a common value (see `figuresAgree`). */
  readonly agree: boolean;
}

/**
 * What an article says about one region at one date: its figures, the snapshot they make when
 * both counts are printed in full, and what they imply.
 *
 * @example
 * ```ts
 * const claim: ArticleClaim = { regionCodes: ['33.10'], figures: [0], implied: {}, agreements: [], consistent: true };
 * ```
 *
 * @category Articles
 */
export interface ArticleClaim {
  /** The region (one code, `'ID'` for the country, several for an area); empty when none was found. */
  readonly regionCodes: readonly string[];
  /** The date; absent when the article dates none of these figures. */
  readonly asOf?: IsoDate;
  /** The population's reference period (`'2023-S2'`), when printed. */
  readonly populationPeriod?: string;
  /** Indices in {@link ArticleCheck.figures}, in text order. */
  readonly figures: readonly number[];
  /** The snapshot, when population and participants are printed in full for one region and a date. */
  readonly snapshot?: Snapshot;
  /** The activity rate's base and how it was found: from the `counts`, or from the `words`. */
  readonly activityBase?: {
    /** What active participants were divided by. */
    readonly base: ActivityBase;
    /** `counts`: only this base gives the printed rate; `words`: the sentence says so. */
    readonly how: 'counts' | 'words';
  };
  /** What a printed percentage implies when only one count is printed (whole people). */
  readonly implied: {
    /** Population implied by participants and coverage. */
    readonly population?: Interval;
    /** Participants implied by population and coverage. */
    readonly participants?: Interval;
    /** People not covered implied by participants and coverage. */
    readonly uncovered?: Interval;
  };
  /** Every other print of a role set against the claim's first print of it. */
  readonly agreements: readonly FigurePairAgreement[];
  /** `true` when no figure of the claim is inconsistent and all prints agree. */
  readonly consistent: boolean;
}

/**
 * The result of {@link checkArticle}: every number with its role and verdict, the dates, the
 * regions and the claims.
 *
 * @category Articles
 */
export interface ArticleCheck {
  /** Every number printed in the text, in order. */
  readonly figures: readonly ArticleFigure[];
  /** Every date and period read from the prose, in order. */
  readonly dates: readonly ArticleDate[];
  /** Every region named, in order. */
  readonly regions: readonly RegionMention[];
  /** The figures grouped by region and date. */
  readonly claims: readonly ArticleClaim[];
  /** `true` when no claim is inconsistent. */
  readonly consistent: boolean;
}
