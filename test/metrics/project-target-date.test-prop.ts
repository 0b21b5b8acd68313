import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { dayNumberOf, isoDateOf } from '../../src/internal/calendar.js';
import { projectTargetDate, type ProjectionMethod } from '../../src/metrics/project-target-date.js';
import type { Snapshot } from '../../src/models/snapshot.js';

// Day numbers of 2010-01-01 and 2030-12-31.
const day = fc.integer({ min: 14_610, max: 22_279 });
const method = fc.constantFrom<ProjectionMethod>('two-point', 'least-squares');

/** Two to twelve snapshots of one region at distinct dates, coverage 50-105%. */
const series = fc
  .uniqueArray(
    fc.record({ day, population: fc.integer({ min: 1_000, max: 50_000_000 }), coverage: fc.double({ min: 0.5, max: 1.05, noNaN: true }) }),
    { minLength: 2, maxLength: 12, selector: (row) => row.day },
  )
  .map((rows) =>
    rows.map(
      ({ day: asOfDay, population, coverage }): Snapshot => ({
        regionCode: '17.01',
        asOf: isoDateOf(asOfDay),
        population,
        participants: Math.round(population * coverage),
      }),
    ),
  );

/** The same with coverage rising over time, so that most cases have a positive pace to project. */
const risingSeries = series.map((snapshots) => {
  const byDate = [...snapshots].sort((a, b) => (a.asOf < b.asOf ? -1 : 1));
  const ratios = byDate.map((snapshot) => snapshot.participants / snapshot.population).sort((a, b) => a - b);
  return byDate.map((snapshot, index) => ({ ...snapshot, participants: Math.round(snapshot.population * ratios[index]!) }));
});

// Targets with two decimals, as targets are printed (98,6%): hundredths of a percent.
const targetHundredths = fc.integer({ min: 5_000, max: 10_000 });
const target = targetHundredths.map((hundredths) => hundredths / 100);

/** A rising series and a target 0.01-20 pp above its last coverage. */
const risingSeriesBelowTarget = risingSeries.chain((snapshots) => {
  const last = snapshots[snapshots.length - 1]!;
  const lastPct = (last.participants * 100) / last.population;
  return fc.tuple(fc.constant(snapshots), fc.double({ min: lastPct + 0.01, max: lastPct + 20, noNaN: true }));
});

test.prop([risingSeriesBelowTarget, method])(
  'a projected date is the first day the straight line from the last snapshot meets the target',
  ([snapshots, targetPct], how) => {
    const projection = projectTargetDate(snapshots, targetPct, { method: how });
    // Rising coverage can still be flat (every ratio equal): then there is no date to check.
    fc.pre(projection.reached);
    if (!projection.reached) return;
    expect(projection.alreadyMet).toBe(false);
    expect(projection.pacePpPerYear).toBeGreaterThan(0);
    const lastDay = dayNumberOf(projection.lastAsOf)!;
    const dateDay = dayNumberOf(projection.date)!;
    expect(dateDay - lastDay).toBe(projection.daysAfterLast);
    expect(projection.daysAfterLast).toBeGreaterThanOrEqual(1);
    const line = (days: number): number => projection.lastCoveragePct + (projection.pacePpPerYear * days) / 365.25;
    expect(line(projection.daysAfterLast)).toBeGreaterThanOrEqual(targetPct - 1e-9);
    if (projection.daysAfterLast > 1) expect(line(projection.daysAfterLast - 1)).toBeLessThan(targetPct + 1e-9);
  },
);

test.prop([series, targetHundredths, method])('the outcome follows from the last snapshot and the sign of the pace', (snapshots, hundredths, how) => {
  const targetPct = hundredths / 100;
  const projection = projectTargetDate(snapshots, targetPct, { method: how });
  const last = [...snapshots].sort((a, b) => (a.asOf < b.asOf ? -1 : 1))[snapshots.length - 1]!;
  expect(projection.lastAsOf).toBe(last.asOf);
  // Exact in integers: participants / population >= hundredths / 10 000.
  const met = last.participants * 10_000 >= hundredths * last.population;
  if (projection.reached && projection.alreadyMet) {
    expect(projection.date).toBe(last.asOf);
  } else if (projection.reached) {
    expect(projection.pacePpPerYear).toBeGreaterThan(0);
  } else {
    expect(projection.reason === 'not-at-this-pace' ? projection.pacePpPerYear <= 0 : projection.pacePpPerYear > 0).toBe(true);
  }
  expect(projection.reached && projection.alreadyMet).toBe(met);
});

test.prop([series, target, method, fc.nat()])('the projection does not depend on input order', (snapshots, targetPct, how, shift) => {
  const rotated = snapshots.map((_, index) => snapshots[(index + shift) % snapshots.length]!);
  expect(projectTargetDate(rotated, targetPct, { method: how })).toEqual(projectTargetDate(snapshots, targetPct, { method: how }));
});
