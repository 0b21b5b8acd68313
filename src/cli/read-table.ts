import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { RowCollector, type DateFormat, type RowIssue } from './collect-rows.js';
import { findColumns, type Field } from './columns.js';
import { CsvReader, CsvSyntaxError } from './csv-reader.js';
import { InputError } from './input-error.js';
import type { Progress } from './progress.js';
import { SnapshotBatches, type RowsToSnapshots } from './snapshot-batches.js';

/** What reading a table needs besides the file. */
export interface ReadTableOptions {
  /** `--columns`: headers named per field. */
  readonly columns: Partial<Record<Field, string>>;
  readonly required: readonly Field[];
  readonly dateFormat: DateFormat;
  readonly onIssue: (issue: RowIssue) => void;
  readonly progress: Progress;
  /** Standard input, read when the file is `-`. */
  readonly stdin: Readable;
  /**
   * For a CSV header that the command's own reader does not cover (region names instead of
   * codes, months, ...), the library's rows-to-snapshots function to read its rows with.
   */
  readonly tablePath?: ((header: readonly string[]) => RowsToSnapshots | undefined) | undefined;
}

/** The name of the input in messages. */
export function inputName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

/** A file-system error as a sentence about the file. */
function openError(file: string, error: unknown): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot be read (permission denied)'
          : `cannot be read (${String((error as Error | null)?.message ?? error)})`;
  return new InputError(`${inputName(file)}: ${reason}`);
}

/** Chunks of a file or of standard input, as bytes; 64 KiB blocks keep the garbage of each block small. */
async function* bytesOf(file: string, stdin: Readable): AsyncGenerator<Buffer> {
  const stream = file === '-' ? stdin : createReadStream(file, { highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw openError(file, error);
  }
}

/** Decodes UTF-8 chunks, refusing binary content (a NUL byte) and invalid UTF-8 with the byte offset. */
class TextChunks {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  readonly #name: string;
  offset = 0;
  constructor(name: string) {
    this.#name = name;
  }
  decode(bytes: Buffer | undefined): string {
    if (bytes !== undefined) {
      const nul = bytes.indexOf(0);
      if (nul !== -1) throw new InputError(`${this.#name}: is not a text file (a NUL byte at byte ${this.offset + nul}); give a CSV or JSON file`);
    }
    try {
      const text = bytes === undefined ? this.#decoder.decode() : this.#decoder.decode(bytes, { stream: true });
      if (bytes !== undefined) this.offset += bytes.length;
      return text;
    } catch {
      throw new InputError(`${this.#name}: is not UTF-8 text (near byte ${this.offset}); save it as CSV UTF-8`);
    }
  }
}

/** The size of a file to read (`undefined` for standard input), or a thrown InputError saying why it cannot be read. */
async function sizeOf(file: string): Promise<number | undefined> {
  if (file === '-') return undefined;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw openError(file, { code: 'EISDIR' });
    return stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw openError(file, error);
  }
}

/** The whole text of a file or of standard input: UTF-8, not binary, not empty. */
export async function readText(file: string, stdin: Readable): Promise<string> {
  await sizeOf(file);
  const name = inputName(file);
  const text = new TextChunks(name);
  let whole = '';
  for await (const bytes of bytesOf(file, stdin)) whole += text.decode(bytes);
  whole += text.decode(undefined);
  whole = whole.replace(/^\uFEFF/, '');
  if (whole.trim() === '') throw new InputError(`${name}: is empty; expected the text of an article`);
  return whole;
}

/** Reads a CSV or JSON table (by extension, else by its first character) into checked columns. */
export async function readTable(file: string, options: ReadTableOptions): Promise<RowCollector> {
  const name = inputName(file);
  const total = await sizeOf(file);
  const chunks = bytesOf(file, options.stdin);
  const text = new TextChunks(name);
  // The first chunk decides CSV or JSON.
  const first = await chunks.next();
  const firstText = first.done === true ? '' : text.decode(first.value);
  const start = firstText.replace(/^\uFEFF?\s*/, '');
  if (file.toLowerCase().endsWith('.json') || start.startsWith('[') || start.startsWith('{')) {
    let whole = firstText;
    for await (const bytes of chunks) whole += text.decode(bytes);
    whole += text.decode(undefined);
    return readJsonTable(name, whole, options);
  }
  return readCsvTable(name, firstText, first.done === true ? undefined : chunks, text, total, options);
}

async function readCsvTable(
  name: string,
  firstText: string,
  rest: AsyncGenerator<Buffer> | undefined,
  text: TextChunks,
  total: number | undefined,
  options: ReadTableOptions,
): Promise<RowCollector> {
  const reader = new CsvReader();
  let collector: RowCollector | undefined;
  let batches: SnapshotBatches | undefined;
  const start = (header: readonly string[], line: number): RowCollector => {
    const convert = options.tablePath?.(header);
    const columns = findColumns(header, options.columns, convert === undefined ? options.required : []);
    if (typeof columns === 'string') throw new InputError(`${name}: line ${line}: ${columns}`);
    const started = new RowCollector(header, columns, options.dateFormat, 'line', options.onIssue);
    if (convert !== undefined) {
      batches = new SnapshotBatches(header, convert, (snapshot, at, cells) => started.addSnapshot(snapshot, at, cells), (issue) => {
        started.issueCount += 1;
        options.onIssue(issue);
      });
    }
    return started;
  };
  const take = (records: readonly { readonly cells: readonly string[]; readonly line: number }[]): void => {
    for (const record of records) {
      if (collector === undefined) collector = start(record.cells, record.line);
      else if (batches !== undefined) {
        collector.rowsRead += 1;
        batches.add(record.cells, record.line);
      } else collector.add(record.cells, record.line);
    }
  };
  const describe = (): string => {
    const rows = collector?.rowsRead ?? 0;
    const share = total === undefined || total === 0 ? '' : ` ${Math.floor((text.offset / total) * 100)}%`;
    return `reading ${name}:${share} ${rows.toLocaleString('en-US')} rows`;
  };
  try {
    take(reader.push(firstText));
    if (rest !== undefined) {
      for await (const bytes of rest) {
        take(reader.push(text.decode(bytes)));
        options.progress.update(describe);
      }
    }
    take(reader.push(text.decode(undefined)));
    take(reader.end());
    (batches as SnapshotBatches | undefined)?.flush();
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  } finally {
    options.progress.done();
  }
  if (collector === undefined) throw new InputError(`${name}: is empty; expected a header line and rows`);
  return collector;
}

function readJsonTable(name: string, whole: string, options: ReadTableOptions): RowCollector {
  let value: unknown;
  try {
    value = JSON.parse(whole.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${name}: is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new InputError(`${name}: must hold a JSON array of rows (objects)`);
  // The header: every key of every row, in order of first appearance.
  const header: string[] = [];
  const seen = new Set<string>();
  for (const [index, row] of value.entries()) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new InputError(`${name}: row ${index + 1} is not an object`);
    }
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const columns = findColumns(header, options.columns, options.required);
  if (typeof columns === 'string') throw new InputError(`${name}: ${columns}`);
  const collector = new RowCollector(header, columns, options.dateFormat, 'row', options.onIssue);
  for (const [index, row] of (value as Record<string, unknown>[]).entries()) {
    collector.add(
      header.map((key) => row[key]),
      index + 1,
    );
  }
  return collector;
}
