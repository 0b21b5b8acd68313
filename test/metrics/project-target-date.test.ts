import { describe, expect, it } from 'vitest';
import { projectTargetDate, type ProjectTargetDateOptions } from '../../src/metrics/project-target-date.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { RPJMN_2020_2024 } from '../../src/metrics/target-presets.js';
import { defineTarget } from '../../src/metrics/target.js';
import { catchError } from '../support/caught-error.js';


// Seed 003_d0779c9ee81e164e.txt: "per 1 Agustus 2023 telah mencapai 95,31 persen", "sebanyak
// 8.527.908 jiwa"; the population is not printed, 8.527.908 / 0,9531 = 8 947 548 (rounded).
const lampungAug2023: Snapshot = { regionCode: '18', asOf: '2023-08-01', population: 8_947_548, participants: 8_527_908 };
// Seed 000_ccb4cbd1960b7560.txt: "hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah
// mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa".
const lampungJul2024: Snapshot = { regionCode: '18', asOf: '2024-07-01', population: 9_051_459, participants: 8_911_770 };

/** Yearly snapshots of a region of 1 000 people; 2021-2023 are common years, 2024 a leap year. */
function yearly(participants: readonly number[]): Snapshot[] {
  return participants.map((count, index) => ({
    regionCode: '17',
    asOf: `${2021 + index}-01-01`,
    population: 1_000,
    participants: count,
  }));
}

describe('projectTargetDate: Lampung (seeds 003 and 000)', () => {
  const fromPct = (8_527_908 / 8_947_548) * 100;
  const toPct = (8_911_770 / 9_051_459) * 100;
  const pace = ((toPct - fromPct) * 365.25) / 335; // 335 days from 1 Aug 2023 to 1 Jul 2024

  it('says the RPJMN target was already met on 1 July 2024', () => {
    // Seed 000: "(RPJMN) menetapkan target untuk mencapai Universal Health Coverage (UHO) sebesar 98%".
    const projection = projectTargetDate([lampungAug2023, lampungJul2024], 98);
    expect(projection).toMatchObject({ reached: true, alreadyMet: true, date: '2024-07-01', daysAfterLast: 0 });
    expect(projection.pacePpPerYear).toBeCloseTo(pace, 12);
    expect(projection.lastCoveragePct).toBeCloseTo(toPct, 12);
  });

  it('projects 99% at the pace of the eleven months before', () => {
    const projection = projectTargetDate([lampungJul2024, lampungAug2023], 99);
    // (99 - 98.4567) pp at 3.4309 pp a year is 57.84 days: the 58th day after 1 July 2024.
    expect(((99 - toPct) * 365.25) / pace).toBeCloseTo(57.84, 2);
    expect(projection).toMatchObject({
      regionCode: '18',
      method: 'two-point',
      targetPct: 99,
      firstAsOf: '2023-08-01',
      lastAsOf: '2024-07-01',
      snapshotCount: 2,
      reached: true,
      alreadyMet: false,
      date: '2024-08-28',
      daysAfterLast: 58,
    });
    expect(projection.pacePpPerYear).toBeCloseTo(3.4309, 4);
  });
});

