// The columnar path gives the per-snapshot functions' answers, value for value (toBe / toEqual,
// never toBeCloseTo), on random tables. Counts stay below 2^26 here, where doubles separate every
// two distinct coverages, so that rank() by coverageRatio ties exactly when fractions are equal.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { tableCountMeeting } from '../../src/bulk/table-count-meeting.js';
import { tableCoverage } from '../../src/bulk/table-coverage.js';
import { tableFromColumns } from '../../src/bulk/table-from-columns.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableGrowth } from '../../src/bulk/table-growth.js';
import { tableRank } from '../../src/bulk/table-rank.js';
import { tableRollUp } from '../../src/bulk/table-roll-up.js';
import { tableRow } from '../../src/bulk/table-row.js';
import { countMeetingTarget } from '../../src/metrics/count-meeting-target.js';
import { coverageRatio } from '../../src/metrics/coverage.js';
import { growthBetween } from '../../src/metrics/growth-between.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { rollUp, type RollUpRow } from '../../src/metrics/roll-up.js';
import { seriesGrowth } from '../../src/metrics/series-growth.js';
import { defineTarget, type TargetOperator } from '../../src/metrics/target.js';
import { UHC_2015_2019 } from '../../src/metrics/target-presets.js';
import { normalizeRegionCode } from '../../src/models/region-code.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { rank, type TiePolicy } from '../../src/ranking/rank.js';
import { DATES, REGENCIES, rowsArbitrary, rowsOfDate, VILLAGES } from './bulk-arbitraries.js';

const MAX_COUNT = 2 ** 26 - 1;
const regencyRows = rowsArbitrary(REGENCIES, { max: MAX_COUNT });
const villageRows = rowsArbitrary(VILLAGES, { max: MAX_COUNT });
const anyRows = fc.oneof(regencyRows, villageRows);

/** What both roll-ups compute for one parent and date. */
interface Sums {
  readonly regionCode: string;
  readonly asOf: string;
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants: number | undefined;
  readonly coverageRatio: number | undefined;
  readonly childCount: number | undefined;
}

/** A roll-up row as the table gives it, in the shape of rollUp's rows. */
function tableRollUpRows(rows: readonly RegionCounts[], to: Parameters<typeof tableRollUp>[1]): Sums[] {
  const { parents, coverage, childCounts } = tableRollUp(tableFromSnapshots(rows), to);
  return Array.from({ length: parents.rowCount }, (_, index) => {
    const row = tableRow(parents, index);
    return {
      regionCode: row.regionCode,
      asOf: row.asOf,
      population: row.population,
      participants: row.participants,
      activeParticipants: row.activeParticipants,
      coverageRatio: coverage.undefinedRows.includes(index) ? undefined : coverage.coverageRatio[index],
      childCount: childCounts[index],
    };
  });
}

function perRowRollUp(rows: readonly RollUpRow[]): Sums[] {
  return rows.map((row) => ({
    regionCode: row.regionCode,
    asOf: row.asOf,
    population: row.population,
    participants: row.participants,
    activeParticipants: row.activeParticipants,
    coverageRatio: row.coverageRatio,
    childCount: row.children.length,
  }));
}

test.prop([anyRows])('coverage of every row is coverageRatio of that row', (rows) => {
  const { coverageRatio: ratios, undefinedRows } = tableCoverage(tableFromSnapshots(rows));
  rows.forEach((row, index) => {
    const expected = coverageRatio(row);
    expect(undefinedRows.includes(index)).toBe(expected === undefined);
    expect(ratios[index]).toBe(expected ?? 0);
  });
});

test.prop([anyRows, fc.constantFrom('parent', 'province', 'country' as const)])(
  'a table roll-up equals rollUp',
  (rows, to) => {
    expect(tableRollUpRows(rows, { to })).toEqual(perRowRollUp(rollUp(rows, { to })));
  },
);

test.prop([villageRows])('villages rolled up to their regency equal rolling up district by district', (rows) => {
  const twice = rollUp(rollUp(rows), { to: 'parent' });
  expect(tableRollUpRows(rows, { to: 'regency' }).map(({ childCount: _, ...row }) => row)).toEqual(
    perRowRollUp(twice).map(({ childCount: _, ...row }) => row),
  );
  expect(tableRollUpRows(rows, { to: 'district' })).toEqual(perRowRollUp(rollUp(rows)));
});

test.prop([anyRows])('growth steps are growthBetween of each region’s consecutive dates', (rows) => {
  const table = tableFromSnapshots(rows);
  const growth = tableGrowth(table);
  // Expected steps, written independently: rows grouped by normalised code, sorted by date.
  const byRegion = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const code = normalizeRegionCode(row.regionCode);
    byRegion.set(code, [...(byRegion.get(code) ?? []), index]);
  });
  const expected = [...byRegion.keys()].sort().flatMap((code) => {
    const indexes = (byRegion.get(code) ?? []).sort((a, b) => ((rows[a] as RegionCounts).asOf < (rows[b] as RegionCounts).asOf ? -1 : 1));
    return indexes.slice(1).map((to, step) => [indexes[step] as number, to]);
  });
  expect(Array.from(growth.fromRows, (from, step) => [from, growth.toRows[step]])).toEqual(expected);
  expected.forEach(([from, to], step) => {
    const reference = growthBetween(rows[from as number] as Snapshot, rows[to as number] as Snapshot);
    expect(growth.participantsChange[step]).toBe(reference.participantsChange);
    expect(growth.undefinedSteps.includes(step)).toBe(reference.coverageChangePp === undefined);
    expect(growth.coverageChangePp[step]).toBe(reference.coverageChangePp ?? 0);
  });
});

