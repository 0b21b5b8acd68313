// The scale-up path end to end (issue 18): DuckDB, in-process, writes generated village
// snapshots to Parquet and sums them to regencies in SQL; the sums reach the library as Arrow
// columns. They must equal the library's own roll-up of the same villages, and so must every
// rank and tally computed from them. The counts are generated, not published figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import * as arrow from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCountMeeting } from '../../src/bulk/table-count-meeting.js';
import { UHC_2015_2019 } from '../../src/metrics/target-presets.js';
import { tableFromColumns } from '../../src/bulk/table-from-columns.js';
import { tableRank } from '../../src/bulk/table-rank.js';
import { tableRollUp } from '../../src/bulk/table-roll-up.js';
import { tableRow } from '../../src/bulk/table-row.js';
import type { SnapshotTable } from '../../src/bulk/snapshot-table.js';

let directory: string;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'uhc-duckdb-test-'));
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  // 3 regencies x 4 districts x 5 villages x 3 months, rows shuffled by a hash; one village in
  // ten reports no active participants, so its regency's sum is absent too.
  await connection.run(`
    COPY (
      SELECT printf('%s.%02d.%d', regency, d, 2000 + v) AS region_code,
             make_date(2024, m::INTEGER, 1) AS as_of,
             (300 + hash(regency, d, v) % 29700)::INTEGER AS population,
             floor(population * (0.8 + (hash(regency, d, v, m) % 250) / 1000))::INTEGER AS participants,
             CASE WHEN hash(regency, d, v) % 10 = 0 THEN NULL ELSE floor(participants * 0.8)::INTEGER END AS active_participants
      FROM (VALUES ('18.01'), ('18.72'), ('33.10')) t0(regency), range(1, 5) t1(d), range(1, 6) t2(v), range(1, 4) t3(m)
      ORDER BY hash(region_code, m)
    ) TO '${join(directory, 'villages.parquet')}' (FORMAT parquet)`);
}, 60_000);

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
  rmSync(directory, { recursive: true, force: true });
});

async function columnsOf(sql: string): Promise<Record<string, unknown[]>> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getColumnsObjectJS() as Record<string, unknown[]>;
}

const rowsOf = (table: SnapshotTable): unknown[] => Array.from({ length: table.rowCount }, (_, row) => tableRow(table, row));

describe('DuckDB to uhc-metrics', () => {
  it('SQL sums handed over as Arrow columns equal the library roll-up of the villages, and so do ranks and tallies', async () => {
    const parquet = join(directory, 'villages.parquet');
    const villages = await columnsOf(`SELECT region_code, strftime(as_of, '%Y-%m-%d') AS as_of, population, participants, active_participants FROM read_parquet('${parquet}')`);
    expect(villages['region_code']).toHaveLength(180);
    const villageTable = tableFromColumns({
      regionCode: villages['region_code'] as string[],
      asOf: villages['as_of'] as string[],
      population: villages['population'] as number[],
      participants: villages['participants'] as number[],
      activeParticipants: (villages['active_participants'] as (number | null)[]).map((value) => value ?? undefined),
    });
    const rolledUp = tableRollUp(villageTable, { to: 'regency' }).parents;

    const sums = await columnsOf(`
      SELECT left(region_code, 5) AS regency, strftime(as_of, '%Y-%m-%d') AS as_of,
             sum(population) AS population, sum(participants) AS participants,
             CASE WHEN count(active_participants) = count(*) THEN sum(active_participants) END AS active_participants
      FROM read_parquet('${parquet}') GROUP BY ALL ORDER BY ALL`);
    const arrowTable = arrow.tableFromArrays({
      regency: sums['regency'] as string[],
      asOf: sums['as_of'] as string[],
      population: BigInt64Array.from(sums['population'] as bigint[]),
      participants: BigInt64Array.from(sums['participants'] as bigint[]),
    });
    const active = arrow.vectorFromArray(sums['active_participants'] as (bigint | null)[], new arrow.Int64());
    const fromSql = tableFromColumns({
      regionCode: arrowTable.getChild('regency')!,
      asOf: arrowTable.getChild('asOf')!,
      population: arrowTable.getChild('population')!,
      participants: arrowTable.getChild('participants')!,
      activeParticipants: active,
    });

    expect(fromSql.rowCount).toBe(9);
    expect(rowsOf(fromSql)).toEqual(rowsOf(rolledUp));
    expect(rowsOf(fromSql).some((row) => (row as { activeParticipants?: number }).activeParticipants === undefined)).toBe(true);
    expect(Array.from(tableRank(fromSql).ranks)).toEqual(Array.from(tableRank(rolledUp).ranks));
    expect(tableCountMeeting(fromSql, UHC_2015_2019)).toEqual(tableCountMeeting(rolledUp, UHC_2015_2019));
  });
});
