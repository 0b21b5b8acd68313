import { describe, expect, it } from 'vitest';
import { classifyAward } from '../../src/awards/classify-award.js';
import { UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';
import { rankWithinTiers } from '../../src/ranking/rank-within-tiers.js';
import { errorOf } from '../support/caught-error.js';


interface Region {
  readonly name: string;
  readonly tierId: string | undefined;
  readonly coveragePct?: number;
}

const regions: readonly Region[] = [
  { name: 'P1', tierId: 'pratama', coveragePct: 99.5 },
  { name: 'M1', tierId: 'madya', coveragePct: 98.2 },
  { name: 'X1', tierId: undefined, coveragePct: 99.9 },
  { name: 'M2', tierId: 'madya', coveragePct: 98.9 },
  { name: 'U1', tierId: 'utama', coveragePct: 99.1 },
  { name: 'M3', tierId: 'madya', coveragePct: 98.9 },
  { name: 'P2', tierId: 'pratama', coveragePct: 98.0 },
];
const byCoverage = { name: 'coveragePct', value: (region: Region) => region.coveragePct, direction: 'desc' } as const;
const rows = (entries: readonly { item: Region; rank: number; tierRank: number; tierId: string | undefined }[]) =>
  entries.map((entry) => [entry.item.name, entry.tierId, entry.rank, entry.tierRank]);

describe('rankWithinTiers', () => {
  it("orders by the scheme's tier order first, then by the keys; no tier goes last", () => {
    const entries = rankWithinTiers(regions, {
      scheme: UHC_AWARDS_2026,
      tier: (region) => region.tierId,
      keys: [byCoverage],
    });
    expect(rows(entries)).toEqual([
      ['U1', 'utama', 1, 1],
      ['M2', 'madya', 2, 1],
      ['M3', 'madya', 2, 1],
      ['M1', 'madya', 4, 3],
      ['P1', 'pratama', 5, 1],
      ['P2', 'pratama', 6, 2],
      ['X1', undefined, 7, 1],
    ]);
    expect(entries.map((entry) => entry.index)).toEqual([4, 3, 5, 1, 0, 6, 2]);
    expect(entries.map((entry) => entry.tied)).toEqual([false, true, true, false, false, false, false]);
  });

  it('applies the tie policy to the overall and the within-tier rank', () => {
    const options = { scheme: UHC_AWARDS_2026, tier: (region: Region) => region.tierId, keys: [byCoverage] };
    expect(rows(rankWithinTiers(regions, { ...options, ties: 'dense' })).map((row) => row.slice(2))).toEqual([
      [1, 1],
      [2, 1],
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 2],
      [6, 1],
    ]);
    expect(rows(rankWithinTiers(regions, { ...options, ties: 'ordinal' })).map((row) => row.slice(2))).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 1],
      [6, 2],
      [7, 1],
    ]);
  });

  it('ties every item of a tier when no keys are given', () => {
    const entries = rankWithinTiers(regions, { scheme: UHC_AWARDS_2026, tier: (region) => region.tierId });
    expect(rows(entries).map((row) => [row[0], row[2]])).toEqual([
      ['U1', 1],
      ['M1', 2],
      ['M2', 2],
      ['M3', 2],
      ['P1', 5],
      ['P2', 5],
      ['X1', 7],
    ]);
  });

  it('ranks regions by the tier classifyAward gives them', () => {
    const counts = [
      // Seed 000 counts for Lampung; the others are illustrative.
      { name: 'Lampung', population: 9_051_459, participants: 8_911_770, activeParticipants: 6_141_415 },
      { name: 'A', population: 1_000, participants: 990, activeParticipants: 900 },
      { name: 'B', population: 1_000, participants: 985, activeParticipants: 820 },
      { name: 'C', population: 1_000, participants: 999, activeParticipants: 990 },
    ];
    const entries = rankWithinTiers(counts, {
      scheme: UHC_AWARDS_2026,
      tier: (region) => classifyAward({ ...region, flags: { noContributionArrears: true } }, UHC_AWARDS_2026).tier?.id,
      keys: [{ value: (region) => region.participants / region.population, direction: 'desc' }],
    });
    expect(entries.map((entry) => [entry.item.name, entry.tierId])).toEqual([
      ['C', 'madya'],
      ['A', 'madya'],
      ['B', 'pratama'],
      ['Lampung', undefined],
    ]);
  });

  it('freezes the result and keeps items by reference', () => {
    const entries = rankWithinTiers(regions, { scheme: UHC_AWARDS_2026, tier: (region) => region.tierId });
    expect(Object.isFrozen(entries)).toBe(true);
    expect(entries.every((entry) => Object.isFrozen(entry))).toBe(true);
    expect(entries[0]?.item).toBe(regions[4]);
    expect(rankWithinTiers([], { scheme: UHC_AWARDS_2026, tier: () => undefined })).toEqual([]);
  });

  it('rejects tier ids the scheme does not have, and wrong types', () => {
    expect(
      errorOf(() => rankWithinTiers(regions, { scheme: UHC_AWARDS_2024, tier: (region) => region.tierId })),
    ).toEqual({
      code: 'INVALID_OPTION',
      path: ['items', 0, 'tier'],
    });
    expect(errorOf(() => rankWithinTiers([1], { scheme: UHC_AWARDS_2026, tier: () => 1 as never }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['items', 0, 'tier'],
    });
    expect(errorOf(() => rankWithinTiers([1], { scheme: UHC_AWARDS_2026, tier: 'utama' as never }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['options', 'tier'],
    });
    expect(errorOf(() => rankWithinTiers({} as never, { scheme: UHC_AWARDS_2026, tier: () => undefined }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['items'],
    });
    expect(errorOf(() => rankWithinTiers([1], null as never))).toEqual({ code: 'INVALID_TYPE', path: ['options'] });
    expect(
      errorOf(() => rankWithinTiers([1], { scheme: UHC_AWARDS_2026, tier: () => undefined, tiers: 'dense' } as never)),
    ).toEqual({ code: 'INVALID_OPTION', path: ['options', 'tiers'] });
    expect(errorOf(() => rankWithinTiers([1], { scheme: { id: 'x' } as never, tier: () => undefined }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['options', 'scheme', 'name'],
    });
  });

  it("reports key errors at the caller's key positions and item indexes", () => {
    const tier = (region: Region) => region.tierId;
    expect(
      errorOf(() =>
        rankWithinTiers(regions, {
          scheme: UHC_AWARDS_2026,
          tier,
          keys: [{ ...byCoverage, direction: 'up' as never }],
        }),
      ),
    ).toEqual({ code: 'INVALID_OPTION', path: ['options', 'keys', 0, 'direction'] });
    const broken = [...regions, { name: 'bad', tierId: 'madya', coveragePct: Number.NaN }];
    expect(errorOf(() => rankWithinTiers(broken, { scheme: UHC_AWARDS_2026, tier, keys: [byCoverage] }))).toEqual({
      code: 'INVALID_NUMBER',
      path: ['items', 7, 'coveragePct'],
    });
    expect(
      errorOf(() =>
        rankWithinTiers(regions, { scheme: UHC_AWARDS_2026, tier, keys: [byCoverage], ties: 'olympic' as never }),
      ),
    ).toEqual({ code: 'INVALID_OPTION', path: ['options', 'ties'] });
  });
});
