// Projecting when a target will be reached, and the pace a deadline needs
// (docs/projecting-target-date.md). The series is illustrative.
import {
  RPJMN_2020_2024,
  coveragePct,
  createSnapshots,
  formatCount,
  formatPercent,
  formatPp,
  growthBetween,
  projectTargetDate,
  requiredPace,
  seriesGrowth,
} from 'uhc-metrics';

const series = createSnapshots([
  { regionCode: '18.07', asOf: '2023-07-01', population: '1.134.515', participants: '1.029.880' },
  { regionCode: '18.07', asOf: '2023-10-01', population: '1.134.515', participants: '1.040.120' },
  { regionCode: '18.07', asOf: '2024-01-01', population: '1.134.515', participants: '1.049.770' },
  { regionCode: '18.07', asOf: '2024-04-01', population: '1.134.515', participants: '1.055.300' },
  { regionCode: '18.07', asOf: '2024-07-01', population: '1.134.515', participants: '1.061.903' },
]);
const first = series[0];
const last = series[series.length - 1];
if (first === undefined || last === undefined) throw new Error('empty series');

console.log('Kabupaten Lampung Timur (18.07), illustrative quarterly series');
for (const period of seriesGrowth(series, { period: 'quarter' }).periods) {
  const change = formatPp(period.growth?.coverageChangePp);
  console.log(`  ${period.periodKey}: ${formatPercent(coveragePct(period.snapshot)) ?? 'unknown'}${change === undefined ? '' : ` (${change})`}`);
}

const growth = growthBetween(first, last);
console.log(`Pace over the year: ${formatPp(growth.pacePpPerYear) ?? 'unknown'} a year, ${formatCount(growth.participantsChange)} new participants`);

for (const method of ['two-point', 'least-squares'] as const) {
  const projection = projectTargetDate(series, RPJMN_2020_2024, { method });
  console.log(
    `98% at this pace (${method}): ${projection.reached ? projection.date : projection.reason}` +
      ` (pace ${formatPp(projection.pacePpPerYear)} a year)`,
  );
}

const needed = requiredPace(last, RPJMN_2020_2024);
console.log(
  `To reach ${formatPercent(needed.targetPct, { decimals: 0 })} by ${needed.deadline}: ${formatPp(needed.requiredPpPerYear)} a year,` +
    ` about ${formatCount(Math.ceil(needed.requiredPeoplePerMonth))} new participants a month` +
    ` (${formatCount(needed.peopleShort)} people short)`,
);
