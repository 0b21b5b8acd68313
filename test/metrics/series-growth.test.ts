import { describe, expect, it } from 'vitest';
import { growthBetween } from '../../src/metrics/growth-between.js';
import { seriesGrowth, type SeriesGrowthOptions } from '../../src/metrics/series-growth.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { catchError } from '../support/caught-error.js';


// Seed 003_d0779c9ee81e164e.txt: "per 1 Agustus 2023 telah mencapai 95,31 persen",
// "sebanyak 8.527.908 jiwa"; population implied: 8.527.908 / 0,9531 = 8 947 548 (rounded).
const lampungAug2023: Snapshot = { regionCode: '18', asOf: '2023-08-01', population: 8_947_548, participants: 8_527_908 };
// Seed 000_ccb4cbd1960b7560.txt: "hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah
// mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa".
const lampungJul2024: Snapshot = { regionCode: '18', asOf: '2024-07-01', population: 9_051_459, participants: 8_911_770 };

function at(asOf: string, participants: number, extra: Partial<Snapshot> = {}): Snapshot {
  return { regionCode: '33.10', asOf, population: 1_000, participants, ...extra };
}

describe('seriesGrowth: Lampung (seeds 003 and 000)', () => {
  it('reports the semester with no snapshot and a step spanning two semesters', () => {
    const series = seriesGrowth([lampungJul2024, lampungAug2023], { period: 'semester' });
    expect(series.regionCode).toBe('18');
    expect(series.period).toBe('semester');
    expect(series.periods.map((entry) => entry.periodKey)).toEqual(['2023-S2', '2024-S2']);
    expect(series.missingPeriods).toEqual(['2024-S1']);
    const step = series.periods[1]!.growth!;
    expect(step).toMatchObject({ fromPeriod: '2023-S2', toPeriod: '2024-S2', periodsSpanned: 2 });
    expect(step).toMatchObject(growthBetween(lampungAug2023, lampungJul2024));
    expect(step.participantsChange).toBe(383_862);
    expect(series.periods[0]!.snapshot).toBe(lampungAug2023);
  });

  it('lists the ten missing months between August 2023 and July 2024', () => {
    const series = seriesGrowth([lampungAug2023, lampungJul2024], { period: 'month' });
    expect(series.missingPeriods).toEqual([
      '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06',
    ]);
    expect(series.periods[1]!.growth!.periodsSpanned).toBe(11);
  });
});

describe('seriesGrowth: grouping', () => {
  it('keeps the last snapshot of each period and measures from the previous present period', () => {
    const input = [at('2024-03-31', 930), at('2024-01-15', 900), at('2024-02-10', 910), at('2024-04-01', 950)];
    const series = seriesGrowth(input, { period: 'quarter' });
    expect(series.periods.map((entry) => [entry.periodKey, entry.snapshot.asOf, entry.snapshotCount])).toEqual([
      ['2024-Q1', '2024-03-31', 3],
      ['2024-Q2', '2024-04-01', 1],
    ]);
    expect(series.periods[0]!.growth).toBeUndefined();
    expect(series.periods[1]!.growth).toMatchObject({ participantsChange: 20, elapsedDays: 1, periodsSpanned: 1 });
    expect(series.missingPeriods).toEqual([]);
  });

  it('sorts a copy and never mutates or needs a mutable input', () => {
    const input = Object.freeze([at('2024-07-01', 960), at('2023-07-01', 900)]);
    const before = JSON.stringify(input);
    const series = seriesGrowth(input, { period: 'year' });
    expect(JSON.stringify(input)).toBe(before);
    expect(series.periods.map((entry) => entry.periodKey)).toEqual(['2023', '2024']);
  });

  it('handles a single snapshot', () => {
    const series = seriesGrowth([at('2024-07-01', 960)], { period: 'month' });
    expect(series.periods).toHaveLength(1);
    expect(series.periods[0]).toMatchObject({ periodKey: '2024-07', snapshotCount: 1, growth: undefined });
    expect(series.missingPeriods).toEqual([]);
  });

  it('freezes the result throughout', () => {
    const series = seriesGrowth([at('2023-07-01', 900), at('2024-07-01', 960)], { period: 'year' });
    expect(Object.isFrozen(series)).toBe(true);
    expect(Object.isFrozen(series.periods)).toBe(true);
    expect(Object.isFrozen(series.missingPeriods)).toBe(true);
    expect(Object.isFrozen(series.periods[1])).toBe(true);
    expect(Object.isFrozen(series.periods[1]!.growth)).toBe(true);
  });
});

