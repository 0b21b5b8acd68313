// The batches that feed a table's records to a rows-to-snapshots function: lines, columns and
// months kept right across batches. The function here is the library's safeCreateSnapshot per
// record, standing for the table reader the command uses for names and months.
import { describe, expect, it } from 'vitest';
import { RowCollector, type RowIssue } from '../../src/cli/collect-rows.js';
import { SnapshotBatches, tableDay, type RowsToSnapshots } from '../../src/cli/snapshot-batches.js';
import { safeCreateSnapshot } from '../../src/index.js';

const header = ['kode', 'nama', 'tanggal', 'penduduk', 'peserta'];

/** Each record through safeCreateSnapshot; a problem becomes an issue worded as the table reader words it. */
const perRecord: RowsToSnapshots = (rows) => {
  const snapshots = [];
  const snapshotRows = [];
  const issues = [];
  for (const [index, row] of rows.entries()) {
    const result = safeCreateSnapshot({ regionCode: row['kode'], asOf: row['tanggal'], population: row['penduduk'], participants: row['peserta'] });
    if (result.success) {
      snapshots.push(result.output);
      snapshotRows.push(index);
    } else {
      issues.push({ row: index, column: 'penduduk', reason: result.issues[0]?.message ?? '' });
    }
  }
  return { snapshots, snapshotRows, issues: [{ reason: 'names no field' }, ...issues] };
};

describe('SnapshotBatches', () => {
  it('keeps every row of several batches with its own line, and says a column problem once', () => {
    const issues: RowIssue[] = [];
    const collector = new RowCollector(header, { regionCode: 0, name: 1, asOf: 2, population: 3, participants: 4 }, 'yyyy-mm-dd', 'line', (issue) => issues.push(issue));
    const batches = new SnapshotBatches(header, perRecord, (snapshot, line, cells) => collector.addSnapshot(snapshot, line, cells), (issue) => issues.push(issue));
    const rows = 10_000;
    for (let index = 0; index < rows; index += 1) {
      const day = new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10);
      batches.add(['18.72', `Metro ${index % 3}`, day, index === 5000 ? '12x' : '100', '96'], index + 2);
    }
    batches.flush();
    const kept = collector.finish();
    expect(kept.count).toBe(rows - 1);
    expect(kept.lines[4999]).toBe(5001);
    expect(kept.lines[5000]).toBe(5003);
    expect(kept.names?.slice(0, 4)).toEqual(['Metro 0', 'Metro 1', 'Metro 2', 'Metro 0']);
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([[1, undefined], [5002, 'penduduk']]);
    expect(issues[1]?.message).toMatch(/^population must be/);
  });

  it('holds a month as its last day', () => {
    expect([tableDay('2024-02'), tableDay('2023-02'), tableDay('2024-12'), tableDay('2024-07-01')]).toEqual(['2024-02-29', '2023-02-28', '2024-12-31', '2024-07-01']);
    expect([tableDay('2024-13'), tableDay('2024-02-30')]).toEqual([undefined, undefined]);
    const issues: RowIssue[] = [];
    const collector = new RowCollector(header, { regionCode: 0, asOf: 2, population: 3, participants: 4 }, 'yyyy-mm-dd', 'line', (issue) => issues.push(issue));
    collector.addSnapshot({ regionCode: '18', asOf: '2024-08', population: 10, participants: 9, activeParticipants: 5 }, 2, []);
    collector.addSnapshot({ regionCode: '18', asOf: 'Agustus', population: 10, participants: 9 }, 3, []);
    expect(issues).toEqual([{ unit: 'line', line: 3, column: 'tanggal', message: '"Agustus" is not a date the table can hold' }]);
    const kept = collector.finish();
    expect([kept.asOf, kept.hasActive, Array.from(kept.activeParticipants)]).toEqual([['2024-08-31'], true, [5]]);
  });
});
