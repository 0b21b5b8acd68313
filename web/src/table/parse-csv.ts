// Reads the text of a CSV file in the browser with papaparse: `;` or `,` (detected), quoted
// cells, a byte-order mark, CRLF. Anything that is not a table comes back as a reason, never a throw.
import { parse } from 'papaparse';

/** A CSV row: header to cell text. */
export type CsvRow = Readonly<Record<string, string>>;

/** A problem papaparse found in one row (too few or too many cells, an unclosed quote). */
export interface CsvRowProblem {
  /** The data row's index, 0 for the first row after the header. */
  readonly index: number;
  readonly message: string;
}

export type CsvParse =
  | { readonly ok: true; readonly headers: readonly string[]; readonly rows: readonly CsvRow[]; readonly problems: readonly CsvRowProblem[] }
  | { readonly ok: false; readonly reason: 'empty' | 'binary' | 'no-header' | 'no-rows' };

// A text file has no NUL bytes and few undecodable bytes; an image or a spreadsheet (.xlsx) has many.
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  const replaced = sample.split('\uFFFD').length - 1;
  return replaced > 8 && replaced / sample.length > 0.01;
}

/** Parses CSV text with a header line into rows of strings. */
export function parseCsv(text: string): CsvParse {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'empty' };
  if (looksBinary(body)) return { ok: false, reason: 'binary' };
  const result = parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const headers = (result.meta.fields ?? []).filter((field) => field !== '');
  if (headers.length < 2) return { ok: false, reason: 'no-header' };
  if (result.data.length === 0) return { ok: false, reason: 'no-rows' };
  const problems = result.errors
    .filter((error) => error.row !== undefined && error.code !== 'UndetectableDelimiter')
    .map((error) => ({ index: error.row ?? 0, message: error.message }));
  return { ok: true, headers, rows: result.data, problems };
}