test.prop([regencyRows])('growth equals seriesGrowth by month when each date is its own month', (rows) => {
  const table = tableFromSnapshots(rows);
  const growth = tableGrowth(table);
  const fromCodes = Array.from(growth.fromRows, (row) => tableRow(table, row).regionCode);
  for (const code of table.regionCodes) {
    const series = seriesGrowth(
      rows.filter((row) => normalizeRegionCode(row.regionCode) === code) as Snapshot[],
      { period: 'month' },
    );
    const steps = fromCodes.flatMap((from, step) => (from === code ? [step] : []));
    const expected = series.periods.slice(1).map((period) => period.growth);
    expect(steps.map((step) => [growth.participantsChange[step], growth.undefinedSteps.includes(step) ? undefined : growth.coverageChangePp[step]])).toEqual(
      expected.map((step) => [step?.participantsChange, step?.coverageChangePp]),
    );
  }
});

test.prop([anyRows, fc.constantFrom<TiePolicy>('competition', 'dense', 'ordinal')])(
  'ranks per date equal rank() by coverageRatio, order and ties included',
  (rows, ties) => {
    const table = tableFromSnapshots(rows);
    const result = tableRank(table, { ties });
    table.dates.forEach((asOf, date) => {
      const members = rowsOfDate(rows, asOf);
      const entries = rank(members, { keys: [{ value: (member) => coverageRatio(member.row), direction: 'desc' }], ties });
      const start = result.dateOffsets[date] as number;
      expect(Array.from(result.order.subarray(start, result.dateOffsets[date + 1]))).toEqual(entries.map((entry) => entry.item.index));
      for (const entry of entries) expect(result.ranks[entry.item.index]).toBe(entry.rank);
    });
  },
);

const thresholds = fc.constantFrom(95, 98, 98.6, 99, 100, 101.8, 0, 33.333);
const operators = fc.constantFrom<TargetOperator>('>=', '>');

test.prop([regencyRows, thresholds, operators])(
  'counts meeting a threshold equal countMeetingTarget with a coverage target',
  (rows, thresholdPct, operator) => {
    const target = defineTarget({
      id: 'T',
      name: 'test target',
      kind: 'plan',
      source: 'test',
      validFrom: '2015-01-01',
      conditions: [{ metric: 'coverage', operator, thresholdPct }],
    });
    const tally = tableCountMeeting(tableFromSnapshots(rows), target, { level: 'regency' });
    const expected = countMeetingTarget(rows, target, { level: 'regency' });
    expect(tally.dates).toEqual(expected.map((row) => row.asOf));
    expect([Array.from(tally.met), Array.from(tally.notMet), Array.from(tally.unknown)]).toEqual([
      expected.map((row) => row.met),
      expected.map((row) => row.notMet),
      expected.map((row) => row.unknown),
    ]);
  },
);

test.prop([villageRows])('the UHC 2015-2019 tally equals countMeetingTarget (coverage >= 95%)', (rows) => {
  const tally = tableCountMeeting(tableFromSnapshots(rows), UHC_2015_2019);
  const expected = countMeetingTarget(rows, UHC_2015_2019, { level: 'village' });
  expect(Array.from(tally.met)).toEqual(expected.map((row) => row.met));
  expect(Array.from(tally.unknown)).toEqual(expected.map((row) => row.unknown));
});

test.prop([anyRows])('a table from columns equals the table from the same rows as objects', (rows) => {
  const fromObjects = tableFromSnapshots(rows);
  const fromColumns = tableFromColumns({
    regionCode: rows.map((row) => row.regionCode),
    asOf: rows.map((row) => row.asOf),
    population: Float64Array.from(rows, (row) => row.population),
    participants: rows.map((row) => row.participants),
    activeParticipants: rows.map((row) => row.activeParticipants),
  });
  expect(fromColumns).toEqual(fromObjects);
  rows.forEach((_, index) => expect(tableRow(fromColumns, index)).toEqual(tableRow(fromObjects, index)));
});

test.prop([anyRows])('rows read back are the input rows, codes normalised', (rows) => {
  const table = tableFromSnapshots(rows);
  expect(table.rowCount).toBe(rows.length);
  rows.forEach((row, index) => {
    const { activeParticipants, ...rest } = row;
    const expected = { ...rest, regionCode: normalizeRegionCode(row.regionCode) };
    expect(tableRow(table, index)).toEqual(activeParticipants === undefined ? expected : { ...expected, activeParticipants });
  });
  expect(table.dates).toEqual([...new Set(rows.map((row) => row.asOf))].sort());
  expect(DATES).toEqual(expect.arrayContaining([...table.dates]));
});
