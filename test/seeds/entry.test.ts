import { describe, expect, it } from 'vitest';
import * as seeds from '../../src/seeds.js';
import { SEED_FIGURES } from '../../src/seeds/seed-figures.js';

describe('the uhc-metrics/seeds entry', () => {
  it('exports the dataset and nothing else at runtime', () => {
    expect(Object.keys(seeds).sort()).toEqual([
      'LAMPUNG_PODIUM_2023',
      'SEED_ARTICLES',
      'SEED_ARTICLE_IDS',
      'SEED_DATES',
      'SEED_FIGURES',
      'SEED_NON_METRICS',
      'SEED_OBSERVATIONS',
      'SEED_SNAPSHOTS',
    ]);
  });

  it('re-exports the module values themselves', () => {
    expect(seeds.SEED_FIGURES).toBe(SEED_FIGURES);
  });
});
