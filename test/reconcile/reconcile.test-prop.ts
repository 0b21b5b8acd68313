import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { formatCount } from '../../src/figures/format-count.js';
import { formatPercent } from '../../src/figures/format-percent.js';
import { intervalContains } from '../../src/figures/interval-relations.js';
import { parseFigure } from '../../src/figures/parse-figure.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { figuresAgree } from '../../src/reconcile/figures-agree.js';
import { impliedParticipants } from '../../src/reconcile/implied-participants.js';
import { impliedPopulation } from '../../src/reconcile/implied-population.js';
import { impliedUncovered } from '../../src/reconcile/implied-uncovered.js';
import { reconcileSnapshot } from '../../src/reconcile/reconcile-snapshot.js';

// Populations up to 10^9 (Indonesia has about 2.8 x 10^8 people): a ratio of such counts is at
// least 10^-12 pp from any rounding edge it is not on, far above the float error of
// `participants * 100 / population` (about 10^-14), so formatPercent's rounding is the true one.
const counts = fc
  .integer({ min: 1, max: 1_000_000_000 })
  .chain((population) =>
    fc.record({ population: fc.constant(population), participants: fc.integer({ min: 0, max: Math.floor(population * 1.2) }) }),
  );

/** The true coverage in hundredths of a percent, cut off: floor(participants x 10 000 / population). */
function truncatedUnits(population: number, participants: number): bigint {
  return (BigInt(participants) * 10_000n) / BigInt(population);
}

/** A figure printed from units of 0,01 %. */
function printedPct(units: bigint): string {
  return formatPercent(Number(units) / 100);
}

function snapshotOf(population: number, participants: number, coverage: string): Snapshot {
  return { regionCode: '18', asOf: '2024-07-01', population, participants, printed: { coverage: parseFigure(coverage) } };
}

test.prop([counts])('a coverage printed by rounding the true percentage is consistent, read as rounded', ({ population, participants }) => {
  const text = formatPercent((participants * 100) / population);
  const [figure] = reconcileSnapshot(snapshotOf(population, participants, text), { reading: 'rounded' }).figures;
  expect(figure?.status).toBe('consistent');
  expect(figure?.readings).toEqual(['rounded']);
});

test.prop([counts])('a coverage printed by truncating the true percentage is consistent, read as truncated', ({ population, participants }) => {
  const text = printedPct(truncatedUnits(population, participants));
  const [figure] = reconcileSnapshot(snapshotOf(population, participants, text), { reading: 'truncated' }).figures;
  expect(figure?.status).toBe('consistent');
  expect(reconcileSnapshot(snapshotOf(population, participants, text)).consistent).toBe(true);
});

test.prop([counts, fc.integer({ min: 2, max: 10_000 }), fc.boolean()])(
  'a coverage printed two or more steps away from the rounded truth is inconsistent',
  ({ population, participants }, steps, above) => {
    // round(x) = floor(x + 1/2), exactly: floor((20 000 p + n) / 2n).
    const rounded = (BigInt(participants) * 20_000n + BigInt(population)) / (2n * BigInt(population));
    const units = above ? rounded + BigInt(steps) : rounded - BigInt(steps);
    fc.pre(units >= 0n);
    const result = reconcileSnapshot(snapshotOf(population, participants, printedPct(units)));
    expect(result.consistent).toBe(false);
    expect(result.figures[0]?.readings).toEqual([]);
  },
);

test.prop([counts])('the implied intervals hold the counts the rounded figure was printed from', ({ population, participants }) => {
  const coverage = parseFigure(formatPercent((participants * 100) / population));
  for (const reading of ['rounded', 'either'] as const) {
    expect(intervalContains(impliedPopulation(participants, coverage, { reading }), population)).toBe(true);
    expect(intervalContains(impliedParticipants(population, coverage, { reading }), participants)).toBe(true);
    expect(intervalContains(impliedUncovered(participants, coverage, { reading }), Math.max(0, population - participants))).toBe(true);
  }
});

test.prop([counts])('the implied intervals hold the counts the truncated figure was printed from', ({ population, participants }) => {
  const coverage = parseFigure(printedPct(truncatedUnits(population, participants)));
  expect(intervalContains(impliedPopulation(participants, coverage, { reading: 'truncated' }), population)).toBe(true);
  expect(intervalContains(impliedParticipants(population, coverage, { reading: 'truncated' }), participants)).toBe(true);
});

test.prop([fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 1, max: 100_000_000 })])(
  'the implied population never falls outside what a printed participant count allows either',
  (participants, units) => {
    const coverage = parseFigure(printedPct(BigInt(units % 12_000)));
    // Few participants at a precise coverage may fit no whole population (1 at 2,09%).
    let exact: ReturnType<typeof impliedPopulation>;
    try {
      exact = impliedPopulation(participants, coverage);
    } catch {
      fc.pre(false);
      return;
    }
    const printed = impliedPopulation(parseFigure(formatCount(participants, { scale: 'auto', decimals: 2 })), coverage);
    expect(printed.low).toBeLessThanOrEqual(exact.low);
    expect(printed.high).toBeGreaterThanOrEqual(exact.high);
  },
);

const hedge = fc.constantFrom('', 'sekitar ', 'lebih dari ', 'kurang dari ', 'hampir ', 'minimal ');
const countText = fc
  .tuple(hedge, fc.integer({ min: 0, max: 400_000_000 }), fc.integer({ min: 0, max: 3 }))
  .map(([words, count, decimals]) => `${words}${formatCount(count, { scale: 'auto', decimals })}`);

test.prop([countText, countText, fc.constantFrom('rounded', 'truncated', 'either')])(
  'figuresAgree is symmetric: swapping the figures swaps each reading pair',
  (left, right, reading) => {
    const a = parseFigure(left, { kind: 'count' });
    const b = parseFigure(right, { kind: 'count' });
    const forward = figuresAgree(a, b, { reading });
    const backward = figuresAgree(b, a, { reading });
    expect(backward.agree).toBe(forward.agree);
    const key = (pair: { a: string; b: string }): string => `${pair.a}/${pair.b}`;
    const swapped = backward.readings.map((pair) => ({ a: pair.b, b: pair.a, overlap: pair.overlap }));
    expect([...swapped].sort((x, y) => key(x).localeCompare(key(y)))).toEqual(
      [...forward.readings].sort((x, y) => key(x).localeCompare(key(y))),
    );
  },
);

test.prop([counts])('every implied whole number reprints as the figure', ({ population, participants }) => {
  // Inward ends: the lowest and highest implied populations both print the rounded coverage.
  const text = formatPercent((participants * 100) / population);
  const { low, high } = impliedPopulation(participants, parseFigure(text), { reading: 'rounded' });
  fc.pre(participants > 0 && high <= Number.MAX_SAFE_INTEGER);
  for (const candidate of [low, high]) {
    const [figure] = reconcileSnapshot(snapshotOf(candidate, participants, text), { reading: 'rounded' }).figures;
    expect(figure?.status).toBe('consistent');
  }
});

test.prop([countText])('a figure agrees with itself under every reading', (text) => {
  const figure = parseFigure(text, { kind: 'count' });
  // "kurang dari 0" allows no count at all ([0, 0) is empty), so it agrees with nothing.
  fc.pre(!(figure.qualifier === 'less-than' && figure.value === 0));
  expect(figuresAgree(figure, figure).agree).toBe(true);
  expect(figuresAgree(figure, figure, { reading: 'rounded' }).readings).toHaveLength(1);
});
