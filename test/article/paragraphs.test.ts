// Paragraphs written for these tests (not from the seeds): each holds one situation issue 13
// names, with counts chosen so the expected answers can be computed by hand.
import { describe, expect, it } from 'vitest';
import { checkArticle, renderArticleCheck, type ArticleCheck } from '../../src/article.js';

function roles(check: ArticleCheck): string[][] {
  return check.figures.filter((figure) => figure.figure !== undefined).map((figure) => [figure.text, figure.role]);
}

describe('checkArticle on written paragraphs', () => {
  it('a regency with active and non-active counts whose activity rate divides by participants', () => {
    const check = checkArticle(
      'Hingga 31 Desember 2024, jumlah peserta JKN Kabupaten Klaten mencapai 1.250.000 jiwa dari total penduduk ' +
        '1.300.000 jiwa atau 96,15 persen. Dari jumlah itu, 1.000.000 peserta aktif dan 250.000 peserta nonaktif, ' +
        'sehingga tingkat keaktifan peserta 80 persen.',
    );
    expect(roles(check)).toEqual([
      ['1.250.000 jiwa', 'participants'],
      ['1.300.000 jiwa', 'population'],
      ['96,15 persen', 'coverage'],
      ['1.000.000 peserta', 'active-participants'],
      ['250.000 peserta', 'non-active'],
      ['80 persen', 'activity-rate'],
    ]);
    expect(check.claims).toHaveLength(1);
    const claim = check.claims[0];
    expect([claim?.regionCodes, claim?.asOf]).toEqual([['33.10'], '2024-12-31']);
    // 1.000.000 / 1.250.000 = 80 %; over the population it would be 76,92 %.
    expect(claim?.activityBase).toEqual({ base: 'participants', how: 'counts' });
    expect(check.figures.filter((figure) => figure.claim !== undefined).map((figure) => figure.verdict.status)).toEqual([
      'unchecked',
      'unchecked',
      'consistent',
      'unchecked',
      'consistent',
      'consistent',
    ]);
    expect(claim?.snapshot?.activeParticipants).toBe(1_000_000);
    expect(check.consistent).toBe(true);
  });

  it('a regency whose activity rate divides by the population', () => {
    const check = checkArticle(
      'Per 1 Agustus 2024, peserta JKN Kota Metro tercatat 160.000 jiwa dari jumlah penduduk 172.000 jiwa. ' +
        'Peserta aktif sebanyak 137.600 jiwa, atau tingkat keaktifan 80 persen.',
    );
    expect(roles(check)).toEqual([
      ['160.000 jiwa', 'participants'],
      ['172.000 jiwa', 'population'],
      ['137.600 jiwa', 'active-participants'],
      ['80 persen', 'activity-rate'],
    ]);
    // 137.600 / 172.000 = 80 %; over the participants it would be 86 %.
    expect(check.claims[0]?.activityBase).toEqual({ base: 'population', how: 'counts' });
    expect(check.figures.find((figure) => figure.text === '80 persen')?.base).toBe('population');
    expect(check.figures.find((figure) => figure.text === '80 persen')?.verdict.status).toBe('consistent');
  });

  it('a national figure in juta: what the percentage implies when the population is not printed', () => {
    const check = checkArticle(
      'Secara nasional, hingga 1 Januari 2025 peserta JKN mencapai 278,3 juta jiwa atau 98,3 persen dari total penduduk.',
    );
    expect(roles(check)).toEqual([
      ['278,3 juta jiwa', 'participants'],
      ['98,3 persen', 'coverage'],
    ]);
    const claim = check.claims[0];
    expect([claim?.regionCodes, claim?.asOf]).toEqual([['ID'], '2025-01-01']);
    expect(check.figures.find((figure) => figure.text === '98,3 persen')?.verdict).toEqual({
      status: 'unchecked',
      unchecked: 'one-count-only',
    });
    // 278,25-278,4 juta over 98,25-98,4 %: the population lies in this interval.
    expect(claim?.implied.population?.low).toBeGreaterThan(282_000_000);
    expect(claim?.implied.population?.high).toBeLessThan(284_000_000);
  });

  it('a misprinted percentage: 1.980.000 of 2.050.000 is 96,59 %, printed 97,59', () => {
    const check = checkArticle(
      'Hingga 30 Juni 2024, jumlah peserta JKN Provinsi Bengkulu 1.980.000 jiwa dari total penduduk 2.050.000 jiwa atau 97,59 persen.',
    );
    const printed = check.figures.find((figure) => figure.text === '97,59 persen');
    expect([printed?.role, printed?.regionCodes, printed?.verdict.status, printed?.verdict.likelyCause]).toEqual([
      'coverage',
      ['17'],
      'inconsistent',
      'slipped-digit',
    ]);
    expect(printed?.verdict.computed).toBeCloseTo(96.5854, 4);
    expect(check.consistent).toBe(false);
  });

  it('a paragraph ranking four regencies by coverage gives each its own figure', () => {
    const check = checkArticle(
      'Per Desember 2023, cakupan kepesertaan tertinggi dicapai Kabupaten Klaten 98,5 persen, disusul Kabupaten ' +
        'Lampung Selatan 97,2 persen, Kabupaten Kepahiang 96,1 persen dan Kabupaten Lebong 95,4 persen.',
    );
    expect(
      check.figures.filter((figure) => figure.role === 'coverage').map((figure) => [figure.text, figure.regionCodes, figure.asOf]),
    ).toEqual([
      ['98,5 persen', ['33.10'], '2023-12-31'],
      ['97,2 persen', ['18.01'], '2023-12-31'],
      ['96,1 persen', ['17.08'], '2023-12-31'],
      ['95,4 persen', ['17.07'], '2023-12-31'],
    ]);
    expect(check.claims.map((claim) => claim.regionCodes)).toEqual([['33.10'], ['18.01'], ['17.08'], ['17.07']]);
    expect(check.regions.map((region) => region.text)).toEqual([
      'Kabupaten Klaten',
      'Kabupaten Lampung Selatan',
      'Kabupaten Kepahiang',
      'Kabupaten Lebong',
    ]);
  });

  it('money and phone numbers come out as money and other, with the words that decided', () => {
    const check = checkArticle(
      'Pemerintah Provinsi Lampung menganggarkan Rp 120 miliar dan 5 juta rupiah lagi untuk iuran JKN. ' +
        'Informasi lebih lanjut hubungi call center 165 atau WA 08118165165.',
    );
    expect(check.figures.map((figure) => [figure.text, figure.role, figure.rule, figure.cue])).toEqual([
      ['120 miliar', 'money', 'money', 'Rp'],
      ['5 juta', 'money', 'money', 'rupiah'],
      ['165', 'other', 'phone', 'center'],
      ['08118165165', 'other', 'phone', 'WA'],
    ]);
    expect(check.claims).toEqual([]);
  });

  it('a change of a percentage (turun, naik, or a sign) is a change, not a coverage to check', () => {
    const check = checkArticle(
      'Cakupan JKN Provinsi Lampung per 1 Juli 2024 mencapai 98,46 persen dari 9.051.459 jiwa penduduk, ' +
        'turun 0,42 persen dari tahun lalu; tingkat keaktifan naik 1,5 persen, atau +0,3%, dan 3-4 persen lainnya.',
    );
    expect(check.figures.filter((figure) => figure.rule === 'change').map((figure) => [figure.text, figure.role, figure.cue])).toEqual([
      ['0,42 persen', 'other', 'turun'],
      ['1,5 persen', 'other', 'naik'],
      ['0,3%', 'other', '+'],
    ]);
    // A hyphen between two numbers is a range, not a sign.
    expect(check.figures.find((figure) => figure.text === '4 persen')?.rule).not.toBe('change');
  });

  it('two regions named together are an area of both', () => {
    const check = checkArticle('Cakupan JKN di Jawa Tengah dan DI Yogyakarta per 1 Januari 2024 mencapai 97,5 persen.');
    expect(check.regions).toEqual([{ start: 15, end: 44, text: 'Jawa Tengah dan DI Yogyakarta', codes: ['33', '34'] }]);
    expect(check.claims[0]?.regionCodes).toEqual(['33', '34']);
    expect(check.claims[0]?.snapshot).toBeUndefined();
  });

  it('reads a year-end, a semester and a dateline', () => {
    const check = checkArticle(
      'PALEMBANG, RADARPALEMBANG.COM - Hingga akhir 2024 peserta JKN Provinsi Sumatera Selatan 8.100.000 jiwa ' +
        'dari penduduk semester 1 tahun 2024 sebanyak 8.700.000 jiwa.',
    );
    expect(check.dates.map((date) => [date.text, date.precision, date.asOf ?? date.period, date.governs])).toEqual([
      ['akhir 2024', 'year', '2024-12-31', true],
      ['semester 1 tahun 2024', 'semester', '2024-S1', false],
    ]);
    // "PALEMBANG," opens the line: where the article was written, not what it is about.
    expect(check.regions.map((region) => region.codes)).toEqual([['16']]);
    expect([check.claims[0]?.asOf, check.claims[0]?.populationPeriod]).toEqual(['2024-12-31', '2024-S1']);
  });

  it('checks an uncovered count, active coverage and parts that do not add up; two prints that disagree', () => {
    const check = checkArticle(
      'Hingga 1 Juli 2024, peserta JKN Kabupaten Klaten 1.250.000 jiwa dari penduduk 1.300.000 jiwa; yang belum ' +
        'terdaftar 50.000 jiwa. Peserta aktif 1.000.000 jiwa dan peserta nonaktif 200.000 jiwa, cakupan aktif 76,92 persen. ' +
        'Data lain menyebut peserta 1,4 juta jiwa.',
    );
    expect(
      check.figures
        .filter((figure) => figure.claim !== undefined)
        .map((figure) => [figure.text, figure.role, figure.verdict.status, figure.verdict.likelyCause ?? figure.verdict.unchecked]),
    ).toEqual([
      ['1.250.000 jiwa', 'participants', 'unchecked', 'reference-count'],
      ['1.300.000 jiwa', 'population', 'unchecked', 'reference-count'],
      // 1.300.000 - 1.250.000
      ['50.000 jiwa', 'uncovered', 'consistent', undefined],
      ['1.000.000 jiwa', 'active-participants', 'unchecked', 'reference-count'],
      // 1.000.000 + 200.000 is not 1.250.000: 250.000 would be.
      ['200.000 jiwa', 'non-active', 'inconsistent', 'parts-do-not-add-up'],
      // 1.000.000 / 1.300.000 = 76,923 %
      ['76,92 persen', 'active-coverage', 'consistent', undefined],
      ['1,4 juta jiwa', 'participants', 'inconsistent', 'disagrees-with-other-print'],
    ]);
    expect(check.claims[0]?.consistent).toBe(false);
  });

  it('a count printed with "penduduk" is the population; a claim without a region says so', () => {
    const check = checkArticle('Per 1 Juli 2024 cakupan kepesertaan mencapai 95 persen dari 2.000.000 penduduk.');
    expect(check.figures.find((figure) => figure.text === '2.000.000 penduduk')?.role).toBe('population');
    const claim = check.claims[0];
    expect([claim?.regionCodes, claim?.implied.participants]).toEqual([[], { low: 1_890_000, high: 1_919_999 }]);
    expect(renderArticleCheck(check).split('\n')[0]).toBe('Klaim wilayah tidak diketahui, 2024-07-01');
    expect(renderArticleCheck(check, { locale: 'en' }).split('\n').slice(3, 4)).toEqual(['  implied participants: 1,890,000–1,919,999']);
  });

  it('finds regencies of a name list passed as regionNames, never a bare regency name', () => {
    const kudus = { code: '33.19', name: 'Kabupaten Kudus', level: 'regency' as const };
    const regionNames = [
      { normalized: 'kabupaten kudus', candidates: [kudus] },
      { normalized: 'kudus', candidates: [kudus] },
      { normalized: 'jawa tengah', candidates: [{ code: '33', name: 'Jawa Tengah', level: 'province' as const }] },
    ];
    const text = 'Per Agustus 2024 Kabupaten Kudus di Jawa Tengah mencatat 697.086 peserta aktif. Warga Kudus 874.796 jiwa.';
    const check = checkArticle(text, { regionNames });
    expect(check.regions.map((region) => [region.text, region.codes])).toEqual([
      ['Kabupaten Kudus', ['33.19']],
      ['Jawa Tengah', ['33']],
    ]);
    // The province named after the regency only places it.
    expect(check.figures.find((figure) => figure.text === '697.086 peserta')?.regionCodes).toEqual(['33.19']);
    // The built-in list is the directory's: Kabupaten Kudus is found without one.
    expect(checkArticle(text).figures.find((figure) => figure.text === '697.086 peserta')?.regionCodes).toEqual(['33.19']);
    // A list without Kudus replaces the built-in one: the figure takes the province named after it.
    const withoutKudus = regionNames.filter((form) => !form.normalized.includes('kudus'));
    expect(checkArticle(text, { regionNames: withoutKudus }).figures.find((figure) => figure.text === '697.086 peserta')?.regionCodes).toEqual(['33']);
    expect(() => checkArticle(text, { regionNames: [{ normalized: 1, candidates: [] }] as never })).toThrow(/normalized/u);
    expect(() => checkArticle(text, { regionNames: [{ normalized: 'x', candidates: [{}] }] as never })).toThrow(/code/u);
  });

  it('finds any regency or city of the directory by its prefixed name, and tells a kabupaten from a kota of one name', () => {
    // Written for the tests: Blitar is both a kabupaten (35.05) and a kota (35.72).
    const text = 'Cakupan Kabupaten Blitar mencapai 97,12 persen, sedangkan Kota Blitar 101,80 persen. Kab. Bantul 98,3 persen.';
    const check = checkArticle(text);
    expect(check.regions.map((region) => [region.text, region.codes])).toEqual([
      ['Kabupaten Blitar', ['35.05']],
      ['Kota Blitar', ['35.72']],
      ['Kab. Bantul', ['34.02']],
    ]);
    expect(check.figures.map((figure) => [figure.text, figure.regionCodes])).toEqual([
      ['97,12 persen', ['35.05']],
      ['101,80 persen', ['35.72']],
      ['98,3 persen', ['34.02']],
    ]);
  });
});
