// Ranking regions for an award: classify under the UHC Awards 2026 criteria, explain, rank
// within tiers (docs/ranking-for-award.md). The counts are illustrative.
import {
  UHC_AWARDS_2026,
  classifyAward,
  coveragePct,
  explainAward,
  formatPercent,
  podium,
  rankWithinTiers,
  type AwardInput,
} from 'uhc-metrics';
import { LAMPUNG_PODIUM_2023 } from 'uhc-metrics/seeds';

interface Region extends AwardInput {
  readonly code: string;
  readonly name: string;
}

const regions: readonly Region[] = [
  { code: '18.72', name: 'Kota Metro', population: 172_354, participants: 171_500, activeParticipants: 165_000, segments: { pbpuPemda: 40_000 }, flags: { uhcPrioritas: true, noContributionArrears: true } },
  { code: '18.10', name: 'Pringsewu', population: 411_802, participants: 405_118, activeParticipants: 352_000, segments: { pbpuPemda: 60_000 }, flags: { uhcPrioritas: false, noContributionArrears: true } },
  { code: '18.01', name: 'Lampung Selatan', population: 1_077_664, participants: 1_058_127, activeParticipants: 880_000, segments: { pbpuPemda: 150_000 }, flags: { uhcPrioritas: false, noContributionArrears: true } },
  { code: '18.71', name: 'Bandar Lampung', population: 1_100_109, participants: 1_112_470, activeParticipants: 935_000, segments: { pbpuPemda: 300_000 }, flags: { uhcPrioritas: false, noContributionArrears: false } },
  { code: '18.02', name: 'Lampung Tengah', population: 1_503_041, participants: 1_429_878, activeParticipants: 1_150_000, segments: { pbpuPemda: 200_000 }, flags: { uhcPrioritas: false, noContributionArrears: true } },
  { code: '18.09', name: 'Pesawaran', population: 500_000, participants: 492_000, activeParticipants: 410_000 },
];

const classified = new Map(regions.map((region) => [region.code, classifyAward(region, UHC_AWARDS_2026)]));

console.log(`${UHC_AWARDS_2026.name}, ranked by tier, then by coverage as printed (2 decimals):`);
const ranked = rankWithinTiers(regions, {
  scheme: UHC_AWARDS_2026,
  tier: (region) => classified.get(region.code)?.tier?.id,
  keys: [{ name: 'coveragePct', value: (region) => coveragePct(region), direction: 'desc', precision: 2 }],
});
for (const entry of ranked) {
  const result = classified.get(entry.item.code);
  const undecided = result?.undecidedHigherTierIds.length ? ` (undecided: ${result.undecidedHigherTierIds.join(', ')})` : '';
  console.log(`  ${entry.rank}. ${entry.item.name}: ${entry.tierId ?? 'no tier'}${undecided}, coverage ${formatPercent(coveragePct(entry.item)) ?? 'unknown'}`);
}

const pesawaran = classified.get('18.09');
if (pesawaran !== undefined) {
  console.log('\nWhy Pesawaran has no tier yet (Indonesian):');
  console.log(explainAward(pesawaran));
}

console.log('\nLampung contribution-compliance award 2023 (NU Online Lampung, 19 July 2024):');
for (const place of podium(LAMPUNG_PODIUM_2023, { keys: [{ value: (placement) => placement.place, direction: 'asc' }] })) {
  console.log(`  ${place.rank}. ${place.entries.map((entry) => entry.item.government).join(', ')}`);
}
