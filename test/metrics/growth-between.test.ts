import { describe, expect, it } from 'vitest';
import { growthBetween } from '../../src/metrics/growth-between.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { catchError } from '../support/caught-error.js';


// Seed 003_d0779c9ee81e164e.txt (ANTARA): "per 1 Agustus 2023 telah mencapai 95,31 persen" and
// "persentasenya ada sekitar 95,31 atau sebanyak 8.527.908 jiwa". The population is not printed;
// the implied one is 8.527.908 / 0,9531 = 8 947 548.001..., so 8 947 548 (8 527 908 of it is
// 95,3100%). It agrees with the same article's "masih ada sekitar 400 ribu orang penduduk yang
// belum masuk": 8 947 548 - 8 527 908 = 419 640.
const lampungAug2023: Snapshot = {
  regionCode: '18',
  asOf: '2023-08-01',
  population: 8_947_548,
  participants: 8_527_908,
  source: { article: '003_d0779c9ee81e164e', quote: 'sekitar 95,31 atau sebanyak 8.527.908 jiwa' },
};
// Seed 000_ccb4cbd1960b7560.txt (NU Online Lampung): "hingga 1 Juli 2024, jumlah kepesertaan JKN
// Provinsi Lampung telah mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023
// sebesar 9.051.459 jiwa".
const lampungJul2024: Snapshot = {
  regionCode: '18',
  asOf: '2024-07-01',
  population: 9_051_459,
  populationPeriod: '2023-S2',
  participants: 8_911_770,
  source: { article: '000_ccb4cbd1960b7560', quote: 'telah mencapai 8.911.770 jiwa dari total penduduk ... 9.051.459 jiwa' },
};

describe('growthBetween: Lampung, 1 Aug 2023 (seed 003) to 1 Jul 2024 (seed 000)', () => {
  const growth = growthBetween(lampungAug2023, lampungJul2024);

  it('counts the days and the people', () => {
    // Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 29 + Mar 31 + Apr 30 + May 31 + Jun 30.
    expect(growth.elapsedDays).toBe(335);
    expect(growth.participantsChange).toBe(383_862);
    expect(growth.populationChange).toBe(103_911);
    expect(growth.participantsChangeRatio).toBeCloseTo(383_862 / 8_527_908, 15);
    expect(growth.participantsChangeRatio).toBeCloseTo(0.04501, 5);
    expect(growth).toMatchObject({ regionCode: '18', fromAsOf: '2023-08-01', toAsOf: '2024-07-01' });
  });

  it('gives the coverage at both ends as printed', () => {
    // "95,31 persen" (seed 003); "capaian UHC 98,46%" (seed 000, the Kemenko PMK figure).
    expect(growth.fromCoveragePct?.toFixed(2)).toBe('95.31');
    expect(growth.toCoveragePct?.toFixed(2)).toBe('98.46');
  });

  it('measures the coverage change, and splits it into participant and population effects', () => {
    const total = (8_911_770 / 9_051_459 - 8_527_908 / 8_947_548) * 100;
    expect(growth.coverageChangePp).toBeCloseTo(total, 12);
    expect(growth.coverageChangePp).toBeCloseTo(3.1467, 4);
    // Participant effect at the old population: 383 862 / 8 947 548.
    expect(growth.participantEffectPp).toBeCloseTo((383_862 / 8_947_548) * 100, 12);
    expect(growth.participantEffectPp).toBeCloseTo(4.2901, 4);
    // Population effect on the new participants: 8 911 770 / 9 051 459 - 8 911 770 / 8 947 548.
    expect(growth.populationEffectPp).toBeCloseTo((8_911_770 / 9_051_459 - 8_911_770 / 8_947_548) * 100, 12);
    expect(growth.populationEffectPp).toBeCloseTo(-1.1434, 4);
    expect(Math.abs(growth.participantEffectPp! + growth.populationEffectPp! - growth.coverageChangePp!)).toBeLessThan(1e-9);
  });

  it('annualises over a 365.25-day year', () => {
    expect(growth.pacePpPerYear).toBeCloseTo((growth.coverageChangePp! * 365.25) / 335, 12);
    expect(growth.pacePpPerYear).toBeCloseTo(3.4309, 4);
    expect(growth.participantsCagr).toBeCloseTo((8_911_770 / 8_527_908) ** (365.25 / 335) - 1, 12);
    expect(growth.participantsCagr).toBeCloseTo(0.04918, 5);
  });

  it('freezes the result and leaves the inputs alone', () => {
    const from = Object.freeze({ ...lampungAug2023 });
    const to = Object.freeze({ ...lampungJul2024 });
    const result = growthBetween(from, to);
    expect(Object.isFrozen(result)).toBe(true);
    expect(from).toEqual(lampungAug2023);
    expect(to).toEqual(lampungJul2024);
  });
});

