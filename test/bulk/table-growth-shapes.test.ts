import { describe, expect, it } from 'vitest';
import { tableFromSnapshots } from '../../src/bulk/table-from-snapshots.js';
import { tableGrowth } from '../../src/bulk/table-growth.js';
import { growthBetween } from '../../src/metrics/growth-between.js';

interface Row {
  readonly regionCode: string;
  readonly asOf: string;
  readonly population: number;
  readonly participants: number;
}

/**
 * Rows of `regions` regencies of province 18, each on the dates `datesOf(region)` (indices into
 * `dateCount` months), shuffled, with a few populations of 0.
 */
function shuffledRows(regions: number, dateCount: number, datesOf: (region: number) => readonly number[]): Row[] {
  let seed = 1;
  const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const rows: Row[] = [];
  for (let region = 0; region < regions; region += 1) {
    for (const date of datesOf(region)) {
      if (date >= dateCount) continue;
      const population = next() < 0.05 ? 0 : 100 + Math.floor(next() * 10_000);
      rows.push({
        regionCode: `18.${String(region + 1).padStart(2, '0')}`,
        asOf: `${2000 + Math.floor(date / 12)}-${String((date % 12) + 1).padStart(2, '0')}-01`,
        population,
        participants: Math.floor(next() * 11_000),
      });
    }
  }
  for (let index = rows.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [rows[index], rows[other]] = [rows[other] as Row, rows[index] as Row];
  }
  return rows;
}

/** tableGrowth of the rows against growthBetween of each region's consecutive rows, bit for bit. */
function expectRowByRow(rows: readonly Row[]): void {
  const growth = tableGrowth(tableFromSnapshots(rows));
  const order = rows.map((_, index) => index).sort((a, b) => {
    const left = rows[a] as Row;
    const right = rows[b] as Row;
    return left.regionCode === right.regionCode ? (left.asOf < right.asOf ? -1 : 1) : left.regionCode < right.regionCode ? -1 : 1;
  });
  const fromRows: number[] = [];
  const toRows: number[] = [];
  const participantsChange: number[] = [];
  const coverageChangePp: number[] = [];
  const undefinedSteps: number[] = [];
  for (let index = 1; index < order.length; index += 1) {
    const from = order[index - 1] as number;
    const to = order[index] as number;
    if (rows[from]?.regionCode !== rows[to]?.regionCode) continue;
    const step = growthBetween(rows[from] as Row, rows[to] as Row);
    if (step.coverageChangePp === undefined) undefinedSteps.push(fromRows.length);
    fromRows.push(from);
    toRows.push(to);
    participantsChange.push(step.participantsChange);
    coverageChangePp.push(step.coverageChangePp ?? 0);
  }
  expect(Array.from(growth.fromRows)).toEqual(fromRows);
  expect(Array.from(growth.toRows)).toEqual(toRows);
  expect(Array.from(growth.participantsChange).every((value, step) => Object.is(value, participantsChange[step]))).toBe(true);
  expect(Array.from(growth.coverageChangePp).every((value, step) => Object.is(value, coverageChangePp[step]))).toBe(true);
  expect(growth.participantsChange.length).toBe(participantsChange.length);
  expect(growth.coverageChangePp.length).toBe(coverageChangePp.length);
  expect(growth.undefinedSteps).toEqual(undefinedSteps);
}

// A nearly full grid is laid in the outputs; otherwise the walks keep their scratch in the
// change arrays when it fits there, and in fresh arrays if not: each shape takes one of the ways.
describe('tableGrowth, whichever way it walks the rows', () => {
  it('every region on every date (the outputs are the grid)', () => {
    expectRowByRow(shuffledRows(30, 24, () => Array.from({ length: 24 }, (_, date) => date)));
  });

  it('regions on most dates, with gaps (grid in the outputs)', () => {
    expectRowByRow(shuffledRows(30, 24, (region) => Array.from({ length: 24 }, (_, date) => date).filter((date) => (date * 7 + region) % 5 !== 0)));
  });

  it('regions on half the dates or fewer, most of them on one (a grid of its own)', () => {
    expectRowByRow(shuffledRows(30, 4, (region) => (region % 3 === 0 ? [0, 1, 2, 3] : [region % 4])));
  });

  it('regions on few of many dates (rows sorted in the outputs)', () => {
    expectRowByRow(shuffledRows(6, 120, (region) => Array.from({ length: 20 }, (_, index) => (index * 6 + region * 11) % 120)));
  });

  it('many regions on one of many dates each (rows sorted in arrays of their own)', () => {
    expectRowByRow(shuffledRows(40, 120, (region) => (region < 2 ? [region, region + 50] : [region * 3])));
  });
});
