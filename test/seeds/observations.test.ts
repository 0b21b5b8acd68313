import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/figures/parse-figure.js';
import { checkTarget } from '../../src/metrics/check-target.js';
import { coverageRatio } from '../../src/metrics/coverage.js';
import { rollUp } from '../../src/metrics/roll-up.js';
import { RPJMN_2020_2024, UHC_2015_2019 } from '../../src/metrics/target-presets.js';
import { normalizeRegionCode } from '../../src/models/region-code.js';
import { SEED_ARTICLES } from '../../src/seeds/seed-articles.js';
import { SEED_DATES } from '../../src/seeds/seed-dates.js';
import { SEED_FIGURES } from '../../src/seeds/seed-figures.js';
import { SEED_OBSERVATIONS } from '../../src/seeds/seed-observations.js';
import { SEED_SNAPSHOTS } from '../../src/seeds/seed-snapshots.js';
import { seedText } from '../support/seed-text.js';
import { isDeeplyFrozen, seedFigure, seedObservation } from './seed-records.js';
import { catchError } from '../support/caught-error.js';

const NU_ONLINE = {
  article: '000_ccb4cbd1960b7560',
  outlet: 'NU Online Lampung',
  published: '2024-07-19',
} as const;
// seeds/000: the provincial secretary's sentence and the Kemenko PMK deputy's.
const SEKDAPROV_QUOTE =
  'hingga 1 Juli 2024, jumlah kepesertaan JKN Provinsi Lampung telah mencapai 8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa atau setara 99,46 % dengan tingkat keakifan peserta 67,85 %';
const KEMENKO_QUOTE = 'di Provinsi Lampung cakupan UHC nya sudah tercapai dengan presentase mencapai 98,46%';

describe('SEED_SNAPSHOTS', () => {
  it('seeds/000: Lampung on 1 Jul 2024 as printed with "99,46 %" by the provincial secretary', () => {
    expect(SEED_SNAPSHOTS[0]).toEqual({
      regionCode: '18',
      asOf: '2024-07-01',
      population: 9_051_459,
      populationPeriod: '2023-S2',
      participants: 8_911_770,
      printed: {
        coverage: parseFigure('99,46 %'),
        activityRate: { figure: parseFigure('67,85 %'), base: 'population' },
        participants: parseFigure('8.911.770 jiwa'),
        population: parseFigure('9.051.459 jiwa'),
      },
      source: { ...NU_ONLINE, quote: SEKDAPROV_QUOTE },
    });
  });

  it('seeds/000: the same counts with "98,46%" by the Kemenko PMK deputy', () => {
    expect(SEED_SNAPSHOTS[1]).toEqual({
      regionCode: '18',
      asOf: '2024-07-01',
      population: 9_051_459,
      populationPeriod: '2023-S2',
      participants: 8_911_770,
      printed: { coverage: parseFigure('98,46%') },
      source: { ...NU_ONLINE, quote: KEMENKO_QUOTE },
    });
  });

  it('holds only those two: no other statement prints both counts', () => {
    expect(SEED_SNAPSHOTS).toHaveLength(2);
    expect(isDeeplyFrozen(SEED_SNAPSHOTS)).toBe(true);
  });

  it('quotes the articles verbatim', () => {
    for (const snapshot of SEED_SNAPSHOTS) {
      expect(seedText(`${snapshot.source?.article}.txt`)).toContain(snapshot.source?.quote);
    }
  });

  it('are two snapshots of one region and date, which a roll-up reports as a duplicate', () => {
    expect(catchError(() => rollUp(SEED_SNAPSHOTS)).code).toBe('DUPLICATE_SNAPSHOT');
  });

  it('seeds/000: 8.911.770 of 9.051.459 is 98,46 % and meets the RPJMN 2020-2024 98% target', () => {
    const [snapshot] = SEED_SNAPSHOTS;
    if (snapshot === undefined) throw new Error('seed snapshot missing');
    expect(Math.round((coverageRatio(snapshot) ?? 0) * 10_000) / 100).toBe(98.46);
    expect(checkTarget(snapshot, RPJMN_2020_2024).status).toBe('met');
    expect(checkTarget(snapshot, UHC_2015_2019).status).toBe('met');
  });
});