describe('projectTargetDate: methods', () => {
  // Coverage 90, 92, 95, 96 % on 1 January 2021-2024 (365 days apart).
  const series = yearly([900, 920, 950, 960]);

  it('two-point uses the first and the last snapshot', () => {
    const projection = projectTargetDate(series, 98);
    // 6 pp in 1095 days; 2 pp more takes 365 days: 2024-01-01 + 365 = 2024-12-31 (leap year).
    expect(projection.pacePpPerYear).toBeCloseTo((6 * 365.25) / 1095, 12);
    expect(projection).toMatchObject({ reached: true, alreadyMet: false, date: '2024-12-31', daysAfterLast: 365 });
  });

  it('least-squares uses the slope of the fitted line, projected from the last snapshot', () => {
    const projection = projectTargetDate(series, 98, { method: 'least-squares' });
    // x = 0, 1, 2, 3 (years of 365 days), mean 1.5; y mean 93.25;
    // slope = sum((x - 1.5)(y - 93.25)) / sum((x - 1.5)^2) = 10.5 / 5 = 2.1 pp per 365 days.
    expect(projection.pacePpPerYear).toBeCloseTo((2.1 * 365.25) / 365, 12);
    // 2 pp at 2.1 pp per 365 days: 347.6 days, so day 348 after 2024-01-01 is 2024-12-14.
    expect(projection).toMatchObject({ method: 'least-squares', snapshotCount: 4, date: '2024-12-14', daysAfterLast: 348 });
  });

  it('both methods agree on collinear points', () => {
    const collinear = yearly([900, 920, 940]);
    const twoPoint = projectTargetDate(collinear, 99);
    const fitted = projectTargetDate(collinear, 99, { method: 'least-squares' });
    expect(fitted.pacePpPerYear).toBeCloseTo(twoPoint.pacePpPerYear, 12);
    expect(fitted.reached && fitted.date).toBe(twoPoint.reached && twoPoint.date);
  });

  it('takes an undefined method as the default', () => {
    expect(projectTargetDate(series, 98, { method: undefined }).method).toBe('two-point');
  });
});

describe('projectTargetDate: no date', () => {
  it('refuses a date when coverage is flat or falling', () => {
    expect(projectTargetDate(yearly([950, 940]), 98)).toMatchObject({
      reached: false,
      reason: 'not-at-this-pace',
    });
    // 1 of 3, 2 of 6, 3 of 9: one coverage, so the fitted slope is exactly 0, not float noise.
    const flat: Snapshot[] = [1, 2, 3].map((k, index) => ({
      regionCode: '17',
      asOf: `202${index}-03-1${index}`,
      population: 3 * k,
      participants: k,
    }));
    const projection = projectTargetDate(flat, 98, { method: 'least-squares' });
    expect(projection.pacePpPerYear).toBe(0);
    expect(projection).toMatchObject({ reached: false, reason: 'not-at-this-pace' });
  });

  it('says so when the date would be after 9999-12-31', () => {
    const slow: Snapshot[] = [
      { regionCode: '17', asOf: '2023-01-01', population: 1_000_000_000_000, participants: 900_000_000_000 },
      { regionCode: '17', asOf: '2024-01-01', population: 1_000_000_000_000, participants: 900_000_000_001 },
    ];
    expect(projectTargetDate(slow, 98)).toMatchObject({ reached: false, reason: 'after-year-9999' });
    expect(projectTargetDate(slow, 98).pacePpPerYear).toBeGreaterThan(0);
  });

  it('decides "already met" exactly from the counts', () => {
    // 19 of 20 is exactly 95%.
    const exact: Snapshot[] = [
      { regionCode: '33.10', asOf: '2023-01-01', population: 20, participants: 18 },
      { regionCode: '33.10', asOf: '2023-03-14', population: 20, participants: 19 },
    ];
    expect(projectTargetDate(exact, 95)).toMatchObject({ alreadyMet: true, date: '2023-03-14' });
    expect(projectTargetDate(exact, 95.01)).toMatchObject({ alreadyMet: false, reached: true });
  });
});

