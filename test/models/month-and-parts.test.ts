// Snapshots as tables publish them: a month for a date, non-active counts, PPU undivided.
import { describe, expect, it } from 'vitest';
import { growthBetween } from '../../src/metrics/growth-between.js';
import { projectTargetDate } from '../../src/metrics/project-target-date.js';
import { seriesGrowth } from '../../src/metrics/series-growth.js';
import { countMeetingTarget } from '../../src/metrics/count-meeting-target.js';
import { defineTarget } from '../../src/metrics/target.js';
import { createSnapshot, safeCreateSnapshot } from '../../src/models/create-snapshot.js';
import { snapshotNotes } from '../../src/models/snapshot-note.js';
import { errorOf } from '../support/caught-error.js';

const BASE = { regionCode: '33.10', asOf: '2024-08', population: 1000, participants: 900 };

describe('month-level snapshots', () => {
  it('keep the month as given and reject month 13', () => {
    expect(createSnapshot(BASE).asOf).toBe('2024-08');
    expect(errorOf(() => createSnapshot({ ...BASE, asOf: '2024-13' }))).toEqual({ code: 'INVALID_DATE', path: ['asOf'] });
    expect(errorOf(() => createSnapshot({ ...BASE, asOf: '2024-8' }))).toEqual({ code: 'INVALID_DATE', path: ['asOf'] });
  });

  it('grow month to month, a month counting as its last day', () => {
    const growth = growthBetween(BASE, { ...BASE, asOf: '2024-09', participants: 930 });
    expect([growth.fromAsOf, growth.toAsOf, growth.elapsedDays, growth.coverageChangePp]).toEqual(['2024-08', '2024-09', 30, 3]);
    // 31 August (a day) and August (a month) are the same instant.
    expect(errorOf(() => growthBetween(BASE, { ...BASE, asOf: '2024-08-31' }))).toEqual({ code: 'DUPLICATE_SNAPSHOT', path: ['to', 'asOf'] });
    expect(growthBetween({ ...BASE, asOf: '2024-08-15' }, BASE).elapsedDays).toBe(16);
  });

  it('make a monthly series and a projection from month-level snapshots', () => {
    const series = [
      { ...BASE, asOf: '2024-06', participants: 900 },
      { ...BASE, asOf: '2024-07', participants: 910 },
      { ...BASE, asOf: '2024-08', participants: 920 },
    ];
    const monthly = seriesGrowth(series, { period: 'month' });
    expect(monthly.periods.map((period) => period.periodKey)).toEqual(['2024-06', '2024-07', '2024-08']);
    const projection = projectTargetDate(series, 95);
    // 2 pp in 62 days (30 June to 31 August); 3 pp more takes 93 days after 31 August.
    expect(projection.reached && projection.date).toBe('2024-12-02');
  });

  it('are in force under a target when the month\'s last day is', () => {
    const target = defineTarget({ id: 'late', name: 'Late', kind: 'plan', source: 'a test', validFrom: '2024-08-15', conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 80 }] });
    const [tally] = countMeetingTarget([BASE], target);
    expect(tally?.inForce).toBe(true);
    const [july] = countMeetingTarget([{ ...BASE, asOf: '2024-07' }], target);
    expect(july?.inForce).toBe(false);
  });
});

describe('non-active participants and PPU undivided', () => {
  it('keep non-active counts and note when the parts do not add up, either way', () => {
    const snapshot = createSnapshot({ ...BASE, activeParticipants: '600', nonActiveParticipants: '290' });
    expect(snapshot.nonActiveParticipants).toBe(290);
    expect(snapshotNotes(snapshot)).toEqual([
      {
        code: 'ACTIVE_AND_NON_ACTIVE_DO_NOT_SUM',
        path: ['nonActiveParticipants'],
        message: 'active (600) and non-active (290) participants total 890 people, 10 fewer than the 900 participants',
        partsTotal: 890,
        peopleDifference: -10,
      },
    ]);
    expect(snapshotNotes({ ...BASE, activeParticipants: 600, nonActiveParticipants: 301 })[0]).toMatchObject({ peopleDifference: 1 });
    expect(snapshotNotes({ ...BASE, activeParticipants: 600, nonActiveParticipants: 300 })).toEqual([]);
    expect(errorOf(() => snapshotNotes({ ...BASE, nonActiveParticipants: -1 }))).toEqual({ code: 'INVALID_COUNT', path: ['nonActiveParticipants'] });
  });

  it('reject non-active above participants', () => {
    const result = safeCreateSnapshot({ ...BASE, nonActiveParticipants: 901 });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([['INCONSISTENT_COUNTS', ['nonActiveParticipants']]]);
  });

  it('take PPU undivided as both wage-earner segments, and refuse it beside the split', () => {
    const five = { pbiApbn: 400, pbpuPemda: 200, ppu: 150, pbpu: 100, bp: 40 };
    expect(snapshotNotes(createSnapshot({ ...BASE, segments: five }))).toEqual([
      {
        code: 'SEGMENTS_DO_NOT_SUM',
        path: ['segments'],
        message: 'the five segments (PPU undivided) total 890 people, 10 fewer than the 900 participants',
        segmentsTotal: 890,
        peopleDifference: -10,
        allSegmentsGiven: true,
      },
    ]);
    expect(snapshotNotes(createSnapshot({ ...BASE, segments: { ...five, bp: 50 } }))).toEqual([]);
    expect(errorOf(() => createSnapshot({ ...BASE, segments: { ...five, ppuBu: 10 } }))).toEqual({ code: 'INCONSISTENT_COUNTS', path: ['segments', 'ppu'] });
    expect(errorOf(() => snapshotNotes({ ...BASE, segments: { ppu: -1 } }))).toEqual({ code: 'INVALID_COUNT', path: ['segments', 'ppu'] });
  });
});