describe('SEED_OBSERVATIONS', () => {
  it('lists every statement of a region at a date', () => {
    expect(
      SEED_OBSERVATIONS.map((observation) => [
        observation.id,
        observation.regionCode,
        observation.asOf,
        observation.asOfBasis,
        observation.population,
        observation.participants,
        observation.countsFrom,
      ]),
    ).toEqual([
      ['000-lampung-2024-07-01', '18', '2024-07-01', 'printed', 9_051_459, 8_911_770, undefined],
      [
        '000-lampung-2024-07-01-kemenko',
        '18',
        '2024-07-01',
        'same-article',
        9_051_459,
        8_911_770,
        '000-lampung-2024-07-01',
      ],
      // seeds/001: "80,62 persen dari total penduduk 2.032.767 jiwa": participants not printed.
      ['001-bengkulu-2021-11', '17', '2021-11-30', 'printed', 2_032_767, undefined, undefined],
      // seeds/002: "252,17 juta jiwa atau 90,79 %": neither count printed in full.
      ['002-national-2023-03-01', 'ID', '2023-03-01', 'printed', undefined, undefined, undefined],
      // seeds/002: "dengan capaian 96%": only a percentage, dated by the ceremony of 14/03/2023.
      ['002-klaten-2023-03-14', '33.10', '2023-03-14', 'event', undefined, undefined, undefined],
      // seeds/003: "sekitar 95,31 atau sebanyak 8.527.908 jiwa": population not printed.
      ['003-lampung-2023-08-01', '18', '2023-08-01', 'printed', undefined, 8_527_908, undefined],
      // seeds/004: "252,1 juta jiwa atau lebih dari 90 persen".
      ['004-national-2023-03-01', 'ID', '2023-03-01', 'printed', undefined, undefined, undefined],
    ]);
  });

  it('is deeply frozen, with unique ids prefixed by the article number', () => {
    expect(isDeeplyFrozen(SEED_OBSERVATIONS)).toBe(true);
    const ids = SEED_OBSERVATIONS.map((observation) => observation.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const observation of SEED_OBSERVATIONS)
      expect(observation.id.slice(0, 3)).toBe(observation.article.slice(0, 3));
  });

  it('builds a snapshot exactly when both counts were printed, and never stores a derived count', () => {
    for (const observation of SEED_OBSERVATIONS) {
      const known = observation.population !== undefined && observation.participants !== undefined;
      expect(observation.snapshot !== undefined, observation.id).toBe(known);
      // A known count is a figure of the statement (or of the statement it takes its counts from), printed in full.
      const own = observation.countsFrom === undefined ? observation : seedObservation(observation.countsFrom);
      const printedCounts = own.figureIds.map(seedFigure).filter((record) => record.figure.kind === 'count');
      for (const [count, role] of [
        [observation.population, 'population'],
        [observation.participants, 'participants'],
      ] as const) {
        if (count === undefined) continue;
        const record = printedCounts.find((candidate) => candidate.role === role);
        expect(record?.figure.value, observation.id).toBe(count);
        expect([record?.figure.qualifier, record?.figure.step], observation.id).toEqual(['exact', 1]);
      }
    }
    expect(SEED_OBSERVATIONS.flatMap((observation) => (observation.snapshot ? [observation.snapshot] : []))).toEqual(
      SEED_SNAPSHOTS,
    );
  });

  it('names figures of its own article and region, and prints only figures of its statement', () => {
    for (const observation of SEED_OBSERVATIONS) {
      const records = observation.figureIds.map(seedFigure);
      expect(records.length, observation.id).toBeGreaterThan(0);
      for (const record of records) {
        expect(record.article, record.id).toBe(observation.article);
        expect(record.regionCode, record.id).toBe(observation.regionCode);
        if (record.asOf !== undefined) expect(record.asOf, record.id).toBe(observation.asOf);
      }
      const printed = [
        observation.printed.coverage,
        observation.printed.activityRate?.figure,
        observation.printed.participants,
        observation.printed.population,
        observation.printed.uncovered,
      ].filter((figure) => figure !== undefined);
      expect(printed.length, observation.id).toBeGreaterThan(0);
      for (const figure of printed) {
        expect(
          records.some((record) => record.figure === figure),
          `${observation.id} ${figure.text}`,
        ).toBe(true);
      }
      expect(observation.printed.activeCoverage).toBeUndefined();
    }
  });

  it("quotes the statement and names the article's outlet and publication date", () => {
    for (const observation of SEED_OBSERVATIONS) {
      const article = SEED_ARTICLES[observation.article];
      expect(seedText(article.file)).toContain(observation.source.quote);
      expect(observation.source).toEqual({
        article: article.id,
        outlet: article.outlet,
        ...(article.published === undefined ? {} : { published: article.published }),
        quote: observation.source.quote,
      });
      expect(normalizeRegionCode(observation.regionCode)).toBe(observation.regionCode);
    }
  });

  it('dates a printed-basis observation with an as-of date of its article', () => {
    for (const observation of SEED_OBSERVATIONS) {
      const dates = SEED_DATES.filter(
        (date) => date.article === observation.article && date.role === 'as-of' && date.asOf === observation.asOf,
      );
      expect(dates.length > 0, observation.id).toBe(observation.asOfBasis !== 'event');
    }
  });

  it('seeds/000: the deputy\'s "98,46%" is printed three times, undated', () => {
    const observation = seedObservation('000-lampung-2024-07-01-kemenko');
    const records = observation.figureIds.map(seedFigure);
    expect(records.map((record) => [record.text, record.asOf])).toEqual([
      ['98,46%', undefined],
      ['98,46%', undefined],
      ['98,46%', undefined],
    ]);
  });

  it('seeds/003: records the PBPU activity "35 persen" and "sekitar 400 ribu" uncovered with Lampung of 1 Aug 2023', () => {
    const observation = seedObservation('003-lampung-2023-08-01');
    expect(observation.figureIds).toContain('003-pbpu-active');
    expect(observation.printed.uncovered).toBe(seedFigure('003-uncovered').figure);
    expect(observation.printed.coverage?.text).toBe('95,31 persen');
  });

  it('accounts for every coverage and count figure with a region in some observation, or says why not', () => {
    const observed = new Set(SEED_OBSERVATIONS.flatMap((observation) => observation.figureIds));
    const loose = SEED_FIGURES.filter(
      (record) =>
        !observed.has(record.id) &&
        ['participants', 'population', 'coverage', 'activity-rate', 'uncovered'].includes(record.role),
    );
    // seeds/002: "lebih dari 250 juta orang" is an undated bound ("kurang lebih 10 tahun").
    expect(loose.map((record) => record.id)).toEqual(['002-participants-over-250m']);
  });
});
