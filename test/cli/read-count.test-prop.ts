// The command's fast reading of counts agrees with the library's: a cell is a count exactly when
// createSnapshot accepts it as one, with the same value.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { readCount } from '../../src/cli/collect-rows.js';
import { safeCreateSnapshot } from '../../src/index.js';

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', ','), maxLength: 14 }),
  fc.nat({ max: 2 ** 40 }).map((count) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.')),
  fc.tuple(fc.nat({ max: 999 }), fc.constantFrom(' ribu', ' juta', ' jiwa', '', ' ')).map(([count, word]) => ` ${count}${word}`),
  fc.string({ maxLength: 8 }),
);

test.prop([cell])('reads a cell as createSnapshot reads a count', (text) => {
  const library = safeCreateSnapshot({ regionCode: '18', asOf: '2024-07-01', population: text, participants: 0 });
  const ours = readCount(text);
  if (library.success) expect(ours).toBe(library.output.population);
  else expect(typeof ours).toBe('string');
});
