// Test helpers: look seed records up by id, failing loudly when one is missing.
import { SEED_DATES } from '../../src/seeds/seed-dates.js';
import type { SeedDate } from '../../src/seeds/seed-date.js';
import type { SeedFigure } from '../../src/seeds/seed-figure.js';
import { SEED_FIGURES } from '../../src/seeds/seed-figures.js';
import type { SeedObservation } from '../../src/seeds/seed-observation.js';
import { SEED_OBSERVATIONS } from '../../src/seeds/seed-observations.js';

/** The record with `id`; throws when there is none, so a renamed record fails the test that uses it. */
function byId<T extends { readonly id: string }>(records: readonly T[], id: string): T {
  const found = records.find((record) => record.id === id);
  if (found === undefined) throw new Error(`no seed record '${id}'`);
  return found;
}

/** The figure record with `id`. */
export function seedFigure(id: string): SeedFigure {
  return byId(SEED_FIGURES, id);
}

/** The date record with `id`. */
export function seedDate(id: string): SeedDate {
  return byId(SEED_DATES, id);
}

/** The observation with `id`. */
export function seedObservation(id: string): SeedObservation {
  return byId(SEED_OBSERVATIONS, id);
}

/** Whether every object reachable from `value` is frozen. */
export function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}
