// From a CSV of regencies to a province report: the recipe of docs/csv-to-province-report.md as
// one script. The counts are illustrative, not published figures.
import {
  RPJMN_2020_2024,
  UHC_2015_2019,
  activityRate,
  checkTarget,
  countMeetingTarget,
  coveragePct,
  createSnapshots,
  formatCount,
  formatPercent,
  formatPp,
  provinceName,
  rollUp,
  uncoveredPeople,
} from 'uhc-metrics';

// Excel in an Indonesian locale: `;` between columns, `.` between thousands.
const csv = `kode;nama;tanggal;penduduk;peserta;peserta_aktif
18.01;Lampung Selatan;2024-07-01;1.077.664;1.058.127;741.302
18.02;Lampung Tengah;2024-07-01;1.503.041;1.429.878;963.011
18.07;Lampung Timur;2024-07-01;1.134.515;1.061.903;702.557
18.10;Pringsewu;2024-07-01;411.802;405.118;296.400
18.71;Bandar Lampung;2024-07-01;1.100.109;1.112.470;842.300
18.72;Metro;2024-07-01;172.354;170.975;133.050`;

const LAMPUNG_REGENCIES = [
  '18.01', '18.02', '18.03', '18.04', '18.05', '18.06', '18.07', '18.08',
  '18.09', '18.10', '18.11', '18.12', '18.13', '18.71', '18.72',
];

/** Splits `;`-separated text into records keyed by the header row (no quoted cells). */
function readCsv(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(';');
  return lines.map((line) => {
    const cells = line.split(';');
    return Object.fromEntries(columns.map((column, index) => [column, (cells[index] ?? '').trim()]));
  });
}

const records = readCsv(csv);
const snapshots = createSnapshots(
  // A missing cell is a blank: createSnapshot reports it by field, as it does an empty cell.
  records.map((record) => ({
    regionCode: record['kode'] ?? '',
    asOf: record['tanggal'] ?? '',
    population: record['penduduk'] ?? '',
    participants: record['peserta'] ?? '',
    activeParticipants: record['peserta_aktif'],
  })),
);
const names = new Map(snapshots.map((snapshot, index) => [snapshot.regionCode, records[index]?.['nama'] ?? '']));

const [province] = rollUp(snapshots, { to: 'province', expectedChildren: { '18': LAMPUNG_REGENCIES } });
if (province === undefined) throw new Error('the CSV has no rows');
const plan = checkTarget(province, RPJMN_2020_2024);
const [uhc] = countMeetingTarget(snapshots, UHC_2015_2019, { level: 'regency' });
const active = activityRate(province, { base: 'population' });

console.log(`${provinceName('18')}, ${province.asOf}: ${province.children.length} of ${LAMPUNG_REGENCIES.length} regencies and cities reported`);
console.log(`  missing: ${(province.missingChildren ?? []).join(', ')}`);
console.log(`  population ${formatCount(province.population)}, JKN participants ${formatCount(province.participants)}`);
console.log(`  coverage ${formatPercent(province.coveragePct) ?? 'unknown'}`);
console.log(
  plan.status === 'met'
    ? '  RPJMN 2020-2024 (98%): met'
    : plan.status === 'not-met' && plan.coverageMeasured
      ? `  RPJMN 2020-2024 (98%): ${formatPp(plan.gapPp)} to go, ${formatCount(plan.peopleShort)} people short`
      : '  RPJMN 2020-2024 (98%): unknown (no population)',
);
console.log(`  active participants ${formatPercent(active?.pct) ?? 'unknown'} of the population`);
console.log(`  at UHC (95%): ${uhc?.met ?? 0} of ${uhc?.assessed ?? 0} regencies and cities`);
console.log(`  not covered: about ${formatCount(uncoveredPeople(province), { scale: 'auto', decimals: 0 })} people`);
for (const snapshot of snapshots) {
  const check = checkTarget(snapshot, RPJMN_2020_2024);
  const coverage = formatPercent(coveragePct(snapshot)) ?? 'unknown';
  const status =
    check.status === 'met' ? 'met' : check.status === 'not-met' && check.coverageMeasured ? `${formatCount(check.peopleShort)} people short` : 'unknown';
  console.log(`    ${snapshot.regionCode} ${names.get(snapshot.regionCode)}: ${coverage} (${status})`);
}
