import { describe, expect, it } from 'vitest';
import type { FigureKind, FigureQualifier } from '../../src/figures/printed-figure.js';
import { parseFigure } from '../../src/figures/parse-figure.js';
import { TARGET_PRESETS } from '../../src/metrics/target-presets.js';
import { isRegionCode, normalizeRegionCode } from '../../src/models/region-code.js';
import { SEED_ARTICLES } from '../../src/seeds/seed-articles.js';
import { SEED_DATES } from '../../src/seeds/seed-dates.js';
import type { SeedFigureRole } from '../../src/seeds/seed-figure.js';
import { SEED_FIGURES } from '../../src/seeds/seed-figures.js';
import { seedText } from '../support/seed-text.js';
import { isDeeplyFrozen, seedDate, seedFigure } from './seed-records.js';

/** What each figure must parse to, written out by hand from the printed text. */
interface Expected {
  readonly id: string;
  readonly text: string;
  readonly role: SeedFigureRole;
  readonly region: string | undefined;
  readonly asOf: string | undefined;
  readonly kind: FigureKind;
  readonly value: number;
  readonly qualifier: FigureQualifier;
  readonly step: number;
  readonly rounded: readonly [number, number];
  readonly truncated: readonly [number, number];
}

const INF = Infinity;
const e = (
  id: string,
  text: string,
  role: SeedFigureRole,
  region: string | undefined,
  asOf: string | undefined,
  kind: FigureKind,
  value: number,
  qualifier: FigureQualifier,
  step: number,
  rounded: readonly [number, number],
  truncated: readonly [number, number],
): Expected => ({ id, text, role, region, asOf, kind, value, qualifier, step, rounded, truncated });

