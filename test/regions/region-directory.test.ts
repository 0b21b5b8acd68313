import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRegionDirectory } from '../../scripts/generate-region-directory.js';
import { PROVINCES } from '../../src/models/provinces.js';
import { lookupRegion } from '../../src/regions/lookup-region.js';
import { DIRECTORY_DISTRICTS, DIRECTORY_PROVINCES, DIRECTORY_REGENCIES } from '../../src/regions/region-directory.js';
import { DIRECTORY_VILLAGES } from '../../src/villages/directory-villages.js';
import { areaRows } from './area-data.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the region directory', () => {
  it.each([
    ['provinces.csv', 'province', DIRECTORY_PROVINCES, 38],
    ['regencies.csv', 'regency', DIRECTORY_REGENCIES, 514],
    ['districts.csv', 'district', DIRECTORY_DISTRICTS, 7285],
    ['villages.csv', 'village', DIRECTORY_VILLAGES, 83762],
  ] as const)('holds every row of %s, in order, as %s records (%#)', (file, level, records, count) => {
    // The counts are those of issue 12 ("38 provinces, 514 regencies and cities, 7 285 districts, 83 762 villages").
    expect(records).toHaveLength(count);
    expect(records).toEqual(areaRows(file).map((row) => ({ ...row, level })));
  });

  it('is frozen, tables and records', () => {
    expect(Object.isFrozen(DIRECTORY_REGENCIES)).toBe(true);
    expect(Object.isFrozen(DIRECTORY_VILLAGES[0])).toBe(true);
  });

  it('is what the generator makes from the CSV files, byte for byte', () => {
    for (const file of generateRegionDirectory()) {
      expect(readFileSync(join(ROOT, file.path), 'utf8') === file.text, file.path).toBe(true);
    }
  });

  it("agrees with the library's 38-province table: same codes in the same order, each name resolving to its code", () => {
    expect(DIRECTORY_PROVINCES.map((province) => province.code)).toEqual(PROVINCES.map((province) => province.code));
    for (const province of PROVINCES) {
      expect(lookupRegion(province.name, { levels: ['province'] }), province.name).toMatchObject({
        status: 'found',
        region: { code: province.code },
      });
    }
    // The names differ only where the library abbreviates: "DKI" and "DI".
    const differing = PROVINCES.filter((province, index) => province.name !== DIRECTORY_PROVINCES[index]?.name);
    expect(differing.map((province) => [province.name, DIRECTORY_PROVINCES.find((entry) => entry.code === province.code)?.name])).toEqual([
      ['DKI Jakarta', 'Daerah Khusus Ibukota Jakarta'],
      ['DI Yogyakarta', 'Daerah Istimewa Yogyakarta'],
    ]);
  });

  it('gives each regency a name that says kabupaten (KK 01-69) or kota (KK 71-99) as its code does', () => {
    const wrong = DIRECTORY_REGENCIES.filter(
      (regency) => regency.name.startsWith('Kabupaten ') !== Number(regency.code.slice(3)) < 70 ||
        !/^(Kabupaten|Kota) /.test(regency.name),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the generator', () => {
  it('rejects a CSV whose rows are out of order or under the wrong parent', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { AREA_DATA_DIR } = await import('../../scripts/generate-region-directory.js');
    const dir = mkdtempSync(join(tmpdir(), 'area-data-'));
    for (const file of ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv']) {
      copyFileSync(join(AREA_DATA_DIR, file), join(dir, file));
    }
    writeFileSync(join(dir, 'regencies.csv'), 'code,province_code,name\n11.02,11,Kabupaten B\n11.01,11,Kabupaten A\n');
    expect(() => generateRegionDirectory(dir)).toThrow(/out of order/);
    writeFileSync(join(dir, 'regencies.csv'), 'code,province_code,name\n11.01,12,Kabupaten A\n');
    expect(() => generateRegionDirectory(dir)).toThrow(/lists parent 12/);
    writeFileSync(join(dir, 'regencies.csv'), 'code,province_code,name\n11.01,11,Kabupaten A|B\n');
    expect(() => generateRegionDirectory(dir)).toThrow(/has name/);
  });
});
