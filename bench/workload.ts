// A deterministic workload generator: the same seed gives the same rows, byte for byte.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { regencies } from './regencies.js';

/** One input row, as an analyst's parsed CSV or JSON would hold it. */
export interface InputRow {
  readonly regionCode: string;
  readonly asOf: string;
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants: number;
}

/**
 * The workloads. `S` and `L` are issue 7's: rows date by date, codes ascending, strings shared
 * between rows. The others are issue 18's, shaped like a real export: rows shuffled, each row's
 * strings its own (parsed from JSON, as an analyst's would be), populations log-uniform from 300
 * to 30 000 and few exact ties. `L-shuffled` has L's 84 000 generated villages; `L-real` the
 * 83 762 villages of the real administrative tree (idn-area-data); `L/10-shuffled` and
 * `10L-shuffled` scale `L-shuffled` to 8 400 villages and to 120 months (10 080 000 rows).
 */
export const WORKLOAD_NAMES = ['S', 'L', 'L-shuffled', 'L-real', 'L/10-shuffled', '10L-shuffled'] as const;

/** One of {@link WORKLOAD_NAMES}. */
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** A generated workload and where its rows roll up to. */
export interface Workload {
  readonly name: WorkloadName;
  readonly rows: readonly InputRow[];
  /** The level the roll-up targets: provinces for S (regencies), regencies for L (villages). */
  readonly rollUpTo: 'province' | 'regency';
  /** The length of a parent code: 2 for a province, 5 for a regency. */
  readonly parentCodeLength: number;
}

/** mulberry32: a small, fast, well-mixed 32-bit generator; the same seed gives the same rows in every bench. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** First days of `count` consecutive months from `year`-01. */
function monthlyDates(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const y = year + Math.floor(index / 12);
    const m = (index % 12) + 1;
    return `${y}-${String(m).padStart(2, '0')}-01`;
  });
}

/** 84 000 village codes `PP.KK.CC.NNNN` spread over the 514 regencies, districts of 8-15 villages. */
function villageCodes(next: () => number): string[] {
  const list = regencies();
  const weights = list.map(() => 0.3 + 1.4 * next());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.floor((84_000 * weight) / total));
  let missing = 84_000 - counts.reduce((sum, count) => sum + count, 0);
  for (let index = 0; missing > 0; index = (index + 1) % counts.length, missing -= 1) counts[index] = (counts[index] as number) + 1;
  const codes: string[] = [];
  list.forEach((regency, index) => {
    let left = counts[index] as number;
    let district = 0;
    while (left > 0) {
      district += 1;
      const size = Math.min(left, 8 + Math.floor(next() * 8));
      // Kelurahan (urban villages) are numbered from 1001, desa from 2001.
      const base = regency.kota ? 1000 : 2000;
      for (let village = 1; village <= size; village += 1) {
        codes.push(`${regency.code}.${String(district).padStart(2, '0')}.${base + village}`);
      }
      left -= size;
    }
    if (district > 99) throw new Error(`regency ${regency.code} needs ${district} districts`);
  });
  return codes;
}

/**
 * Counts for one region on one date. Coverage mixes: ~12% exactly 100% (ties), ~5% above 100%
 * (population figures lag), ~3% exactly 95% (19 of 20), a few populations of 0 (no coverage),
 * the rest 80%-99.9%.
 */
function countsOf(next: () => number, basePopulation: number, month: number): [number, number, number] {
  const draw = next();
  let population = Math.round(basePopulation * (1 + 0.001 * month) * (0.995 + 0.01 * next()));
  let participants: number;
  if (draw < 0.0005) {
    population = 0;
    participants = 0;
  } else if (draw < 0.12) {
    participants = population;
  } else if (draw < 0.17) {
    participants = Math.round(population * (1 + 0.03 * next())) + 1;
  } else if (draw < 0.2) {
    population = Math.max(20, population - (population % 20));
    participants = (population / 20) * 19;
  } else {
    participants = Math.floor(population * (0.8 + 0.199 * next()));
  }
  const active = Math.floor(participants * (0.6 + 0.35 * next()));
  return [population, participants, active];
}

/** The 83 762 village codes of the real tree (idn-area-data's villages.csv), in file order. */
export function realVillageCodes(): string[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('idn-area-data/data/villages.csv');
  const lines = readFileSync(file, 'latin1').split('\n');
  const codes: string[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line.length > 0) codes.push(line.slice(0, line.indexOf(',')));
  }
  return codes;
}