// Every metric figure of the five articles (seeds/<id>.txt, the id's prefix names the file).
// prettier-ignore
const EXPECTED: readonly Expected[] = [
  // seeds/000: "sebesar 98% penduduk Indonesia"
  e('000-target', '98%', 'target', 'ID', undefined, 'percent', 98, 'exact', 1, [97.5, 98.5], [98, 99]),
  // seeds/000: "hingga 1 Juli 2024, ... 8.911.770 jiwa ... sebesar 9.051.459 jiwa atau setara 99,46 % dengan tingkat keakifan peserta 67,85 %"
  e('000-participants', '8.911.770 jiwa', 'participants', '18', '2024-07-01', 'count', 8_911_770, 'exact', 1, [8_911_769.5, 8_911_770.5], [8_911_770, 8_911_771]),
  e('000-population', '9.051.459 jiwa', 'population', '18', '2024-07-01', 'count', 9_051_459, 'exact', 1, [9_051_458.5, 9_051_459.5], [9_051_459, 9_051_460]),
  e('000-coverage', '99,46 %', 'coverage', '18', '2024-07-01', 'percent', 99.46, 'exact', 0.01, [99.455, 99.465], [99.46, 99.47]),
  e('000-activity', '67,85 %', 'activity-rate', '18', '2024-07-01', 'percent', 67.85, 'exact', 0.01, [67.845, 67.855], [67.85, 67.86]),
  // seeds/000: "atas capaian UHC 98,46%", "presentase mencapai 98,46%", "sudah mencapai UHC 98,46%"
  e('000-coverage-capaian', '98,46%', 'coverage', '18', undefined, 'percent', 98.46, 'exact', 0.01, [98.455, 98.465], [98.46, 98.47]),
  e('000-coverage-presentase', '98,46%', 'coverage', '18', undefined, 'percent', 98.46, 'exact', 0.01, [98.455, 98.465], [98.46, 98.47]),
  e('000-coverage-selamat', '98,46%', 'coverage', '18', undefined, 'percent', 98.46, 'exact', 0.01, [98.455, 98.465], [98.46, 98.47]),
  // seeds/001: "hingga per November 2021 berada pada angka 80,62 persen dari total penduduk 2.032.767 jiwa"
  e('001-coverage', '80,62 persen', 'coverage', '17', '2021-11-30', 'percent', 80.62, 'exact', 0.01, [80.615, 80.625], [80.62, 80.63]),
  e('001-population', '2.032.767 jiwa', 'population', '17', '2021-11-30', 'count', 2_032_767, 'exact', 1, [2_032_766.5, 2_032_767.5], [2_032_767, 2_032_768]),
  // seeds/001: "target Universal Health Coverage (UHC) 98 persen di tahun 2024"
  e('001-target', '98 persen', 'target', '17', undefined, 'percent', 98, 'exact', 1, [97.5, 98.5], [98, 99]),
  // seeds/001: "Nanti dari 9 kabupaten kota yang masih di bawah rata-rata"
  e('001-regencies-below-average', '9', 'region-count', '17', undefined, 'count', 9, 'exact', 1, [8.5, 9.5], [9, 10]),
  // seeds/002: "Capai 96%, Kabupaten Klaten Raih Penghargaan UHC" (headline, printed twice)
  e('002-klaten-headline', '96%', 'coverage', '33.10', undefined, 'percent', 96, 'exact', 1, [95.5, 96.5], [96, 97]),
  e('002-klaten-heading', '96%', 'coverage', '33.10', undefined, 'percent', 96, 'exact', 1, [95.5, 96.5], [96, 97]),
  // seeds/002: "minimal 95% dari jumlah penduduk"
  e('002-threshold', 'minimal 95%', 'threshold', undefined, undefined, 'percent', 95, 'at-least', 1, [95, INF], [95, INF]),
  // seeds/002: "telah mencapai lebih dari 250 juta orang"
  e('002-participants-over-250m', 'lebih dari 250 juta orang', 'participants', 'ID', undefined, 'count', 250_000_000, 'more-than', 1_000_000, [250_000_000, INF], [250_000_000, INF]),
  // seeds/002: "Sampai dengan 1 Maret 2023, ... mencapai 252,17 juta jiwa atau 90,79 % dari total penduduk"
  e('002-national-participants', '252,17 juta jiwa', 'participants', 'ID', '2023-03-01', 'count', 252_170_000, 'exact', 10_000, [252_165_000, 252_175_000], [252_170_000, 252_180_000]),
  e('002-national-coverage', '90,79 %', 'coverage', 'ID', '2023-03-01', 'percent', 90.79, 'exact', 0.01, [90.785, 90.795], [90.79, 90.8]),
  // seeds/002: "terdapat 22 provinsi dan 334 kabupaten/ kota yang telah mewujudkan UHC"
  e('002-uhc-provinces', '22', 'region-count', 'ID', undefined, 'count', 22, 'exact', 1, [21.5, 22.5], [22, 23]),
  e('002-uhc-regencies', '334', 'region-count', 'ID', undefined, 'count', 334, 'exact', 1, [333.5, 334.5], [334, 335]),
  // seeds/002: "Selamat untuk 22 provinsi dan 334 kabupaten/kota dengan cakupan kepesertaannya menjadi lebih dari 95% total penduduk"
  e('002-uhc-provinces-selamat', '22', 'region-count', 'ID', undefined, 'count', 22, 'exact', 1, [21.5, 22.5], [22, 23]),
  e('002-uhc-regencies-selamat', '334', 'region-count', 'ID', undefined, 'count', 334, 'exact', 1, [333.5, 334.5], [334, 335]),
  e('002-threshold-selamat', 'lebih dari 95%', 'threshold', undefined, undefined, 'percent', 95, 'more-than', 1, [95, INF], [95, INF]),
  // seeds/002: "dengan capaian 96%", "capaian UHC Klaten 96%"
  e('002-klaten-capaian', '96%', 'coverage', '33.10', undefined, 'percent', 96, 'exact', 1, [95.5, 96.5], [96, 97]),
  e('002-klaten-bupati', '96%', 'coverage', '33.10', undefined, 'percent', 96, 'exact', 1, [95.5, 96.5], [96, 97]),
  // seeds/003: "di Provinsi Lampung mencapai 95,31 persen dari total jumlah penduduk"
  e('003-coverage-lead', '95,31 persen', 'coverage', '18', undefined, 'percent', 95.31, 'exact', 0.01, [95.305, 95.315], [95.31, 95.32]),
  // seeds/003: "per 1 Agustus 2023 telah mencapai 95,31 persen"
  e('003-coverage', '95,31 persen', 'coverage', '18', '2023-08-01', 'percent', 95.31, 'exact', 0.01, [95.305, 95.315], [95.31, 95.32]),
  // seeds/003: "persentasenya ada sekitar 95,31 atau sebanyak 8.527.908 jiwa"
  e('003-coverage-quoted', 'sekitar 95,31', 'coverage', '18', '2023-08-01', 'percent', 95.31, 'about', 0.01, [95.305, 95.315], [95.31, 95.32]),
  e('003-participants', '8.527.908 jiwa', 'participants', '18', '2023-08-01', 'count', 8_527_908, 'exact', 1, [8_527_907.5, 8_527_908.5], [8_527_908, 8_527_909]),
  // seeds/003: "masih ada sekitar 400 ribu orang penduduk yang belum masuk"
  e('003-uncovered', 'sekitar 400 ribu orang', 'uncovered', '18', undefined, 'count', 400_000, 'about', 1_000, [350_000, 450_000], [400_000, 500_000]),
  // seeds/003: "(PBPU) baru aktif 35 persen"
  e('003-pbpu-active', '35 persen', 'segment-activity', '18', undefined, 'percent', 35, 'exact', 1, [34.5, 35.5], [35, 36]),
  // seeds/004: "Tembus 90 Persen dari Total Penduduk" (headline, printed twice)
  e('004-headline', '90 Persen', 'coverage', 'ID', undefined, 'percent', 90, 'exact', 1, [89.5, 90.5], [90, 91]),
  e('004-headline-repeat', '90 Persen', 'coverage', 'ID', undefined, 'percent', 90, 'exact', 1, [89.5, 90.5], [90, 91]),
  // seeds/004: "penghargaan kepada 22 Provinsi, 334 Kabupaten dan Kota" (photo caption)
  e('004-uhc-provinces-caption', '22', 'region-count', 'ID', undefined, 'count', 22, 'exact', 1, [21.5, 22.5], [22, 23]),
  e('004-uhc-regencies-caption', '334', 'region-count', 'ID', undefined, 'count', 334, 'exact', 1, [333.5, 334.5], [334, 335]),
  // seeds/004: "sebanyak 252,1 juta jiwa atau lebih dari 90 persen dari seluruh penduduk Indonesia hingga 1 Maret 2023"
  e('004-national-participants', '252,1 juta jiwa', 'participants', 'ID', '2023-03-01', 'count', 252_100_000, 'exact', 100_000, [252_050_000, 252_150_000], [252_100_000, 252_200_000]),
  e('004-national-coverage', 'lebih dari 90 persen', 'coverage', 'ID', '2023-03-01', 'percent', 90, 'more-than', 1, [90, INF], [90, INF]),
  // seeds/004: "menyentuh angka persentase 98 persen", "sebesar 98 persen"
  e('004-target', '98 persen', 'target', 'ID', undefined, 'percent', 98, 'exact', 1, [97.5, 98.5], [98, 99]),
  e('004-target-repeat', '98 persen', 'target', 'ID', undefined, 'percent', 98, 'exact', 1, [97.5, 98.5], [98, 99]),
  // seeds/004: "Ma'ruf Amin memberikan penghargaan kepada 22 Provinsi, 334 Kabupaten dan Kota"
  e('004-uhc-provinces', '22', 'region-count', 'ID', undefined, 'count', 22, 'exact', 1, [21.5, 22.5], [22, 23]),
  e('004-uhc-regencies', '334', 'region-count', 'ID', undefined, 'count', 334, 'exact', 1, [333.5, 334.5], [334, 335]),
];

