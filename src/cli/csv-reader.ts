// A streaming reader of RFC 4180 CSV, written here rather than taken from npm: the command ships
// inside the library's package, and any dependency of the command would become a runtime
// dependency of the library. It is proved against csv-parse (test/cli/csv-reader.test-prop.ts).

/** A record: its cells and the line of the file it starts on (1-based; a quoted newline spans lines). */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A CSV text that breaks the format: where, and what is wrong. */
export class CsvSyntaxError extends Error {
  /** 1-based line of the problem. */
  readonly line: number;
  /** 1-based cell number within the record. */
  readonly cell: number;
  constructor(line: number, cell: number, problem: string) {
    super(`line ${line}, cell ${cell}: ${problem}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.cell = cell;
  }
}

/** The cell separator a header line uses: `;` (Indonesian Excel) when it has more `;` than `,` outside quotes. */
function detectDelimiter(headerLine: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Reads CSV text pushed in chunks of any size (a chunk may end inside a cell, a quote pair or a
 * CRLF) and hands back whole records as they complete. Quotes with doubled quotes, quoted
 * separators and newlines, LF or CRLF line ends, a leading byte order mark; blank lines are
 * skipped. The separator is detected from the first line unless given.
 */
export class CsvReader {
  #delimiter: number | undefined;
  #pending = '';
  #start = true;
  /** Line of the next unread character. */
  #line = 1;
  // The record under construction, carried across chunks.
  #cells: string[] = [];
  #cell = '';
  #recordLine = 1;
  #inQuotes = false;
  /** Just read a quote inside a quoted cell: either the closing quote or the first of a pair. */
  #quoteSeen = false;
  /** The cell began with a quote (so text after its closing quote is an error). */
  #wasQuoted = false;
  /** Just read a CR outside quotes: a following LF belongs to the same line end. */
  #crSeen = false;
  /** The last character read inside quotes was a CR. */
  #quotedCr = false;

  constructor(delimiter?: ';' | ',') {
    this.#delimiter = delimiter?.charCodeAt(0);
  }

  /** The separator in use: detected from the first line once it has been read. */
  get delimiter(): ';' | ',' | undefined {
    return this.#delimiter === undefined ? undefined : this.#delimiter === 59 ? ';' : ',';
  }

  /** Reads a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (this.#start) {
      if (text.length === 0) return [];
      this.#start = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.#delimiter === undefined) {
      // Wait for the whole first line (a quoted header cell may hold a newline) to see its separators.
      this.#pending += text;
      const end = firstLineEnd(this.#pending);
      if (end === -1) return [];
      this.#delimiter = detectDelimiter(this.#pending.slice(0, end)).charCodeAt(0);
      text = this.#pending;
      this.#pending = '';
    }
    const records: CsvRecord[] = [];
    this.#read(text, records);
    return records;
  }

  /** Ends the input: returns the last record, or throws on an unterminated quoted cell. */
  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    if (this.#delimiter === undefined) {
      this.#delimiter = detectDelimiter(this.#pending).charCodeAt(0);
      const rest = this.#pending;
      this.#pending = '';
      this.#read(rest, records);
    }
    if (this.#inQuotes && !this.#quoteSeen) {
      throw new CsvSyntaxError(this.#recordLine, this.#cells.length + 1, 'a quoted cell is never closed');
    }
    this.#inQuotes = false;
    this.#quoteSeen = false;
    if (this.#cells.length > 0 || this.#cell.length > 0 || this.#wasQuoted) this.#finishRecord(records);
    return records;
  }

  #finishRecord(records: CsvRecord[]): void {
    this.#cells.push(this.#cell);
    const cells = this.#cells;
    // A blank line: one unquoted empty cell.
    if (!(cells.length === 1 && cells[0] === '' && !this.#wasQuoted)) records.push({ cells, line: this.#recordLine });
    this.#cells = [];
    this.#cell = '';
    this.#wasQuoted = false;
  }

  /** Line ends in a quoted stretch (CRLF counts once, even split between chunks). */
  #countNewlines(text: string): number {
    let count = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === LF) {
        if (!this.#quotedCr) count += 1;
      } else if (code === CR) {
        count += 1;
      }
      this.#quotedCr = code === CR;
    }
    return count;
  }

  #read(text: string, records: CsvRecord[]): void {
    const delimiter = this.#delimiter as number;
    const length = text.length;
    let index = 0;
    while (index < length) {
      if (this.#inQuotes) {
        if (this.#quoteSeen) {
          this.#quoteSeen = false;
          if (text.charCodeAt(index) === QUOTE) {
            this.#cell += '"';
            index += 1;
            continue;
          }
          // That was the closing quote: read what follows as outside quotes.
          this.#inQuotes = false;
          continue;
        }
        const next = text.indexOf('"', index);
        const stop = next === -1 ? length : next;
        const part = text.slice(index, stop);
        this.#cell += part;
        this.#line += this.#countNewlines(part);
        if (next === -1) return;
        this.#quoteSeen = true;
        index = next + 1;
        continue;
      }
      const code = text.charCodeAt(index);
      if (this.#crSeen) {
        this.#crSeen = false;
        if (code === LF) {
          index += 1;
          continue;
        }
      }
      if (code === delimiter) {
        this.#cells.push(this.#cell);
        this.#cell = '';
        this.#wasQuoted = false;
        index += 1;
      } else if (code === LF || code === CR) {
        this.#finishRecord(records);
        this.#line += 1;
        this.#recordLine = this.#line;
        this.#crSeen = code === CR;
        index += 1;
      } else if (code === QUOTE) {
        if (this.#cell.length > 0 || this.#wasQuoted) {
          throw new CsvSyntaxError(this.#line, this.#cells.length + 1, `a quote inside a cell that does not start with one (${preview(this.#cell + '"')})`);
        }
        this.#wasQuoted = true;
        this.#inQuotes = true;
        this.#quotedCr = false;
        index += 1;
      } else {
        if (this.#wasQuoted) {
          throw new CsvSyntaxError(this.#line, this.#cells.length + 1, `text after the closing quote of a cell (${preview(text.slice(index, index + 20))})`);
        }
        // Plain text up to the next special character.
        let stop = index + 1;
        while (stop < length) {
          const next = text.charCodeAt(stop);
          if (next === delimiter || next === LF || next === CR || next === QUOTE) break;
          stop += 1;
        }
        this.#cell += text.slice(index, stop);
        index = stop;
      }
    }
  }
}

/** Index of the first line end outside quotes, or -1 when the text has none yet. */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && (code === LF || code === CR)) return index;
  }
  return -1;
}


/** A bounded rendering of text for a message. */
function preview(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}
