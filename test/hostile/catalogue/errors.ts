import { expect } from 'vitest';
import { UhcMetricsError } from '../../../src/errors/uhc-metrics-error.js';
import { GENERIC, except, rejects, returns, row, substitute, type Catalogue } from '../hostile-case.js';
import { equals } from './expect-helpers.js';

// Errors: the error class itself and its guard.

const ISSUE = Object.freeze({ code: 'INVALID_COUNT', path: Object.freeze(['population']), value: -1, message: 'population must be a count, got -1' });

export const ERRORS_CATALOGUE: Catalogue = {
  UhcMetricsError: {
    construct: true,
    cases: [
      row('valid', 'issues', () => [[{ ...ISSUE }]], returns((error) => {
        expect(error).toBeInstanceOf(UhcMetricsError);
        expect(error).toMatchObject({ code: 'INVALID_COUNT', path: ['population'], value: -1 });
      })),
      row('valid', 'issues (two)', () => [[{ ...ISSUE }, { ...ISSUE, code: 'INVALID_DATE' }]], returns((error) => {
        expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['population'] });
      })),
      ...substitute('issues', { ...except(GENERIC, 'array'), 'number as string': '1' }, (issues) => [issues], rejects('INVALID_TYPE', ['issues'])),
      row('empty array', 'issues', () => [[]], rejects('INVALID_TYPE', ['issues'])),
      row('array', 'issues[1]', () => [[{ ...ISSUE }, 'population must be a count']], rejects('INVALID_TYPE', ['issues', 1])),
      row('null', 'issues[0]', () => [[null]], rejects('INVALID_TYPE', ['issues', 0])),
      row('sparse array', 'issues[0]', () => [[, { ...ISSUE }]], rejects('INVALID_TYPE', ['issues', 0])),
      row('object', 'issues[0].path', () => [[{ ...ISSUE, path: 'population' }]], rejects('INVALID_TYPE', ['issues', 0])),
    ],
  },
  isUhcMetricsError: {
    cases: [
      row('valid', 'error', () => [new UhcMetricsError([{ ...ISSUE }])], equals(true)),
      ...substitute('error', GENERIC, (error) => [error], equals(false)),
      row('object', 'error (a look-alike)', () => [{ name: 'UhcMetricsError', code: 'INVALID_COUNT' }], equals(false)),
      row('object', 'error (another Error)', () => [new TypeError('x')], equals(false)),
    ],
  },
};
