// The benchmark's validating yardstick (bench/impl-typed-checked.ts) is only a fair measure of
// what validation costs if it refuses what the library refuses: each bad row below is refused by
// both, and the good rows give the same table.
import { describe, expect, it } from 'vitest';
import { typedChecked } from '../../bench/impl-typed-checked.js';
import { typed } from '../../bench/impl-typed.js';
import { uhcMetrics } from '../../bench/impl-uhc.js';
import type { InputRow } from '../../bench/workload.js';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { catchError } from '../support/caught-error.js';

const good: InputRow[] = [
  { regionCode: '18.72.01.1001', asOf: '2024-02-01', population: 300, participants: 290, activeParticipants: 250 },
  { regionCode: '18.71', asOf: '2024-01-01', population: 900, participants: 950, activeParticipants: 900 },
  { regionCode: '18.72.01.1001', asOf: '2024-01-01', population: 300, participants: 280, activeParticipants: 200 },
];

const bad: readonly (readonly [string, Record<string, unknown>])[] = [
  ['an unknown province', { regionCode: '10.71' }],
  ['regency 70', { regionCode: '18.70' }],
  ['a zero part', { regionCode: '18.72.00.1001' }],
  ['a letter in a code', { regionCode: '18.7a' }],
  ['a code with a hyphen', { regionCode: '18-72' }],
  ['a code that is a number', { regionCode: 1872 }],
  ['30 February', { asOf: '2024-02-30' }],
  ['month 13', { asOf: '2024-13-01' }],
  ['a date with a letter', { asOf: '2024-0x-01' }],
  ['a negative population', { population: -1 }],
  ['a fractional count', { participants: 2.5 }],
  ['a count that is a string', { population: '300' }],
  ['NaN', { participants: Number.NaN }],
  ['active above participants', { activeParticipants: 291 }],
  ['a repeated region and date', { regionCode: '18.71', asOf: '2024-01-01' }],
];

describe('bench typed-checked ingest', () => {
  it('reads good rows into the table the library and the trusting loop build', () => {
    const canonical = typedChecked.canonical.ingest(typedChecked.ingest(good));
    expect(canonical).toEqual({
      regionCodes: good.map((row) => row.regionCode),
      dates: good.map((row) => row.asOf),
      population: good.map((row) => row.population),
      participants: good.map((row) => row.participants),
    });
    expect(uhcMetrics.canonical.ingest(uhcMetrics.ingest(good))).toEqual(canonical);
    expect(typed.canonical.ingest(typed.ingest(good))).toEqual(canonical);
  });

  it.each(bad)('refuses %s at the row, as the library does, where the trusting loop reads it', (_, change) => {
    const rows = [...good, { ...good[0]!, asOf: '2024-03-01', ...change } as unknown as InputRow];
    expect(catchError(() => tableFromSnapshots(rows)).path[0]).toBe(3);
    expect(() => typedChecked.ingest(rows)).toThrow(/^row 3: /);
    expect(() => typed.ingest(rows)).not.toThrow();
  });

  it('refuses a row that is not a plain object', () => {
    const rows = [...good, null as unknown as InputRow];
    expect(() => typedChecked.ingest(rows)).toThrow(/^row 3: row null refused$/);
  });
});
