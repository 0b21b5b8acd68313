/**
 * Typed, dependency-free UHC metrics for Indonesia's JKN.
 *
 * @module uhc-metrics
 */
// The public API. Only re-exports live here; each name comes from the one file that defines it.

// errors
export { UhcMetricsError, isUhcMetricsError } from './errors/uhc-metrics-error.js';
export type { Issue, IssuePath, UhcMetricsErrorCode } from './errors/uhc-metrics-error.js';
export type { SafeResult } from './errors/safe-result.js';

// figures: Indonesian printed numbers, their precision, formatting
export { parseFigure, safeParseFigure } from './figures/parse-figure.js';
export type { ParseFigureOptions } from './figures/parse-figure.js';
export { intervalsOverlap, intervalContains } from './figures/interval-relations.js';
export type { FigureLocale } from './figures/figure-locale.js';
export { FIGURE_VOCABULARY } from './figures/figure-vocabulary.js';
export type { FigureVocabulary } from './figures/figure-vocabulary.js';
export { formatCount } from './figures/format-count.js';
export type { FormatCountOptions, CountScale } from './figures/format-count.js';
export { formatPercent } from './figures/format-percent.js';
export type { FormatPercentOptions } from './figures/format-percent.js';
export { formatPp } from './figures/format-pp.js';
export type { FormatPpOptions } from './figures/format-pp.js';
export type { FigureKind, FigureQualifier, Interval, PrintedFigure } from './figures/printed-figure.js';

// models: regions (Kemendagri codes) and dated snapshots
export { COUNTRY_CODE, parseRegionCode, normalizeRegionCode, parentRegionCode, isRegionCode } from './models/region-code.js';
export type { RegionLevel, RegencyKind, RegionCodeInfo } from './models/region-code.js';
export { PROVINCES } from './models/provinces.js';
export type { Province } from './models/provinces.js';
export { provinceName } from './models/province-name.js';
export { createRegion } from './models/region.js';
export type { RegionCandidate, RegionLookup, RegionLookupOptions, RegionResolver } from './models/region-lookup.js';
export type { Region, RegionInput } from './models/region.js';
export { SEGMENT_NAMES } from './models/segment-names.js';
export type { CreateSnapshotOptions, UnknownFieldPolicy } from './models/snapshot-options.js';
export { createSnapshot, safeCreateSnapshot } from './models/create-snapshot.js';
export type { SafeCreateSnapshotResult } from './models/create-snapshot.js';
export { createSnapshots, safeCreateSnapshots } from './models/create-snapshots.js';
export type { CreateSnapshotsOptions, SafeCreateSnapshotsResult } from './models/create-snapshots.js';
export { snapshotNotes } from './models/snapshot-note.js';
export type { SnapshotNote } from './models/snapshot-note.js';
export type { SegmentName, SegmentCounts, ActivityBase, IsoDate, PrintedFigures, CountFigures, SnapshotSource, Snapshot } from './models/snapshot.js';
export type { SnapshotInput, CountInput, Absent, PrintedFigureInput, PrintedFiguresInput, SegmentCountsInput, SnapshotSourceInput } from './models/snapshot-input.js';
export { snapshotSchema } from './models/snapshot-schema.js';
export type { SnapshotSchema, SnapshotSchemaProps, SnapshotSchemaFailure } from './models/snapshot-schema.js';
export type {
  StandardSchemaV1,
  StandardSchemaV1Props,
  StandardSchemaV1Result,
  StandardSchemaV1SuccessResult,
  StandardSchemaV1FailureResult,
  StandardSchemaV1Issue,
  StandardSchemaV1PathSegment,
  StandardSchemaV1Types,
} from './models/standard-schema.js';

// metrics: coverage, dated targets, target checks, roll-ups
export { coverageRatio, coveragePct, activeCoverageRatio, activeCoveragePct, activityRate, uncoveredPeople } from './metrics/coverage.js';
export type { CoverageCounts, ActivityRateOptions, ActivityRate } from './metrics/coverage.js';
export type { ComparisonOperator } from './metrics/comparison-operator.js';
export { defineTarget } from './metrics/target.js';
export type { Target, TargetInput, LocalizedText, TargetCondition, TargetMetric, TargetOperator, TargetKind } from './metrics/target.js';
export { targetName } from './metrics/target-name.js';
export type { TargetNameOptions } from './metrics/target-name.js';
export { UHC_2015_2019, RPJMN_2020_2024, BPJS_UHC_2025, RPJMN_2025_2029, TARGET_PRESETS } from './metrics/target-presets.js';
export { targetAt } from './metrics/target-at.js';
export type { TargetAtOptions } from './metrics/target-at.js';
export { checkTarget } from './metrics/check-target.js';
export type { TargetCheck, TargetCheckBasis, ConditionCheck, ConditionCheckBasis, TargetStatus } from './metrics/check-target.js';
export { rollUp } from './metrics/roll-up.js';
export type { RollUpOptions, RollUpRow, RollUpTo } from './metrics/roll-up.js';
export { countMeetingTarget } from './metrics/count-meeting-target.js';
export type { CountMeetingTargetOptions, TargetTally } from './metrics/count-meeting-target.js';
export type { RegionCounts } from './metrics/region-counts.js';