/**
 * Counts of a realistic export: ~2% exactly 100%, ~1% exactly 95% (19 of 20), ~4% above 100%,
 * ~0.05% populations of 0, the rest 60%-99.9% spread over a continuum (few accidental ties).
 */
function realisticCountsOf(next: () => number, basePopulation: number, month: number): [number, number, number] {
  const draw = next();
  let population = Math.round(basePopulation * (1 + 0.002 * month) * (0.99 + 0.02 * next()));
  let participants: number;
  if (draw < 0.0005) {
    population = 0;
    participants = 0;
  } else if (draw < 0.02) {
    participants = population;
  } else if (draw < 0.03) {
    population = Math.max(20, population - (population % 20));
    participants = (population / 20) * 19;
  } else if (draw < 0.07) {
    participants = Math.round(population * (1 + 0.05 * next())) + 1;
  } else {
    participants = Math.floor(population * (0.6 + 0.399 * next()));
  }
  const active = Math.floor(participants * (0.6 + 0.35 * next()));
  return [population, participants, active];
}

/** Shuffles in place (Fisher-Yates, seeded). */
function shuffle<T>(items: T[], next: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    const item = items[index] as T;
    items[index] = items[other] as T;
    items[other] = item;
  }
}

/**
 * A realistic export (see {@link WORKLOAD_NAMES}): every region on every date, rows shuffled,
 * then serialised to JSON and parsed back in chunks, so that each row holds its own flat strings
 * as a parsed file would.
 */
function realisticWorkload(name: WorkloadName, codes: readonly string[], months: number, next: () => number): Workload {
  const dates = monthlyDates(2024 - Math.floor((months - 1) / 12), months);
  // Log-uniform from 300 to 30 000: many small villages, a few large ones.
  const basePopulations = codes.map(() => Math.round(300 * 100 ** next()));
  const rowCount = codes.length * dates.length;
  const order = Array.from({ length: rowCount }, (_, index) => index);
  shuffle(order, next);
  const rows: InputRow[] = new Array<InputRow>(rowCount);
  const chunk = 100_000;
  for (let start = 0; start < rowCount; start += chunk) {
    const part: InputRow[] = [];
    for (let index = start; index < Math.min(rowCount, start + chunk); index += 1) {
      const cell = order[index] as number;
      const region = cell % codes.length;
      const month = Math.floor(cell / codes.length);
      const [population, participants, activeParticipants] = realisticCountsOf(next, basePopulations[region] as number, month);
      part.push({ regionCode: codes[region] as string, asOf: dates[month] as string, population, participants, activeParticipants });
    }
    const parsed = JSON.parse(JSON.stringify(part)) as InputRow[];
    for (let index = 0; index < parsed.length; index += 1) rows[start + index] = parsed[index] as InputRow;
  }
  return { name, rows, rollUpTo: 'regency', parentCodeLength: 5 };
}

/** Generates a workload: S and L rows by date, then by region code (one monthly file after another); the others shuffled. */
export function generateWorkload(name: WorkloadName, seed = 7): Workload {
  const next = random(seed);
  if (name !== 'S' && name !== 'L') {
    const codes = name === 'L-real' ? realVillageCodes() : villageCodes(next);
    const villages = name === 'L/10-shuffled' ? codes.filter((_, index) => index % 10 === 0) : codes;
    return realisticWorkload(name, villages, name === '10L-shuffled' ? 120 : 12, next);
  }
  const small = name === 'S';
  const codes = small ? regencies().map((regency) => regency.code) : villageCodes(next);
  const dates = small ? monthlyDates(2015, 120) : monthlyDates(2024, 12);
  const basePopulations = codes.map(() => (small ? 50_000 + Math.floor(next() * 2_500_000) : 400 + Math.floor(next() * 6_000)));
  const rows: InputRow[] = [];
  dates.forEach((asOf, month) => {
    codes.forEach((regionCode, index) => {
      const [population, participants, activeParticipants] = countsOf(next, basePopulations[index] as number, month);
      rows.push({ regionCode, asOf, population, participants, activeParticipants });
    });
  });
  return { name, rows, rollUpTo: small ? 'province' : 'regency', parentCodeLength: small ? 2 : 5 };
}
