import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/figures/format-percent.js';
import { formatPp } from '../../src/figures/format-pp.js';
import { activeCoveragePct, coveragePct } from '../../src/metrics/coverage.js';
import { errorOf } from '../support/caught-error.js';

describe('percentages without traps', () => {
  it('prints coverage in percent in one call (seed 000: Lampung "capaian UHC 98,46%")', () => {
    // seeds/000_ccb4cbd1960b7560.txt: "8.911.770 jiwa dari total penduduk ... 9.051.459 jiwa",
    // and Kemenko PMK's "capaian UHC 98,46%".
    expect(formatPercent(coveragePct({ population: 9_051_459, participants: 8_911_770 }))).toBe('98,46%');
    expect(coveragePct({ population: 20, participants: 19 })).toBe(95);
    expect(activeCoveragePct({ population: 1_000, participants: 900, activeParticipants: 750 })).toBe(75);
  });

  it('never prints a number for an undefined result', () => {
    expect(formatPercent(coveragePct({ population: 0, participants: 0 }))).toBeUndefined();
    expect(formatPp(undefined)).toBeUndefined();
    expect(activeCoveragePct({ population: 0, participants: 0, activeParticipants: 0 })).toBeUndefined();
  });

  it('still checks the options when the value is undefined', () => {
    expect(errorOf(() => formatPercent(undefined, { locale: 'fr' as 'id' }))).toMatchObject({ code: 'INVALID_OPTION' });
    expect(errorOf(() => formatPp(undefined, { digits: 1 } as object))).toMatchObject({ code: 'INVALID_OPTION' });
  });
});
