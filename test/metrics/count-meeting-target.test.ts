import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../src/metrics/check-target.js';
import { countMeetingTarget, type CountMeetingTargetOptions } from '../../src/metrics/count-meeting-target.js';
import type { RegionCounts } from '../../src/metrics/region-counts.js';
import { BPJS_UHC_2025, UHC_2015_2019 } from '../../src/metrics/target-presets.js';
import type { Target } from '../../src/metrics/target.js';
import { PROVINCES } from '../../src/models/provinces.js';
import { errorOf } from '../support/caught-error.js';

const awardDay = '2023-03-01';

/**
 * An illustration of the 14 Mar 2023 statement, not real counts: 38 provinces of which the
 * first 22 are at 95% exactly and the rest at 94,99%; 514 regencies spread over the provinces,
 * of which the first 334 are at 96% and the rest at 90%.
 */
function awardIllustration(): RegionCounts[] {
  const provinces = PROVINCES.map(
    (province, index): RegionCounts => ({
      regionCode: province.code,
      asOf: awardDay,
      population: 100_000,
      participants: index < 22 ? 95_000 : 94_990,
    }),
  );
  const regencies = Array.from({ length: 514 }, (_, index): RegionCounts => {
    const province = PROVINCES[index % PROVINCES.length]?.code as string;
    const regency = String(Math.floor(index / PROVINCES.length) + 1).padStart(2, '0');
    return { regionCode: `${province}.${regency}`, asOf: awardDay, population: 10_000, participants: index < 334 ? 9_600 : 9_000 };
  });
  return [...regencies, ...provinces];
}

