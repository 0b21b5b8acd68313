import { describe, expect, it } from 'vitest';
import type { AwardCondition, AwardScheme } from '../../src/awards/award-scheme.js';
import { defineAwardScheme } from '../../src/awards/award-scheme.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';

// A compact reading of a condition, to compare the presets with DOMAIN.md line by line.
function show(condition: AwardCondition): string {
  switch (condition.kind) {
    case 'metric':
      return `${condition.metric}${condition.base === undefined ? '' : `/${condition.base}`} ${condition.operator} ${
        condition.thresholdPct
      }`;
    case 'flag':
      return `${condition.flag} = ${condition.expected}`;
    case 'any':
      return `any(${condition.conditions.map(show).join(' | ')})`;
  }
}

function outline(scheme: AwardScheme): Record<string, string[][]> {
  return Object.fromEntries(
    scheme.tiers.map((tier) => [tier.id, tier.alternatives.map((alternative) => alternative.conditions.map(show))]),
  );
}

describe('UHC award presets (DOMAIN.md "UHC Awards")', () => {
  it('2023: one award for coverage >= 95% (seed 002: "minimal 95% dari jumlah penduduk")', () => {
    expect(UHC_AWARDS_2023.decided).toBe('2023-03-14');
    expect(outline(UHC_AWARDS_2023)).toEqual({ uhc: [['coverage >= 95']] });
  });

  it('2024: Utama with coverage, activity per population and no arrears; Madya incomplete; no Pratama', () => {
    expect(UHC_AWARDS_2024.decided).toBe('2024-08-08');
    expect(outline(UHC_AWARDS_2024)).toEqual({
      utama: [['coverage >= 95', 'activityRate/population >= 85', 'noContributionArrears = true']],
      madya: [['coverage >= 95']],
    });
    const [utama, madya] = UHC_AWARDS_2024.tiers;
    expect(utama?.incomplete).toBeUndefined();
    // The other Madya cut-offs were not published: marked, not invented.
    expect(madya?.incomplete).toBe(true);
    expect(madya?.note).toMatch(/not published|unknown/);
    expect(UHC_AWARDS_2024.note).toMatch(/Pratama/);
  });

  it('2026: Utama, Madya with two alternatives, Pratama, exactly as printed', () => {
    expect(UHC_AWARDS_2026.decided).toBe('2026-01-27');
    expect(outline(UHC_AWARDS_2026)).toEqual({
      utama: [
        [
          'coverage >= 99',
          'activityRate/population >= 95',
          'any(pemdaShare >= 18 | activityRate/population >= 100)',
          'uhcPrioritas = true',
          'noContributionArrears = true',
        ],
      ],
      madya: [
        ['coverage >= 98', 'activityRate/population >= 85'],
        ['pemdaShare >= 25', 'activityRate/population >= 80'],
      ],
      pratama: [['coverage >= 98', 'activityRate/population >= 80', 'noContributionArrears = true']],
    });
    expect(UHC_AWARDS_2026.note).toMatch(/population is assumed/);
  });

  it('are frozen and valid: redefining one gives an equal scheme', () => {
    for (const scheme of [UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026]) {
      expect(Object.isFrozen(scheme)).toBe(true);
      expect(Object.isFrozen(scheme.tiers)).toBe(true);
      expect(defineAwardScheme(JSON.parse(JSON.stringify(scheme)))).toEqual(scheme);
    }
  });
});
