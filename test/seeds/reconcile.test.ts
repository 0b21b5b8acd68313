import { describe, expect, it } from 'vitest';
import { intervalsOverlap } from '../../src/figures/interval-relations.js';
import { figuresAgree } from '../../src/reconcile/figures-agree.js';
import { impliedParticipants } from '../../src/reconcile/implied-participants.js';
import { impliedPopulation } from '../../src/reconcile/implied-population.js';
import { impliedUncovered } from '../../src/reconcile/implied-uncovered.js';
import { createSnapshot } from '../../src/models/create-snapshot.js';
import { reconcileSnapshot } from '../../src/reconcile/reconcile-snapshot.js';
import { SEED_SNAPSHOTS } from '../../src/seeds/seed-snapshots.js';
import { seedFigure, seedObservation } from './seed-records.js';

/** The snapshot of an observation; fails the test when the observation has none. */
function snapshotOf(id: string): NonNullable<ReturnType<typeof seedObservation>['snapshot']> {
  const { snapshot } = seedObservation(id);
  if (snapshot === undefined) throw new Error(`observation ${id} has no snapshot`);
  return snapshot;
}

describe('the seed snapshots reconciled with their own counts', () => {
  it('seeds/000: "99,46 %" contradicts 8.911.770 / 9.051.459 = 98,46 %: a slipped digit', () => {
    const result = reconcileSnapshot(snapshotOf('000-lampung-2024-07-01'));
    expect(result.consistent).toBe(false);
    expect(result.inconsistencies.map((check) => [check.field, check.printed.text, check.likelyCause])).toEqual([
      ['coverage', '99,46 %', 'slipped-digit'],
    ]);
    const coverage = result.figures.find((check) => check.field === 'coverage');
    expect(Math.round((coverage?.computed ?? 0) * 100) / 100).toBe(98.46);
  });

  it('seeds/000: "67,85 %" of the population cannot be checked: active participants are not printed', () => {
    const result = reconcileSnapshot(snapshotOf('000-lampung-2024-07-01'));
    const activity = result.figures.find((check) => check.field === 'activityRate');
    expect([activity?.status, activity?.base]).toEqual(['unknown', 'population']);
  });

  it('seeds/000: the counts "8.911.770 jiwa" and "9.051.459 jiwa" agree with themselves', () => {
    const result = reconcileSnapshot(snapshotOf('000-lampung-2024-07-01'));
    expect(
      result.figures
        .filter((check) => check.field !== 'coverage' && check.field !== 'activityRate')
        .map((check) => check.status),
    ).toEqual(['consistent', 'consistent']);
  });

  it('seeds/000: "98,46%" is consistent with the same counts, rounded', () => {
    const result = reconcileSnapshot(snapshotOf('000-lampung-2024-07-01-kemenko'));
    expect(result.consistent).toBe(true);
    expect(result.figures.map((check) => [check.printed.text, check.status, check.readings])).toEqual([
      ['98,46%', 'consistent', ['rounded']],
    ]);
  });

  it('SEED_SNAPSHOTS: the first is inconsistent, the second consistent', () => {
    expect(SEED_SNAPSHOTS.map((snapshot) => reconcileSnapshot(snapshot).consistent)).toEqual([false, true]);
  });
});

describe('a count printed with a scale word keeps its interval (issue 16)', () => {
  // seeds/002_300703c94cbb4e75 (Pemkab Klaten, 14 Mar 2023): "Sampai dengan 1 Maret 2023, tercatat
  // cakupan perlindungan program JKN-KIS mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk".
  // The article prints no population; these tests put populations beside the two prints.
  const national = seedObservation('002-national-2023-03-01');
  const { participants, coverage } = national.printed;
  if (participants === undefined || coverage === undefined) throw new Error('seed 002 figures missing');

  /** The national snapshot with participants as printed (`'252,17 juta jiwa'`) or as an exact number. */
  function snapshotOf(population: number, participantsAs: string | number) {
    return createSnapshot({ regionCode: 'ID', asOf: '2023-03-01', population, participants: participantsAs, printed: { coverage } });
  }

  it('keeps "252,17 juta jiwa" as printed beside its value', () => {
    const snapshot = snapshotOf(277_771_658, participants.text);
    expect(participants.text).toBe('252,17 juta jiwa');
    expect(snapshot.participants).toBe(252_170_000);
    expect(snapshot.countFigures?.participants?.rounded).toEqual({ low: 252_165_000, high: 252_175_000 });
  });

  it('"90,79 %" of 277.771.658 is consistent with the count\'s interval, not with 252.170.000 exactly', () => {
    // The largest population the two prints allow (rounded): 252.175.000 / 0,90785 = 277.771.658,3.
    const population = impliedPopulation(participants, coverage, { reading: 'rounded' }).high;
    expect(population).toBe(277_771_658);
    const asPrinted = reconcileSnapshot(snapshotOf(population, participants.text), { reading: 'rounded' });
    // 252.165.000 / 277.771.658 = 90,7814 %; 252.175.000 / 277.771.658 = 90,7850 %, inside [90,785; 90,795].
    expect(asPrinted.figures.map((check) => [check.status, check.readings])).toEqual([['consistent', ['rounded']]]);
    expect(asPrinted.figures[0]?.computedInterval?.high).toBeGreaterThanOrEqual(90.785);
    // Read as exactly 252.170.000 people: 90,7832 %, below 90,785: a rounding slip it is not.
    const asExact = reconcileSnapshot(snapshotOf(population, 252_170_000), { reading: 'rounded' });
    expect(asExact.figures.map((check) => [check.status, check.likelyCause])).toEqual([['inconsistent', 'rounding']]);
    expect(asExact.figures[0]?.computedInterval).toBeUndefined();
  });

  it('both readings agree where the exact count already fits, and both refuse a population beyond the interval', () => {
    // 252.170.000 / 277.750.000 = 90,7903 %: consistent either way.
    expect(reconcileSnapshot(snapshotOf(277_750_000, participants.text), { reading: 'rounded' }).consistent).toBe(true);
    expect(reconcileSnapshot(snapshotOf(277_750_000, 252_170_000), { reading: 'rounded' }).consistent).toBe(true);
    // 252.175.000 / 277.780.000 = 90,7823 %: even the top of the interval is below 90,785.
    expect(reconcileSnapshot(snapshotOf(277_780_000, participants.text), { reading: 'rounded' }).consistent).toBe(false);
    expect(reconcileSnapshot(snapshotOf(277_780_000, 252_170_000), { reading: 'rounded' }).consistent).toBe(false);
  });
});