// awards: UHC Awards tiers as data, explained classification
export { defineAwardScheme } from './awards/award-scheme.js';
export type { AwardMetric, AwardFlag, AwardMetricCondition, AwardFlagCondition, AwardAnyCondition, AwardCondition, AwardAlternative, AwardTier, AwardScheme, AwardSchemeInput } from './awards/award-scheme.js';
export { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from './awards/uhc-awards.js';
export { classifyAward } from './awards/classify-award.js';
export { conditionsOf } from './awards/tier-conditions.js';
export type { TierConditions } from './awards/tier-conditions.js';
export type { AwardInput, AwardPctInput, AwardOutcome, AwardMetricResult, AwardFlagResult, AwardAnyResult, AwardConditionResult, AwardAlternativeResult, AwardTierResult, AwardClassification } from './awards/classify-award.js';
export { explainAward } from './awards/explain-award.js';
export type { ExplainAwardOptions } from './awards/explain-award.js';

// ranking: explicit tie rules, tiers, podiums
export { rank } from './ranking/rank.js';
export type { TiePolicy, RankKey, RankOptions, RankEntry } from './ranking/rank.js';
export { rankWithinTiers } from './ranking/rank-within-tiers.js';
export type { RankWithinTiersOptions, TieredRankEntry } from './ranking/rank-within-tiers.js';
export { podium } from './ranking/podium.js';
export type { PodiumOptions, PodiumPlace } from './ranking/podium.js';

// metrics: growth, series, projections
export { growthBetween } from './metrics/growth-between.js';
export type { Growth } from './metrics/growth-between.js';
export { periodKey, periodKeysBetween } from './metrics/period.js';
export type { PeriodUnit } from './metrics/period.js';
export { seriesGrowth } from './metrics/series-growth.js';
export type { SeriesGrowth, SeriesGrowthOptions, SeriesGrowthPeriod, SeriesGrowthStep } from './metrics/series-growth.js';
export { projectTargetDate } from './metrics/project-target-date.js';
export type { ProjectTargetDateOptions, ProjectionMethod, TargetDateProjection, TargetDateProjectionBasis } from './metrics/project-target-date.js';
export { requiredPace } from './metrics/required-pace.js';
export type { CoverageGoal } from './metrics/coverage-goal.js';
export { participantsGrowth } from './metrics/participants-growth.js';
export type { ParticipantCount, ParticipantsGrowth } from './metrics/participants-growth.js';
export type { RequiredPace, RequiredPaceOptions } from './metrics/required-pace.js';

// areas: groupings of regions that are no region (branch offices, clusters)
export { defineArea } from './areas/area.js';
export type { Area, AreaInput, DefineAreaOptions } from './areas/area.js';
export { rollUpToAreas } from './areas/roll-up-to-areas.js';
export type { AreaSnapshot } from './areas/roll-up-to-areas.js';

// reconcile: printed figures against counts, source against source
export { reconcileSnapshot } from './reconcile/reconcile-snapshot.js';
export type { ReconcileSnapshotOptions, SnapshotReconciliation, FigureReconciliation, ReconciledField, ReconcileStatus } from './reconcile/reconcile-snapshot.js';
export type { LikelyCause } from './reconcile/likely-cause.js';
export type { FigureReading, FigureReadingChoice } from './reconcile/figure-reading.js';
export { figuresAgree } from './reconcile/figures-agree.js';
export type { FiguresAgreeOptions, FiguresAgreement, ReadingPair } from './reconcile/figures-agree.js';
export { impliedPopulation } from './reconcile/implied-population.js';
export type { ImpliedPopulationOptions } from './reconcile/implied-population.js';
export { impliedParticipants } from './reconcile/implied-participants.js';
export type { ImpliedParticipantsOptions } from './reconcile/implied-participants.js';
export { impliedUncovered } from './reconcile/implied-uncovered.js';
export type { ImpliedUncoveredOptions } from './reconcile/implied-uncovered.js';

// bulk: a columnar table for large inputs, same answers as the per-snapshot functions
export { tableFromSnapshots } from './bulk/table-from-snapshots.js';
export { tableFromColumns } from './bulk/table-from-columns.js';
export type { SnapshotColumns, CountColumn } from './bulk/table-from-columns.js';
export type { ColumnVector } from './bulk/column-vector.js';
export type { SnapshotTable } from './bulk/snapshot-table.js';
export { tableRow } from './bulk/table-row.js';
export { tableCoverage } from './bulk/table-coverage.js';
export type { TableCoverage } from './bulk/table-coverage.js';
export { tableRollUp } from './bulk/table-roll-up.js';
export type { TableRollUp } from './bulk/table-roll-up.js';
export { tableGrowth } from './bulk/table-growth.js';
export type { TableGrowth } from './bulk/table-growth.js';
export { tableRank } from './bulk/table-rank.js';
export type { TableRank, TableRankOptions } from './bulk/table-rank.js';
export { tableCountMeeting } from './bulk/table-count-meeting.js';
export type { TableCountMeetingOptions, TableTally } from './bulk/table-count-meeting.js';
export { analyzeSnapshots } from './bulk/analyze-snapshots.js';
export type { AnalyzeSnapshotsOptions, SnapshotAnalysis } from './bulk/analyze-snapshots.js';

// tables: rows as a CSV parser returns them, dates as published
export { parseReportDate } from './tables/parse-report-date.js';
export type { DayDateFormat, ParseReportDateOptions } from './tables/parse-report-date.js';
export { snapshotsFromRows } from './tables/snapshots-from-rows.js';
export type { SnapshotsFromRows, SnapshotsFromRowsOptions } from './tables/snapshots-from-rows.js';
export type { TableColumns, TableField } from './tables/table-field.js';
export type { RowIssue, RowIssueCode, RowNote } from './tables/row-issue.js';
