import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isoDateOf } from '../../src/internal/calendar.js';
import { periodKey, periodKeysBetween, type PeriodUnit } from '../../src/metrics/period.js';
import { seriesGrowth } from '../../src/metrics/series-growth.js';
import type { Snapshot } from '../../src/models/snapshot.js';

// Day numbers of 2015-01-01 and 2030-12-31: a decade and a half of monthly data at most.
const day = fc.integer({ min: 16_436, max: 22_279 });
const unit = fc.constantFrom<PeriodUnit>('month', 'quarter', 'semester', 'year');

/** A series of one region with distinct dates, some of them repeated as identical duplicates. */
const series = fc
  .uniqueArray(
    fc.record({
      day,
      population: fc.integer({ min: 1, max: 10_000_000 }),
      participants: fc.integer({ min: 0, max: 10_000_000 }),
    }),
    { minLength: 1, maxLength: 40, selector: (row) => row.day },
  )
  .chain((rows) => {
    const snapshots: Snapshot[] = rows.map(({ day: asOfDay, population, participants }) => ({
      regionCode: '17',
      asOf: isoDateOf(asOfDay),
      population,
      participants,
    }));
    return fc
      .subarray(snapshots)
      .map((duplicates) => [...snapshots, ...duplicates.map((snapshot) => ({ ...snapshot }))]);
  });

test.prop([series, unit, fc.infiniteStream(fc.nat())])('the result does not depend on input order', (snapshots, period, seeds) => {
  const shuffled = [...snapshots];
  // Fisher-Yates with generated indexes, so fast-check can shrink the order.
  const stream = seeds[Symbol.iterator]();
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = (stream.next().value as number) % (index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  expect(seriesGrowth(shuffled, { period })).toEqual(seriesGrowth(snapshots, { period }));
});

test.prop([series, unit])('present and missing periods together are every period, none skipped', (snapshots, period) => {
  const result = seriesGrowth(snapshots, { period });
  const dates = snapshots.map((snapshot) => snapshot.asOf).sort();
  const all = periodKeysBetween(dates[0]!, dates[dates.length - 1]!, period);
  const present = result.periods.map((entry) => entry.periodKey);
  expect([...present, ...result.missingPeriods].sort()).toEqual(all);
  expect(new Set(present).size).toBe(present.length);
  // The steps span every period once: their lengths add up to the whole run.
  const spanned = result.periods.reduce((sum, entry) => sum + (entry.growth?.periodsSpanned ?? 0), 0);
  expect(spanned).toBe(all.length - 1);
});

test.prop([series, unit])('the steps add up to the change from first to last, and each period counts its latest snapshot', (snapshots, period) => {
  const result = seriesGrowth(snapshots, { period });
  const first = result.periods[0]!.snapshot;
  const last = result.periods[result.periods.length - 1]!.snapshot;
  const change = result.periods.reduce((sum, entry) => sum + (entry.growth?.participantsChange ?? 0), 0);
  expect(change).toBe(last.participants - first.participants);
  // Each period's snapshot is the latest of its period.
  for (const entry of result.periods) {
    const samePeriod = snapshots.filter((snapshot) => periodKey(snapshot.asOf, period) === entry.periodKey);
    expect(samePeriod.every((snapshot) => snapshot.asOf <= entry.snapshot.asOf)).toBe(true);
    expect(entry.snapshotCount).toBe(new Set(samePeriod.map((snapshot) => snapshot.asOf)).size);
  }
});
