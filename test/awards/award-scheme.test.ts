import { describe, expect, it } from 'vitest';
import { defineAwardScheme as defineTypedAwardScheme, ensureAwardScheme, type AwardScheme, type AwardSchemeInput } from '../../src/awards/award-scheme.js';
import { errorWithMessageOf } from '../support/caught-error.js';

/** defineAwardScheme as an untyped caller (a parsed JSON file) calls it: the runtime checks every field. */
const defineAwardScheme = (input: unknown): AwardScheme => defineTypedAwardScheme(input as AwardSchemeInput);

const coverage95 = { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 } as const;

function scheme(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test',
    name: 'Test awards',
    source: 'test',
    tiers: [{ id: 'gold', name: 'Gold', alternatives: [{ conditions: [coverage95] }] }],
    ...overrides,
  };
}

function tierWith(condition: unknown): Record<string, unknown> {
  return scheme({ tiers: [{ id: 'gold', name: 'Gold', alternatives: [{ conditions: [condition] }] }] });
}


describe('defineAwardScheme', () => {
  it('copies only known fields and freezes every level', () => {
    const input = {
      id: 'x',
      name: 'X',
      source: 'src',
      decided: '2026-01-27',
      note: 'n',
      tiers: [
        {
          id: 'a',
          name: 'A',
          incomplete: true,
          note: 'tier note',
          alternatives: [
            {
              note: 'alt note',
              conditions: [
                {
                  kind: 'metric',
                  metric: 'activityRate',
                  base: 'participants',
                  operator: '>',
                  thresholdPct: 80,
                  note: 'c',
                },
                { kind: 'flag', flag: 'uhcPrioritas', expected: false },
                { kind: 'any', note: 'waiver', conditions: [coverage95] },
              ],
            },
          ],
        },
      ],
    };
    const result = defineAwardScheme(input);
    expect(result).toEqual(input);
    expect(result).not.toBe(input);
    const tier = result.tiers[0];
    const alternative = tier?.alternatives[0];
    const any = alternative?.conditions[2];
    for (const value of [result, result.tiers, tier, tier?.alternatives, alternative, alternative?.conditions, any]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(any?.kind === 'any' && Object.isFrozen(any.conditions)).toBe(true);
    expect(Object.isFrozen(input.tiers)).toBe(false);
  });

  it('leaves optional fields absent rather than undefined', () => {
    const result = defineAwardScheme(scheme());
    expect(Object.keys(result)).toEqual(['id', 'name', 'source', 'tiers']);
    expect(Object.keys(result.tiers[0] ?? {})).toEqual(['id', 'name', 'alternatives']);
    expect(Object.keys(result.tiers[0]?.alternatives[0]?.conditions[0] ?? {})).toEqual([
      'kind',
      'metric',
      'operator',
      'thresholdPct',
    ]);
  });

  it('rejects a non-object, empty texts and wrong types with the path', () => {
    expect(errorWithMessageOf(() => defineAwardScheme(null))).toMatchObject({ code: 'INVALID_TYPE', path: [] });
    expect(errorWithMessageOf(() => defineAwardScheme([]))).toMatchObject({ code: 'INVALID_TYPE', path: [] });
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ id: '  ' })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['id'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ name: 3 })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['name'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ source: undefined })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['source'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ note: '' })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['note'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ tiers: 'gold' })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['tiers'],
    });
  });

  it('rejects an impossible decision date', () => {
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ decided: '2023-02-30' })))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['decided'],
    });
  });

  it('rejects unknown fields at every level, so a typo cannot drop a condition', () => {
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ year: 2026 })))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['year'],
    });
    expect(
      errorWithMessageOf(() => defineAwardScheme(tierWith({ kind: 'metric', metric: 'coverage', operator: '>=', threshold: 95 }))),
    ).toMatchObject({ code: 'INVALID_OPTION', path: ['tiers', 0, 'alternatives', 0, 'conditions', 0, 'threshold'] });
    expect(
      errorWithMessageOf(() =>
        defineAwardScheme(
          scheme({ tiers: [{ id: 'a', name: 'A', alternatives: [{ conditions: [coverage95], all: true }] }] }),
        ),
      ),
    ).toMatchObject({ code: 'INVALID_OPTION', path: ['tiers', 0, 'alternatives', 0, 'all'] });
    expect(
      errorWithMessageOf(() =>
        defineAwardScheme(
          scheme({ tiers: [{ id: 'a', name: 'A', rank: 1, alternatives: [{ conditions: [coverage95] }] }] }),
        ),
      ),
    ).toMatchObject({ code: 'INVALID_OPTION', path: ['tiers', 0, 'rank'] });
    expect(
      errorWithMessageOf(() => defineAwardScheme(tierWith({ kind: 'flag', flag: 'x', expected: true, value: 1 }))),
    ).toMatchObject({
      code: 'INVALID_OPTION',
    });
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ kind: 'any', conditions: [coverage95], all: 1 })))).toMatchObject(
      {
        code: 'INVALID_OPTION',
      },
    );
  });

  it('rejects empty tiers, alternatives and conditions', () => {
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ tiers: [] })))).toMatchObject({
      code: 'EMPTY_INPUT',
      path: ['tiers'],
    });
    expect(
      errorWithMessageOf(() => defineAwardScheme(scheme({ tiers: [{ id: 'a', name: 'A', alternatives: [] }] }))),
    ).toMatchObject({ code: 'EMPTY_INPUT', path: ['tiers', 0, 'alternatives'] });
    expect(
      errorWithMessageOf(() => defineAwardScheme(scheme({ tiers: [{ id: 'a', name: 'A', alternatives: [{ conditions: [] }] }] }))),
    ).toMatchObject({ code: 'EMPTY_INPUT', path: ['tiers', 0, 'alternatives', 0, 'conditions'] });
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ kind: 'any', conditions: [] })))).toMatchObject({
      code: 'EMPTY_INPUT',
      path: ['tiers', 0, 'alternatives', 0, 'conditions', 0, 'conditions'],
    });
  });

  it('rejects duplicate tier ids and a wrong incomplete flag', () => {
    const gold = { id: 'gold', name: 'Gold', alternatives: [{ conditions: [coverage95] }] };
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ tiers: [gold, { ...gold, name: 'Gold 2' }] })))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['tiers', 1, 'id'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(scheme({ tiers: [{ ...gold, incomplete: 'yes' }] })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['tiers', 0, 'incomplete'],
    });
  });

  it('validates metric conditions: metric, base, operator and threshold', () => {
    const at = ['tiers', 0, 'alternatives', 0, 'conditions', 0];
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ ...coverage95, kind: 'ratio' })))).toMatchObject({
      code: 'INVALID_OPTION',
      path: [...at, 'kind'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ ...coverage95, metric: 'cakupan' })))).toMatchObject({
      code: 'INVALID_OPTION',
      path: [...at, 'metric'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ ...coverage95, metric: 'activityRate' })))).toMatchObject({
      code: 'INVALID_OPTION',
      path: [...at, 'base'],
    });
    const baseOnCoverage = errorWithMessageOf(() => defineAwardScheme(tierWith({ ...coverage95, base: 'population' })));
    expect(baseOnCoverage).toMatchObject({ code: 'INVALID_OPTION', path: [...at, 'base'] });
    expect(baseOnCoverage.message).toContain('applies only to activityRate');
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ ...coverage95, operator: '=>' })))).toMatchObject({
      code: 'INVALID_OPTION',
      path: [...at, 'operator'],
    });
    for (const thresholdPct of [Number.NaN, Infinity, -1, '95']) {
      expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ ...coverage95, thresholdPct })))).toMatchObject({
        code: 'INVALID_NUMBER',
        path: [...at, 'thresholdPct'],
      });
    }
  });

  it('validates flag conditions and nested conditions with their paths', () => {
    const at = ['tiers', 0, 'alternatives', 0, 'conditions', 0];
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ kind: 'flag', flag: '', expected: true })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: [...at, 'flag'],
    });
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith({ kind: 'flag', flag: 'x', expected: 'true' })))).toMatchObject({
      code: 'INVALID_TYPE',
      path: [...at, 'expected'],
    });
    expect(
      errorWithMessageOf(() =>
        defineAwardScheme(tierWith({ kind: 'any', conditions: [coverage95, { ...coverage95, thresholdPct: -5 }] })),
      ),
    ).toMatchObject({ code: 'INVALID_NUMBER', path: [...at, 'conditions', 1, 'thresholdPct'] });
    expect(errorWithMessageOf(() => defineAwardScheme(tierWith('coverage >= 95')))).toMatchObject({
      code: 'INVALID_TYPE',
      path: at,
    });
  });
});

