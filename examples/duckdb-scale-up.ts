// Scaling up with DuckDB (in-process, nothing to start): a Parquet file of village snapshots is
// aggregated to regencies in SQL, and the sums go to uhc-metrics as columns, for targets, ranks
// and awards. Person-level records belong in the database; region-by-date counts in the library.
// The village counts are generated, not published figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { UHC_2015_2019, UHC_AWARDS_2026, classifyAward, formatPercent, tableCountMeeting, tableFromColumns, tableRank, tableRow } from 'uhc-metrics';

const directory = mkdtempSync(join(tmpdir(), 'uhc-duckdb-'));
const parquet = join(directory, 'villages.parquet');
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
try {
  // 1. A Parquet file of village snapshots: Lampung's 13 kabupaten, 10 districts of 10 villages
  //    each, 12 months of 2024 (15 600 rows), counts from a hash so that every run is the same.
  await connection.run(`
    COPY (
      SELECT printf('18.%02d.%02d.%d', r, d, 2000 + v) AS region_code,
             make_date(2024, m::INTEGER, 1) AS as_of,
             (300 + hash(r, d, v) % 29700)::INTEGER AS population,
             least(population, floor(population * (0.85 + (hash(r, d, v, m) % 100) / 1000 + r / 130)))::INTEGER AS participants,
             floor(participants * 0.9)::INTEGER AS active_participants
      FROM range(1, 14) t1(r), range(1, 11) t2(d), range(1, 11) t3(v), range(1, 13) t4(m)
    ) TO '${parquet}' (FORMAT parquet)`);

  // 2. Aggregate in SQL: villages to regencies per month. Dates go out as ISO text; sums as
  //    BIGINT (JavaScript bigints, converted to typed columns here).
  const reader = await connection.runAndReadAll(`
    SELECT left(region_code, 5) AS regency, strftime(as_of, '%Y-%m-%d') AS as_of,
           sum(population) AS population, sum(participants) AS participants,
           sum(active_participants) AS active_participants
    FROM read_parquet('${parquet}') GROUP BY ALL ORDER BY ALL`);
  const columns = reader.getColumnsObjectJS() as Record<string, unknown[]>;
  const villageRows = (await connection.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${parquet}')`)).getColumnsObjectJS()['n']?.[0];
  const counts = (name: string): BigInt64Array => BigInt64Array.from(columns[name] as bigint[]);

  // 3. The library takes the columns (BigInt64Array, as an Arrow Int64 column's toArray() gives).
  const table = tableFromColumns({
    regionCode: columns['regency'] as string[],
    asOf: columns['as_of'] as string[],
    population: counts('population'),
    participants: counts('participants'),
    activeParticipants: counts('active_participants'),
  });
  console.log(`${table.rowCount} regency-months from ${String(villageRows)} village snapshots, ${table.dates.length} months`);

  const tally = tableCountMeeting(table, UHC_2015_2019);
  const last = table.dates.length - 1;
  console.log(`regencies at or above 95% in ${table.dates[last]}: ${tally.met[last]} of ${(tally.met[last] ?? 0) + (tally.notMet[last] ?? 0)}`);

  const rank = tableRank(table);
  const start = rank.dateOffsets[last] ?? 0;
  console.log(`top three in ${table.dates[last]}, with their UHC Awards 2026 tier:`);
  for (const row of rank.order.subarray(start, start + 3)) {
    const regency = tableRow(table, row);
    // Flags and segments are not in this data: tiers needing them stay undecided, not failed.
    const { population, participants, activeParticipants } = regency;
    const award = classifyAward({ population, participants, ...(activeParticipants === undefined ? {} : { activeParticipants }) }, UHC_AWARDS_2026);
    const tier = award.tier?.id ?? `no tier met, undecided: ${award.undecidedHigherTierIds.join(', ')}`;
    const coverage = formatPercent((regency.participants / regency.population) * 100);
    console.log(`  ${rank.ranks[row]}. ${regency.regionCode}: coverage ${coverage}, ${tier}`);
  }
} finally {
  connection.closeSync();
  instance.closeSync();
  rmSync(directory, { recursive: true, force: true });
}
