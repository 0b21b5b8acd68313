import { describe, expect, it } from 'vitest';
import { parseReportDate } from '../../src/tables/parse-report-date.js';
import { catchError as caughtError } from '../support/caught-error.js';

describe('parseReportDate', () => {
  it('keeps a month a month and a day a day', () => {
    expect(parseReportDate('2024-08')).toBe('2024-08');
    expect(parseReportDate(' 2024-08-31 ')).toBe('2024-08-31');
    expect(parseReportDate('Agustus 2024')).toBe('2024-08');
    expect(parseReportDate('AGT 2024')).toBe('2024-08');
    expect(parseReportDate('Des. 2023')).toBe('2023-12');
    expect(parseReportDate('1 Juli 2024')).toBe('2024-07-01');
    expect(parseReportDate('29 Februari 2024')).toBe('2024-02-29');
    expect(parseReportDate('Nop 2024')).toBe('2024-11');
  });

  it('reads dd/mm/yyyy only when told, never guessing month-first', () => {
    expect(parseReportDate('01/07/2024', { dayFormat: 'dd/mm/yyyy' })).toBe('2024-07-01');
    expect(parseReportDate('1/7/2024', { dayFormat: 'dd/mm/yyyy' })).toBe('2024-07-01');
    expect(caughtError(() => parseReportDate('01/07/2024'))).toMatchObject({ code: 'INVALID_DATE', path: [], value: '01/07/2024' });
    expect(caughtError(() => parseReportDate('07/31/2024', { dayFormat: 'dd/mm/yyyy' })).code).toBe('INVALID_DATE');
  });

  it('reads a Date by its UTC calendar day', () => {
    expect(parseReportDate(new Date(Date.UTC(2024, 6, 1)))).toBe('2024-07-01');
    expect(caughtError(() => parseReportDate(new Date(Number.NaN))).code).toBe('INVALID_DATE');
    expect(caughtError(() => parseReportDate(new Date(Date.UTC(10_000, 0, 1)))).code).toBe('INVALID_DATE');
  });

  it('rejects month 13, impossible days, unknown month names and other shapes', () => {
    for (const text of ['2024-13', '2024-02-30', '30 Februari 2024', 'Agustis 2024', 'kemarin', '', '2024/08/01', '13 2024']) {
      expect(caughtError(() => parseReportDate(text)).code, text).toBe('INVALID_DATE');
    }
    expect(caughtError(() => parseReportDate(42 as unknown as string)).code).toBe('INVALID_DATE');
    const long = parseReportDate.bind(undefined, 'x'.repeat(100_000));
    expect(caughtError(long).message.length).toBeLessThan(300);
  });

  it('rejects unknown options and formats', () => {
    expect(caughtError(() => parseReportDate('2024-08', { dayFormat: 'mm/dd/yyyy' as 'dd/mm/yyyy' }))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'dayFormat'],
    });
    expect(caughtError(() => parseReportDate('2024-08', { format: 'x' } as never)).code).toBe('INVALID_OPTION');
  });
});
