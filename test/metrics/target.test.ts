import { describe, expect, it } from 'vitest';
import { defineTarget as defineTypedTarget, readTarget, type Target, type TargetInput } from '../../src/metrics/target.js';
import { errorOf } from '../support/caught-error.js';

/** defineTarget as an untyped caller (a parsed config file) calls it: the runtime checks every field. */
const defineTarget = (input: unknown): Target => defineTypedTarget(input as TargetInput);

const valid = {
  id: 'JATENG_2026',
  name: { id: 'Jawa Tengah: cakupan 99% dan keaktifan 85% atas peserta', en: 'Jawa Tengah: coverage 99% and activity 85% over participants' },
  kind: 'plan',
  source: 'an illustration, not a published target',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  deadline: '2026-12-31',
  note: 'made up for the tests',
  conditions: [
    { metric: 'coverage', operator: '>=', thresholdPct: 99 },
    { metric: 'activityRate', base: 'participants', operator: '>', thresholdPct: 85 },
    { metric: 'activeCoverage', operator: '>=', thresholdPct: 80.5 },
  ],
};

/** `valid` with one field replaced (or removed when `value` is undefined). */
function withField(key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...valid };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** `valid` whose first condition is replaced. */
function withCondition(condition: unknown): Record<string, unknown> {
  return { ...valid, conditions: [condition] };
}

