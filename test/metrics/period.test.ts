import { describe, expect, it } from 'vitest';
import { periodKey, periodKeysBetween, type PeriodUnit } from '../../src/metrics/period.js';
import { catchError } from '../support/caught-error.js';


describe('periodKey', () => {
  it.each([
    ['2024-07-01', '2024-07', '2024-Q3', '2024-S2', '2024'],
    ['2024-01-01', '2024-01', '2024-Q1', '2024-S1', '2024'],
    ['2024-03-31', '2024-03', '2024-Q1', '2024-S1', '2024'],
    ['2024-04-01', '2024-04', '2024-Q2', '2024-S1', '2024'],
    ['2024-06-30', '2024-06', '2024-Q2', '2024-S1', '2024'],
    ['2024-09-30', '2024-09', '2024-Q3', '2024-S2', '2024'],
    ['2024-10-01', '2024-10', '2024-Q4', '2024-S2', '2024'],
    ['2024-12-31', '2024-12', '2024-Q4', '2024-S2', '2024'],
    ['0999-05-01', '0999-05', '0999-Q2', '0999-S1', '0999'],
  ])('puts %s in month %s, quarter %s, semester %s, year %s', (date, month, quarter, semester, year) => {
    expect(periodKey(date, 'month')).toBe(month);
    expect(periodKey(date, 'quarter')).toBe(quarter);
    expect(periodKey(date, 'semester')).toBe(semester);
    expect(periodKey(date, 'year')).toBe(year);
  });

  it('writes semesters as a snapshot population period is written', () => {
    // Seed 000_ccb4cbd1960b7560.txt: "total penduduk semester II tahun 2023", i.e. 2023-S2.
    expect(periodKey('2023-12-31', 'semester')).toBe('2023-S2');
  });

  it('rejects a bad date or unit, naming the argument', () => {
    expect(catchError(() => periodKey('2024-02-30', 'month'))).toMatchObject({ code: 'INVALID_DATE', path: ['date'], value: '2024-02-30' });
    expect(catchError(() => periodKey(20240701 as unknown as string, 'month'))).toMatchObject({ code: 'INVALID_DATE', path: ['date'] });
    const error = catchError(() => periodKey('2024-07-01', 'week' as PeriodUnit));
    expect(error).toMatchObject({ code: 'INVALID_OPTION', path: ['period'], value: 'week' });
    expect(error.message).toBe("period must be one of 'month', 'quarter', 'semester', 'year', got \"week\"");
  });
});

describe('periodKeysBetween', () => {
  it('lists every period from the first date to the last, across year ends', () => {
    expect(periodKeysBetween('2023-11-30', '2024-02-01', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodKeysBetween('2023-08-01', '2024-07-01', 'semester')).toEqual(['2023-S2', '2024-S1', '2024-S2']);
    expect(periodKeysBetween('2021-11-30', '2024-12-31', 'year')).toEqual(['2021', '2022', '2023', '2024']);
    expect(periodKeysBetween('2023-08-01', '2024-07-01', 'month')).toHaveLength(12);
  });

  it('gives one key when both dates fall in one period, and freezes the list', () => {
    const keys = periodKeysBetween('2024-07-01', '2024-09-30', 'quarter');
    expect(keys).toEqual(['2024-Q3']);
    expect(Object.isFrozen(keys)).toBe(true);
  });

  it('rejects reversed dates, bad dates and bad units', () => {
    const error = catchError(() => periodKeysBetween('2024-07-01', '2024-06-30', 'month'));
    expect(error).toMatchObject({ code: 'INVALID_DATE', path: ['to'], value: '2024-06-30' });
    expect(error.message).toBe('to must not be before from (2024-07-01), got "2024-06-30"');
    expect(catchError(() => periodKeysBetween('2024-13-01', '2024-12-01', 'month'))).toMatchObject({ path: ['from'] });
    expect(catchError(() => periodKeysBetween('2024-01-01', null as unknown as string, 'month'))).toMatchObject({ path: ['to'] });
    expect(catchError(() => periodKeysBetween('2024-01-01', '2024-02-01', 'day' as PeriodUnit))).toMatchObject({
      code: 'INVALID_OPTION',
      path: ['period'],
    });
  });
});
