// Builders for the seed records; internal to src/seeds (not re-exported by `uhc-metrics/seeds`).
import type { FigureKind, PrintedFigure } from '../figures/printed-figure.js';
import { parseFigure } from '../figures/parse-figure.js';
import { createSnapshot } from '../models/create-snapshot.js';
import type { IsoDate, PrintedFigures, SnapshotSource } from '../models/snapshot.js';
import { SEED_ARTICLES, type SeedArticleId } from './seed-articles.js';
import type { SeedDate } from './seed-date.js';
import type { SeedFigure, SeedFigureRole } from './seed-figure.js';
import type { SeedNonMetric } from './seed-non-metric.js';
import type { SeedAsOfBasis, SeedObservation } from './seed-observation.js';

/** Every record of one article, in the order the article prints them. */
export interface SeedArticleRecords {
  readonly figures: readonly SeedFigure[];
  readonly dates: readonly SeedDate[];
  readonly nonMetrics: readonly SeedNonMetric[];
  readonly observations: readonly SeedObservation[];
}

/** A {@link SeedFigure} before its text is parsed: the record without `figure`. */
type SeedFigureSpec = SeedFigure extends infer Figure
  ? Figure extends SeedFigure
    ? Omit<Figure, 'figure'>
    : never
  : never;

const KIND_OF_ROLE: Readonly<Record<SeedFigureRole, FigureKind>> = /* @__PURE__ */ Object.freeze({
  participants: 'count',
  population: 'count',
  coverage: 'percent',
  'activity-rate': 'percent',
  'segment-activity': 'percent',
  uncovered: 'count',
  target: 'percent',
  threshold: 'percent',
  'region-count': 'count',
});

/**
 * The record with its text parsed. The role fixes the kind, so a bare `sekitar 95,31` printed
 * as a coverage reads as a percentage, and a `%` on a count would be an error at load.
 */
export function seedFigure<Spec extends SeedFigureSpec>(spec: Spec): Spec & { readonly figure: PrintedFigure } {
  const figure = parseFigure(spec.text, { kind: KIND_OF_ROLE[spec.role] });
  type Built = Spec & { readonly figure: PrintedFigure };
  return Object.freeze<Built>({ ...spec, figure });
}

/** A record frozen as given (its fields are strings and numbers). */
export function frozenRecord<T extends SeedDate | SeedNonMetric>(record: T): T {
  return Object.freeze(record);
}

/** The figures a statement printed, by the field of {@link PrintedFigures} they fill. */
interface StatementFigures {
  readonly participants?: SeedFigure;
  readonly population?: SeedFigure;
  readonly coverage?: SeedFigure;
  readonly activityRate?: Extract<SeedFigure, { readonly role: 'activity-rate' }>;
  readonly uncovered?: SeedFigure;
}

/** What {@link seedObservation} needs. */
interface SeedObservationSpec {
  readonly id: string;
  readonly article: SeedArticleId;
  readonly regionCode: string;
  readonly asOf: IsoDate;
  readonly asOfBasis: SeedAsOfBasis;
  /** The statement's quote, for `source.quote`. */
  readonly quote: string;
  /** The figures that fill `printed`. */
  readonly printed: StatementFigures;
  /** Every figure record of the statement, repetitions included, in article order. */
  readonly figures: readonly SeedFigure[];
  /** The population's reference period, when printed. */
  readonly populationPeriod?: Extract<SeedDate, { readonly role: 'population-period' }>;
  /** Another statement of the same article whose printed counts are this one's. */
  readonly countsFrom?: SeedObservation;
  readonly note?: string;
}

/** A figure's value when it is a count printed in full (exact, to the person); else `undefined`. */
function exactCount(figure: PrintedFigure | undefined): number | undefined {
  if (figure === undefined || figure.kind !== 'count' || figure.qualifier !== 'exact' || figure.step !== 1) {
    return undefined;
  }
  return figure.value;
}

/** The printed figures of a statement, as a snapshot holds them. */
function printedOf(figures: StatementFigures): PrintedFigures {
  const { participants, population, coverage, activityRate, uncovered } = figures;
  return Object.freeze({
    ...(coverage && { coverage: coverage.figure }),
    ...(activityRate && { activityRate: Object.freeze({ figure: activityRate.figure, base: activityRate.base }) }),
    ...(participants && { participants: participants.figure }),
    ...(population && { population: population.figure }),
    ...(uncovered && { uncovered: uncovered.figure }),
  });
}

/**
 * An observation: printed figures, the counts known exactly, and the snapshot when both
 * counts are known. A count is never derived here: what was not printed stays `undefined`.
 */
export function seedObservation(spec: SeedObservationSpec): SeedObservation {
  const { countsFrom } = spec;
  const population = countsFrom ? countsFrom.population : exactCount(spec.printed.population?.figure);
  const participants = countsFrom ? countsFrom.participants : exactCount(spec.printed.participants?.figure);
  const populationPeriod = countsFrom ? countsFrom.populationPeriod : spec.populationPeriod?.period;
  const printed = printedOf(spec.printed);
  const { outlet, published } = SEED_ARTICLES[spec.article];
  const source: SnapshotSource = Object.freeze({
    article: spec.article,
    outlet,
    ...(published !== undefined && { published }),
    quote: spec.quote,
  });
  const snapshot =
    population === undefined || participants === undefined
      ? undefined
      : createSnapshot({
          regionCode: spec.regionCode,
          asOf: spec.asOf,
          population,
          populationPeriod,
          participants,
          printed,
          source,
        });
  return Object.freeze({
    id: spec.id,
    article: spec.article,
    regionCode: spec.regionCode,
    asOf: spec.asOf,
    asOfBasis: spec.asOfBasis,
    population,
    populationPeriod,
    participants,
    countsFrom: countsFrom?.id,
    printed,
    figureIds: Object.freeze(spec.figures.map((figure) => figure.id)),
    source,
    snapshot,
    ...(spec.note !== undefined && { note: spec.note }),
  });
}