describe('SEED_FIGURES', () => {
  it('holds exactly the expected figures, in article order, with unique ids', () => {
    expect(SEED_FIGURES.map((record) => record.id)).toEqual(EXPECTED.map((expected) => expected.id));
  });

  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(SEED_FIGURES)).toBe(true);
  });

  describe.each(EXPECTED)('$id: "$text"', (expected) => {
    const record = seedFigure(expected.id);

    it('has the printed text, role, region and date', () => {
      expect([record.text, record.role, record.regionCode, record.asOf]).toEqual([
        expected.text,
        expected.role,
        expected.region,
        expected.asOf,
      ]);
      expect(record.id.slice(0, 3)).toBe(record.article.slice(0, 3));
      expect(seedText(SEED_ARTICLES[record.article].file)).toContain(record.quote);
    });

    it('parses to the printed value with its precision', () => {
      const { figure } = record;
      expect([figure.text, figure.kind, figure.value, figure.qualifier, figure.step]).toEqual([
        expected.text,
        expected.kind,
        expected.value,
        expected.qualifier,
        expected.step,
      ]);
      expect(figure.rounded).toEqual({ low: expected.rounded[0], high: expected.rounded[1] });
      expect(figure.truncated).toEqual({ low: expected.truncated[0], high: expected.truncated[1] });
      expect(figure.interval).toEqual({
        low: Math.min(expected.rounded[0], expected.truncated[0]),
        high: Math.max(expected.rounded[1], expected.truncated[1]),
      });
      expect(figure).toEqual(parseFigure(expected.text, { kind: expected.kind }));
    });
  });

  it('names regions by normalised, known codes', () => {
    for (const record of SEED_FIGURES) {
      if (record.regionCode === undefined) continue;
      expect(isRegionCode(record.regionCode), record.id).toBe(true);
      expect(normalizeRegionCode(record.regionCode), record.id).toBe(record.regionCode);
    }
  });

  it('dates a figure only with an as-of date printed in its own quote', () => {
    for (const record of SEED_FIGURES) {
      if (record.asOf === undefined) continue;
      const dated = SEED_DATES.filter(
        (date) =>
          date.role === 'as-of' &&
          date.article === record.article &&
          date.quote === record.quote &&
          date.asOf === record.asOf,
      );
      // seeds/003 dates "sekitar 95,31 ... 8.527.908 jiwa" by "data terakhir di Agustus ini", the
      // month of "per 1 Agustus 2023" two sentences before.
      if (record.article === '003_d0779c9ee81e164e' && dated.length === 0) {
        expect(record.quote, record.id).toContain('di Agustus ini');
        expect(record.asOf).toBe('2023-08-01');
        continue;
      }
      expect(dated, record.id).toHaveLength(1);
    }
  });
});

