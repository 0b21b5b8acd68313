import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { RollUpTo } from '../metrics/roll-up.js';
import type { ActivityBase } from '../models/snapshot.js';
import type { TiePolicy } from '../ranking/rank.js';
import type { CollectedRows, DateFormat, RowIssue } from './collect-rows.js';
import { parseColumnsOption, type Field } from './columns.js';
import { CHECK_HELP, MAIN_HELP, RANK_HELP, REPORT_HELP } from './help.js';
import { CHECK_COLUMNS, checkArticle, checkRows, renderArticleCheck } from './check-command.js';
import { InputError } from './input-error.js';
import { FORMATS, Sink, writeRows, type Format, type Lang, type OutputColumn, type OutputRow } from './output.js';
import { AWARD_YEARS, loadTarget } from './presets.js';
import { loadAreas } from './areas-file.js';
import { Progress } from './progress.js';
import { RANK_BY, rankColumns, rankRows, type RankBy } from './rank-rows.js';
import { inputName, readTable, readText } from './read-table.js';
import { tablePath } from './table-path.js';
import { reportColumns, reportRows } from './report.js';

/** The process around the command: its streams, whether they are terminals, and a clock. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean };
  /** Milliseconds, for the progress indicator; `Date.now` by default. */
  readonly now?: () => number;
}

/** Exit codes. */
const DONE = 0;
const ROW_ISSUES = 1;
const USAGE = 2;

const PROGRAM = 'uhc-metrics';

/** The package's version, from the package.json above this file (in src/ or in dist/). */
function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === 'uhc-metrics' && typeof json.version === 'string') return json.version;
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

const COMMON_OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const INPUT_OPTIONS = {
  columns: { type: 'string' },
  'date-format': { type: 'string' },
  'activity-base': { type: 'string' },
  province: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const COMMANDS = {
  report: {
    help: REPORT_HELP,
    options: { ...COMMON_OPTIONS, ...INPUT_OPTIONS, target: { type: 'string' }, awards: { type: 'string' }, 'roll-up': { type: 'string' }, ties: { type: 'string' } },
  },
  check: {
    help: CHECK_HELP,
    options: { ...COMMON_OPTIONS },
  },
  rank: {
    help: RANK_HELP,
    options: { ...COMMON_OPTIONS, ...INPUT_OPTIONS, by: { type: 'string' }, ties: { type: 'string' }, top: { type: 'string' } },
  },
} as const;

type Command = keyof typeof COMMANDS;
type Values = Readonly<Record<string, string | boolean | undefined>>;

/** A usage error: the message, then where to find help. */
class UsageError extends Error {
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** An option's value, one of `allowed`, or its default. */
function choice<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T, command: string): T {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(String(value).slice(0, 40))}`, command);
  }
  return value as T;
}

/** Output format: as asked, else from --out's extension, else table on a terminal and json otherwise. */
function outputFormat(values: Values, io: CliIo, command: string): Format {
  if (values['format'] !== undefined) return choice(values, 'format', FORMATS, 'json', command);
  const out = values['out'];
  if (typeof out === 'string') {
    const extension = out.toLowerCase().split('.').pop() ?? '';
    return extension === 'csv' ? 'csv' : extension === 'md' ? 'md' : 'json';
  }
  return io.isTTY.stdout ? 'table' : 'json';
}

/** Opens `--out` (after the input was read, so that a failed run leaves no half file) or standard output. */
async function openOutput(out: string | undefined, io: CliIo): Promise<{ readonly stream: Writable; readonly close: () => Promise<void> }> {
  if (out === undefined) return { stream: io.stdout, close: async () => {} };
  const stream = createWriteStream(out);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => {
      const code = (error as { code?: unknown }).code;
      reject(new InputError(`--out ${out}: ${code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be written (${error.message})`}`));
    });
  });
  return {
    stream,
    close: () =>
      new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      }),
  };
}

/** Runs `check` on an article; returns the exit code. */
async function runCheck(file: string, values: Values, io: CliIo): Promise<number> {
  const format = outputFormat(values, io, 'check');
  const lang = choice<Lang>(values, 'lang', ['id', 'en'], 'id', 'check');
  const check = checkArticle(await readText(file, io.stdin), { locale: lang });
  const output = await openOutput(typeof values['out'] === 'string' ? values['out'] : undefined, io);
  const sink = new Sink(output.stream);
  if (format === 'table') await sink.write(`${renderArticleCheck(check, { locale: lang })}\n`);
  else if (format === 'json') await sink.write(`${JSON.stringify(check, null, 2)}\n`);
  else await writeRows(sink, format, lang, CHECK_COLUMNS, checkRows(check));
  await sink.flush();
  await output.close();
  return DONE;
}

