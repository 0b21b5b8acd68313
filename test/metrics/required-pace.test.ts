import { describe, expect, it } from 'vitest';
import { requiredPace, type RequiredPaceOptions } from '../../src/metrics/required-pace.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { RPJMN_2020_2024, UHC_2015_2019 } from '../../src/metrics/target-presets.js';
import { defineTarget } from '../../src/metrics/target.js';
import { catchError } from '../support/caught-error.js';


// Seed 001_83d779eaf3a3c545.txt (Indo Barat, 22 Dec 2021): "cakupan kepesertaan JKN Provinsi
// Bengkulu hingga per November 2021 berada pada angka 80,62 persen dari total penduduk 2.032.767
// jiwa" and "untuk mencapai target Universal Health Coverage (UHC) 98 persen di tahun 2024".
// - asOf 2021-11-30: "per November 2021" is the position at the end of November, the last full
//   month before the 21 December meeting.
// - participants are not printed: 0,8062 * 2.032.767 = 1 638 816,76, so 1 638 817 (which is
//   80,6200% of 2 032 767, printed as 80,62).
// - deadline 2024-12-31: "di tahun 2024" is met if met by the end of 2024.
const bengkulu: Snapshot = {
  regionCode: '17',
  asOf: '2021-11-30',
  population: 2_032_767,
  participants: Math.round(0.8062 * 2_032_767),
};

describe('requiredPace: Bengkulu, November 2021 to the 98% target of 2024 (seed 001)', () => {
  const pace = requiredPace(bengkulu, 98, { deadline: '2024-12-31' });

  it('uses the implied participants and counts the days', () => {
    expect(bengkulu.participants).toBe(1_638_817);
    expect(pace.coveragePct.toFixed(2)).toBe('80.62');
    // 31 days of December 2021, then 365 (2022) + 365 (2023) + 366 (2024).
    expect(pace.daysToDeadline).toBe(1_127);
    expect(pace).toMatchObject({ regionCode: '17', asOf: '2021-11-30', deadline: '2024-12-31', targetPct: 98, alreadyMet: false });
  });

  it('needs 353 295 more participants: 98% of 2 032 767 is 1 992 111,66, so 1 992 112', () => {
    expect(pace.peopleShort).toBe(1_992_112 - 1_638_817);
    expect(pace.peopleShort).toBe(353_295);
  });

  it('needs about 5,63 pp a year and 9 542 people a month', () => {
    const gapPp = 98 - (1_638_817 / 2_032_767) * 100; // 17.37999 pp
    expect(pace.gapPp).toBeCloseTo(gapPp, 12);
    // 1127 days are 1127 / 365.25 = 3.0856 years and 1127 / 30.4375 = 37.0267 months.
    expect(pace.requiredPpPerYear).toBeCloseTo(gapPp / (1_127 / 365.25), 12);
    expect(pace.requiredPpPerYear).toBeCloseTo(5.6327, 4);
    expect(pace.requiredPeoplePerMonth).toBeCloseTo(353_295 / (1_127 / 30.4375), 9);
    expect(pace.requiredPeoplePerMonth).toBeCloseTo(9_541.63, 2);
  });

  it('freezes the result and leaves the snapshot alone', () => {
    const snapshot = Object.freeze({ ...bengkulu });
    expect(Object.isFrozen(requiredPace(snapshot, 98, { deadline: '2024-12-31' }))).toBe(true);
    expect(snapshot).toEqual(bengkulu);
  });
});

describe('requiredPace: thresholds', () => {
  const klaten: Snapshot = { regionCode: '33.10', asOf: '2023-03-01', population: 20, participants: 19 };

  it('needs nothing when the target is met, exactly: 19 of 20 is 95%', () => {
    expect(requiredPace(klaten, 95, { deadline: '2023-03-02' })).toMatchObject({
      alreadyMet: true,
      gapPp: 0,
      peopleShort: 0,
      requiredPpPerYear: 0,
      requiredPeoplePerMonth: 0,
    });
  });

  it('needs one whole person to pass a target a hair above', () => {
    const pace = requiredPace(klaten, 95.01, { deadline: '2024-03-01' });
    expect(pace).toMatchObject({ alreadyMet: false, peopleShort: 1, daysToDeadline: 366 });
    expect(pace.gapPp).toBeCloseTo(0.01, 12);
  });

  it('lets coverage above 100% meet any target up to it', () => {
    const blitar: Snapshot = { regionCode: '35.72', asOf: '2024-06-30', population: 1_000, participants: 1_018 };
    expect(requiredPace(blitar, 101.8, { deadline: '2024-12-31' }).alreadyMet).toBe(true);
    expect(requiredPace(blitar, 102, { deadline: '2024-12-31' }).peopleShort).toBe(2);
  });
});

