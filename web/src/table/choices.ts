// The targets and award schemes a person can choose on the table tool, as the library defines them.
import { BPJS_UHC_2025, RPJMN_2020_2024, UHC_2015_2019, UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from 'uhc-metrics';
import type { ActivityBase, AwardScheme, Target } from 'uhc-metrics';

/** A target on the target menu; `key` names its label in the messages. */
export interface TargetChoice {
  readonly value: string;
  readonly target: Target;
}

export const TARGET_CHOICES: readonly TargetChoice[] = [
  { value: 'uhc-95', target: UHC_2015_2019 },
  { value: 'rpjmn-98', target: RPJMN_2020_2024 },
  { value: 'bpjs-2025', target: BPJS_UHC_2025 },
];

/** An award scheme on the award menu. */
export interface SchemeChoice {
  readonly value: string;
  readonly scheme: AwardScheme;
}

export const SCHEME_CHOICES: readonly SchemeChoice[] = [
  { value: '2026', scheme: UHC_AWARDS_2026 },
  { value: '2024', scheme: UHC_AWARDS_2024 },
  { value: '2023', scheme: UHC_AWARDS_2023 },
];

export const ACTIVITY_BASES: readonly ActivityBase[] = ['population', 'participants'];

/** What the report is computed against: one target, one award scheme, one activity base. */
export interface ReportSettings {
  readonly target: Target;
  readonly scheme: AwardScheme;
  readonly base: ActivityBase;
}