/** Runs `report` or `rank` on parsed options; returns the exit code. */
async function runTableCommand(command: Exclude<Command, 'check'>, file: string, values: Values, io: CliIo): Promise<number> {
  const format = outputFormat(values, io, command);
  const lang = choice<Lang>(values, 'lang', ['id', 'en'], 'id', command);
  const dateFormat = choice<DateFormat>(values, 'date-format', ['yyyy-mm-dd', 'dd/mm/yyyy'], 'yyyy-mm-dd', command);
  const activityBase = choice<ActivityBase>(values, 'activity-base', ['population', 'participants'], 'population', command);
  const ties = choice<TiePolicy>(values, 'ties', ['competition', 'dense', 'ordinal'], 'competition', command);
  let columns: Partial<Record<Field, string>> = {};
  if (typeof values['columns'] === 'string') {
    const parsed = parseColumnsOption(values['columns']);
    if (typeof parsed === 'string') throw new UsageError(parsed, command);
    columns = parsed;
  }
  const province = values['province'];
  if (province !== undefined && !/^\d{2}$/.test(String(province))) {
    throw new UsageError(`--province must be a two-digit province code such as 18, got ${JSON.stringify(String(province).slice(0, 40))}`, command);
  }
  // Everything about the arguments is checked before the input is read.
  let build: (
    rows: CollectedRows,
    hasActiveColumn: boolean,
    onIssue: (row: number, message: string) => void,
  ) => { columns: OutputColumn[]; rows: Iterable<OutputRow> };
  if (command === 'report') {
    const awardsYear = values['awards'];
    const awards = typeof awardsYear === 'string' ? AWARD_YEARS[awardsYear] : undefined;
    if (typeof awardsYear === 'string' && awards === undefined) {
      throw new UsageError(`--awards must be one of ${Object.keys(AWARD_YEARS).join(', ')}, got ${JSON.stringify(awardsYear.slice(0, 40))}`, command);
    }
    const rollUp = values['roll-up'];
    const areasFile = typeof rollUp === 'string' && rollUp.toLowerCase().endsWith('.json') ? rollUp : undefined;
    const rollUpTo =
      rollUp === undefined || areasFile !== undefined ? undefined : choice<RollUpTo>(values, 'roll-up', ['parent', 'regency', 'province', 'country'], 'parent', command);
    const areas = areasFile === undefined ? undefined : await loadAreas(areasFile, province as string | undefined);
    const target = await loadTarget(typeof values['target'] === 'string' ? values['target'] : 'uhc-95');
    build = (rows, hasActiveColumn, onIssue) => ({
      columns: reportColumns(rows.names !== undefined, hasActiveColumn, awards !== undefined),
      rows: reportRows(rows, { target, awards, activityBase, ties, rollUpTo, ...(areas === undefined ? {} : { areas }) }, (issue) => onIssue(issue.row, issue.message)),
    });
  } else {
    const by = choice<RankBy>(values, 'by', RANK_BY, 'coverage', command);
    let top: number | undefined;
    if (values['top'] !== undefined) {
      const text = String(values['top']);
      top = /^\d{1,6}$/.test(text) ? Number(text) : 0;
      if (top < 1) throw new UsageError(`--top must be a whole number of places, 1 or more, got ${JSON.stringify(text.slice(0, 40))}`, command);
    }
    build = (rows) => ({
      columns: rankColumns(rows.names !== undefined, by),
      rows: rankRows(rows, { by, ties, top, activityBase }),
    });
  }

  const name = inputName(file);
  let issues = 0;
  const report = (issue: RowIssue): void => {
    issues += 1;
    const column = issue.column === undefined ? '' : `, column ${JSON.stringify(issue.column.slice(0, 60))}`;
    io.stderr.write(`${PROGRAM}: ${name}, ${issue.unit} ${issue.line}${column}: ${issue.message}\n`);
  };
  const progress = new Progress(io.stderr, io.isTTY.stderr, io.now ?? Date.now);
  const collector = await readTable(file, { columns, required: ['regionCode', 'asOf', 'population', 'participants'], dateFormat, onIssue: report, progress, stdin: io.stdin, tablePath: tablePath(inputName(file), columns, province as string | undefined, dateFormat) });
  const collected = collector.finish();
  const { columns: outputColumns, rows } = build(collected, collector.hasActiveColumn, (row, message) =>
    report({ unit: collector.unit, line: collected.lines[row] as number, column: undefined, message }),
  );
  const out = typeof values['out'] === 'string' ? values['out'] : undefined;
  const output = await openOutput(out, io);
  const sink = new Sink(output.stream);
  await writeRows(sink, format, lang, outputColumns, rows);
  await sink.flush();
  await output.close();
  if (issues > 0) {
    const kept = collected.count;
    io.stderr.write(`${PROGRAM}: ${name}: ${issues} problem${issues === 1 ? '' : 's'}; ${kept} of ${collector.rowsRead} rows reported\n`);
    return ROW_ISSUES;
  }
  return DONE;
}

/**
 * Runs the command line `argv` (without `node` and the script) against the given streams and
 * returns the exit code: 0 done, 1 rows with problems (reported on standard error), 2 usage
 * error or unreadable input. Never throws for a user's mistake.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageVersion()}\n`);
      return DONE;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(MAIN_HELP);
      return DONE;
    }
    if (first === undefined) throw new UsageError('give a command');
    if (!Object.hasOwn(COMMANDS, first)) throw new UsageError(`unknown command ${JSON.stringify(first.slice(0, 40))}`);
    const command = first as Command;
    const spec = COMMANDS[command];
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] };
    } catch (error) {
      throw new UsageError((error as Error).message.split('\n')[0]?.replace(/\. To specify a positional.*$/, '') ?? 'bad arguments', command);
    }
    if (parsed.values['help'] === true) {
      io.stdout.write(spec.help);
      return DONE;
    }
    const [file, ...extra] = parsed.positionals;
    if (file === undefined) throw new UsageError(`give the ${command === 'check' ? 'article' : 'file'} to read (or - for standard input)`, command);
    if (extra.length > 0) throw new UsageError(`one file at a time; unexpected ${JSON.stringify(extra[0]?.slice(0, 40))}`, command);
    if (command === 'check') return await runCheck(file, parsed.values, io);
    return await runTableCommand(command, file, parsed.values, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${error.command} --help`;
      io.stderr.write(`${PROGRAM}: ${error.message}\nSee '${help}'.\n`);
      return USAGE;
    }
    if (error instanceof InputError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      return USAGE;
    }
    throw error;
  }
}
