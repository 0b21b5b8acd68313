import { fail } from '../internal/assert.js';
import { assertAwardClassification, type AwardClassification, type AwardConditionResult, type AwardTierResult } from './classify-award.js';

/**
 * The conditions of one tier of a classification, sorted by outcome: what holds, what fails and
 * what cannot be decided. Each list holds the condition results of every alternative, in the
 * scheme's order; an `any` condition is one entry (its parts are inside it).
 *
 * @example
 * ```ts
 * const { holding, failing, unknown }: TierConditions = conditionsOf(
 *   classifyAward({ population: 1_000, participants: 985, activeParticipants: 820 }, UHC_AWARDS_2026),
 *   'madya',
 * );
 * [holding.length, failing.length, unknown.length];
 * // => [2, 1, 1]
 * ```
 *
 * @category Awards and ranking
 */
export interface TierConditions {
  /** The tier as classified: id, name, outcome and every alternative. */
  readonly tier: AwardTierResult;
  /** Conditions met. */
  readonly holding: readonly AwardConditionResult[];
  /** Conditions not met. */
  readonly failing: readonly AwardConditionResult[];
  /** Conditions that could not be decided for lack of input. */
  readonly unknown: readonly AwardConditionResult[];
}

/** The longest list of tier ids an error message names. */
const NAMED_TIERS = 8;

/**
 * The holding, failing and undecided conditions of one tier of a classification: "the coverage
 * >= 98 condition of Madya" without walking `tiers[].alternatives[].conditions[]`.
 *
 * @param classification - a result of {@link classifyAward}
 * @param tierId - the id of one of its tiers, e.g. `'madya'`
 * @returns the tier and its conditions by outcome, frozen
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `classification` is not a result of
 *   {@link classifyAward}; `INVALID_OPTION` when `tierId` names none of its tiers.
 *
 * @example
 * ```ts
 * // Kabupaten Kudus, Aug 2024: activity 79,69% of population (participants illustrative).
 * const kudus = { population: 874_796, participants: 850_000, activeParticipants: 697_086 };
 * const utama = conditionsOf(classifyAward(kudus, UHC_AWARDS_2024), 'utama');
 * utama.failing.map((condition) => condition.kind === 'metric' && [condition.metric, condition.peopleShort]);
 * // => [['activityRate', 46_491]]
 * utama.unknown.map((condition) => condition.kind === 'flag' && condition.flag);
 * // => ['noContributionArrears']
 * ```
 *
 * @category Awards and ranking
 */
export function conditionsOf(classification: AwardClassification, tierId: string): TierConditions {
  assertAwardClassification(classification, ['classification']);
  const tier = classification.tiers.find((candidate) => candidate.id === tierId);
  if (tier === undefined) {
    const ids = classification.tiers.slice(0, NAMED_TIERS).map((candidate) => `'${candidate.id.slice(0, 40)}'`);
    const more = classification.tiers.length > NAMED_TIERS ? ', ...' : '';
    fail('INVALID_OPTION', ['tierId'], tierId, `must name a tier of the scheme: ${ids.join(', ')}${more}`);
  }
  const conditions = tier.alternatives.flatMap((alternative) => alternative.conditions);
  return Object.freeze({
    tier,
    holding: Object.freeze(conditions.filter((condition) => condition.outcome === 'met')),
    failing: Object.freeze(conditions.filter((condition) => condition.outcome === 'failed')),
    unknown: Object.freeze(conditions.filter((condition) => condition.outcome === 'unknown')),
  });
}
