// One shape per operation's result, the same whatever computed it, so that the four
// implementations can be compared value for value (Object.is: no tolerance) before timing.

/** The rows as ingested, in input order. */
export interface CanonicalIngest {
  readonly regionCodes: readonly string[];
  readonly dates: readonly string[];
  readonly population: readonly number[];
  readonly participants: readonly number[];
}

/** Coverage per input row; `null` where the population is 0. */
export type CanonicalCoverage = readonly (number | null)[];

/** Parent rows sorted by code then date. */
export interface CanonicalRollUp {
  readonly regionCodes: readonly string[];
  readonly dates: readonly string[];
  readonly population: readonly number[];
  readonly participants: readonly number[];
  /** Summed active participants; `null` unless every child reported them. */
  readonly activeParticipants: readonly (number | null)[];
  readonly coverage: readonly (number | null)[];
}

/** Growth steps sorted by region code then date. */
export interface CanonicalGrowth {
  readonly regionCodes: readonly string[];
  readonly fromDates: readonly string[];
  readonly toDates: readonly string[];
  readonly participantsChange: readonly number[];
  readonly coverageChangePp: readonly (number | null)[];
}

/** Rank within its date per input row (competition ties). */
export type CanonicalRank = readonly number[];

/** Rows at or above 95% per date, dates sorted. */
export interface CanonicalThreshold {
  readonly dates: readonly string[];
  readonly met: readonly number[];
}

/** Every result of the pipeline. */
export interface CanonicalPipeline {
  readonly coverage: CanonicalCoverage;
  readonly rollup: CanonicalRollUp;
  readonly growth: CanonicalGrowth;
  readonly rank: CanonicalRank;
  readonly threshold: CanonicalThreshold;
}

/** The first difference between two values, as a path and the two values; `undefined` when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}.length: ${a.length} vs ${b.length}`;
    for (let index = 0; index < a.length; index += 1) {
      const x: unknown = a[index];
      const y: unknown = b[index];
      if (Object.is(x, y)) continue;
      const difference = firstDifference(x, y, `${path}[${index}]`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  return `${path}: ${String(a)} vs ${String(b)}`;
}
