import { fc, test } from '@fast-check/vitest';
import { expect, test as plainTest } from 'vitest';
import { asOfDayNumberOf, dayNumberOf } from '../../src/internal/calendar.js';
import { referenceAsOfDayNumberOf, referenceDayNumberOf } from '../support/reference-calendar.js';

// Issue 18, item 4: dates are read with arithmetic instead of a regex and a Date. The accepted
// set and the day numbers must be exactly the old ones.

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Both readers agree on `text` with the old ones, day numbers compared with Object.is. */
function agrees(text: string): boolean {
  return Object.is(dayNumberOf(text), referenceDayNumberOf(text)) && Object.is(asOfDayNumberOf(text), referenceAsOfDayNumberOf(text));
}

plainTest('every month of every year 0000-9999, and the days around each month end, read as before', () => {
  const differing: string[] = [];
  for (let year = 0; year <= 9_999; year += 1) {
    for (let month = 0; month <= 13; month += 1) {
      const yearMonth = `${pad(year, 4)}-${pad(month, 2)}`;
      if (!agrees(yearMonth)) differing.push(yearMonth);
      for (const day of [0, 1, 28, 29, 30, 31, 32]) {
        const text = `${yearMonth}-${pad(day, 2)}`;
        if (!agrees(text)) differing.push(text);
      }
    }
  }
  expect(differing).toEqual([]);
  // A million dates through the old Date-based reader: slow on a loaded machine.
}, 60_000);

plainTest('every two-digit month and day of years around 1900, 2000 and 2100 read as before', () => {
  const differing: string[] = [];
  for (const year of [0, 4, 100, 400, 1899, 1900, 1970, 1999, 2000, 2023, 2024, 2100, 9999]) {
    for (let month = 0; month <= 99; month += 1) {
      for (let day = 0; day <= 99; day += 1) {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        if (!agrees(text)) differing.push(text);
      }
    }
  }
  expect(differing).toEqual([]);
});

// Near misses: a character replaced, inserted or removed in a valid date or month.
const validDate = fc
  .record({ year: fc.integer({ min: 0, max: 9_999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), monthOnly: fc.boolean() })
  .map(({ year, month, day, monthOnly }) => `${pad(year, 4)}-${pad(month, 2)}${monthOnly ? '' : `-${pad(day, 2)}`}`);
const oddCharacter = fc.constantFrom('-', '/', ' ', '\n', '+', '.', 'a', '０', '٣', '\u0000', 'e', '1', '9');
const nearMiss = fc.tuple(validDate, fc.nat(), oddCharacter, fc.constantFrom('replace', 'insert', 'remove')).map(([text, at, character, edit]) => {
  const index = at % (text.length + 1);
  if (edit === 'insert') return text.slice(0, index) + character + text.slice(index);
  if (edit === 'remove') return text.slice(0, index) + text.slice(index + 1);
  return text.slice(0, index) + character + text.slice(index + 1);
});

test.prop([fc.oneof(validDate, nearMiss, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 11 }))])(
  'any string reads as before',
  (text) => {
    expect(agrees(text)).toBe(true);
  },
);
