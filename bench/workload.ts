// A deterministic workload generator: the same seed gives the same rows, byte for byte.
import { regencies } from './regencies.js';

/** One input row, as an analyst's parsed CSV or JSON would hold it. */
export interface InputRow {
  readonly regionCode: string;
  readonly asOf: string;
  readonly population: number;
  readonly participants: number;
  readonly activeParticipants: number;
}

/** The workloads of issue 7. */
export type WorkloadName = 'S' | 'L';

/** A generated workload and where its rows roll up to. */
export interface Workload {
  readonly name: WorkloadName;
  readonly rows: readonly InputRow[];
  /** The level the roll-up targets: provinces for S (regencies), regencies for L (villages). */
  readonly rollUpTo: 'province' | 'regency';
  /** The length of a parent code: 2 for a province, 5 for a regency. */
  readonly parentCodeLength: number;
}

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
function random(seed: number): () => number {
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

/** Generates a workload: rows by date, then by region code (one monthly file after another). */
export function generateWorkload(name: WorkloadName, seed = 7): Workload {
  const next = random(seed);
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