describe('requiredPace: rejected input', () => {
  it('needs a deadline after the snapshot', () => {
    const error = catchError(() => requiredPace(bengkulu, 98, { deadline: '2021-11-30' }));
    expect(error).toMatchObject({ code: 'INVALID_DATE', path: ['options', 'deadline'], value: '2021-11-30' });
    expect(error.message).toBe('options.deadline must be after snapshot.asOf (2021-11-30), got "2021-11-30"');
    expect(catchError(() => requiredPace(bengkulu, 98, { deadline: '2020-01-01' })).code).toBe('INVALID_DATE');
  });

  it('needs a population to measure coverage against', () => {
    const error = catchError(() => requiredPace({ ...bengkulu, population: 0, participants: 0 }, 98, { deadline: '2024-12-31' }));
    expect(error).toMatchObject({ code: 'INVALID_COUNT', path: ['snapshot', 'population'], value: 0 });
  });

  it.each([
    ['a bad snapshot', null, 98, { deadline: '2024-12-31' }, 'INVALID_TYPE', ['snapshot']],
    ['a bad count', { ...bengkulu, participants: -1 }, 98, { deadline: '2024-12-31' }, 'INVALID_COUNT', ['snapshot', 'participants']],
    ['a bad region', { ...bengkulu, regionCode: '17.70' }, 98, { deadline: '2024-12-31' }, 'INVALID_REGION_CODE', ['snapshot', 'regionCode']],
    ['a bad asOf', { ...bengkulu, asOf: '2021-11-31' }, 98, { deadline: '2024-12-31' }, 'INVALID_DATE', ['snapshot', 'asOf']],
    ['a missing deadline', bengkulu, 98, undefined, 'INVALID_DATE', ['options', 'deadline']],
    ['a non-ISO deadline', bengkulu, 98, { deadline: '31/12/2024' }, 'INVALID_DATE', ['options', 'deadline']],
    ['a missing target', bengkulu, undefined, { deadline: '2024-12-31' }, 'INVALID_TYPE', ['target']],
    ['an infinite target', bengkulu, Number.POSITIVE_INFINITY, { deadline: '2024-12-31' }, 'INVALID_NUMBER', ['target']],
    ['an unknown option', bengkulu, 98, { deadline: '2024-12-31', method: 'two-point' }, 'INVALID_OPTION', ['options', 'method']],
    ['options of the wrong type', bengkulu, 98, 'x', 'INVALID_TYPE', ['options']],
  ])('rejects %s', (_name, snapshot, target, options, code, path) => {
    expect(
      catchError(() => requiredPace(snapshot as Snapshot, target as number, options as RequiredPaceOptions)),
    ).toMatchObject({ code, path });
  });
});

describe('requiredPace takes a target, presets included', () => {
  it('reads the coverage condition and the deadline of RPJMN 2020-2024 (seed 001, Bengkulu 80,62%)', () => {
    const fromPreset = requiredPace(bengkulu, RPJMN_2020_2024);
    const fromNumbers = requiredPace(bengkulu, 98, { deadline: '2024-12-31' });
    expect(fromPreset).toEqual({ ...fromNumbers, targetId: 'RPJMN_2020_2024' });
    expect(fromNumbers.targetId).toBeUndefined();
  });

  it('lets options.deadline override the target deadline', () => {
    expect(requiredPace(bengkulu, RPJMN_2020_2024, { deadline: '2022-11-30' }).daysToDeadline).toBe(365);
  });

  it('takes the strictest coverage condition, and "more than" needs one person beyond the tie', () => {
    const target = defineTarget({
      id: 'MORE_THAN_95', name: 'test target', kind: 'plan', source: 'illustration', validFrom: '2020-01-01',
      conditions: [
        { metric: 'coverage', operator: '>=', thresholdPct: 90 },
        { metric: 'coverage', operator: '>', thresholdPct: 95 },
        { metric: 'coverage', operator: '>=', thresholdPct: 95 },
      ],
    });
    const tie = { regionCode: '17', asOf: '2024-01-01', population: 20, participants: 19 };
    expect(requiredPace(tie, 95, { deadline: '2024-12-31' }).alreadyMet).toBe(true);
    expect(requiredPace(tie, target, { deadline: '2024-12-31' })).toMatchObject({ alreadyMet: false, peopleShort: 1, targetPct: 95 });
  });

  it('refuses a target without a coverage condition or a deadline', () => {
    const activeOnly = defineTarget({
      id: 'ACTIVE_ONLY', name: 'test target', kind: 'plan', source: 'illustration', validFrom: '2020-01-01',
      conditions: [{ metric: 'activeCoverage', operator: '>=', thresholdPct: 80 }],
    });
    expect(catchError(() => requiredPace(bengkulu, activeOnly, { deadline: '2024-12-31' }))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['target', 'conditions'],
    });
    expect(catchError(() => requiredPace(bengkulu, UHC_2015_2019))).toMatchObject({ code: 'INVALID_DATE', path: ['options', 'deadline'] });
  });
});
