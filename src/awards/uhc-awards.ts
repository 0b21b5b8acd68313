import { defineAwardScheme, type AwardScheme } from './award-scheme.js';

// Activity conditions divide by population: the 2024 Kudus figure (697.086 active of
// 874.796 residents = 79,69%) is per population, and the 2026 criteria print no base.
const ACTIVITY_BASE_NOTE =
  'The criteria do not print the activity base; population is assumed, as in the 2024 Kudus figure (697.086 / 874.796 = 79,69%).';

/**
 * The UHC awards of 14 March 2023: one award for coverage of at least 95% (the 2015-2019 RPJMN
 * UHC rule); 22 provinces and 334 regencies/cities received it.
 *
 * @example
 * ```ts
 * classifyAward({ population: 100_000, participants: 96_000 }, UHC_AWARDS_2023).tier?.id;
 * // => 'uhc'
 * ```
 *
 * @category Awards and ranking
 */
export const UHC_AWARDS_2023: AwardScheme = /* @__PURE__ */ defineAwardScheme({
  id: 'uhc-awards-2023',
  name: 'UHC Awards 2023',
  source:
    'RPJMN 2015-2019 UHC rule; Klaten article ("minimal 95% dari jumlah penduduk") and Radar Palembang, 14 Mar 2023; Bisnis, 14 Mar 2023',
  decided: '2023-03-14',
  tiers: [
    {
      id: 'uhc',
      name: 'Penghargaan UHC',
      alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }] }],
    },
  ],
});

/**
 * The UHC awards of 8 August 2024, as far as published: Utama needed coverage >= 95%, activity
 * >= 85% of population and no Pemda contribution arrears; Madya needed coverage >= 95% and other
 * cut-offs that were not published (the tier is marked `incomplete`; no number is invented).
 * A Pratama tier is reported but unconfirmed, so it is left out (see `note`).
 *
 * @example
 * ```ts
 * const kudus = { population: 874_796, participants: 850_000, activeParticipants: 697_086 };
 * classifyAward(kudus, UHC_AWARDS_2024).tier?.id;
 * // => 'madya'
 * ```
 *
 * @category Awards and ranking
 */
export const UHC_AWARDS_2024: AwardScheme = /* @__PURE__ */ defineAwardScheme({
  id: 'uhc-awards-2024',
  name: 'UHC Awards 2024',
  source: 'Reports of the UHC Awards of 8 Aug 2024 (Kabupaten Kudus: Madya at activity 79,69% of population)',
  decided: '2024-08-08',
  note: 'A Pratama tier is mentioned but unconfirmed and its cut-offs are unknown; it is left out. Madya cut-offs other than coverage were not published.',
  tiers: [
    {
      id: 'utama',
      name: 'Utama',
      alternatives: [
        {
          conditions: [
            { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 },
            {
              kind: 'metric',
              metric: 'activityRate',
              base: 'population',
              operator: '>=',
              thresholdPct: 85,
              note: 'Per population, like the Kudus figure 697.086 / 874.796 = 79,69%.',
            },
            { kind: 'flag', flag: 'noContributionArrears', expected: true },
          ],
        },
      ],
    },
    {
      id: 'madya',
      name: 'Madya',
      incomplete: true,
      note: 'Only the coverage cut-off was published; the other cut-offs are unknown.',
      alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }] }],
    },
  ],
});

/**
 * The UHC awards of 27 January 2026 (data to September 2025), from the BPJS Kesehatan criteria
 * as printed: Utama (coverage >= 99%, activity >= 95%, Pemda-registered >= 18% of population
 * unless activity is 100%, UHC Prioritas, contributions paid up); Madya ((coverage >= 98% and
 * activity >= 85%) or (Pemda-registered >= 25% and activity >= 80%)); Pratama (coverage >= 98%,
 * activity >= 80%, contributions paid up). Activity is per population (assumed; see `note`).
 *
 * @example
 * ```ts
 * const lampung = { population: 9_051_459, participants: 8_911_770, activeParticipants: 6_141_415 };
 * classifyAward(lampung, UHC_AWARDS_2026).tiers.map((tier) => tier.outcome);
 * // => ['failed', 'failed', 'failed']
 * ```
 *
 * @category Awards and ranking
 */
export const UHC_AWARDS_2026: AwardScheme = /* @__PURE__ */ defineAwardScheme({
  id: 'uhc-awards-2026',
  name: 'UHC Awards 2026',
  source: 'BPJS Kesehatan criteria as printed in reports of the UHC Awards of 27 Jan 2026 (data to September 2025)',
  decided: '2026-01-27',
  note: ACTIVITY_BASE_NOTE,
  tiers: [
    {
      id: 'utama',
      name: 'Utama',
      alternatives: [
        {
          conditions: [
            { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 99 },
            { kind: 'metric', metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 95 },
            {
              kind: 'any',
              note: 'Pemda-registered residents >= 18% of population, waived when activity is 100%.',
              conditions: [
                { kind: 'metric', metric: 'pemdaShare', operator: '>=', thresholdPct: 18 },
                { kind: 'metric', metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 100 },
              ],
            },
            { kind: 'flag', flag: 'uhcPrioritas', expected: true },
            { kind: 'flag', flag: 'noContributionArrears', expected: true },
          ],
        },
      ],
    },
    {
      id: 'madya',
      name: 'Madya',
      alternatives: [
        {
          conditions: [
            { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 98 },
            { kind: 'metric', metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 85 },
          ],
        },
        {
          conditions: [
            { kind: 'metric', metric: 'pemdaShare', operator: '>=', thresholdPct: 25 },
            { kind: 'metric', metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 80 },
          ],
        },
      ],
    },
    {
      id: 'pratama',
      name: 'Pratama',
      alternatives: [
        {
          conditions: [
            { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 98 },
            { kind: 'metric', metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 80 },
            { kind: 'flag', flag: 'noContributionArrears', expected: true },
          ],
        },
      ],
    },
  ],
});
