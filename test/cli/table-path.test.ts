// Tables the command's own reader does not cover (names, months, non-active counts, branches)
// go through the library's snapshotsFromRows with the region directory's name lookup.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './run-in-process.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'kepesertaan-kabupaten-2024.csv');
type Row = Record<string, string | number | null>;

describe('report on a table as exported (issue 12 fixture)', () => {
  it('resolves names, reads months and day-first dates, and reports every bad row by its line', async () => {
    const { code, stdout, stderr } = await run(['report', FIXTURE, '--date-format', 'dd/mm/yyyy']);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      `uhc-metrics: ${FIXTURE}, line 7, column "Kabupaten/Kota": "Blitar" names more than one region (Kabupaten Blitar 35.05, Kota Blitar 35.72): write it in full or give the code`,
      `uhc-metrics: ${FIXTURE}, line 8, column "Kabupaten/Kota": "Kab. Lampung Tenggara" names no region (nearest: Kabupaten Lampung Tengah 18.02, Kabupaten Lampung Utara 18.03, Kabupaten Maluku Tenggara 81.02)`,
      `uhc-metrics: ${FIXTURE}, line 9, column "Jumlah Peserta": "1.2O9.000" must be a printed figure in locale 'id' ('.' groups thousands and must be followed by exactly three digits in "1.2O9.000")`,
      `uhc-metrics: ${FIXTURE}: 3 problems; 6 of 9 rows reported`,
      '',
    ]);
    // "Juli 2024" without a day is the month's last day; "01/07/2024" is 1 July.
    expect((JSON.parse(stdout) as Row[]).map((row) => [row['regionCode'], row['name'], row['asOf'], row['participants'], row['activeParticipants']])).toEqual([
      ['18.01', 'Kab. Lampung Selatan', '2024-07-01', 1058127, 741302],
      ['18.72', 'KOTA METRO', '2024-07-31', 178513, 140000],
      ['18.07', 'Kabupaten Lampung Timur', '2024-07-31', 1061903, 702557],
      ['18.02', 'Kab Lampung Tengah', '2024-07-31', 1429878, 963011],
      ['18.08', 'Kab. Way Kanan', '2024-07-01', 470912, 301220],
      ['18.72', 'KOTA METRO', '2024-08-31', 178950, 141200],
    ]);
  });

  it('reports day-first dates as problems unless --date-format says so', async () => {
    const { code, stderr } = await run(['report', FIXTURE]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${FIXTURE}, line 2, column "Tanggal": "01/07/2024"`);
  });

  it('scopes names to --province', async () => {
    const table = 'Kabupaten/Kota;Bulan;Jumlah Penduduk;Jumlah Peserta\nBlitar;Juli 2024;100;96\nKota Metro;Agustus 2024;200;190\n';
    const { code, stdout, stderr } = await run(['report', '-', '--province', '18'], { stdin: [table] });
    expect(code).toBe(1);
    expect(stderr).toBe('uhc-metrics: standard input, line 2, column "Kabupaten/Kota": "Blitar" names no region\nuhc-metrics: standard input: 1 problem; 1 of 2 rows reported\n');
    expect((JSON.parse(stdout) as Row[]).map((row) => [row['regionCode'], row['asOf'], row['coveragePct']])).toEqual([['18.72', '2024-08-31', 95]]);
    expect((await run(['report', '-', '--province', '1'], { stdin: [table] })).stderr).toBe(
      'uhc-metrics: --province must be a two-digit province code such as 18, got "1"\nSee \'uhc-metrics report --help\'.\n',
    );
  });

  it('refuses a table with two name columns, naming --columns', async () => {
    const table = 'Kabupaten;Kota;Bulan;Jumlah Penduduk;Jumlah Peserta\nKlaten;Metro;Juli 2024;10;9\n';
    expect(await run(['report', '-'], { stdin: [table] })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'uhc-metrics: standard input: regionName is a second column for regionName (first: "Kabupaten"): map the right one with --columns, got "Kota"\n',
    });
  });

  it('maps a name column given with --columns name=...', async () => {
    const table = 'Daerah Tingkat II;Bulan;Jumlah Penduduk;Jumlah Peserta\nKota Metro;Agustus 2024;200;190\n';
    const { code, stdout } = await run(['report', '-', '--columns', 'name=Daerah Tingkat II'], { stdin: [table] });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Row[]).map((row) => [row['regionCode'], row['name']])).toEqual([['18.72', 'Kota Metro']]);
  });
});
