import { defineTarget, type Target } from './target.js';

// Where a source gives a year but no day ("from 2025"), windows start on 1 January and end on
// 31 December; the note of each preset says so.

/**
 * UHC status up to 2024: coverage at least 95% of the population. The RPJMN 2015-2019 set 95% as
 * the national goal for 2019; BPJS Kesehatan kept it as the threshold for calling a region UHC,
 * and the UHC awards of 14 Mar 2023 (22 provinces, 334 regencies/cities) and 8 Aug 2024 used it.
 * Kind `uhc-status`, in force 2015-01-01 to 2024-12-31 (replaced by {@link BPJS_UHC_2025}).
 *
 * @example
 * ```ts
 * // Klaten at 96% received the UHC award on 14 Mar 2023 (seed 002).
 * checkTarget({ population: 100_000, participants: 96_000 }, UHC_2015_2019).status;
 * // => 'met'
 * ```
 *
 * @category Coverage and targets
 */
export const UHC_2015_2019: Target = /* @__PURE__ */ defineTarget({
  id: 'UHC_2015_2019',
  name: {
    id: 'Status UHC: cakupan minimal 95% (aturan RPJMN 2015-2019)',
    en: 'UHC status: coverage at least 95% (RPJMN 2015-2019 rule)',
  },
  kind: 'uhc-status',
  source:
    'RPJMN 2015-2019 (Perpres 2/2015); applied at the UHC awards of 14 Mar 2023 (Klaten article: "minimal 95% dari jumlah penduduk"; Bisnis, 14 Mar 2023) and 8 Aug 2024',
  validFrom: '2015-01-01',
  validUntil: '2024-12-31',
  note: 'The plan goal was 95% by 2019; the rule outlived the plan as the UHC status threshold until the 2025 BPJS rule. The end date is read from "from 2025".',
  conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 95 }],
});

/**
 * The RPJMN 2020-2024 national target: coverage at least 98% of the population by 2024.
 * Kind `plan`, in force 2020-01-01 to 2024-12-31, deadline 2024-12-31.
 *
 * @example
 * ```ts
 * // Lampung, 1 Jul 2024: 8.911.770 of 9.051.459 people (seed 000).
 * checkTarget({ population: 9_051_459, participants: 8_911_770 }, RPJMN_2020_2024).status;
 * // => 'met'
 * ```
 *
 * @category Coverage and targets
 */
export const RPJMN_2020_2024: Target = /* @__PURE__ */ defineTarget({
  id: 'RPJMN_2020_2024',
  name: { id: 'RPJMN 2020-2024: cakupan minimal 98% pada 2024', en: 'RPJMN 2020-2024: coverage at least 98% by 2024' },
  kind: 'plan',
  source:
    'RPJMN 2020-2024 (Perpres 18/2020), as cited by NU Online Lampung (19 Jul 2024), Indo Barat (22 Dec 2021), Radar Palembang (14 Mar 2023) and Kompas (3 Feb 2022)',
  validFrom: '2020-01-01',
  validUntil: '2024-12-31',
  deadline: '2024-12-31',
  conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }],
});

/**
 * BPJS Kesehatan's regional UHC status from 2025: coverage strictly above 98% AND activity
 * strictly above 80%. Activity is active participants over the population: the sources print
 * "tingkat keaktifan peserta" without a base, and BPJS regional figures divide by the population
 * (Kudus, Aug 2024: 697.086 active of 874.796 people = 79,69%; Lampung's 67,85% is printed beside
 * the population). Kind `uhc-status`, in force from 2025-01-01.
 *
 * @example
 * ```ts
 * // Exactly 98% is not "more than 98%".
 * checkTarget({ population: 100, participants: 98, activeParticipants: 90 }, BPJS_UHC_2025).status;
 * // => 'not-met'
 * ```
 *
 * @category Coverage and targets
 */
export const BPJS_UHC_2025: Target = /* @__PURE__ */ defineTarget({
  id: 'BPJS_UHC_2025',
  name: {
    id: 'Status UHC BPJS: cakupan di atas 98% dan keaktifan di atas 80%',
    en: 'BPJS UHC status: coverage above 98% and activity above 80%',
  },
  kind: 'uhc-status',
  source:
    'BPJS Kesehatan, as printed by Media Asuransi, 29 Sep 2025: "cakupan peserta lebih dari 98 persen serta tingkat keaktifan peserta di atas 80 persen"',
  validFrom: '2025-01-01',
  note: 'The activity base is not printed; population is assumed, as in BPJS regional figures (Kudus, Aug 2024). The start date is read from "from 2025".',
  conditions: [
    { metric: 'coverage', operator: '>', thresholdPct: 98 },
    { metric: 'activityRate', base: 'population', operator: '>', thresholdPct: 80 },
  ],
});

/**
 * The RPJMN 2025-2029 target as reported second-hand: coverage at least 98,6% and activity at
 * least 80% (active participants over the population, as {@link BPJS_UHC_2025}) by 2029.
 * Kind `plan`, in force 2025-01-01 to 2029-12-31, deadline 2029-12-31.
 *
 * @example
 * ```ts
 * RPJMN_2025_2029.conditions.map((condition) => condition.thresholdPct);
 * // => [98.6, 80]
 * ```
 *
 * @category Coverage and targets
 */
export const RPJMN_2025_2029: Target = /* @__PURE__ */ defineTarget({
  id: 'RPJMN_2025_2029',
  name: {
    id: 'RPJMN 2025-2029: cakupan minimal 98,6% dan keaktifan minimal 80% pada 2029',
    en: 'RPJMN 2025-2029: coverage at least 98.6% and activity at least 80% by 2029',
  },
  kind: 'plan',
  source: 'RPJMN 2025-2029, as reported by koranbernas, 28 Apr 2025 (second-hand)',
  validFrom: '2025-01-01',
  validUntil: '2029-12-31',
  deadline: '2029-12-31',
  note: 'Second-hand report, not checked against the Perpres. The activity base is not printed; population is assumed.',
  conditions: [
    { metric: 'coverage', operator: '>=', thresholdPct: 98.6 },
    { metric: 'activityRate', base: 'population', operator: '>=', thresholdPct: 80 },
  ],
});

/**
 * Every preset target, oldest first: the default list {@link targetAt} searches.
 *
 * @example
 * ```ts
 * TARGET_PRESETS.map((target) => target.id);
 * // => ['UHC_2015_2019', 'RPJMN_2020_2024', 'BPJS_UHC_2025', 'RPJMN_2025_2029']
 * ```
 *
 * @category Coverage and targets
 */
export const TARGET_PRESETS: readonly Target[] = /* @__PURE__ */ Object.freeze([
  UHC_2015_2019,
  RPJMN_2020_2024,
  BPJS_UHC_2025,
  RPJMN_2025_2029,
]);
