// The command in this process (so that coverage sees it): arguments, help, exit codes, every
// output format, row issues, unreadable inputs, --out and the progress indicator.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyAward, UHC_AWARDS_2024 } from '../../src/index.js';
import { MAIN_HELP, RANK_HELP, REPORT_HELP } from '../../src/cli/help.js';
import { runInProcess as run } from './run-in-process.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cli');
const fixture = (name: string): string => join(FIXTURES, name);
const LAMPUNG = fixture('lampung.csv');
const work = mkdtempSync(join(tmpdir(), 'uhc-cli-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Row = Record<string, string | number | null>;
const json = (text: string): Row[] => JSON.parse(text) as Row[];

describe('arguments', () => {
  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints the help of the command and of each subcommand, each with an example', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: MAIN_HELP, stderr: '' });
    expect(await run(['report', '--help'])).toEqual({ code: 0, stdout: REPORT_HELP, stderr: '' });
    expect(await run(['rank', '-h'])).toEqual({ code: 0, stdout: RANK_HELP, stderr: '' });
    for (const help of [REPORT_HELP, RANK_HELP]) expect(help).toMatch(/\nExample:\n {2}uhc-metrics \w+ \S+\.csv/);
  });

  it.each([
    [[], 'uhc-metrics: give a command\nSee \'uhc-metrics --help\'.\n'],
    [['plot', 'x.csv'], 'uhc-metrics: unknown command "plot"\nSee \'uhc-metrics --help\'.\n'],
    [['report'], 'uhc-metrics: give the file to read (or - for standard input)\nSee \'uhc-metrics report --help\'.\n'],
    [['report', 'a.csv', 'b.csv'], 'uhc-metrics: one file at a time; unexpected "b.csv"\nSee \'uhc-metrics report --help\'.\n'],
    [['report', 'a.csv', '--colour'], "uhc-metrics: Unknown option '--colour'\nSee 'uhc-metrics report --help'.\n"],
    [['report', 'a.csv', '--format', 'xlsx'], 'uhc-metrics: --format must be one of table, md, csv, json, got "xlsx"\nSee \'uhc-metrics report --help\'.\n'],
    [['report', 'a.csv', '--lang', 'jv'], 'uhc-metrics: --lang must be one of id, en, got "jv"\nSee \'uhc-metrics report --help\'.\n'],
    [['report', 'a.csv', '--awards', '2025'], 'uhc-metrics: --awards must be one of 2023, 2024, 2026, got "2025"\nSee \'uhc-metrics report --help\'.\n'],
    [['report', 'a.csv', '--columns', 'kode=x'], 'uhc-metrics: --columns: unknown field "kode" (fields: regionCode, name, asOf, population, participants, activeParticipants)\nSee \'uhc-metrics report --help\'.\n'],
    [['report', 'a.csv', '--columns', 'asOf'], "uhc-metrics: --columns: give the header of asOf as asOf=<header>\nSee 'uhc-metrics report --help'.\n"],
    [['rank', 'a.csv', '--top', '0'], 'uhc-metrics: --top must be a whole number of places, 1 or more, got "0"\nSee \'uhc-metrics rank --help\'.\n'],
    [['rank', 'a.csv', '--by', 'name'], 'uhc-metrics: --by must be one of coverage, active-coverage, activity, participants, population, got "name"\nSee \'uhc-metrics rank --help\'.\n'],
    [['report', 'a.csv', '--target', 'uhc-100'], 'uhc-metrics: --target: "uhc-100" is not a preset (uhc-95, rpjmn-2024, bpjs-2025, rpjmn-2029) or a .json file\n'],
  ])('refuses %j with exit 2 and one message, before reading any file', async (argv, stderr) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('report', () => {
  it('gives coverage, the target check and the rank of every row (JSON when not on a terminal)', async () => {
    const { code, stdout, stderr } = await run(['report', LAMPUNG]);
    expect([code, stderr]).toEqual([0, '']);
    const rows = json(stdout);
    expect(rows.map((row) => row['regionCode'])).toEqual(['18.01', '18.02', '18.07', '18.10', '18.71', '18.72']);
    const timur = rows[2] as Row;
    // 95% of 1.134.515 is 1.077.789,25: 1.077.790 participants meet it, 15.887 more than 1.061.903.
    expect(timur).toMatchObject({ name: 'Lampung Timur', level: 'regency', asOf: '2024-07-01', population: 1134515, participants: 1061903, activeParticipants: 702557 });
    expect(timur).toMatchObject({ target: 'UHC_2015_2019', status: 'not-met', peopleShort: 15887, activityBase: 'population', rank: 6 });
    expect(timur['coveragePct']).toBeCloseTo((1061903 / 1134515) * 100, 10);
    expect(timur['activityRatePct']).toBeCloseTo((702557 / 1134515) * 100, 10);
    expect(timur['gapPp']).toBeCloseTo(95 - (1061903 / 1134515) * 100, 10);
    // Bandar Lampung (101,12%) first, then Metro, Pringsewu, Lampung Selatan, Lampung Tengah, Lampung Timur.
    expect(rows.map((row) => row['rank'])).toEqual([4, 5, 6, 3, 1, 2]);
  });

  it('rolls up to the province and checks another target (the CSV guide: 53.025 people short of 98%)', async () => {
    const { code, stdout } = await run(['report', LAMPUNG, '--target', 'rpjmn-2024', '--roll-up', 'province']);
    expect(code).toBe(0);
    const rows = json(stdout);
    expect(rows).toHaveLength(7);
    expect(rows[6]).toMatchObject({
      regionCode: '18', name: 'Lampung', level: 'province', population: 5399485, participants: 5238471,
      activeParticipants: 3678620, target: 'RPJMN_2020_2024', status: 'not-met', peopleShort: 53025, rank: 1,
    });
    expect(rows[2]).toMatchObject({ regionCode: '18.07', peopleShort: 49922 });
  });

  it('rolls up to areas of a JSON file (branch offices by name or code), ranked among the areas', async () => {
    const areas = join(work, 'branches.json');
    writeFileSync(areas, JSON.stringify([
      { id: 'kc-metro', name: 'KC Metro', members: ['Kota Metro', 'Kab. Lampung Tengah', 'Kab. Lampung Timur'] },
      { id: 'kc-kalianda', name: 'KC Kalianda', members: ['18.01', '18.03'] },
    ]));
    const { code, stdout } = await run(['report', LAMPUNG, '--roll-up', areas]);
    expect(code).toBe(0);
    const rows = json(stdout);
    expect(rows).toHaveLength(8);
    // Metro, Lampung Tengah and Lampung Timur: 2.662.756 of 2.809.910 (94,76%); 95% needs 2.669.415.
    expect(rows[6]).toMatchObject({
      regionCode: 'kc-metro', name: 'KC Metro', level: 'area', asOf: '2024-07-01', population: 2809910, participants: 2662756,
      activeParticipants: 133050 + 963011 + 702557, status: 'not-met', peopleShort: 6659, rank: 2,
    });
    // 18.03 (Lampung Utara) is not in the table: the row says so in its name.
    expect(rows[7]).toMatchObject({ regionCode: 'kc-kalianda', name: 'KC Kalianda (- 18.03)', population: 1077664, status: 'met', rank: 1 });
    const table = (await run(['report', LAMPUNG, '--roll-up', areas, '--format', 'table'])).stdout;
    expect(table).toMatch(/kc-metro +KC Metro +area +2024-07-01 +2\.809\.910 +2\.662\.756/u);
  });

  it.each([
    [[{ id: 'x', members: ['Blitar'] }], /area 1: members\[0\] names more than one region \(Kabupaten Blitar 35\.05, Kota Blitar 35\.72\)/u],
    [[{ id: 'x', members: ['18.01'] }, { id: 'x', members: ['18.02'] }], /area 2: the id "x" is used twice/u],
    [{ id: 'x' }, /must be a JSON array of areas/u],
  ])('refuses an areas file it cannot use before reading the table (exit 2): %j', async (content, message) => {
    const areas = join(work, 'bad-areas.json');
    writeFileSync(areas, JSON.stringify(content));
    const { code, stdout, stderr } = await run(['report', LAMPUNG, '--roll-up', areas]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });

  it('says so when the areas file is missing or not JSON', async () => {
    expect((await run(['report', LAMPUNG, '--roll-up', join(work, 'none.json')])).stderr).toMatch(/--roll-up: .*none\.json: no such file\n$/u);
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '[{');
    expect((await run(['report', LAMPUNG, '--roll-up', broken])).stderr).toMatch(/--roll-up: .*broken\.json: is not valid JSON/u);
  });

  it('reads a target from a JSON file', async () => {
    const rows = json((await run(['report', LAMPUNG, '--target', fixture('target-97.json')])).stdout);
    expect(rows.map((row) => [row['target'], row['status']])[1]).toEqual(['PROVINCE_97', 'not-met']);
    expect(rows.filter((row) => row['status'] === 'met').map((row) => row['regionCode'])).toEqual(['18.01', '18.10', '18.71', '18.72']);
  });

  it.each([
    ['missing.json', /^uhc-metrics: --target: .*missing\.json: no such file\n$/],
    ['rows.json', /^uhc-metrics: --target: .*rows\.json: input must be an object, got an array of 3\n$/],
  ])('refuses a target file %s with exit 2', async (name, stderr) => {
    const result = await run(['report', LAMPUNG, '--target', fixture(name)]);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(stderr);
  });

  it('adds the award tier the library classifies', async () => {
    const rows = json((await run(['report', LAMPUNG, '--awards', '2024'])).stdout);
    const classification = classifyAward({ population: 1134515, participants: 1061903, activeParticipants: 702557 }, UHC_AWARDS_2024);
    expect(classification.tier).toBeUndefined();
    expect(rows[2]?.['award']).toBe(classification.undecidedHigherTierIds.length > 0 ? 'none (?)' : 'none');
    const selatan = classifyAward({ population: 1077664, participants: 1058127, activeParticipants: 741302 }, UHC_AWARDS_2024);
    const tier = selatan.tier;
    expect(tier).toBeDefined();
    expect(rows[0]?.['award']).toBe(`${tier?.name}${tier?.incomplete ? '*' : ''}${selatan.undecidedHigherTierIds.length > 0 ? ' (?)' : ''}`);
  });

  it('prints an aligned table in Indonesian or English', async () => {
    const id = await run(['report', LAMPUNG, '--format', 'table']);
    const [header, rule, first] = id.stdout.split('\n');
    expect(header).toMatch(/^Kode {3}Wilayah {10}Tingkat {3}Tanggal {6}Penduduk {4}Peserta {2}Peserta aktif {2}Cakupan/);
    expect(rule).toMatch(/^-{5} {2}-{15} {2}-{8} {2}-{10}/);
    expect(first).toMatch(/^18\.01 {2}Lampung Selatan {2}kab\/kota {2}2024-07-01 {2}1\.077\.664 {2}1\.058\.127 {8}741\.302 {3}98,19% .* tercapai .* -3,19 pp +0 +4$/);
    const en = await run(['report', LAMPUNG, '--format', 'table', '--lang', 'en']);
    expect(en.stdout.split('\n')[4]).toMatch(/^18\.07 {2}Lampung Timur {4}regency {2}2024-07-01 +1,134,515 .* 93\.60% .* not met +\+1\.40 pp +15,887 +6$/);
  });

  it('prints a table on a terminal by default, and JSON in a pipe', async () => {
    expect((await run(['report', LAMPUNG], { tty: true })).stdout).toMatch(/^Kode {3}Wilayah/);
    expect((await run(['report', LAMPUNG], { tty: false })).stdout).toMatch(/^\[\n {2}\{"regionCode":"18\.01"/);
  });

  it('prints Markdown and CSV', async () => {
    const md = (await run(['report', LAMPUNG, '--format', 'md', '--lang', 'en'])).stdout.split('\n');
    expect(md[0]).toMatch(/^\| Code \| Region \| Level \| Date \| Population \|/);
    expect(md[1]).toMatch(/^\| --- \| --- \| --- \| --- \| ---: \|/);
    expect(md[2]).toMatch(/^\| 18\.01 \| Lampung Selatan \| regency \| 2024-07-01 \| 1,077,664 \|/);
    const csv = (await run(['report', LAMPUNG, '--format', 'csv'])).stdout;
    const records: Record<string, string>[] = parse(csv, { columns: true });
    const fromJson = json((await run(['report', LAMPUNG])).stdout);
    expect(records.map((record) => record['peopleShort'])).toEqual(fromJson.map((row) => String(row['peopleShort'])));
    expect(Object.keys(records[0] ?? {})).toEqual(Object.keys(fromJson[0] ?? {}).filter((key) => key !== 'award'));
  });

  it('writes to --out, in the format of its extension, and prints nothing', async () => {
    const out = join(work, 'report.csv');
    expect(await run(['report', LAMPUNG, '--out', out], { tty: true })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe((await run(['report', LAMPUNG, '--format', 'csv'])).stdout);
    const md = join(work, 'report.md');
    await run(['report', LAMPUNG, '--out', md]);
    expect(readFileSync(md, 'utf8')).toBe((await run(['report', LAMPUNG, '--format', 'md'])).stdout);
    const other = join(work, 'report.txt');
    await run(['report', LAMPUNG, '--out', other]);
    expect(readFileSync(other, 'utf8')).toBe((await run(['report', LAMPUNG])).stdout);
  });

  it('refuses an --out in a folder that does not exist', async () => {
    const out = join(work, 'no', 'such', 'folder.json');
    expect(await run(['report', LAMPUNG, '--out', out])).toEqual({ code: 2, stdout: '', stderr: `uhc-metrics: --out ${out}: its folder does not exist\n` });
  });

  it('reports every bad row on standard error, still prints the good ones, and exits 1', async () => {
    const file = fixture('row-issues.csv');
    const { code, stdout, stderr } = await run(['report', file]);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      `uhc-metrics: ${file}, line 3, column "peserta": "1.429.87x" must be a printed figure in locale 'id' ('.' groups thousands and must be followed by exactly three digits in "1.429.87x")`,
      `uhc-metrics: ${file}, line 4, column "tanggal": "2024-06-31" is not a real calendar date written YYYY-MM-DD`,
      `uhc-metrics: ${file}, line 5, column "kode": "99.10" names province 99, which is not one of the 38 provinces`,
      `uhc-metrics: ${file}, line 6, column "peserta_aktif": "1.200.000" is more than the participants ("1.112.470")`,
      `uhc-metrics: ${file}, line 7: has 4 cells, the header has 6`,
      `uhc-metrics: ${file}, line 8: repeats region 18.01 on 2024-07-01 of line 2`,
      `uhc-metrics: ${file}: 6 problems; 2 of 8 rows reported`,
      '',
    ]);
    // Line 9 repeats Metro too, but line 7 (the first Metro) had a problem and was left out.
    expect(json(stdout).map((row) => [row['regionCode'], row['activeParticipants']])).toEqual([['18.01', 741302], ['18.72', null]]);
  });

  it('reads a JSON array of rows, numbering its rows from 1', async () => {
    const file = fixture('rows.json');
    const { code, stdout, stderr } = await run(['report', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `uhc-metrics: ${file}, row 3, column "population": 411802.5 is not a count of people (a whole number, 0 or more)\n` +
        `uhc-metrics: ${file}: 1 problem; 2 of 3 rows reported\n`,
    );
    expect(json(stdout).map((row) => [row['regionCode'], row['population']])).toEqual([['18.01', 1077664], ['18.72', 172354]]);
  });

  it('reads , with a BOM, CRLF, quoted cells and dd/mm/yyyy dates when told', async () => {
    const { code, stdout, stderr } = await run(['report', fixture('comma-bom-crlf.csv'), '--date-format', 'dd/mm/yyyy']);
    expect([code, stderr]).toEqual([0, '']);
    expect(json(stdout).map((row) => [row['regionCode'], row['name'], row['asOf'], row['population'], row['status']])).toEqual([
      ['33.10', 'Klaten, Kabupaten', '2023-03-01', 1260506, 'met'],
      ['33.72', 'Kota "Solo"', '2023-03-01', 522364, 'met'],
    ]);
    const iso = await run(['report', fixture('comma-bom-crlf.csv')]);
    expect(iso.code).toBe(1);
    expect(iso.stderr).toContain(', line 2, column "asOf": "01/03/2023" is not a real calendar date written YYYY-MM-DD\n');
  });

  it('maps columns named with --columns, and says which column is missing', async () => {
    const text = 'wil;per;pend;pst\n18.72;2024-07-01;100;96\n';
    const { code, stdout } = await run(['report', '-', '--columns', 'regionCode=wil,asOf=per,population=pend,participants=pst'], { stdin: [text] });
    expect(code).toBe(0);
    expect(json(stdout)[0]).toMatchObject({ regionCode: '18.72', population: 100, participants: 96, status: 'met' });
    expect(await run(['report', '-'], { stdin: [text] })).toEqual({
      code: 2,
      stdout: '',
      stderr: // "per" (as of) is a date header the command knows; the others are not.
      'uhc-metrics: standard input: line 1: has no column for regionCode, population, participants (its header: "wil", "per", "pend", "pst"); name them with --columns regionCode=<header>\n',
    });
    expect((await run(['report', '-', '--columns', 'regionCode=kode'], { stdin: [text] })).stderr).toBe(
      'uhc-metrics: standard input: line 1: has no column "kode" (given for regionCode by --columns)\n',
    );
  });

  it('refuses a table with two columns for one field', async () => {
    const text = 'kode;code;tanggal;penduduk;peserta\n18;18;2024-07-01;10;9\n';
    expect((await run(['report', '-'], { stdin: [text] })).stderr).toBe(
      'uhc-metrics: standard input: line 1: has several columns for regionCode ("kode" and "code"); choose one with --columns regionCode=<header>\n',
    );
  });

  it('reports rows that cannot roll up, and rolls up the others', async () => {
    const text = 'kode;tanggal;penduduk;peserta\n18;2024-07-01;100;99\n18.01;2024-07-01;10;9\n18.72;2024-07-01;30;30\n';
    const { code, stdout, stderr } = await run(['report', '-', '--roll-up', 'province'], { stdin: [text] });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'uhc-metrics: standard input, line 2: region 18 is a province: it cannot roll up to a province\n' +
        'uhc-metrics: standard input: 1 problem; 3 of 3 rows reported\n',
    );
    expect(json(stdout).map((row) => [row['regionCode'], row['level'], row['population']])).toEqual([
      ['18', 'province', 100], ['18.01', 'regency', 10], ['18.72', 'regency', 30], ['18', 'province', 40],
    ]);
  });

  it('reports a roll-up of children of mixed levels instead of failing', async () => {
    const text = 'kode;tanggal;penduduk;peserta\n18.01;2024-07-01;10;9\n18.01.01;2024-07-01;30;30\n';
    const { code, stdout, stderr } = await run(['report', '-', '--roll-up', 'province'], { stdin: [text] });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^uhc-metrics: standard input, line 3: cannot roll up: .*MIXED|^uhc-metrics: standard input, line 3: cannot roll up: /);
    expect(json(stdout)).toHaveLength(2);
  });
});

describe('inputs that cannot be read', () => {
  it.each([
    ['malformed.csv', (file: string) => `uhc-metrics: ${file}: line 3, cell 2: a quoted cell is never closed\n`],
    ['empty.csv', (file: string) => `uhc-metrics: ${file}: is empty; expected a header line and rows\n`],
    ['binary.xlsx', (file: string) => `uhc-metrics: ${file}: is not a text file (a NUL byte at byte 5); give a CSV or JSON file\n`],
    ['no-such-file.csv', (file: string) => `uhc-metrics: ${file}: no such file\n`],
    ['.', (file: string) => `uhc-metrics: ${file}: is a directory, not a file\n`],
  ])('%s: one message naming the file, exit 2, nothing printed', async (name, message) => {
    const file = fixture(name);
    expect(await run(['report', file])).toEqual({ code: 2, stdout: '', stderr: message(file) });
  });

  it('refuses text that is not UTF-8, a quote inside a cell and text after a closing quote', async () => {
    const latin1 = join(work, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('kode;nama\n18;Lampung \xe9\n', 'latin1'));
    expect((await run(['report', latin1])).stderr).toBe(`uhc-metrics: ${latin1}: is not UTF-8 text (near byte 0); save it as CSV UTF-8\n`);
    expect((await run(['report', '-'], { stdin: ['kode;x\n18;a"b\n'] })).stderr).toBe(
      'uhc-metrics: standard input: line 2, cell 2: a quote inside a cell that does not start with one ("a\\"")\n',
    );
    expect((await run(['report', '-'], { stdin: ['kode;x\n18;"a"b\n'] })).stderr).toBe(
      'uhc-metrics: standard input: line 2, cell 2: text after the closing quote of a cell ("b\\n")\n',
    );
  });

  it.each([
    ['{"regionCode": 1', /^uhc-metrics: standard input: is not valid JSON \(.+\)\n$/],
    ['{"rows": []}', /^uhc-metrics: standard input: must hold a JSON array of rows \(objects\)\n$/],
    ['[{"kode": "18"}, 3]', /^uhc-metrics: standard input: row 2 is not an object\n$/],
  ])('refuses JSON %s', async (text, stderr) => {
    const result = await run(['report', '-'], { stdin: [text] });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(stderr);
  });

  it('reads a header-only table as no rows', async () => {
    expect(await run(['report', '-'], { stdin: ['kode;tanggal;penduduk;peserta\r\n'] })).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('rank', () => {
  it('ranks the rows of each date, best first, with a podium for --top', async () => {
    const { code, stdout } = await run(['rank', LAMPUNG, '--top', '3', '--format', 'table', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Rank  Code   Region          Date        Coverage',
        '----  -----  --------------  ----------  --------',
        '   1  18.71  Bandar Lampung  2024-07-01   101.12%',
        '   2  18.72  Metro           2024-07-01    99.20%',
        '   3  18.10  Pringsewu       2024-07-01    98.38%',
        '',
      ].join('\n'),
    );
  });

  it('applies the tie policy and ranks on other values; rows without the value come last', async () => {
    const text = [
      'kode;tanggal;penduduk;peserta;peserta_aktif',
      '18.01;2024-07-01;100;90;80',
      '18.02;2024-07-01;200;180;',
      '18.03;2024-07-01;50;45;45',
      '18.04;2024-07-01;100;80;70',
      '18.01;2024-08-01;100;99;99',
    ].join('\n');
    const ranks = async (...args: string[]): Promise<(string | number | null | undefined)[][]> =>
      json((await run(['rank', '-', ...args], { stdin: [text] })).stdout).map((row) => [row['asOf'], row['rank'], row['regionCode']]);
    expect(await ranks()).toEqual([
      ['2024-07-01', 1, '18.01'], ['2024-07-01', 1, '18.02'], ['2024-07-01', 1, '18.03'], ['2024-07-01', 4, '18.04'], ['2024-08-01', 1, '18.01'],
    ]);
    expect((await ranks('--ties', 'dense'))[3]).toEqual(['2024-07-01', 2, '18.04']);
    expect((await ranks('--ties', 'ordinal')).map((row) => row[1])).toEqual([1, 2, 3, 4, 1]);
    expect(await ranks('--by', 'activity', '--activity-base', 'participants')).toEqual([
      // 45 of 45, 80 of 90, 70 of 80, then 18.02 without active participants.
      ['2024-07-01', 1, '18.03'], ['2024-07-01', 2, '18.01'], ['2024-07-01', 3, '18.04'], ['2024-07-01', 4, '18.02'], ['2024-08-01', 1, '18.01'],
    ]);
    expect((await ranks('--by', 'active-coverage', '--top', '1')).map((row) => row[2])).toEqual(['18.03', '18.01']);
    expect((await ranks('--by', 'population')).map((row) => row[2])).toEqual(['18.02', '18.01', '18.04', '18.03', '18.01']);
    expect((await ranks('--by', 'participants', '--top', '2')).map((row) => row[2])).toEqual(['18.02', '18.01', '18.01']);
  });
});

describe('progress', () => {
  const table = (rows: number): string[] => [
    'kode;tanggal;penduduk;peserta\n',
    ...Array.from({ length: rows }, (_, index) => `18.01;${new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10)};100;90\n`),
  ];

  it('shows on a terminal once the work has taken a second, and clears its line', async () => {
    let clock = 0;
    const now = (): number => (clock += 400);
    const { stderr, code } = await run(['rank', '-', '--format', 'csv'], { stdin: table(12 * 28), tty: true, now });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\rreading standard input: \d+ rows\u001b\[K/);
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('stays silent off a terminal, and on a terminal for quick work', async () => {
    let clock = 0;
    expect((await run(['rank', '-'], { stdin: table(50), tty: false, now: () => (clock += 400) })).stderr).toBe('');
    expect((await run(['rank', '-'], { stdin: table(50), tty: true, now: () => 0 })).stderr).toBe('');
  });
});
