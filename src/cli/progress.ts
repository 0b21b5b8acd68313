import type { Writable } from 'node:stream';

/** Shown only after this long, so that quick runs print nothing. */
const DELAY_MS = 1000;
/** At most this often. */
const INTERVAL_MS = 200;

/**
 * A one-line progress indicator on standard error, for work that takes more than a second, and
 * only when standard error is a terminal (never in a pipe or a log file).
 */
export class Progress {
  readonly #stream: Writable;
  readonly #enabled: boolean;
  readonly #now: () => number;
  readonly #start: number;
  #last = -Infinity;
  #shown = false;

  constructor(stream: Writable, enabled: boolean, now: () => number) {
    this.#stream = stream;
    this.#enabled = enabled;
    this.#now = now;
    this.#start = now();
  }

  /** Redraws the line with `text()` when due; `text` is not called otherwise. */
  update(text: () => string): void {
    if (!this.#enabled) return;
    const now = this.#now();
    if (now - this.#start < DELAY_MS || now - this.#last < INTERVAL_MS) return;
    this.#last = now;
    this.#shown = true;
    this.#stream.write(`\r${text()}\u001b[K`);
  }

  /** Clears the line, if one was drawn. */
  done(): void {
    if (this.#shown) this.#stream.write('\r\u001b[K');
    this.#shown = false;
  }
}
