import { describe, expect, it } from 'vitest';
import { defineAwardScheme } from '../../src/awards/award-scheme.js';
import { classifyAward, type AwardClassification } from '../../src/awards/classify-award.js';
import { explainAward } from '../../src/awards/explain-award.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../../src/awards/uhc-awards.js';
import { errorOf } from '../support/caught-error.js';


// Seed 000 (NU Online Lampung): "8.911.770 jiwa dari total penduduk semester II tahun 2023 sebesar 9.051.459 jiwa
// ... tingkat keakifan peserta 67,85 %" (per population): active = round(0.6785 x 9.051.459) = 6.141.415.
const lampung = { population: 9_051_459, participants: 8_911_770, activeParticipants: Math.round(0.6785 * 9_051_459) };

// DOMAIN.md: Kudus 697.086 active / 874.796 population = 79,69%; 850 000 participants is illustrative.
const kudus = { population: 874_796, participants: 850_000, activeParticipants: 697_086 };

describe('explainAward', () => {
  it('says by how much Lampung misses the 2026 Pratama activity cut-off (seed 000, "67,85 %")', () => {
    const result = classifyAward(lampung, UHC_AWARDS_2026);
    const en = explainAward(result, { locale: 'en' }).split('\n');
    expect(en[0]).toBe('UHC Awards 2026: no tier met.');
    const pratama = en.indexOf('Pratama: not met.');
    expect(en.slice(pratama + 1)).toEqual([
      '- coverage 98.46% (needs ≥ 98%): met, 0.46 pp to spare.',
      '- activity rate (active participants / population) 67.85% (needs ≥ 80%): not met, 12.15 pp short (1,099,753 people short).',
      '- Pemda contributions paid up (noContributionArrears) (needs yes): unknown, missing input: flags.noContributionArrears.',
    ]);
    const id = explainAward(result, { locale: 'id' });
    expect(id).toContain(
      '- tingkat keaktifan peserta (peserta aktif / jumlah penduduk) 67,85% (syarat ≥ 80%): tidak terpenuhi, kurang 12,15 poin persentase (kurang 1.099.753 orang).',
    );
    expect(id.split('\n')[0]).toBe('UHC Awards 2026: tidak ada tingkat yang terpenuhi.');
  });

  it('explains Kudus: Madya (published conditions only), Utama 5,31 pp short on activity', () => {
    const result = classifyAward(kudus, UHC_AWARDS_2024);
    expect(explainAward(result, { locale: 'en' }).split('\n')).toEqual([
      'UHC Awards 2024: Madya (published conditions only; the other cut-offs of this tier are not published).',
      'Utama: not met.',
      '- coverage 97.17% (needs ≥ 95%): met, 2.17 pp to spare.',
      '- activity rate (active participants / population) 79.69% (needs ≥ 85%): not met, 5.31 pp short (46,491 people short).',
      '- Pemda contributions paid up (noContributionArrears) (needs yes): unknown, missing input: flags.noContributionArrears.',
      'Madya: met.',
      '- coverage 97.17% (needs ≥ 95%): met, 2.17 pp to spare.',
    ]);
    expect(explainAward(result, { locale: 'id' }).split('\n')[0]).toBe(
      'UHC Awards 2024: Madya (hanya syarat yang dipublikasikan; batas lain tingkat ini tidak dipublikasikan).',
    );
  });

  it('flags an undecided higher tier and renders alternatives and the waiver', () => {
    const result = classifyAward({ population: 1_000, participants: 995, activeParticipants: 960 }, UHC_AWARDS_2026);
    const lines = explainAward(result, { locale: 'en' }).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'UHC Awards 2026: Madya.',
      'A higher tier is not ruled out for lack of data: Utama.',
    ]);
    expect(lines).toContain(
      '- at least one of (Pemda-registered residents >= 18% of population, waived when activity is 100%): unknown.',
    );
    expect(lines).toContain(
      '  - Pemda-registered residents (PBPU Pemda / population) (needs ≥ 18%): unknown, missing input: segments.pbpuPemda.',
    );
    expect(lines).toContain(
      '  - activity rate (active participants / population) 96.00% (needs ≥ 100%): not met, 4.00 pp short (40 people short).',
    );
    expect(lines).toContain(
      '- UHC Prioritas status (uhcPrioritas) (needs yes): unknown, missing input: flags.uhcPrioritas.',
    );
    const madya = lines.indexOf('Madya: met.');
    expect(lines.slice(madya + 1, madya + 4)).toEqual([
      'Alternative 1 of 2: met.',
      '  - coverage 99.50% (needs ≥ 98%): met, 1.50 pp to spare.',
      '  - activity rate (active participants / population) 96.00% (needs ≥ 85%): met, 11.00 pp to spare.',
    ]);
    const id = explainAward(result, { locale: 'id' }).split('\n');
    expect(id[1]).toBe('Tingkat yang lebih tinggi belum dapat dipastikan karena data belum lengkap: Utama.');
    expect(id).toContain('Alternatif 2 dari 2: belum diketahui.');
    expect(id).toContain(
      '- status UHC Prioritas (uhcPrioritas) (syarat ya): belum diketahui, data tidak tersedia: flags.uhcPrioritas.',
    );
  });

  it('formats numbers with Intl for the locale: decimal comma and dot grouping in Indonesian', () => {
    const result = classifyAward({ population: 9_051_459, participants: 8_911_770 }, UHC_AWARDS_2026);
    const id = explainAward(result, { locale: 'id' });
    expect(id).toContain(
      '- cakupan kepesertaan 98,46% (syarat ≥ 99%): tidak terpenuhi, kurang 0,54 poin persentase (kurang 49.175 orang).',
    );
    expect(id).toContain(
      '- tingkat keaktifan peserta (peserta aktif / jumlah penduduk) (syarat ≥ 95%): belum diketahui, data tidak tersedia: activeParticipants.',
    );
  });

  it('renders exact thresholds, tiny margins, other bases, flags and a zero base', () => {
    const scheme = defineAwardScheme({
      id: 'x',
      name: 'Test scheme',
      source: 's',
      tiers: [
        {
          id: 'a',
          name: 'A',
          alternatives: [
            {
              conditions: [
                { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 },
                { kind: 'metric', metric: 'activityRate', base: 'participants', operator: '>', thresholdPct: 99.995 },
                { kind: 'metric', metric: 'pemdaShare', operator: '<=', thresholdPct: 12.5 },
                { kind: 'flag', flag: 'uhcPrioritas', expected: false },
                { kind: 'flag', flag: 'customFlag', expected: true },
              ],
            },
          ],
        },
      ],
    });
    const input = {
      population: 20_000,
      participants: 19_000,
      activeParticipants: 18_999,
      segments: { pbpuPemda: 3_000 },
      flags: { uhcPrioritas: true, customFlag: true },
    };
    expect(explainAward(classifyAward(input, scheme), { locale: 'en' }).split('\n')).toEqual([
      'Test scheme: no tier met.',
      'A: not met.',
      '- coverage 95.00% (needs ≥ 95%): met, exactly at the threshold.',
      '- activity rate (active participants / participants) 99.99% (needs > 99.995%): not met, < 0.01 pp short (1 person short).',
      '- Pemda-registered residents (PBPU Pemda / population) 15.00% (needs ≤ 12.5%): not met, 2.50 pp short.',
      '- UHC Prioritas status (uhcPrioritas) (needs no): not met.',
      '- flag customFlag (needs yes): met.',
    ]);
    const id = explainAward(classifyAward(input, scheme), { locale: 'id' }).split('\n');
    expect(id[2]).toBe('- cakupan kepesertaan 95,00% (syarat ≥ 95%): terpenuhi, tepat di ambang batas.');
    expect(id[3]).toContain('kurang < 0,01 poin persentase');
    expect(id[4]).toBe(
      '- penduduk didaftarkan Pemda (PBPU Pemda / jumlah penduduk) 15,00% (syarat ≤ 12,5%): tidak terpenuhi, kurang 2,50 poin persentase.',
    );
    expect(id[6]).toBe('- penanda customFlag (syarat ya): terpenuhi.');

    const byParticipantsId = explainAward(
      classifyAward({ population: 10, participants: 0, activeParticipants: 0 }, scheme),
      {
        locale: 'id',
      },
    ).split('\n');
    expect(byParticipantsId[3]).toBe(
      '- tingkat keaktifan peserta (peserta aktif / jumlah peserta) (syarat > 99,995%): belum diketahui, pembaginya 0.',
    );
    const zero = explainAward(classifyAward({ population: 0, participants: 0 }, UHC_AWARDS_2023), { locale: 'en' });
    expect(zero.split('\n')).toEqual([
      'UHC Awards 2023: no tier met.',
      'Undecided for lack of data: Penghargaan UHC.',
      'Penghargaan UHC: unknown.',
      '- coverage (needs ≥ 95%): unknown, the base is 0.',
    ]);
  });

  it('renders a disjunction without a note', () => {
    const scheme = defineAwardScheme({
      id: 'y',
      name: 'Either',
      source: 's',
      tiers: [
        {
          id: 'a',
          name: 'A',
          alternatives: [
            {
              conditions: [
                {
                  kind: 'any',
                  conditions: [
                    { kind: 'flag', flag: 'uhcPrioritas', expected: true },
                    { kind: 'metric', metric: 'coverage', operator: '>=', thresholdPct: 95 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(
      explainAward(classifyAward({ population: 20, participants: 19 }, scheme), { locale: 'en' })
        .split('\n')
        .slice(2),
    ).toEqual([
      '- at least one of: met.',
      '  - UHC Prioritas status (uhcPrioritas) (needs yes): unknown, missing input: flags.uhcPrioritas.',
      '  - coverage 95.00% (needs ≥ 95%): met, exactly at the threshold.',
    ]);
  });

  it('names the met tier without the incomplete remark when the tier is complete', () => {
    const result = classifyAward({ population: 100_000, participants: 96_000 }, UHC_AWARDS_2023);
    expect(explainAward(result, { locale: 'id' })).toBe(
      'UHC Awards 2023: Penghargaan UHC.\nPenghargaan UHC: terpenuhi.\n- cakupan kepesertaan 96,00% (syarat ≥ 95%): terpenuhi, lebih 1,00 poin persentase.',
    );
  });

  it('rejects a classification it did not build and bad options', () => {
    const result = classifyAward({ population: 100, participants: 96 }, UHC_AWARDS_2023);
    expect(errorOf(() => explainAward({ ...result } as AwardClassification))).toEqual({
      code: 'INVALID_TYPE',
      path: ['classification'],
    });
    expect(errorOf(() => explainAward(result, { locale: 'fr' } as never))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'locale'],
    });
    expect(errorOf(() => explainAward(result, { language: 'id' } as never))).toEqual({
      code: 'INVALID_OPTION',
      path: ['options', 'language'],
    });
    expect(errorOf(() => explainAward(result, 'id' as never))).toEqual({ code: 'INVALID_TYPE', path: ['options'] });
  });
});
