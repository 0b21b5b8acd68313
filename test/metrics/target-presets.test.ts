import { describe, expect, it } from 'vitest';
import {
  BPJS_UHC_2025,
  RPJMN_2020_2024,
  RPJMN_2025_2029,
  TARGET_PRESETS,
  UHC_2015_2019,
} from '../../src/metrics/target-presets.js';
import { defineTarget } from '../../src/metrics/target.js';

describe('target presets', () => {
  it('are listed oldest first, with unique ids equal to their export names', () => {
    expect(TARGET_PRESETS).toEqual([UHC_2015_2019, RPJMN_2020_2024, BPJS_UHC_2025, RPJMN_2025_2029]);
    expect(TARGET_PRESETS.map((target) => target.id)).toEqual([
      'UHC_2015_2019',
      'RPJMN_2020_2024',
      'BPJS_UHC_2025',
      'RPJMN_2025_2029',
    ]);
  });

  it('are valid targets, deeply frozen', () => {
    expect(Object.isFrozen(TARGET_PRESETS)).toBe(true);
    for (const target of TARGET_PRESETS) {
      expect(defineTarget(structuredClone(target))).toEqual(target);
      expect(Object.isFrozen(target)).toBe(true);
      expect(Object.isFrozen(target.conditions)).toBe(true);
      for (const condition of target.conditions) expect(Object.isFrozen(condition)).toBe(true);
    }
  });

  it('UHC_2015_2019: coverage >= 95%, the UHC status threshold up to 2024', () => {
    // Seed 002 (Klaten, 14 Mar 2023): "Universal Health Coverage (UHC) merupakan cakupan
    // kepesertaan Program Jaminan Kesehatan Nasional (JKN) ... minimal 95% dari jumlah penduduk."
    expect(UHC_2015_2019.kind).toBe('uhc-status');
    expect(UHC_2015_2019.conditions).toEqual([{ metric: 'coverage', operator: '>=', thresholdPct: 95 }]);
    expect([UHC_2015_2019.validFrom, UHC_2015_2019.validUntil]).toEqual(['2015-01-01', '2024-12-31']);
    expect(UHC_2015_2019.source).toContain('RPJMN 2015-2019');
  });

  it('RPJMN_2020_2024: coverage >= 98% by 2024, a plan', () => {
    // Seed 000 (NU Online Lampung, 19 Jul 2024): "Tahun 2024 Rencana Pembangunan Jangka Menengah
    // Nasional (RPJMN) menetapkan target untuk mencapai Universal Health Coverage (UHO) sebesar 98%".
    // Seed 004 (Radar Palembang): "di tahun 2024 mendatang, BPJS Kesehatan membidik jumlah
    // kepesertaan JKN KIS menyentuh angka persentase 98 persen".
    expect(RPJMN_2020_2024.kind).toBe('plan');
    expect(RPJMN_2020_2024.conditions).toEqual([{ metric: 'coverage', operator: '>=', thresholdPct: 98 }]);
    expect(RPJMN_2020_2024.deadline).toBe('2024-12-31');
    expect([RPJMN_2020_2024.validFrom, RPJMN_2020_2024.validUntil]).toEqual(['2020-01-01', '2024-12-31']);
  });

  it('BPJS_UHC_2025: coverage > 98% and activity > 80% over the population, both strict', () => {
    expect(BPJS_UHC_2025.kind).toBe('uhc-status');
    expect(BPJS_UHC_2025.conditions).toEqual([
      { metric: 'coverage', operator: '>', thresholdPct: 98 },
      { metric: 'activityRate', base: 'population', operator: '>', thresholdPct: 80 },
    ]);
    expect(BPJS_UHC_2025.validFrom).toBe('2025-01-01');
    expect(BPJS_UHC_2025.validUntil).toBeUndefined();
    expect(BPJS_UHC_2025.note).toContain('population');
  });

  it('RPJMN_2025_2029: coverage >= 98,6% and activity >= 80% by 2029, marked second-hand', () => {
    expect(RPJMN_2025_2029.kind).toBe('plan');
    expect(RPJMN_2025_2029.conditions).toEqual([
      { metric: 'coverage', operator: '>=', thresholdPct: 98.6 },
      { metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 80 },
    ]);
    expect(RPJMN_2025_2029.deadline).toBe('2029-12-31');
    expect(RPJMN_2025_2029.source).toContain('second-hand');
  });

  it('each has a name, a source and a validity start', () => {
    for (const target of TARGET_PRESETS) {
      expect(target.name.id.length).toBeGreaterThan(0);
      expect(target.name.en.length).toBeGreaterThan(0);
      expect(target.source.length).toBeGreaterThan(0);
      expect(target.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
