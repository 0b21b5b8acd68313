// readSnapshot as it was before issue 18, item 4 (a closure and a path per field, spreads into
// the snapshot), with the printed counts of issue 16 (countFigures), kept to compare
// createSnapshot with on random rows, errors included.
import { UhcMetricsError, type Issue, type IssuePath } from '../../src/errors/uhc-metrics-error.js';
import type { FigureLocale } from '../../src/figures/figure-locale.js';
import { parseFigure } from '../../src/figures/parse-figure.js';
import type { FigureKind, PrintedFigure } from '../../src/figures/printed-figure.js';
import { readPrintedFigure } from '../../src/figures/read-printed-figure.js';
import { assertCount, assertRecord, collectIssues, fail, refuseUnknownKey } from '../../src/internal/assert.js';
import { assertAsOfDayNumber, assertDayNumber } from '../../src/internal/calendar.js';
import { describePath } from '../../src/internal/describe-value.js';
import { misspeltKeyFor } from '../../src/internal/nearest-key.js';
import { parseRegionCodeAt } from '../../src/models/region-code.js';
import { SEGMENT_NAMES } from '../../src/models/segment-names.js';
import type { SnapshotSettings } from '../../src/models/snapshot-options.js';
import type { ActivityBase, CountFigures, PrintedFigures, SegmentCounts, SegmentName, Snapshot, SnapshotSource } from '../../src/models/snapshot.js';

const SNAPSHOT_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'regionCode',
  'asOf',
  'population',
  'populationPeriod',
  'participants',
  'activeParticipants',
  'nonActiveParticipants',
  'segments',
  'printed',
  'source',
]);
const PRINTED_KINDS: Readonly<Record<Exclude<keyof PrintedFigures, 'activityRate'>, FigureKind>> = /* @__PURE__ */ Object.freeze({
  coverage: 'percent',
  activeCoverage: 'percent',
  participants: 'count',
  population: 'count',
  uncovered: 'count',
});
const PRINTED_KEYS: readonly (keyof PrintedFigures)[] = /* @__PURE__ */ Object.freeze([
  'coverage',
  'activeCoverage',
  'activityRate',
  'participants',
  'population',
  'uncovered',
] as const);
const ACTIVITY_RATE_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['figure', 'base']);
const ACTIVITY_BASES: readonly ActivityBase[] = /* @__PURE__ */ Object.freeze(['participants', 'population'] as const);
const SOURCE_TEXT_KEYS = /* @__PURE__ */ Object.freeze(['article', 'outlet', 'quote'] as const);
const SOURCE_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(['article', 'outlet', 'quote', 'published']);
const FIGURE_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'text',
  'kind',
  'value',
  'decimals',
  'scaleExponent',
  'step',
  'qualifier',
  'rounded',
  'truncated',
  'interval',
]);
// The six segments and PPU undivided, for a table without the PN/BU split.
const SEGMENT_KEYS: readonly SegmentName[] = /* @__PURE__ */ Object.freeze([...SEGMENT_NAMES, 'ppu'] as const);
// `YYYY-S1` / `YYYY-S2` (Dukcapil semester) or `YYYY`.
const PERIOD = /^\d{4}(?:-S[12])?$/;

/** A field not given: missing, `null` (JSON), or a blank string (an empty CSV cell). */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Records an `INVALID_TYPE` issue for every key of `record` outside `known`, when asked to. */
function checkUnknownKeys(
  record: Readonly<Record<string, unknown>>,
  known: readonly string[],
  path: IssuePath,
  settings: SnapshotSettings,
  issues: Issue[],
): void {
  if (!settings.rejectUnknown) return;
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      // The message as src words it (an unknown key without its value): what is compared is the reading.
      collectIssues(issues, () => refuseUnknownKey('INVALID_TYPE', path, key, record[key], known, 'field'));
    }
  }
}

/**
 * Adds to each issue about an absent field the unknown key that likely misspells it:
 * `{ partcipants: 5 }` is reported as participants missing, "given as 'partcipants'?".
 */
