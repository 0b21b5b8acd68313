import type { Implementation, Operation } from './implementation.js';
import type { Workload } from './workload.js';

/** A task running one operation of one implementation; `table` is that implementation's ingested rows. */
export function operationTask(implementation: Implementation, operation: Operation, workload: Workload, table: unknown): () => unknown {
  switch (operation) {
    case 'ingest':
      return () => implementation.ingest(workload.rows);
    case 'coverage':
      return () => implementation.coverage(table);
    case 'rollup':
      return () => implementation.rollup(table, workload);
    case 'growth':
      return () => implementation.growth(table);
    case 'rank':
      return () => implementation.rank(table);
    case 'threshold':
      return () => implementation.threshold(table);
    case 'pipeline':
      return () => implementation.pipeline(workload.rows, workload);
  }
}

/** The result of one operation in the shared shape of canonical.ts. */
export function canonicalResult(implementation: Implementation, operation: Operation, result: unknown, table: unknown): unknown {
  const { canonical } = implementation;
  switch (operation) {
    case 'ingest':
      return canonical.ingest(result);
    case 'pipeline':
      return canonical.pipeline(result);
    default:
      return canonical[operation](result, table);
  }
}
