// Type-level tests: results with a status narrow on it, percentages keep `undefined` visible.
import { describe, expectTypeOf, it } from 'vitest';
import {
  checkTarget,
  coveragePct,
  formatPercent,
  formatPp,
  RPJMN_2020_2024,
  BPJS_UHC_2025,
  projectTargetDate,
  requiredPace,
  tableCountMeeting,
  countMeetingTarget,
  type ConditionCheck,
  type CoverageGoal,
  type SnapshotTable,
  type TargetTally,
  type TargetCheck,
} from '../../src/index.js';

describe('TargetCheck narrows on its status', () => {
  it('gives a number of people short once coverage was measured and the target is not met', () => {
    const check: TargetCheck = checkTarget({ population: 20, participants: 18 }, RPJMN_2020_2024);
    if (check.status === 'not-met' && check.coverageMeasured) {
      expectTypeOf(check.peopleShort).toEqualTypeOf<number>();
      expectTypeOf(check.gapPp).toEqualTypeOf<number>();
    }
    if (check.status === 'not-met' && !check.coverageMeasured) {
      expectTypeOf(check.peopleShort).toEqualTypeOf<undefined>();
    }
    if (check.status === 'met') expectTypeOf(check.peopleShort).toEqualTypeOf<0>();
    if (check.status === 'unknown') expectTypeOf(check.peopleShort).toEqualTypeOf<number | undefined>();
  });

  it('gives a condition numbers once it was measured, and none when unknown', () => {
    const condition = {} as ConditionCheck;
    if (condition.status === 'unknown') {
      expectTypeOf(condition.measuredPct).toEqualTypeOf<undefined>();
      expectTypeOf(condition.gapPp).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(condition.measuredPct).toEqualTypeOf<number>();
      expectTypeOf(condition.gapPp).toEqualTypeOf<number>();
    }
    if (condition.status === 'met') expectTypeOf(condition.peopleShort).toEqualTypeOf<0>();
    if (condition.status === 'not-met') expectTypeOf(condition.peopleShort).toEqualTypeOf<number | undefined>();
  });
});

describe('percentages without traps', () => {
  it('formats a defined percentage as a string and keeps undefined visible in the type', () => {
    expectTypeOf(formatPercent(98.46)).toEqualTypeOf<string>();
    expectTypeOf(formatPercent(coveragePct({ population: 1, participants: 1 }))).toEqualTypeOf<string | undefined>();
    expectTypeOf(formatPp(3.15)).toEqualTypeOf<string>();
    expectTypeOf(formatPp(undefined as number | undefined)).toEqualTypeOf<string | undefined>();
  });
});

describe('every function about a target takes a Target', () => {
  it('accepts presets where a target is meant, and a bare threshold only where coverage alone is meant', () => {
    expectTypeOf(requiredPace).parameter(1).toEqualTypeOf<CoverageGoal>();
    expectTypeOf(projectTargetDate).parameter(1).toEqualTypeOf<CoverageGoal>();
    expectTypeOf(RPJMN_2020_2024).toMatchTypeOf<CoverageGoal>();
    const table = {} as SnapshotTable;
    expectTypeOf(tableCountMeeting(table, BPJS_UHC_2025)).toHaveProperty('met');
    expectTypeOf(countMeetingTarget([], BPJS_UHC_2025, { level: 'regency' })).toEqualTypeOf<readonly TargetTally[]>();
    // @ts-expect-error the table tally takes the same target argument as countMeetingTarget, not a threshold option
    tableCountMeeting(table, { thresholdPct: 95 });
  });
});