describe('growthBetween: undefined and edge results', () => {
  const base = { regionCode: '33.10', asOf: '2023-01-01', population: 1_000, participants: 900 };

  it('leaves every coverage figure undefined when a population is 0, but still counts people', () => {
    const growth = growthBetween({ ...base, population: 0, participants: 0 }, { ...base, asOf: '2024-01-01' });
    expect(growth).toMatchObject({
      participantsChange: 900,
      populationChange: 1_000,
      participantsChangeRatio: undefined,
      fromCoveragePct: undefined,
      toCoveragePct: 90,
      coverageChangePp: undefined,
      participantEffectPp: undefined,
      populationEffectPp: undefined,
      pacePpPerYear: undefined,
      participantsCagr: undefined,
    });
    const toZero = growthBetween(base, { ...base, asOf: '2024-01-01', population: 0, participants: 0 });
    expect(toZero.coverageChangePp).toBeUndefined();
    expect(toZero.participantEffectPp).toBeUndefined();
    expect(toZero.participantsCagr).toBe(-1);
  });

  it('reports a fall as negative change and a CAGR above -1', () => {
    const growth = growthBetween(base, { ...base, asOf: '2025-01-01', participants: 810 });
    expect(growth.participantsChange).toBe(-90);
    expect(growth.coverageChangePp).toBeCloseTo(-9, 12);
    // 731 days: 2024 is a leap year.
    expect(growth.participantsCagr).toBeCloseTo(0.9 ** (365.25 / 731) - 1, 12);
  });

  it('returns undefined rather than Infinity when the compound rate overflows', () => {
    const growth = growthBetween(
      { ...base, population: 1, participants: 1 },
      { ...base, asOf: '2023-01-02', population: Number.MAX_SAFE_INTEGER, participants: Number.MAX_SAFE_INTEGER },
    );
    expect(growth.participantsCagr).toBeUndefined();
    expect(growth.participantsChangeRatio).toBe(Number.MAX_SAFE_INTEGER - 1);
  });

  it('treats differently written codes of one region as one region', () => {
    const growth = growthBetween({ ...base, regionCode: '1872' }, { ...base, regionCode: '18.72', asOf: '2024-01-01' });
    expect(growth.regionCode).toBe('18.72');
  });
});

describe('growthBetween: rejected input', () => {
  const from: Snapshot = { regionCode: '18', asOf: '2023-08-01', population: 100, participants: 90 };
  const to: Snapshot = { regionCode: '18', asOf: '2024-07-01', population: 100, participants: 95 };

  it('rejects snapshots of different regions', () => {
    const error = catchError(() => growthBetween(from, { ...to, regionCode: '17' }));
    expect(error).toMatchObject({ code: 'MIXED_REGIONS', path: ['to', 'regionCode'], value: '17' });
    expect(error.message).toBe('to.regionCode must be the region of from (18), got "17"');
  });

  it('rejects two snapshots of the same date', () => {
    const error = catchError(() => growthBetween(from, { ...to, asOf: '2023-08-01' }));
    expect(error).toMatchObject({ code: 'DUPLICATE_SNAPSHOT', path: ['to', 'asOf'], value: '2023-08-01' });
    expect(error.message).toContain('growth needs two dates');
  });

  it('rejects a reversed pair instead of swapping it', () => {
    const error = catchError(() => growthBetween(to, from));
    expect(error).toMatchObject({ code: 'INVALID_DATE', path: ['to', 'asOf'], value: '2023-08-01' });
    expect(error.message).toBe('to.asOf must be after from.asOf (2024-07-01), got "2023-08-01"');
  });

  it.each([
    ['a null snapshot', null, to, 'INVALID_TYPE', ['from']],
    ['an array snapshot', [], to, 'INVALID_TYPE', ['from']],
    ['a numeric region code', { ...from, regionCode: 18 }, to, 'INVALID_TYPE', ['from', 'regionCode']],
    ['a malformed region code', { ...from, regionCode: '18.70' }, to, 'INVALID_REGION_CODE', ['from', 'regionCode']],
    ['an unknown province', { ...from, regionCode: '99' }, to, 'UNKNOWN_PROVINCE', ['from', 'regionCode']],
    ['an impossible date', from, { ...to, asOf: '2023-02-30' }, 'INVALID_DATE', ['to', 'asOf']],
    ['a Date object', from, { ...to, asOf: new Date() }, 'INVALID_DATE', ['to', 'asOf']],
    ['a negative population', from, { ...to, population: -1 }, 'INVALID_COUNT', ['to', 'population']],
    ['a fractional count', from, { ...to, participants: 1.5 }, 'INVALID_COUNT', ['to', 'participants']],
    ['NaN', { ...from, participants: Number.NaN }, to, 'INVALID_COUNT', ['from', 'participants']],
    ['Infinity', { ...from, population: Number.POSITIVE_INFINITY }, to, 'INVALID_COUNT', ['from', 'population']],
    ['an unsafe count', { ...from, population: 2 ** 53 }, to, 'INVALID_COUNT', ['from', 'population']],
    ['a string count', { ...from, participants: '90' }, to, 'INVALID_COUNT', ['from', 'participants']],
    ['more active than registered', { ...from, activeParticipants: 91 }, to, 'INCONSISTENT_COUNTS', ['from', 'activeParticipants']],
  ])('rejects %s with a path', (_name, a, b, code, path) => {
    expect(catchError(() => growthBetween(a as Snapshot, b as Snapshot))).toMatchObject({ code, path });
  });
});