describe('the printed-only-as-a-percentage observations', () => {
  it('seeds/001: "80,62 persen dari total penduduk 2.032.767 jiwa" implies about 1,64 million participants', () => {
    const bengkulu = seedObservation('001-bengkulu-2021-11');
    const coverage = bengkulu.printed.coverage;
    if (bengkulu.population === undefined || coverage === undefined) throw new Error('seed 001 figures missing');
    // 2.032.767 x [80,615 %, 80,625 %] = [1.638.715,1, 1.638.918,4]: the whole people inside.
    expect(impliedParticipants(bengkulu.population, coverage, { reading: 'rounded' })).toEqual({
      low: 1_638_716,
      high: 1_638_918,
    });
    expect(bengkulu.participants).toBeUndefined();
  });

  it('seeds/002 "252,17 juta jiwa" and seeds/004 "252,1 juta jiwa" agree if Radar Palembang truncated', () => {
    const klaten = seedFigure('002-national-participants').figure;
    const palembang = seedFigure('004-national-participants').figure;
    const agreement = figuresAgree(klaten, palembang);
    expect(agreement.agree).toBe(true);
    expect(agreement.readings.every((pair) => pair.b === 'truncated')).toBe(true);
    expect(figuresAgree(klaten, palembang, { reading: 'rounded' }).agree).toBe(false);
  });

  it('seeds/002: "252,17 juta jiwa atau 90,79 %" implies a national population of about 277,7 million', () => {
    const national = seedObservation('002-national-2023-03-01');
    const { participants, coverage } = national.printed;
    if (participants === undefined || coverage === undefined) throw new Error('seed 002 figures missing');
    const population = impliedPopulation(participants, coverage, { reading: 'rounded' });
    // [252.165.000 / 0,90795, 252.175.000 / 0,90785] = [277.730.051,2, 277.771.658,3]: the whole people inside.
    expect(population).toEqual({ low: 277_730_052, high: 277_771_658 });
    expect(national.population).toBeUndefined();
  });

  it('seeds/004: "lebih dari 90 persen" agrees with seeds/002 "90,79 %", and so does the headline\'s "Tembus 90 Persen" if truncated', () => {
    const klaten = seedFigure('002-national-coverage').figure;
    expect(figuresAgree(seedFigure('004-national-coverage').figure, klaten).agree).toBe(true);
    const headline = figuresAgree(seedFigure('004-headline').figure, klaten);
    // "90 Persen" rounded is at most 90,5 %: only "90" cut from 90,79 fits.
    expect(headline.agree).toBe(true);
    expect(new Set(headline.readings.map((pair) => pair.a))).toEqual(new Set(['truncated']));
  });

  it('seeds/003: "95,31 persen" and "8.527.908 jiwa" imply the population, and "sekitar 400 ribu" uncovered agrees', () => {
    const lampung = seedObservation('003-lampung-2023-08-01');
    const coverage = lampung.printed.coverage;
    if (lampung.participants === undefined || coverage === undefined) throw new Error('seed 003 figures missing');
    // 8.527.908 / [0,95315, 0,95305] = [8.947.078,1, 8.948.017,0]: the whole people inside.
    expect(impliedPopulation(lampung.participants, coverage, { reading: 'rounded' })).toEqual({
      low: 8_947_079,
      high: 8_948_017,
    });
    const uncovered = impliedUncovered(lampung.participants, coverage);
    const printed = seedFigure('003-uncovered').figure;
    expect(intervalsOverlap(uncovered, printed.rounded)).toBe(true);
    expect(lampung.population).toBeUndefined();
  });

  it('seeds/003: the three prints of 95,31 agree with each other', () => {
    const [lead, dated, quoted] = ['003-coverage-lead', '003-coverage', '003-coverage-quoted'].map(
      (id) => seedFigure(id).figure,
    );
    if (lead === undefined || dated === undefined || quoted === undefined) throw new Error('seed 003 figures missing');
    expect([figuresAgree(lead, dated).agree, figuresAgree(dated, quoted).agree]).toEqual([true, true]);
  });

  it('seeds/000: "98,46%" and "99,46 %" cannot both be right', () => {
    expect(figuresAgree(seedFigure('000-coverage').figure, seedFigure('000-coverage-presentase').figure).agree).toBe(
      false,
    );
  });
});
