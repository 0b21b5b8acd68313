import * as api from '../../src/index.js';

// Well-formed inputs the catalogue breaks one field at a time. Each factory returns a fresh,
// unfrozen object, so that one call can freeze it and the other can check it was not mutated.

/**
 * Lampung on 1 Jul 2024, seed 000_ccb4cbd1960b7560 (NU Online Lampung): "jumlah kepesertaan JKN
 * Provinsi Lampung telah mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023
 * sebesar 9.051.459 jiwa atau setara 99,46 %". The printed 99,46 % is a slipped digit of 98,46 %.
 */
const LAMPUNG: Readonly<{ population: number; participants: number }> = Object.freeze({
  population: 9_051_459,
  participants: 8_911_770,
});

/** A snapshot input of region `18` (Lampung) with the Lampung counts, on `asOf`. */
export function lampungRow(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { regionCode: '18', asOf: '2024-07-01', ...LAMPUNG, ...overrides };
}

/** Plain coverage counts: Lampung's, with `overrides`. */
export function counts(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { ...LAMPUNG, ...overrides };
}

/** A snapshot of a regency on `asOf` with the given counts. */
export function regencyRow(
  regionCode: string,
  asOf: string,
  population: number,
  participants: number,
  extra: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return { regionCode, asOf, population, participants, ...extra };
}

/** Two children of Lampung on one date, rolling up to province 18. */
export function lampungChildren(): Record<string, unknown>[] {
  return [regencyRow('18.72', '2024-07-01', 170_000, 168_000), regencyRow('1801', '2024-07-01', 1_100_000, 1_050_000)];
}

/** A rising series of Lampung, three dates, in order. */
export function lampungSeries(): Record<string, unknown>[] {
  return [
    lampungRow({ asOf: '2023-01-01', participants: 8_700_000 }),
    lampungRow({ asOf: '2023-07-01', participants: 8_800_000 }),
    lampungRow({ asOf: '2024-07-01' }),
  ];
}

/** A printed figure as plain (unfrozen) data, as a JSON round trip would give it. */
export function figureData(text: string, options?: api.ParseFigureOptions): Record<string, unknown> {
  return JSON.parse(JSON.stringify(api.parseFigure(text, options))) as Record<string, unknown>;
}

/** A target input with one coverage condition, with `overrides`. */
export function targetInput(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    id: 'T98',
    name: 'coverage at least 98%',
    kind: 'plan',
    source: 'hostile-input catalogue',
    validFrom: '2020-01-01',
    conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }],
    ...overrides,
  };
}

/** A target condition with `overrides`, inside a target input. */
export function targetWithCondition(overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return targetInput({ conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98, ...overrides }] });
}

/** An award scheme input with one tier and one coverage condition, with `overrides` on the scheme. */
export function schemeInput(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    id: 'scheme',
    name: 'Scheme',
    source: 'hostile-input catalogue',
    tiers: [{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 }] }] }],
    ...overrides,
  };
}

/** An award scheme input whose only condition is `condition`. */
export function schemeWithCondition(condition: unknown): Record<string, unknown> {
  return schemeInput({ tiers: [{ id: 'uhc', name: 'UHC', alternatives: [{ conditions: [condition] }] }] });
}

/** Items to rank: regions with a coverage percentage, two of them tied. */
export function rankItems(): { code: string; pct: number | undefined }[] {
  return [
    { code: '18.01', pct: 95.5 },
    { code: '18.72', pct: 98.8 },
    { code: '18.02', pct: 95.5 },
    { code: '18.03', pct: undefined },
  ];
}

/** An item's `pct`; tolerant of any item, so that a fuzzed item reaches the library, not this callback. */
export function pctOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null ? (item as { pct?: unknown }).pct : undefined;
}

/** Ranking options by `pct`, highest first, with `overrides`. */
export function rankOptions(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { keys: [{ name: 'pct', value: pctOf, direction: 'desc' }], ...overrides };
}

/** A ranking key reading `value` from every item. */
export function keyReturning(value: unknown): Record<string, unknown> {
  return { keys: [{ name: 'pct', value: () => value, direction: 'desc' }] };
}
