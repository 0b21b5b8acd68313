import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { lampungRow, schemeInput } from './fixtures.js';
import { outcomeOf } from './guarantees.js';

// Megabyte strings through every public function that reads text with a regular expression or a
// scanner. Every pattern in src is anchored with bounded repetition, or tests one character (see
// the review in the hostile-input report), so each call is linear: a few milliseconds per MB. The
// time limit below is two orders of magnitude above that, so it fails only on super-linear
// behaviour (catastrophic backtracking would not finish at all), not on a slow machine.

const MB = 1024 * 1024;
const LIMIT_MS = 1_000;

/** `unit` repeated to one megabyte. */
const mb = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const HOSTILE: Readonly<Record<string, string>> = {
  "'1.' repeated": mb('1.'),
  "'9' repeated": mb('9'),
  "'1.234' repeated": mb('1.234'),
  "'sekitar ' repeated": mb('sekitar '),
  'whitespace': mb(' \t\n\u00a0'),
  "'%' repeated": mb('%'),
  "'18.' repeated": mb('18.'),
  "'2024-' repeated": mb('2024-'),
  "'2024-S' repeated": mb('2024-S'),
  "'.' repeated": mb('.'),
};

/** Calls that take one hostile string, each where the library reads text. */
const CALLS: Readonly<Record<string, (text: string) => unknown>> = {
  parseFigure: (text) => api.parseFigure(text),
  safeParseFigure: (text) => api.safeParseFigure(text, { locale: 'en' }),
  parseRegionCode: (text) => api.parseRegionCode(text),
  isRegionCode: (text) => api.isRegionCode(text),
  provinceName: (text) => api.provinceName(text),
  'createSnapshot (every text field)': (text) =>
    api.safeCreateSnapshot(
      lampungRow({
        regionCode: text,
        asOf: text,
        population: text,
        populationPeriod: text,
        participants: text,
        printed: { coverage: text },
        source: { published: text },
      }),
    ),
  periodKey: (text) => api.periodKey(text, 'month'),
  parseReportDate: (text) => api.parseReportDate(text, { dayFormat: 'dd/mm/yyyy' }),
  'snapshotsFromRows (every cell)': (text) =>
    api.snapshotsFromRows([{ Kode: text, Nama: text, Bulan: text, Tanggal: text, Penduduk: text, Peserta: text, Cakupan: text, [text]: text }], {
      lookupRegion: (query) => ({ status: 'unknown', query, nearest: [] }),
      dayFormat: 'dd/mm/yyyy',
    }),
  targetAt: (text) => api.targetAt(text, { kind: 'plan' }),
  'explainAward (a note ending in dots)': (text) =>
    api.explainAward(
      api.classifyAward(
        { population: 100, participants: 99 },
        api.defineAwardScheme(
          schemeInput({
            tiers: [{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [{ kind: 'any', note: `${text}.`, conditions: [{ kind: 'flag', flag: 'x', expected: true }] }] }] }],
          }) as never,
        ),
      ),
    ),
};

describe.each(Object.keys(CALLS))('%s on a 1 MB string', (name) => {
  it.each(Object.keys(HOSTILE))('%s', (input) => {
    const call = CALLS[name] as (text: string) => unknown;
    const text = HOSTILE[input] as string;
    const start = performance.now();
    const outcome = outcomeOf(() => call(text));
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(LIMIT_MS);
    if (outcome.kind === 'threw') {
      expect(api.isUhcMetricsError(outcome.error)).toBe(true);
      // The message quotes the value shortened, never the whole megabyte.
      expect((outcome.error as Error).message.length).toBeLessThan(2_000);
    }
  });
});
