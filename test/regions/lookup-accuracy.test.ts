// Issue 12, "done when": every one of the 514 regency and city names, in at least four written
// forms each, resolves to its code or is reported ambiguous exactly when it truly is. What is
// truly ambiguous is derived here from the CSV file itself, not from the lookup's own tables.
import { describe, expect, it } from 'vitest';
import type { RegionLookup } from '../../src/models/region-lookup.js';
import { lookupRegion } from '../../src/regions/lookup-region.js';
import { areaRows, type AreaRow } from './area-data.js';

const regencies = areaRows('regencies.csv');

/** "Kabupaten Administrasi Kepulauan Seribu" -> kind 'kabupaten', bare 'Kepulauan Seribu'. */
function read(row: AreaRow): { readonly kind: 'kabupaten' | 'kota'; readonly bare: string } {
  const match = /^(Kabupaten|Kota) (?:Administrasi )?(.+)$/.exec(row.name);
  if (match === null) throw new Error(`not a regency name: ${row.name}`);
  return { kind: match[1] === 'Kabupaten' ? 'kabupaten' : 'kota', bare: match[2] as string };
}

/** Letters and digits only, lower case: how a reader would say two names are "the same". */
const same = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The codes of the regencies whose bare name is the same as `row`'s, optionally of its kind or province only. */
function namesakes(row: AreaRow, { sameKind = false, sameProvince = false } = {}): string[] {
  const { kind, bare } = read(row);
  return regencies
    .filter((other) => same(read(other).bare) === same(bare))
    .filter((other) => !sameKind || read(other).kind === kind)
    .filter((other) => !sameProvince || other.parentCode === row.parentCode)
    .map((other) => other.code);
}

/** What a lookup's answer comes to: the one code, or every candidate's. */
function codesOf(answer: RegionLookup): { readonly status: string; readonly codes: readonly string[] } {
  switch (answer.status) {
    case 'found':
      return { status: 'found', codes: [answer.region.code] };
    case 'ambiguous':
      return { status: 'ambiguous', codes: answer.candidates.map((candidate) => candidate.code) };
    default:
      return { status: 'unknown', codes: [] };
  }
}

/** The answer expected when `codes` are all the regions a form can stand for. */
const expected = (codes: readonly string[]): { status: string; codes: readonly string[] } => ({
  status: codes.length === 1 ? 'found' : 'ambiguous',
  codes,
});

/** One accent on the first vowel: "Klaten" -> "Kláten". */
const accented = (name: string): string => name.replace(/[aeiou]/, (vowel) => `${vowel}\u0301`);

describe('name lookup over all 514 regencies and cities', () => {
  it('reads the 514 names of the directory', () => {
    expect(regencies).toHaveLength(514);
  });

  it('finds 26 bare names shared by a kabupaten and a kota, as issue 12 says, Bekasi, Bogor, Blitar and Pekalongan among them', () => {
    const shared = new Map<string, Set<string>>();
    for (const row of regencies) {
      const { kind, bare } = read(row);
      shared.set(same(bare), (shared.get(same(bare)) ?? new Set()).add(kind));
    }
    const both = [...shared].filter(([, kinds]) => kinds.size === 2).map(([name]) => name);
    expect(both).toHaveLength(26);
    expect(both).toEqual(expect.arrayContaining(['bekasi', 'bogor', 'blitar', 'pekalongan']));
    // No bare name is shared otherwise (two kabupaten, or more than two regions).
    expect(regencies.filter((row) => namesakes(row).length > 2 || namesakes(row, { sameKind: true }).length > 1)).toEqual([]);
  });

  it.each(regencies.map((row) => [row.name, row] as const))('%s: four qualified forms resolve to its code', (_, row) => {
    const { kind, bare } = read(row);
    const codes = namesakes(row, { sameKind: true });
    const forms = [
      row.name,
      kind === 'kabupaten' ? `Kab. ${bare}` : `Kota ${bare}`,
      `${kind === 'kabupaten' ? 'KAB' : 'KOTA'} ${bare.toUpperCase()}`,
      `  ${kind}   ${accented(bare).toLowerCase()}.`,
    ];
    for (const form of forms) expect(codesOf(lookupRegion(form)), form).toEqual(expected(codes));
  });

  it.each(regencies.map((row) => [row.name, row] as const))('%s: the bare name is found, or ambiguous exactly when shared', (_, row) => {
    const { bare } = read(row);
    expect(codesOf(lookupRegion(bare, { levels: ['regency'] })), bare).toEqual(expected(namesakes(row)));
    expect(codesOf(lookupRegion(bare.toUpperCase().replace(/ /g, ''), { levels: ['regency'] }))).toEqual(expected(namesakes(row)));
    expect(codesOf(lookupRegion(bare, { levels: ['regency'], province: row.parentCode }))).toEqual(
      expected(namesakes(row, { sameProvince: true })),
    );
  });

  it('lists both candidates of a shared name in code order, and never names one of them found', () => {
    expect(lookupRegion('Bekasi', { levels: ['regency'] })).toEqual({
      status: 'ambiguous',
      query: 'Bekasi',
      candidates: [
        { code: '32.16', name: 'Kabupaten Bekasi', level: 'regency' },
        { code: '32.75', name: 'Kota Bekasi', level: 'regency' },
      ],
    });
  });
});
