import type { Writable } from 'node:stream';
import { formatCount } from '../figures/format-count.js';
import { formatPercent } from '../figures/format-percent.js';
import { formatPp } from '../figures/format-pp.js';

/** The language of headers, words and number format in `table` and `md` output. */
export type Lang = 'id' | 'en';

/** The output formats. `json` and `csv` are for programs: English keys, plain numbers. */
export type Format = 'table' | 'md' | 'csv' | 'json';

export const FORMATS: readonly Format[] = ['table', 'md', 'csv', 'json'];

/** One column of output: its key (JSON and CSV), its header per language, and how to print a value. */
export interface OutputColumn {
  readonly key: string;
  readonly label: Readonly<Record<Lang, string>>;
  /** `count` people, `pct` percent, `pp` percentage points, `int` a plain integer, `text`; `word` is translated by `words`. */
  readonly kind: 'count' | 'pct' | 'pp' | 'int' | 'text' | 'word';
  readonly words?: Readonly<Record<string, Readonly<Record<Lang, string>>>>;
}

/** A value of a cell: `undefined` is "none" (JSON `null`, an empty CSV cell, `–` in a table). */
type OutputValue = string | number | undefined;

export type OutputRow = Readonly<Record<string, OutputValue>>;

/** How a value prints for people, in a language. */
function humanValue(column: OutputColumn, value: OutputValue, lang: Lang): string {
  if (value === undefined) return '–';
  if (typeof value === 'string') return column.kind === 'word' ? (column.words?.[value]?.[lang] ?? value) : value;
  switch (column.kind) {
    case 'count':
      return formatCount(value, { locale: lang });
    case 'pct':
      return formatPercent(value, { locale: lang });
    case 'pp':
      return formatPp(value, { locale: lang });
    default:
      return String(value);
  }
}

/** A JSON value: `null` for none (and for a number JSON cannot hold). */
function jsonValue(value: OutputValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** A CSV cell (RFC 4180, `,` separated): quoted when it holds a separator, a quote or a line end. */
function csvCell(value: OutputValue): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes text to a stream in blocks, waiting when the stream asks (a slow pipe), so that a
 * million rows never pile up in memory.
 */
export class Sink {
  readonly #stream: Writable;
  #buffer = '';
  constructor(stream: Writable) {
    this.#stream = stream;
  }
  async write(text: string): Promise<void> {
    this.#buffer += text;
    if (this.#buffer.length >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.#buffer === '') return;
    const text = this.#buffer;
    this.#buffer = '';
    if (!this.#stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.#stream.off('drain', done);
          this.#stream.off('close', done);
          this.#stream.off('error', done);
          resolve();
        };
        this.#stream.on('drain', done);
        this.#stream.on('close', done);
        this.#stream.on('error', done);
      });
    }
  }
}

/** Writes rows in a format; `table` collects them to align the columns, the others stream. */
export async function writeRows(
  sink: Sink,
  format: Format,
  lang: Lang,
  columns: readonly OutputColumn[],
  rows: Iterable<OutputRow>,
): Promise<void> {
  if (format === 'json') {
    // One object per line, written by hand: a million rows make no intermediate objects.
    const prefixes = columns.map((column, index) => `${index === 0 ? '{' : ','}${JSON.stringify(column.key)}:`);
    let first = true;
    await sink.write('[');
    for (const row of rows) {
      let line = first ? '\n  ' : ',\n  ';
      for (let index = 0; index < columns.length; index += 1) {
        line += (prefixes[index] as string) + jsonValue(row[(columns[index] as OutputColumn).key]);
      }
      await sink.write(`${line}}`);
      first = false;
    }
    await sink.write(first ? ']\n' : '\n]\n');
    return;
  }
  if (format === 'csv') {
    await sink.write(`${columns.map((column) => csvCell(column.key)).join(',')}\n`);
    for (const row of rows) await sink.write(`${columns.map((column) => csvCell(row[column.key])).join(',')}\n`);
    return;
  }
  const numeric = columns.map((column) => column.kind !== 'text' && column.kind !== 'word');
  if (format === 'md') {
    await sink.write(`| ${columns.map((column) => column.label[lang]).join(' | ')} |\n`);
    await sink.write(`|${numeric.map((right) => (right ? ' ---: ' : ' --- ')).join('|')}|\n`);
    for (const row of rows) {
      const cells = columns.map((column) => humanValue(column, row[column.key], lang).replaceAll('|', '\\|').replace(/\r?\n/g, ' '));
      await sink.write(`| ${cells.join(' | ')} |\n`);
    }
    return;
  }
  const lines: string[][] = [columns.map((column) => column.label[lang])];
  for (const row of rows) lines.push(columns.map((column) => humanValue(column, row[column.key], lang).replace(/\r?\n/g, ' ')));
  const widths = columns.map((_, index) => lines.reduce((most, line) => Math.max(most, (line[index] as string).length), 0));
  const pad = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => (numeric[index] ? cell.padStart(widths[index] as number) : cell.padEnd(widths[index] as number)))
      .join('  ')
      .trimEnd();
  const [header = [], ...body] = lines;
  await sink.write(`${pad(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  for (const line of body) await sink.write(`${pad(line)}\n`);
}
