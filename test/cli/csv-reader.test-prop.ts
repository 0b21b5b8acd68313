// The command's CSV reader against csv-parse, a well-kept parser, as the oracle: on generated
// files (either separator, quotes, doubled quotes, quoted separators and newlines, LF or CRLF,
// a byte order mark, ragged rows) split into chunks at random places, both read the same records.
import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { CsvReader } from '../../src/cli/csv-reader.js';

const cellText = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', ' ', '.', ';', ',', '"', '\n', '\r', '\r\n', 'é', '–', '😀', '\t'),
  maxLength: 12,
});

/** A cell as a writer would put it: quoted when it must be, and sometimes when it need not. */
function writeCell(text: string, forceQuote: boolean): string {
  const mustQuote = /[;,"\r\n]/.test(text);
  return mustQuote || forceQuote ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvFile = fc
  .record({
    delimiter: fc.constantFrom(';', ','),
    header: fc.array(cellText, { minLength: 2, maxLength: 6 }),
    rows: fc.array(fc.array(fc.tuple(cellText, fc.boolean()), { minLength: 2, maxLength: 7 }), { maxLength: 8 }),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    trailingLineEnd: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
  })
  .map(({ delimiter, header, rows, lineEnd, bom, trailingLineEnd, cuts }) => {
    const lines = [
      header.map((cell) => writeCell(cell, false)).join(delimiter),
      ...rows.map((row) => row.map(([cell, force]) => writeCell(cell, force)).join(delimiter)),
    ];
    const text = (bom ? '\ufeff' : '') + lines.join(lineEnd) + (trailingLineEnd ? lineEnd : '');
    return { delimiter, text, cuts };
  });

function readInChunks(text: string, cuts: readonly number[]): { records: string[][]; delimiter: string | undefined } {
  const reader = new CsvReader();
  const positions = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const records: string[][] = [];
  let from = 0;
  for (const at of [...positions, text.length]) {
    records.push(...reader.push(text.slice(from, at)).map((record) => [...record.cells]));
    from = at;
  }
  records.push(...reader.end().map((record) => [...record.cells]));
  return { records, delimiter: reader.delimiter };
}

test.prop([csvFile])('reads every generated CSV as csv-parse does, however it is chunked', ({ delimiter, text, cuts }) => {
  const expected: string[][] = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true });
  const { records, delimiter: detected } = readInChunks(text, cuts);
  expect(detected).toBe(delimiter);
  expect(records).toEqual(expected);
});

test.prop([csvFile])('rejects a file whose quoted cell is never closed, as csv-parse does', ({ delimiter, text }) => {
  const broken = `${text.replace(/(\r?\n)?$/, '')}${delimiter}"open`;
  expect(() => parse(broken, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true })).toThrow();
  expect(() => readInChunks(broken, [])).toThrow(/never closed/);
});
