import { describe, expect, it } from 'vitest';
import { targetName } from '../../src/metrics/target-name.js';
import { TARGET_PRESETS, BPJS_UHC_2025 } from '../../src/metrics/target-presets.js';
import { defineTarget, type Target } from '../../src/metrics/target.js';
import { errorOf } from '../support/caught-error.js';

describe('targetName', () => {
  it('names every preset in Indonesian by default and in English on request, never the same text', () => {
    for (const target of TARGET_PRESETS) {
      expect(targetName(target)).toBe(target.name.id);
      expect(targetName(target, { locale: 'id' })).toBe(target.name.id);
      expect(targetName(target, { locale: 'en' })).toBe(target.name.en);
      expect(target.name.id).not.toBe(target.name.en);
    }
    expect(targetName(BPJS_UHC_2025)).toBe('Status UHC BPJS: cakupan di atas 98% dan keaktifan di atas 80%');
  });

  it('names a target defined with one string the same in both languages', () => {
    const target = defineTarget({
      id: 'X',
      name: 'Target Kota Metro',
      kind: 'plan',
      source: 'x',
      validFrom: '2025-01-01',
      conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }],
    });
    expect([targetName(target), targetName(target, { locale: 'en' })]).toEqual(['Target Kota Metro', 'Target Kota Metro']);
  });

  it('checks the target and the options', () => {
    expect(errorOf(() => targetName({ ...BPJS_UHC_2025, name: { id: 'Status UHC' } } as unknown as Target))).toEqual({ code: 'INVALID_TYPE', path: ['target', 'name', 'en'] });
    expect(errorOf(() => targetName(BPJS_UHC_2025, { locale: 'jv' as 'id' }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'locale'] });
    expect(errorOf(() => targetName(BPJS_UHC_2025, { lang: 'en' } as object))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'lang'] });
  });
});
