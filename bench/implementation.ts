import type {
  CanonicalCoverage,
  CanonicalGrowth,
  CanonicalIngest,
  CanonicalPipeline,
  CanonicalRank,
  CanonicalRollUp,
  CanonicalThreshold,
} from './canonical.js';
import type { InputRow, Workload } from './workload.js';

/** The implementations compared. */
export type ImplementationName = 'uhc-metrics' | 'arquero' | 'plain' | 'typed' | 'typed-checked';

/** The operations timed, in table order. */
export const OPERATIONS = ['ingest', 'coverage', 'rollup', 'growth', 'rank', 'threshold', 'pipeline'] as const;

/** One of {@link OPERATIONS}. */
export type Operation = (typeof OPERATIONS)[number];

/**
 * One way of computing the bulk operations. `Table` is what its ingest builds from the rows and
 * what every other operation reads; each operation returns its natural result, and `canonical`
 * turns results into the shared shapes of `canonical.ts` (outside the timed region).
 */
export interface Implementation<Table = unknown> {
  readonly name: ImplementationName;
  /**
   * The operations timed for it, when not all: the others run another implementation's code
   * (the checked typed ingest shares every later operation with the typed loop), and timing
   * them again would only lengthen a run.
   */
  readonly timed?: readonly Operation[];
  ingest(rows: readonly InputRow[]): Table;
  coverage(table: Table): unknown;
  rollup(table: Table, workload: Workload): unknown;
  growth(table: Table): unknown;
  rank(table: Table): unknown;
  threshold(table: Table): unknown;
  /** Ingest and every operation, end to end from the rows. */
  pipeline(rows: readonly InputRow[], workload: Workload): unknown;
  readonly canonical: {
    ingest(result: unknown): CanonicalIngest;
    coverage(result: unknown, table: Table): CanonicalCoverage;
    rollup(result: unknown, table: Table): CanonicalRollUp;
    growth(result: unknown, table: Table): CanonicalGrowth;
    rank(result: unknown, table: Table): CanonicalRank;
    threshold(result: unknown, table: Table): CanonicalThreshold;
    pipeline(result: unknown): CanonicalPipeline;
  };
}
