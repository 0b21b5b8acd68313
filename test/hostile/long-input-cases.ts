import * as api from '../../src/index.js';
import { lampungRow, schemeInput } from './fixtures.js';

// Long strings through every public function that reads text with a regular expression or a
// scanner: the cases of test/hostile/long-input.test.ts (what each call does with a megabyte) and
// of bench/long-input.ts (how its time grows from 256 KB to 1 MB).

/** `unit` repeated to exactly `size` characters. */
export const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The repeated units that stress the readers: each a prefix of something they accept. */
export const HOSTILE_UNITS: Readonly<Record<string, string>> = {
  "'1.' repeated": '1.',
  "'9' repeated": '9',
  "'1.234' repeated": '1.234',
  "'sekitar ' repeated": 'sekitar ',
  'whitespace': ' \t\n\u00a0',
  "'%' repeated": '%',
  "'18.' repeated": '18.',
  "'2024-' repeated": '2024-',
  "'2024-S' repeated": '2024-S',
  "'.' repeated": '.',
};

/** Calls that take one hostile string, each where the library reads text. */
export const LONG_INPUT_CALLS: Readonly<Record<string, (text: string) => unknown>> = {
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

