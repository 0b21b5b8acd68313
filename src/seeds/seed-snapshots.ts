import type { Snapshot } from '../models/snapshot.js';
import { SEED_OBSERVATIONS } from './seed-observations.js';

/**
 * The snapshots of the seed articles: the {@link SEED_OBSERVATIONS} whose population and
 * participants were both printed in full, built with `createSnapshot` (main entry), with their printed
 * figures and source (article, outlet, publication date, quote).
 *
 * Only the Lampung article of 19 July 2024 prints both counts, and it prints two coverages for
 * them: `99,46 %` (the provincial secretary; a slipped digit) and `98,46%` (the Kemenko PMK
 * deputy, three times). So there are two snapshots of Lampung on 1 July 2024 with the same
 * counts, differing only in `printed` and `source.quote`; pick one before a roll-up or a
 * growth, which reject two snapshots of one region and date. Every other statement prints a percentage with at most one count; those are
 * observations without a snapshot, never snapshots with a derived count.
 *
 * @example
 * ```ts
 * SEED_SNAPSHOTS.map((snapshot) => [snapshot.regionCode, snapshot.participants, snapshot.printed?.coverage?.text]);
 * // => [['18', 8911770, '99,46 %'], ['18', 8911770, '98,46%']]
 * ```
 *
 * @category Seed dataset
 */
export const SEED_SNAPSHOTS: readonly Snapshot[] = /* @__PURE__ */ Object.freeze(
  SEED_OBSERVATIONS.flatMap((observation) => (observation.snapshot === undefined ? [] : [observation.snapshot])),
);
