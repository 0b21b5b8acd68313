import { describe, expect, it } from 'vitest';
import { participantsGrowth } from '../../src/metrics/participants-growth.js';
import { errorOf } from '../support/caught-error.js';

describe('participantsGrowth', () => {
  it('measures growth of participants alone, between days or months', () => {
    // seed 003: "per 1 Agustus 2023 ... sebanyak 8.527.908 jiwa"; seed 000: "telah mencapai 8.911.770 jiwa" (1 July 2024).
    const growth = participantsGrowth({ asOf: '2023-08-01', participants: 8_527_908 }, { asOf: '2024-07-01', participants: 8_911_770 });
    expect(growth).toMatchObject({ fromAsOf: '2023-08-01', toAsOf: '2024-07-01', elapsedDays: 335, participantsChange: 383_862 });
    expect(growth.participantsChangeRatio).toBeCloseTo(383_862 / 8_527_908, 15);
    expect(growth.participantsCagr).toBeCloseTo((8_911_770 / 8_527_908) ** (365.25 / 335) - 1, 12);
    // A month counts as its last day: July to August is 31 days.
    expect(participantsGrowth({ asOf: '2024-07', participants: 100 }, { asOf: '2024-08', participants: 90 })).toMatchObject({
      elapsedDays: 31,
      participantsChange: -10,
      participantsChangeRatio: -0.1,
    });
    expect(participantsGrowth({ asOf: '2024-07', participants: 0 }, { asOf: '2024-08', participants: 5 })).toMatchObject({
      participantsChangeRatio: undefined,
      participantsCagr: undefined,
    });
  });

  it('throws for bad dates, counts and order', () => {
    expect(errorOf(() => participantsGrowth({ asOf: '2024-08', participants: 1 }, { asOf: '2024-08-31', participants: 2 }))).toEqual({ code: 'INVALID_DATE', path: ['to', 'asOf'] });
    expect(errorOf(() => participantsGrowth({ asOf: '2024-13', participants: 1 }, { asOf: '2025-01', participants: 2 }))).toEqual({ code: 'INVALID_DATE', path: ['from', 'asOf'] });
    expect(errorOf(() => participantsGrowth({ asOf: '2024-01', participants: 1.5 }, { asOf: '2025-01', participants: 2 }))).toEqual({ code: 'INVALID_COUNT', path: ['from', 'participants'] });
    expect(errorOf(() => participantsGrowth({ asOf: '2024-01', participants: 1 }, null as never))).toEqual({ code: 'INVALID_TYPE', path: ['to'] });
  });
});
