// The CSV files of idn-area-data read directly with csv-parse, so the directory is compared with
// its source and not with its own encoding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AREA_DATA_DIR } from '../../scripts/generate-region-directory.js';

/** One row of a CSV file: its code, the parent code it lists ('ID' for provinces) and its name. */
export interface AreaRow {
  readonly code: string;
  readonly parentCode: string;
  readonly name: string;
}

/** The rows of `provinces.csv`, `regencies.csv`, `districts.csv` or `villages.csv`. */
export function areaRows(file: string): AreaRow[] {
  const records = parse(readFileSync(join(AREA_DATA_DIR, file), 'utf8'), { columns: true }) as Record<string, string>[];
  return records.map((record) => ({
    code: record['code'] ?? '',
    parentCode: record['province_code'] ?? record['regency_code'] ?? record['district_code'] ?? 'ID',
    name: record['name'] ?? '',
  }));
}
