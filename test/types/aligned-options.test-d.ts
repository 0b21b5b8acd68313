// Type-level tests: the per-snapshot and table functions take one options shape per idea.
import { describe, expectTypeOf, it } from 'vitest';
import {
  coveragePct,
  rank,
  rollUp,
  tableRank,
  tableRollUp,
  type RankOptions,
  type RegionCounts,
  type RollUpOptions,
  type RollUpTo,
  type SnapshotTable,
  type TableRankOptions,
} from '../../src/index.js';

declare const snapshots: readonly RegionCounts[];
declare const table: SnapshotTable;

describe('rollUp and tableRollUp', () => {
  it('take the same RollUpOptions', () => {
    expectTypeOf(rollUp).parameter(1).toEqualTypeOf<RollUpOptions | undefined>();
    expectTypeOf(tableRollUp).parameter(1).toEqualTypeOf<RollUpOptions | undefined>();
    expectTypeOf<NonNullable<RollUpOptions['to']>>().toEqualTypeOf<RollUpTo>();
    expectTypeOf<RollUpTo>().toEqualTypeOf<'parent' | 'district' | 'regency' | 'province' | 'country'>();
    const options = { to: 'regency', expectedChildren: { '18.72': ['18.72.01.1001'] } } as const;
    rollUp(snapshots, options);
    tableRollUp(table, options);
    // @ts-expect-error the target level is `to` in both, never `level`
    tableRollUp(table, { level: 'province' });
    // @ts-expect-error the target level is `to` in both, never `level`
    rollUp(snapshots, { level: 'province' });
  });

  it('report missing children per parent in both', () => {
    expectTypeOf(tableRollUp(table).missingChildren).toEqualTypeOf<readonly (readonly string[] | undefined)[]>();
    expectTypeOf(rollUp(snapshots)[0]!.missingChildren).toEqualTypeOf<readonly string[] | undefined>();
  });
});

describe('rank and tableRank', () => {
  it('accept one object literal: keys over rows and the tie policy', () => {
    const options = {
      keys: [{ name: 'coveragePct', value: (row: RegionCounts) => coveragePct(row), direction: 'desc', precision: 2 }],
      ties: 'dense',
    } as const;
    expectTypeOf(options).toMatchTypeOf<RankOptions<RegionCounts>>();
    expectTypeOf(options).toMatchTypeOf<TableRankOptions>();
    rank(snapshots, options);
    tableRank(table, options);
    expectTypeOf<TableRankOptions['ties']>().toEqualTypeOf<RankOptions<RegionCounts>['ties']>();
    expectTypeOf<NonNullable<TableRankOptions['keys']>>().toEqualTypeOf<RankOptions<RegionCounts>['keys']>();
  });

  it('reject a misspelt tie option in both', () => {
    // @ts-expect-error the tie policy is `ties`
    tableRank(table, { tie: 'dense' });
    // @ts-expect-error the tie policy is `ties`
    rank(snapshots, { keys: [], tie: 'dense' });
  });
});