describe('countMeetingTarget', () => {
  it('counts "22 provinsi dan 334 kabupaten/kota" meeting the 95% rule (seeds 002 and 004)', () => {
    // Seed 002: "terdapat 22 provinsi dan 334 kabupaten/ kota yang telah mewujudkan UHC" with
    // "cakupan kepesertaannya menjadi lebih dari 95% total penduduk"; seed 004: "penghargaan
    // kepada 22 Provinsi, 334 Kabupaten dan Kota, Selasa 14 Maret 2023".
    const tallies = countMeetingTarget(awardIllustration(), UHC_2015_2019);
    expect(tallies.map((tally) => [tally.level, tally.met, tally.assessed, tally.notMet, tally.unknown])).toEqual([
      ['province', 22, 38, 16, 0],
      ['regency', 334, 514, 180, 0],
    ]);
    const [provinces] = tallies;
    expect(provinces?.shareRatio).toBe(22 / 38);
    expect(provinces?.meetingCodes).toEqual(PROVINCES.slice(0, 22).map((province) => province.code));
    expect(provinces?.inForce).toBe(true);
    expect(provinces?.targetId).toBe('UHC_2015_2019');
  });

  it('agrees with checkTarget region by region', () => {
    const rows = awardIllustration();
    const [, regencies] = countMeetingTarget(rows, UHC_2015_2019);
    const expected = rows
      .filter((row) => row.regionCode.includes('.') && checkTarget(row, UHC_2015_2019).status === 'met')
      .map((row) => row.regionCode)
      .sort();
    expect(regencies?.meetingCodes).toEqual(expected);
  });

  it('counts unknown outcomes apart, and against the share', () => {
    const rows: RegionCounts[] = [
      { regionCode: '18.01', asOf: '2025-08-01', population: 100, participants: 99, activeParticipants: 81 },
      { regionCode: '18.02', asOf: '2025-08-01', population: 100, participants: 99 },
      { regionCode: '18.03', asOf: '2025-08-01', population: 100, participants: 98, activeParticipants: 90 },
      { regionCode: '18.04', asOf: '2025-08-01', population: 0, participants: 0 },
    ];
    const [tally] = countMeetingTarget(rows, BPJS_UHC_2025);
    expect(tally).toEqual({
      asOf: '2025-08-01',
      level: 'regency',
      targetId: 'BPJS_UHC_2025',
      inForce: true,
      assessed: 4,
      met: 1,
      notMet: 1,
      unknown: 2,
      shareRatio: 0.25,
      meetingCodes: ['18.01'],
    });
  });

  it('flags tallies against a target outside its validity window', () => {
    const rows: RegionCounts[] = [
      { regionCode: '18', asOf: '2024-12-31', population: 100, participants: 99, activeParticipants: 90 },
      { regionCode: '18', asOf: '2025-01-01', population: 100, participants: 99, activeParticipants: 90 },
    ];
    expect(countMeetingTarget(rows, BPJS_UHC_2025).map((tally) => [tally.asOf, tally.inForce])).toEqual([
      ['2024-12-31', false],
      ['2025-01-01', true],
    ]);
    expect(countMeetingTarget(rows, UHC_2015_2019).map((tally) => tally.inForce)).toEqual([true, false]);
  });

  it('sorts by date then level, country first, whatever the input order', () => {
    const rows: RegionCounts[] = [
      { regionCode: '18.72', asOf: '2024-07-01', population: 10, participants: 10 },
      { regionCode: 'ID', asOf: '2024-07-01', population: 10, participants: 10 },
      { regionCode: '18', asOf: '2023-07-01', population: 10, participants: 10 },
      { regionCode: '18.72.01.1001', asOf: '2023-07-01', population: 10, participants: 1 },
      { regionCode: '18', asOf: '2024-07-01', population: 10, participants: 10 },
    ];
    const key = (tallies: ReturnType<typeof countMeetingTarget>): string[] => tallies.map((tally) => `${tally.asOf} ${tally.level}`);
    const expected = ['2023-07-01 province', '2023-07-01 village', '2024-07-01 country', '2024-07-01 province', '2024-07-01 regency'];
    expect(key(countMeetingTarget(rows, UHC_2015_2019))).toEqual(expected);
    expect(key(countMeetingTarget([...rows].reverse(), UHC_2015_2019))).toEqual(expected);
  });

  it('counts one level when asked', () => {
    const tallies = countMeetingTarget(awardIllustration(), UHC_2015_2019, { level: 'province' });
    expect(tallies.map((tally) => [tally.level, tally.met])).toEqual([['province', 22]]);
    expect(countMeetingTarget(awardIllustration(), UHC_2015_2019, { level: 'village' })).toEqual([]);
  });

  it('normalises codes, and rejects the same region twice on a date', () => {
    const row: RegionCounts = { regionCode: '1872', asOf: awardDay, population: 10, participants: 10 };
    expect(countMeetingTarget([row], UHC_2015_2019)[0]?.meetingCodes).toEqual(['18.72']);
    expect(errorOf(() => countMeetingTarget([row, { ...row, regionCode: '18.72' }], UHC_2015_2019))).toEqual({
      code: 'DUPLICATE_SNAPSHOT',
      path: [1],
    });
  });

  it('is frozen', () => {
    const tallies = countMeetingTarget(awardIllustration(), UHC_2015_2019);
    expect(Object.isFrozen(tallies)).toBe(true);
    expect(Object.isFrozen(tallies[0])).toBe(true);
    expect(Object.isFrozen(tallies[0]?.meetingCodes)).toBe(true);
  });

  it('validates rows, the target and the options', () => {
    expect(errorOf(() => countMeetingTarget([{ regionCode: '18', asOf: awardDay, population: 1, participants: -1 }], UHC_2015_2019))).toEqual({
      code: 'INVALID_COUNT',
      path: [0, 'participants'],
    });
    expect(errorOf(() => countMeetingTarget([], { ...UHC_2015_2019, kind: 'award' } as unknown as Target))).toEqual({
      code: 'INVALID_OPTION',
      path: ['target', 'kind'],
    });
    expect(errorOf(() => countMeetingTarget([], UHC_2015_2019, { level: 'kabupaten' } as unknown as CountMeetingTargetOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'level'],
    });
    expect(errorOf(() => countMeetingTarget([], UHC_2015_2019, { asOf: awardDay } as unknown as CountMeetingTargetOptions))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'asOf'],
    });
    expect(countMeetingTarget([], UHC_2015_2019)).toEqual([]);
  });
});