describe('role-specific fields', () => {
  it('seeds/000: "tingkat keakifan peserta 67,85 %" is an activity rate over the population', () => {
    const record = seedFigure('000-activity');
    expect(record.role === 'activity-rate' ? record.base : undefined).toBe('population');
  });

  it('seeds/003: "(PBPU) baru aktif 35 persen" is the activity of the PBPU segment', () => {
    const record = seedFigure('003-pbpu-active');
    expect(record.quote).toContain('PBPU) baru aktif 35 persen');
    expect(record.role === 'segment-activity' ? record.segment : undefined).toBe('pbpu');
  });

  it('seeds/000: "penduduk semester II tahun 2023 sebesar 9.051.459 jiwa" carries its period', () => {
    const record = seedFigure('000-population');
    const period = seedDate('000-population-period');
    expect(record.role === 'population' ? record.period : undefined).toBe('2023-S2');
    expect(period.role === 'population-period' ? period.period : undefined).toBe('2023-S2');
    expect(period.quote).toBe(record.quote);
  });

  it('counts regions by level: "22 provinsi dan 334 kabupaten/kota", "9 kabupaten kota"', () => {
    for (const record of SEED_FIGURES) {
      if (record.role !== 'region-count') continue;
      expect(record.level, record.id).toBe(record.figure.value === 22 ? 'province' : 'regency');
    }
  });

  it('prints the thresholds of the presets it names: 98% by 2024 (000, 001, 004), minimal 95% (002)', () => {
    const printed = SEED_FIGURES.filter((record) => record.role === 'target' || record.role === 'threshold');
    expect(printed.map((record) => [record.article.slice(0, 3), record.text])).toEqual([
      ['000', '98%'],
      ['001', '98 persen'],
      ['002', 'minimal 95%'],
      ['002', 'lebih dari 95%'],
      ['004', '98 persen'],
      ['004', '98 persen'],
    ]);
    for (const record of printed) {
      if (record.role !== 'target' && record.role !== 'threshold') continue;
      const preset = TARGET_PRESETS.find((target) => target.id === record.targetId);
      const coverage = preset?.conditions.find((condition) => condition.metric === 'coverage');
      expect(coverage?.thresholdPct, record.id).toBe(record.figure.value);
      if (record.role === 'target') {
        expect(preset?.kind, record.id).toBe('plan');
        expect(preset?.deadline?.slice(0, 4), record.id).toBe(String(record.byYear));
      } else {
        expect(preset?.kind, record.id).toBe('uhc-status');
      }
    }
  });

  it('seeds/002: "minimal 95%" is the preset\'s own operator, at least', () => {
    const record = seedFigure('002-threshold');
    const preset = TARGET_PRESETS.find((target) => record.role === 'threshold' && target.id === record.targetId);
    expect([record.figure.qualifier, preset?.conditions[0]?.operator]).toEqual(['at-least', '>=']);
  });
});