describe('projectTargetDate: input handling', () => {
  it('collapses identical duplicates and freezes the result without touching the input', () => {
    const input = Object.freeze(yearly([900, 950]).concat(yearly([900])));
    const projection = projectTargetDate(input, 98);
    expect(projection.snapshotCount).toBe(2);
    expect(Object.isFrozen(projection)).toBe(true);
  });

  it('needs two dates', () => {
    const error = catchError(() => projectTargetDate(yearly([900]).concat(yearly([900])), 98));
    expect(error).toMatchObject({ code: 'EMPTY_INPUT', path: ['snapshots'] });
    expect(error.message).toContain('at least two different dates');
    expect(catchError(() => projectTargetDate([], 98))).toMatchObject({ code: 'EMPTY_INPUT' });
  });

  it('needs a positive population where coverage is used', () => {
    const series = yearly([900, 920, 950]);
    series[1] = { ...series[1]!, population: 0, participants: 0 };
    // Two-point reads the first and the last snapshot only.
    expect(projectTargetDate(series, 98).reached).toBe(true);
    expect(catchError(() => projectTargetDate(series, 98, { method: 'least-squares' }))).toMatchObject({
      code: 'INVALID_COUNT',
      path: ['snapshots', 1, 'population'],
      value: 0,
    });
    const lastEmpty = yearly([900, 0]).map((snapshot, index) => (index === 1 ? { ...snapshot, population: 0 } : snapshot));
    const error = catchError(() => projectTargetDate(lastEmpty, 98));
    expect(error).toMatchObject({ code: 'INVALID_COUNT', path: ['snapshots', 1, 'population'] });
    expect(error.message).toBe('snapshots[1].population must be positive to measure coverage, got 0');
    const firstEmpty = yearly([0, 900]).map((snapshot, index) => (index === 0 ? { ...snapshot, population: 0 } : snapshot));
    expect(catchError(() => projectTargetDate(firstEmpty, 98))).toMatchObject({ path: ['snapshots', 0, 'population'] });
  });

  it('rejects mixed regions and conflicting snapshots', () => {
    expect(catchError(() => projectTargetDate([lampungAug2023, ...yearly([900])], 98))).toMatchObject({
      code: 'MIXED_REGIONS',
      path: ['snapshots', 1, 'regionCode'],
    });
    expect(catchError(() => projectTargetDate(yearly([900, 950]).concat(yearly([901])), 98))).toMatchObject({
      code: 'CONFLICTING_SNAPSHOTS',
      path: ['snapshots', 2, 'participants'],
    });
  });

  it.each([
    ['a missing target', undefined, undefined, 'INVALID_TYPE', ['target']],
    ['a negative target', -1, undefined, 'INVALID_NUMBER', ['target']],
    ['a NaN target', Number.NaN, undefined, 'INVALID_NUMBER', ['target']],
    ['a string target', '98', undefined, 'INVALID_TYPE', ['target']],
    ['an unknown method', 98, { method: 'cubic' }, 'INVALID_OPTION', ['options', 'method']],
    ['an unknown option', 98, { deadline: '2024-12-31' }, 'INVALID_OPTION', ['options', 'deadline']],
    ['options of the wrong type', 98, 'fast', 'INVALID_TYPE', ['options']],
  ])('rejects %s', (_name, target, options, code, path) => {
    expect(
      catchError(() => projectTargetDate(yearly([900, 950]), target as number, options as ProjectTargetDateOptions)),
    ).toMatchObject({ code, path });
  });
});

describe('projectTargetDate takes a target, presets included', () => {
  it('projects to the coverage condition of RPJMN 2020-2024 as to 98', () => {
    const series = yearly([900, 930]);
    expect(projectTargetDate(series, RPJMN_2020_2024)).toEqual({ ...projectTargetDate(series, 98), targetId: 'RPJMN_2020_2024' });
  });

  it('dates "more than" the threshold one day after the line touches it', () => {
    const moreThan = defineTarget({
      id: 'MORE_THAN_96', name: 'test target', kind: 'plan', source: 'illustration', validFrom: '2020-01-01',
      conditions: [{ metric: 'coverage', operator: '>', thresholdPct: 96 }],
    });
    // 3 pp a year (365 days, 3 * 365.25 / 365 pp per 365.25 days): 96 is touched after 365 days exactly.
    const series = [
      { regionCode: '17', asOf: '2021-01-01' as const, population: 1_000, participants: 900 },
      { regionCode: '17', asOf: '2022-01-01' as const, population: 1_000, participants: 930 },
    ];
    const atLeast = projectTargetDate(series, 96);
    const beyond = projectTargetDate(series, moreThan);
    expect(atLeast.reached && atLeast.daysAfterLast).toBe(365);
    expect(beyond.reached && beyond.daysAfterLast).toBe(366);
  });
});