describe('ensureAwardScheme', () => {
  it('returns a scheme built by defineAwardScheme as is', () => {
    const built = defineAwardScheme(scheme());
    expect(ensureAwardScheme(built, ['scheme'])).toBe(built);
  });

  it('validates anything else, reporting under the given path', () => {
    const copy = ensureAwardScheme(scheme(), ['scheme']);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(errorWithMessageOf(() => ensureAwardScheme(scheme({ tiers: [] }), ['scheme']))).toMatchObject({
      code: 'EMPTY_INPUT',
      path: ['scheme', 'tiers'],
    });
    expect(errorWithMessageOf(() => ensureAwardScheme(undefined, ['options', 'scheme']))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['options', 'scheme'],
    });
  });
});

describe('defineAwardScheme review fixes', () => {
  const schemeWith = (condition: unknown): unknown => ({
    id: 'a',
    name: 'A',
    source: 'test',
    tiers: [{ id: 't', name: 'T', alternatives: [{ conditions: [condition] }] }],
  });

  it('rejects an any-condition that contains itself with the library error, not a stack overflow', () => {
    const cyclic: { kind: 'any'; conditions: unknown[] } = { kind: 'any', conditions: [] };
    cyclic.conditions.push(cyclic);
    expect(errorWithMessageOf(() => defineAwardScheme(schemeWith(cyclic))).code).toBe('INVALID_OPTION');
  });

  it('accepts any-conditions nested a few levels deep', () => {
    const leaf = { kind: 'flag', flag: 'uhcPrioritas', expected: true };
    const nested = { kind: 'any', conditions: [{ kind: 'any', conditions: [leaf] }] };
    expect(defineAwardScheme(schemeWith(nested)).tiers).toHaveLength(1);
  });
});
