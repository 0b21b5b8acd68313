import type { IssuePath } from '../errors/uhc-metrics-error.js';
import { assertFiniteNumber, fail } from '../internal/assert.js';
import type { IsoDate } from '../models/snapshot.js';
import { ownField } from '../internal/copy-input.js';
import { readTarget, type Target, type TargetOperator } from './target.js';

/**
 * The coverage a pace or a projection aims at: a {@link Target} (a preset such as
 * {@link RPJMN_2020_2024}, whose coverage condition and deadline are used) or a bare coverage
 * threshold in percent (`98`, meaning coverage >= 98%).
 *
 * @example
 * ```ts
 * const goals: readonly CoverageGoal[] = [RPJMN_2020_2024, 98];
 * ```
 *
 * @category Growth and projections
 */
export type CoverageGoal = Target | number;

/** A {@link CoverageGoal} read into the one coverage threshold it sets. */
export interface ReadCoverageGoal {
  /** The target's `id`; `undefined` for a bare threshold. */
  readonly targetId: string | undefined;
  /** The threshold in percent (the highest of the target's coverage conditions). */
  readonly thresholdPct: number;
  /** `'>'` when the threshold itself does not meet ("more than 98%"). */
  readonly operator: TargetOperator;
  /** The target's deadline, when it has one. */
  readonly deadline: IsoDate | undefined;
}

/**
 * Validates a coverage goal at `path`: a threshold >= 0, or a target with at least one coverage
 * condition. Of several coverage conditions the strictest is kept (highest, then `'>'`).
 *
 * @internal Shared by requiredPace and projectTargetDate.
 */
export function readCoverageGoal(value: unknown, path: IssuePath): ReadCoverageGoal {
  if (typeof value === 'number') {
    assertFiniteNumber(value, path, { min: 0 });
    return { targetId: undefined, thresholdPct: value, operator: '>=', deadline: undefined };
  }
  const target = readTarget(value, path);
  let strictest: { readonly thresholdPct: number; readonly operator: TargetOperator } | undefined;
  for (const condition of target.conditions) {
    if (condition.metric !== 'coverage') continue;
    const stricter =
      strictest === undefined ||
      condition.thresholdPct > strictest.thresholdPct ||
      (condition.thresholdPct === strictest.thresholdPct && condition.operator === '>');
    if (stricter) strictest = condition;
  }
  if (strictest === undefined) {
    fail('INVALID_OPTION', [...path, 'conditions'], target.id, 'must hold a coverage condition: pace and projections are about coverage');
  }
  return { targetId: target.id, thresholdPct: strictest.thresholdPct, operator: strictest.operator, deadline: ownField(target, 'deadline') as IsoDate | undefined };
}