function nameMisspeltKeys(record: Readonly<Record<string, unknown>>, base: IssuePath, issues: Issue[], from: number): void {
  for (let index = from; index < issues.length; index += 1) {
    const issue = issues[index] as Issue;
    const field = issue.path[base.length];
    if (issue.value !== undefined || issue.path.length !== base.length + 1 || typeof field !== 'string') continue;
    const misspelt = misspeltKeyFor(field, record, SNAPSHOT_KEYS);
    if (misspelt !== undefined) issues[index] = { ...issue, message: `${issue.message} (unknown key '${misspelt}': a misspelling of '${field}'?)` };
  }
}

/** The message of a `parseFigure` failure, re-addressed to `path`. */
function readdressed(error: UhcMetricsError, path: IssuePath): string {
  const parserPrefix = 'text ';
  const { message } = error;
  const rest = message.startsWith(parserPrefix) ? message.slice(parserPrefix.length) : `is not a figure: ${message}`;
  return `${describePath(path)} ${rest}`;
}

/** Runs `parseFigure`, turning its failure into one issue of `code` at `path`. */
function parseAt(
  text: string,
  path: IssuePath,
  kind: FigureKind,
  locale: FigureLocale,
  code: 'INVALID_COUNT' | 'INVALID_FIGURE',
): PrintedFigure {
  try {
    return parseFigure(text, { locale, kind });
  } catch (error) {
    if (!(error instanceof UhcMetricsError)) throw error;
    throw new UhcMetricsError([{ code, path, value: text, message: readdressed(error, path) }]);
  }
}

/**
 * A count of people: a non-negative safe integer, or a string that `parseFigure` reads as an
 * exact count in the locale (`'8.911.770'`, `'8.911.770 jiwa'`, `'252,17 juta'`). A count
 * printed with a scale word is handed to `keep`, when given, to stay on the snapshot as printed.
 */
function readCount(value: unknown, path: IssuePath, settings: SnapshotSettings, keep?: (figure: PrintedFigure) => void): number {
  if (typeof value !== 'string') {
    assertCount(value, path);
    // -0 is a valid count (JSON can produce it); store it as 0 so it never prints as "-0".
    return value + 0;
  }
  const figure = parseAt(value, path, 'count', settings.locale, 'INVALID_COUNT');
  if (figure.qualifier !== 'exact') {
    fail('INVALID_COUNT', path, value, `must be an exact count, not a hedged figure (${figure.qualifier})`);
  }
  // `1,2345 ribu` is 1234.5: a printed figure, but not a number of people.
  if (!Number.isSafeInteger(figure.value)) {
    fail('INVALID_COUNT', path, value, 'must be a whole number of people');
  }
  if (figure.scaleExponent > 0) keep?.(figure);
  return figure.value;
}

/** A printed figure given as text (parsed in the locale) or as a {@link PrintedFigure} object. */
function readFigure(
  value: unknown,
  path: IssuePath,
  kind: FigureKind,
  settings: SnapshotSettings,
  issues: Issue[],
): PrintedFigure | undefined {
  if (typeof value === 'string') {
    // Parsed text is checked as a figure object is: a printed decline (`-0,42%`) is no level.
    return collectIssues(issues, () => readPrintedFigure(parseAt(value, path, kind, settings.locale, 'INVALID_FIGURE'), path, { kind }));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return collectIssues(issues, () =>
      fail('INVALID_TYPE', path, value, `must be a printed ${kind === 'count' ? 'count' : 'percentage'}: a string or a PrintedFigure`),
    );
  }
  const figure = collectIssues(issues, () => readPrintedFigure(value, path, { kind }));
  checkUnknownKeys(value as Readonly<Record<string, unknown>>, FIGURE_KEYS, path, settings, issues);
  return figure;
}

