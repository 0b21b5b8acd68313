import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createSnapshot, safeCreateSnapshot } from '../../src/models/create-snapshot.js';
import { safeCreateSnapshots } from '../../src/models/create-snapshots.js';
import { PROVINCES } from '../../src/models/provinces.js';

/** A count written the Indonesian way, with `.` grouping thousands. */
const indonesian = (count: number): string => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const count = fc.maxSafeInteger().map((n) => Math.abs(n));
const validRow = fc.record({
  regionCode: fc.constantFrom(...PROVINCES.map((province) => province.code), '18.72', '1801', '33.10', 'ID'),
  asOf: fc
    .date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  population: count,
  participants: count,
});

test.prop([validRow])('a count written the Indonesian way reads as the number', (row) => {
  const written = { ...row, population: indonesian(row.population), participants: `${indonesian(row.participants)} jiwa` };
  expect(createSnapshot(written)).toStrictEqual(createSnapshot(row));
});

test.prop([validRow, fc.nat()])('building from a snapshot gives the same snapshot', (row, active) => {
  const input = { ...row, activeParticipants: Math.min(active, row.participants) };
  const snapshot = createSnapshot(input);
  expect(createSnapshot(snapshot, { unknownFields: 'reject' })).toStrictEqual(snapshot);
});

test.prop([validRow])('participants above population is a note exactly when it happens', (row) => {
  const result = safeCreateSnapshot(row);
  expect(result.success).toBe(true);
  const codes = result.success ? result.notes.map((note) => note.code) : [];
  expect(codes.includes('PARTICIPANTS_ABOVE_POPULATION')).toBe(row.participants > row.population);
});

test.prop([fc.anything()])('any input gives a result or issues, never another error, and is not mutated', (input) => {
  const before = structuredClone(input);
  const result = safeCreateSnapshot(input);
  expect(input).toStrictEqual(before);
  if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
});

test.prop([fc.array(fc.oneof(validRow, fc.anything()), { maxLength: 8 })])(
  'every batch issue and note path starts with the index of an existing row',
  (rows) => {
    const result = safeCreateSnapshots(rows);
    const paths = result.success ? result.notes.map((note) => note.path) : result.issues.map((issue) => issue.path);
    for (const path of paths) {
      expect(Number.isInteger(path[0]) && (path[0] as number) < rows.length).toBe(true);
    }
  },
);
