import { describe, expect, it } from 'vitest';
import { targetAt, type TargetAtOptions } from '../../src/metrics/target-at.js';
import {
  BPJS_UHC_2025,
  RPJMN_2020_2024,
  RPJMN_2025_2029,
  UHC_2015_2019,
} from '../../src/metrics/target-presets.js';
import { defineTarget, type Target } from '../../src/metrics/target.js';
import { errorOf } from '../support/caught-error.js';

function plan(id: string, validFrom: string, validUntil?: string): Target {
  return defineTarget({
    id,
    name: id,
    kind: 'plan',
    source: 'illustration',
    validFrom,
    ...(validUntil === undefined ? {} : { validUntil }),
    conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 90 }],
  });
}

describe('targetAt with the presets', () => {
  it('gives the 95% UHC rule for the 2023 UHC awards, and the 98% plan beside it (seed 002)', () => {
    // Seed 002 (Klaten, 14 Mar 2023): the award went to regions with coverage "minimal 95% dari
    // jumlah penduduk" while the RPJMN 2020-2024 plan aimed at 98% by 2024 (seed 004).
    expect(targetAt('2023-03-14', { kind: 'uhc-status' })).toBe(UHC_2015_2019);
    expect(targetAt('2023-03-14', { kind: 'plan' })).toBe(RPJMN_2020_2024);
  });

  it('gives the 98% plan for Bengkulu in Nov 2021 (seed 001)', () => {
    // Seed 001: "untuk mencapai target Universal Health Coverage (UHC) 98 persen di tahun 2024".
    expect(targetAt('2021-11-30', { kind: 'plan' })).toBe(RPJMN_2020_2024);
  });

  it('switches on 1 Jan 2025, windows being inclusive at both ends', () => {
    expect(targetAt('2024-12-31', { kind: 'uhc-status' })).toBe(UHC_2015_2019);
    expect(targetAt('2024-12-31', { kind: 'plan' })).toBe(RPJMN_2020_2024);
    expect(targetAt('2025-01-01', { kind: 'uhc-status' })).toBe(BPJS_UHC_2025);
    expect(targetAt('2025-01-01', { kind: 'plan' })).toBe(RPJMN_2025_2029);
    expect(targetAt('2015-01-01', { kind: 'uhc-status' })).toBe(UHC_2015_2019);
  });

  it('is undefined when no target of the kind applies', () => {
    expect(targetAt('2014-12-31', { kind: 'uhc-status' })).toBeUndefined();
    expect(targetAt('2019-06-30', { kind: 'plan' })).toBeUndefined();
    expect(targetAt('2030-01-01', { kind: 'plan' })).toBeUndefined();
    // The BPJS 2025 rule has no end date.
    expect(targetAt('2040-01-01', { kind: 'uhc-status' })).toBe(BPJS_UHC_2025);
  });

  it('requires a kind, because the presets mix UHC status rules and plans', () => {
    expect(errorOf(() => targetAt('2023-03-14'))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'kind'] });
    expect(errorOf(() => targetAt('2023-03-14', {}))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'kind'] });
  });
});

describe('targetAt with your own targets', () => {
  const first = plan('FIRST', '2020-01-01', '2022-12-31');
  const second = plan('SECOND', '2023-01-01');

  it('needs no kind when every target is of one kind', () => {
    expect(targetAt('2021-05-05', { targets: [second, first] })).toBe(first);
    expect(targetAt('2023-01-01', { targets: [second, first] })).toBe(second);
    expect(targetAt('2019-12-31', { targets: [first, second] })).toBeUndefined();
    expect(targetAt('2023-01-01', { targets: [] })).toBeUndefined();
  });

  it('filters by kind when asked', () => {
    expect(targetAt('2021-05-05', { targets: [first], kind: 'uhc-status' })).toBeUndefined();
  });

  it('validates plain objects and returns a frozen copy', () => {
    const plain = { ...first, conditions: [...first.conditions] } as Target;
    const found = targetAt('2021-05-05', { targets: [plain] });
    expect(found).toEqual(first);
    expect(Object.isFrozen(found)).toBe(true);
    expect(errorOf(() => targetAt('2021-05-05', { targets: [first, { ...second, validFrom: 'x' } as Target] }))).toEqual({
      code: 'INVALID_DATE',
      path: ['options', 'targets', 1, 'validFrom'],
    });
  });

  it('rejects two targets of one kind whose windows overlap, whatever the date asked', () => {
    const open = plan('OPEN', '2018-01-01');
    expect(errorOf(() => targetAt('2010-01-01', { targets: [first, open] }))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'targets', 0],
    });
    const sameDay = plan('SAME_DAY', '2022-12-31', '2022-12-31');
    expect(errorOf(() => targetAt('2010-01-01', { targets: [sameDay, first] }))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'targets', 0],
    });
    expect(() => targetAt('2010-01-01', { targets: [first, first] })).toThrow(/must not overlap target FIRST/);
  });
});

describe('targetAt input validation', () => {
  it('rejects a date that is not a real YYYY-MM-DD date', () => {
    for (const date of ['2023-02-29', '14/03/2023', '', 20230314, null]) {
      expect(errorOf(() => targetAt(date as string, { kind: 'plan' }))).toEqual({ code: 'INVALID_DATE', path: [] });
    }
  });

  it('rejects unknown options, a bad kind and a non-array targets', () => {
    expect(errorOf(() => targetAt('2023-03-14', { kind: 'plan', level: 'province' } as TargetAtOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'level'],
    });
    expect(errorOf(() => targetAt('2023-03-14', { kind: 'award' } as unknown as TargetAtOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'kind'],
    });
    expect(errorOf(() => targetAt('2023-03-14', { targets: UHC_2015_2019 } as unknown as TargetAtOptions))).toEqual({
      code: 'INVALID_TYPE',
      path: ['options', 'targets'],
    });
    expect(errorOf(() => targetAt('2023-03-14', { kind: 'plan', targets: null } as unknown as TargetAtOptions))).toEqual({
      code: 'INVALID_TYPE',
      path: ['options', 'targets'],
    });
    expect(errorOf(() => targetAt('2023-03-14', 'plan' as unknown as TargetAtOptions))).toEqual({
      code: 'INVALID_TYPE',
      path: ['options'],
    });
  });
});