/** The printed activity rate: `{ figure, base }`, the base explicit. */
function readActivityRate(
  value: unknown,
  path: IssuePath,
  settings: SnapshotSettings,
  issues: Issue[],
): PrintedFigures['activityRate'] | undefined {
  const record = collectIssues(issues, () => {
    assertRecord(value, path);
    return value;
  });
  if (record === undefined) return undefined;
  const figure = readFigure(record['figure'], [...path, 'figure'], 'percent', settings, issues);
  const base = collectIssues(issues, () => {
    const item = record['base'];
    if (item !== 'participants' && item !== 'population') {
      fail('INVALID_TYPE', [...path, 'base'], item, `must be one of ${ACTIVITY_BASES.map((b) => `'${b}'`).join(', ')}`);
    }
    return item;
  });
  checkUnknownKeys(record, ACTIVITY_RATE_KEYS, path, settings, issues);
  return figure === undefined || base === undefined ? undefined : Object.freeze({ figure, base });
}

/** The printed figures; absent ones are left out, and an empty group is `undefined`. */
function readPrinted(value: unknown, path: IssuePath, settings: SnapshotSettings, issues: Issue[]): PrintedFigures | undefined {
  const record = collectIssues(issues, () => {
    assertRecord(value, path);
    return value;
  });
  if (record === undefined) return undefined;
  const printed: { -readonly [Key in keyof PrintedFigures]: PrintedFigures[Key] } = {};
  for (const key of PRINTED_KEYS) {
    const item = record[key];
    if (isAbsent(item)) continue;
    const figure =
      key === 'activityRate'
        ? readActivityRate(item, [...path, key], settings, issues)
        : readFigure(item, [...path, key], PRINTED_KINDS[key], settings, issues);
    if (figure !== undefined) Object.assign(printed, { [key]: figure });
  }
  checkUnknownKeys(record, PRINTED_KEYS, path, settings, issues);
  return Object.keys(printed).length === 0 ? undefined : Object.freeze(printed);
}

/** The segment counts; absent ones are left out, and an empty group is `undefined`. */
function readSegments(value: unknown, path: IssuePath, settings: SnapshotSettings, issues: Issue[]): SegmentCounts | undefined {
  const record = collectIssues(issues, () => {
    assertRecord(value, path);
    return value;
  });
  if (record === undefined) return undefined;
  const segments: Partial<Record<SegmentName, number>> = {};
  for (const name of SEGMENT_KEYS) {
    const item = record[name];
    if (isAbsent(item)) continue;
    const count = collectIssues(issues, () => readCount(item, [...path, name], settings));
    if (count !== undefined) segments[name] = count;
  }
  if (segments.ppu !== undefined && (segments.ppuPn !== undefined || segments.ppuBu !== undefined)) {
    collectIssues(issues, () =>
      fail('INCONSISTENT_COUNTS', [...path, 'ppu'], record['ppu'], 'must not be given with ppuPn or ppuBu: PPU is either undivided or split'),
    );
  }
  checkUnknownKeys(record, SEGMENT_KEYS, path, settings, issues);
  return Object.keys(segments).length === 0 ? undefined : Object.freeze(segments);
}

/** Where the figures were published; absent fields are left out, an empty group is `undefined`. */
function readSource(value: unknown, path: IssuePath, settings: SnapshotSettings, issues: Issue[]): SnapshotSource | undefined {
  const record = collectIssues(issues, () => {
    assertRecord(value, path);
    return value;
  });
  if (record === undefined) return undefined;
  const source: { -readonly [Key in keyof SnapshotSource]: SnapshotSource[Key] } = {};
  for (const key of SOURCE_TEXT_KEYS) {
    const item = record[key];
    if (isAbsent(item)) continue;
    const text = collectIssues(issues, () => {
      if (typeof item !== 'string') fail('INVALID_TYPE', [...path, key], item, 'must be a string');
      return item;
    });
    if (text !== undefined) source[key] = text;
  }
  const published = record['published'];
  if (!isAbsent(published)) {
    const day = collectIssues(issues, () => assertDayNumber(published, [...path, 'published']));
    if (day !== undefined) source.published = published as string;
  }
  checkUnknownKeys(record, SOURCE_KEYS, path, settings, issues);
  return Object.keys(source).length === 0 ? undefined : Object.freeze(source);
}