describe('seriesGrowth: snapshots of one date', () => {
  it('collapses identical duplicates into the first given, whatever their provenance', () => {
    const first = at('2024-07-01', 960, { source: { article: 'a' } });
    // An explicit `segments: undefined` is the same as no segments.
    const second = at('2024-07-01', 960, { source: { article: 'b' }, segments: undefined } as unknown as Partial<Snapshot>);
    const series = seriesGrowth([at('2024-01-01', 900), second, first], { period: 'semester' });
    expect(series.periods[1]).toMatchObject({ snapshotCount: 1 });
    expect(series.periods[1]!.snapshot).toBe(second);
  });

  it('collapses duplicates with equal segment counts', () => {
    const segments = { pbiApbn: 500, pbpu: 460 };
    const series = seriesGrowth(
      [at('2024-07-01', 960, { segments }), at('2024-07-01', 960, { segments: { pbpu: 460, pbiApbn: 500 } })],
      { period: 'month' },
    );
    expect(series.periods).toHaveLength(1);
  });

  it.each([
    ['participants', { participants: 961 }, ['participants'], 961, 960],
    ['population', { population: 1_001 }, ['population'], 1_001, 1_000],
    ['active participants', { activeParticipants: 700 }, ['activeParticipants'], 700, undefined],
    ['the population period', { populationPeriod: '2024-S1' }, ['populationPeriod'], '2024-S1', undefined],
    ['segments present on one only', { segments: { pbpu: 10 } }, ['segments'], { pbpu: 10 }, undefined],
  ])('rejects two snapshots of one date that differ in %s', (_name, change, field, value, earlier) => {
    const error = catchError(() =>
      seriesGrowth([at('2024-07-01', 960), at('2024-01-01', 900), at('2024-07-01', 960, change as Partial<Snapshot>)], {
        period: 'month',
      }),
    );
    expect(error).toMatchObject({ code: 'CONFLICTING_SNAPSHOTS', path: ['snapshots', 2, ...field], value });
    expect(error.message).toContain(`must equal snapshots[0].${field.join('.')} (${earlier === undefined ? 'undefined' : earlier})`);
    expect(error.message).toContain('a snapshot of the same date 2024-07-01');
  });

  it('names the segment two snapshots of one date disagree on', () => {
    const error = catchError(() =>
      seriesGrowth([at('2024-07-01', 960, { segments: { pbpu: 10, bp: 3 } }), at('2024-07-01', 960, { segments: { pbpu: 10, bp: 4 } })], {
        period: 'month',
      }),
    );
    expect(error).toMatchObject({ code: 'CONFLICTING_SNAPSHOTS', path: ['snapshots', 1, 'segments', 'bp'], value: 4 });
  });
});

describe('seriesGrowth: rejected input', () => {
  it('rejects snapshots of different regions', () => {
    const error = catchError(() => seriesGrowth([lampungAug2023, lampungJul2024, at('2024-08-01', 1)], { period: 'month' }));
    expect(error).toMatchObject({ code: 'MIXED_REGIONS', path: ['snapshots', 2, 'regionCode'], value: '33.10' });
    expect(error.message).toBe('snapshots[2].regionCode must be the region of snapshots[0] (18), got "33.10"');
  });

  it('rejects an empty list, a non-list and holes', () => {
    expect(catchError(() => seriesGrowth([], { period: 'month' }))).toMatchObject({ code: 'EMPTY_INPUT', path: ['snapshots'] });
    expect(catchError(() => seriesGrowth({} as unknown as Snapshot[], { period: 'month' }))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['snapshots'],
    });
    const sparse = [at('2024-01-01', 1), , at('2024-03-01', 2)] as Snapshot[];
    expect(catchError(() => seriesGrowth(sparse, { period: 'month' }))).toMatchObject({ code: 'INVALID_TYPE', path: ['snapshots', 1] });
  });

  it('reports a bad snapshot by its index in the input', () => {
    expect(catchError(() => seriesGrowth([at('2024-01-01', 1), at('2024-02-31', 2)], { period: 'month' }))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['snapshots', 1, 'asOf'],
    });
    expect(catchError(() => seriesGrowth([at('2024-01-01', -3)], { period: 'month' }))).toMatchObject({
      code: 'INVALID_COUNT',
      path: ['snapshots', 0, 'participants'],
    });
  });

  it('rejects missing, unknown and malformed options', () => {
    const input = [at('2024-01-01', 1)];
    expect(catchError(() => seriesGrowth(input, undefined as unknown as SeriesGrowthOptions))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'period'],
      value: undefined,
    });
    expect(catchError(() => seriesGrowth(input, { period: 'week' as 'month' }))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'period'],
    });
    expect(catchError(() => seriesGrowth(input, { period: 'month', sort: true } as SeriesGrowthOptions))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'sort'],
    });
    expect(catchError(() => seriesGrowth(input, null as unknown as SeriesGrowthOptions))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['options'],
    });
  });
});