describe('defineTarget', () => {
  it('returns a deeply frozen copy equal to the input', () => {
    const target = defineTarget(valid);
    expect(target).toEqual(valid);
    expect(target).not.toBe(valid);
    expect(Object.isFrozen(target)).toBe(true);
    expect(Object.isFrozen(target.conditions)).toBe(true);
    for (const condition of target.conditions) expect(Object.isFrozen(condition)).toBe(true);
  });

  it('does not follow later changes to the input, nor change it', () => {
    const input = structuredClone(valid);
    const target = defineTarget(input);
    (input.conditions[0] as { thresholdPct: number }).thresholdPct = 50;
    input.name = { id: 'diubah', en: 'changed' };
    expect(target.conditions[0]?.thresholdPct).toBe(99);
    expect(target.name).toEqual(valid.name);
    expect(target.name).not.toBe(valid.name);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('leaves optional fields out rather than setting them to undefined', () => {
    const target = defineTarget({
      id: 'T',
      name: 'T',
      kind: 'uhc-status',
      source: 'S',
      validFrom: '2025-01-01',
      conditions: [{ metric: 'coverage', operator: '>', thresholdPct: 98 }],
    });
    expect(Object.keys(target)).toEqual(['id', 'name', 'kind', 'source', 'validFrom', 'conditions']);
    expect(Object.keys(target.conditions[0] as object)).toEqual(['metric', 'operator', 'thresholdPct']);
  });

  it('accepts a threshold of 0 and one above 100, and validUntil equal to validFrom', () => {
    expect(defineTarget(withCondition({ metric: 'coverage', operator: '>=', thresholdPct: 0 })).conditions[0]?.thresholdPct).toBe(0);
    expect(defineTarget(withCondition({ metric: 'coverage', operator: '>=', thresholdPct: 101.5 })).conditions[0]?.thresholdPct).toBe(101.5);
    expect(defineTarget(withField('validUntil', '2026-01-01')).validUntil).toBe('2026-01-01');
  });

  it('returns a target it built as it is', () => {
    const target = defineTarget(valid);
    expect(defineTarget(target)).toBe(target);
    expect(readTarget(target, ['target'])).toBe(target);
  });

  it('validates a look-alike that it did not build, even when frozen', () => {
    const lookAlike = Object.freeze({ ...valid, validFrom: '2026-02-30' });
    expect(errorOf(() => defineTarget(lookAlike))).toEqual({ code: 'INVALID_DATE', path: ['validFrom'] });
  });

  it('rejects a non-object', () => {
    for (const input of [null, undefined, 'UHC', 95, [valid]]) {
      expect(errorOf(() => defineTarget(input))).toEqual({ code: 'INVALID_TYPE', path: [] });
    }
  });

  it('takes a name in both languages, or one string for both', () => {
    expect(defineTarget(withField('name', 'Target Jateng')).name).toStrictEqual({ id: 'Target Jateng', en: 'Target Jateng' });
    expect(Object.isFrozen(defineTarget(valid).name)).toBe(true);
    expect(errorOf(() => defineTarget(withField('name', { id: 'Target Jateng' })))).toEqual({ code: 'INVALID_TYPE', path: ['name', 'en'] });
    expect(errorOf(() => defineTarget(withField('name', { id: 'A', en: ' ' })))).toEqual({ code: 'INVALID_TYPE', path: ['name', 'en'] });
    expect(errorOf(() => defineTarget(withField('name', { id: 'A', en: 'B', jv: 'C' })))).toEqual({ code: 'INVALID_OPTION', path: ['name', 'jv'] });
    expect(errorOf(() => defineTarget(withField('name', ['A', 'B'])))).toEqual({ code: 'INVALID_TYPE', path: ['name'] });
    expect(errorOf(() => defineTarget(withField('name', null)))).toEqual({ code: 'INVALID_TYPE', path: ['name'] });
  });

  it('rejects unknown fields, so a typo is not silently dropped', () => {
    expect(errorOf(() => defineTarget({ ...valid, validTo: '2026-12-31' }))).toEqual({
      code: 'INVALID_OPTION',
      path: ['validTo'],
    });
    expect(errorOf(() => defineTarget(withCondition({ metric: 'coverage', operator: '>=', thresholdPc: 95 })))).toEqual({
      code: 'INVALID_OPTION',
      path: ['conditions', 0, 'thresholdPc'],
    });
  });

  it('rejects missing or empty text fields', () => {
    for (const key of ['id', 'name', 'source']) {
      expect(errorOf(() => defineTarget(withField(key, undefined)))).toEqual({ code: 'INVALID_TYPE', path: [key] });
      expect(errorOf(() => defineTarget(withField(key, '  ')))).toEqual({ code: 'INVALID_TYPE', path: [key] });
      expect(errorOf(() => defineTarget(withField(key, 7)))).toEqual({ code: 'INVALID_TYPE', path: [key] });
    }
    expect(errorOf(() => defineTarget(withField('note', '')))).toEqual({ code: 'INVALID_TYPE', path: ['note'] });
  });

  it('rejects a kind outside the set, and a missing kind', () => {
    expect(errorOf(() => defineTarget(withField('kind', 'award')))).toEqual({ code: 'INVALID_OPTION', path: ['kind'] });
    expect(errorOf(() => defineTarget(withField('kind', undefined)))).toEqual({ code: 'INVALID_OPTION', path: ['kind'] });
  });

  it('rejects impossible dates and windows that end before they start', () => {
    expect(errorOf(() => defineTarget(withField('validFrom', undefined)))).toEqual({ code: 'INVALID_DATE', path: ['validFrom'] });
    expect(errorOf(() => defineTarget(withField('validFrom', '2026-1-1')))).toEqual({ code: 'INVALID_DATE', path: ['validFrom'] });
    expect(errorOf(() => defineTarget(withField('validUntil', '2025-12-31')))).toEqual({ code: 'INVALID_DATE', path: ['validUntil'] });
    expect(errorOf(() => defineTarget(withField('validUntil', '2026-13-01')))).toEqual({ code: 'INVALID_DATE', path: ['validUntil'] });
    expect(errorOf(() => defineTarget(withField('deadline', '2025-06-30')))).toEqual({ code: 'INVALID_DATE', path: ['deadline'] });
    expect(errorOf(() => defineTarget(withField('deadline', 20261231)))).toEqual({ code: 'INVALID_DATE', path: ['deadline'] });
  });

  it('needs at least one condition, in an array', () => {
    expect(errorOf(() => defineTarget(withField('conditions', [])))).toEqual({ code: 'EMPTY_INPUT', path: ['conditions'] });
    expect(errorOf(() => defineTarget(withField('conditions', undefined)))).toEqual({ code: 'INVALID_TYPE', path: ['conditions'] });
    expect(errorOf(() => defineTarget(withField('conditions', { metric: 'coverage' })))).toEqual({
      code: 'INVALID_TYPE',
      path: ['conditions'],
    });
  });

  it('rejects a malformed condition, naming its index and field', () => {
    const cases: readonly [unknown, string, readonly (string | number)[]][] = [
      ['coverage', 'INVALID_TYPE', ['conditions', 0]],
      [{ metric: 'cakupan', operator: '>=', thresholdPct: 95 }, 'INVALID_OPTION', ['conditions', 0, 'metric']],
      [{ metric: 'coverage', operator: '=>', thresholdPct: 95 }, 'INVALID_OPTION', ['conditions', 0, 'operator']],
      // Targets are floors: a ceiling has no "people short".
      [{ metric: 'coverage', operator: '<=', thresholdPct: 95 }, 'INVALID_OPTION', ['conditions', 0, 'operator']],
      [{ metric: 'coverage', operator: '>=', thresholdPct: -1 }, 'INVALID_NUMBER', ['conditions', 0, 'thresholdPct']],
      [{ metric: 'coverage', operator: '>=', thresholdPct: Number.NaN }, 'INVALID_NUMBER', ['conditions', 0, 'thresholdPct']],
      [{ metric: 'coverage', operator: '>=', thresholdPct: Infinity }, 'INVALID_NUMBER', ['conditions', 0, 'thresholdPct']],
      [{ metric: 'coverage', operator: '>=', thresholdPct: '95' }, 'INVALID_NUMBER', ['conditions', 0, 'thresholdPct']],
      [{ metric: 'activityRate', operator: '>', thresholdPct: 80 }, 'INVALID_OPTION', ['conditions', 0, 'base']],
      [{ metric: 'activityRate', base: 'peserta', operator: '>', thresholdPct: 80 }, 'INVALID_OPTION', ['conditions', 0, 'base']],
      [{ metric: 'coverage', base: 'population', operator: '>', thresholdPct: 98 }, 'INVALID_OPTION', ['conditions', 0, 'base']],
      [{ metric: 'activeCoverage', base: 'participants', operator: '>', thresholdPct: 80 }, 'INVALID_OPTION', ['conditions', 0, 'base']],
    ];
    for (const [condition, code, path] of cases) {
      expect(errorOf(() => defineTarget(withCondition(condition)))).toEqual({ code, path });
    }
    expect(errorOf(() => defineTarget({ ...valid, conditions: [...valid.conditions, null] }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['conditions', 3],
    });
  });

  it('prefixes paths when validating inside a larger input', () => {
    expect(errorOf(() => readTarget(withField('validFrom', 'soon'), ['options', 'targets', 2]))).toEqual({
      code: 'INVALID_DATE',
      path: ['options', 'targets', 2, 'validFrom'],
    });
  });
});