/**
 * Validates one snapshot input, recording every issue (paths under `base`) in `issues`.
 * Returns the frozen snapshot when no issue was found, else `undefined`.
 *
 * The reference reader.
 */
export function referenceReadSnapshot(input: unknown, base: IssuePath, settings: SnapshotSettings, issues: Issue[]): Snapshot | undefined {
  const record = collectIssues(issues, () => {
    assertRecord(input, base);
    return input;
  });
  if (record === undefined) return undefined;
  const before = issues.length;
  const at = (key: string): IssuePath => [...base, key];

  const regionCode = collectIssues(issues, () => parseRegionCodeAt(record['regionCode'], at('regionCode')).code);
  const asOf = collectIssues(issues, () => {
    const value = record['asOf'];
    assertAsOfDayNumber(value, at('asOf'));
    return value as string;
  });
  const countFigures: { -readonly [Key in keyof CountFigures]: CountFigures[Key] } = {};
  const keepAs = (key: keyof CountFigures) => (figure: PrintedFigure): void => {
    countFigures[key] = figure;
  };
  const population = collectIssues(issues, () => readCount(record['population'], at('population'), settings, keepAs('population')));
  const period = record['populationPeriod'];
  const populationPeriod = isAbsent(period)
    ? undefined
    : collectIssues(issues, () => {
        if (typeof period !== 'string' || !PERIOD.test(period)) {
          fail('INVALID_PERIOD', at('populationPeriod'), period, 'must be YYYY-S1, YYYY-S2 or YYYY');
        }
        return period;
      });
  const participants = collectIssues(issues, () => readCount(record['participants'], at('participants'), settings, keepAs('participants')));
  const active = record['activeParticipants'];
  const activeParticipants = isAbsent(active)
    ? undefined
    : collectIssues(issues, () => readCount(active, at('activeParticipants'), settings, keepAs('activeParticipants')));
  if (activeParticipants !== undefined && participants !== undefined && activeParticipants > participants) {
    collectIssues(issues, () =>
      fail(
        'INCONSISTENT_COUNTS',
        at('activeParticipants'),
        active,
        `must not exceed participants (${participants})`,
      ),
    );
  }
  const nonActive = record['nonActiveParticipants'];
  const nonActiveParticipants = isAbsent(nonActive)
    ? undefined
    : collectIssues(issues, () => readCount(nonActive, at('nonActiveParticipants'), settings, keepAs('nonActiveParticipants')));
  if (nonActiveParticipants !== undefined && participants !== undefined && nonActiveParticipants > participants) {
    collectIssues(issues, () =>
      fail('INCONSISTENT_COUNTS', at('nonActiveParticipants'), nonActive, `must not exceed participants (${participants})`),
    );
  }
  const segments = isAbsent(record['segments'])
    ? undefined
    : readSegments(record['segments'], at('segments'), settings, issues);
  const printed = isAbsent(record['printed']) ? undefined : readPrinted(record['printed'], at('printed'), settings, issues);
  const source = isAbsent(record['source']) ? undefined : readSource(record['source'], at('source'), settings, issues);
  checkUnknownKeys(record, SNAPSHOT_KEYS, base, settings, issues);
  nameMisspeltKeys(record, base, issues, before);

  if (issues.length > before) return undefined;
  // Every required field is defined here: a failed check always records an issue.
  return Object.freeze({
    regionCode: regionCode as string,
    asOf: asOf as string,
    population: population as number,
    ...(populationPeriod === undefined ? {} : { populationPeriod }),
    participants: participants as number,
    ...(activeParticipants === undefined ? {} : { activeParticipants }),
    ...(nonActiveParticipants === undefined ? {} : { nonActiveParticipants }),
    ...(segments === undefined ? {} : { segments }),
    ...(printed === undefined ? {} : { printed }),
    ...(Object.keys(countFigures).length === 0 ? {} : { countFigures: Object.freeze(countFigures) }),
    ...(source === undefined ? {} : { source }),
  });
}
