import { UhcMetricsError, type Issue, type IssuePath } from '../errors/uhc-metrics-error.js';
import type { FigureLocale } from '../figures/figure-locale.js';
import { parseFigure } from '../figures/parse-figure.js';
import type { FigureKind, PrintedFigure } from '../figures/printed-figure.js';
import { readPrintedFigure } from '../figures/read-printed-figure.js';
import { assertCount, assertRecord, collectIssues, fail, isCount, refuseUnknownKey } from '../internal/assert.js';
import { asOfDayNumberOf, assertAsOfDayNumber, assertDayNumber } from '../internal/calendar.js';
import { describePath } from '../internal/describe-value.js';
import { nearestKey } from '../internal/nearest-key.js';
import { quickRegionCode } from './quick-region-code.js';
import { parseRegionCodeAt } from './region-code.js';
import { SEGMENT_NAMES } from './segment-names.js';
import { readSnapshotFields, SNAPSHOT_KEYS, type SnapshotFields } from './snapshot-fields.js';
import type { SnapshotSettings } from './snapshot-options.js';
import type { ActivityBase, CountFigures, PrintedFigures, SegmentCounts, SegmentName, Snapshot, SnapshotSource } from './snapshot.js';

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

/** Whether `value` passes {@link assertRecord}: checked first so that a valid row builds no closure. */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
      collectIssues(issues, () =>
        refuseUnknownKey('INVALID_TYPE', path, key, record[key], known, 'field'),
      );
    }
  }
}

/**
 * Adds to each issue about an absent field the unknown key that likely misspells it:
 * `{ partcipants: 5 }` is reported as participants missing, "given as 'partcipants'?".
 */
function nameMisspeltKeys(unknownKeys: readonly string[] | undefined, base: IssuePath, issues: Issue[], from: number): void {
  if (unknownKeys === undefined) return;
  for (let index = from; index < issues.length; index += 1) {
    const issue = issues[index] as Issue;
    const field = issue.path[base.length];
    if (issue.value !== undefined || issue.path.length !== base.length + 1 || typeof field !== 'string') continue;
    // The first unknown key, in the input's order, that is one slip from the field (as misspeltKeyFor).
    const misspelt = unknownKeys.find((key) => nearestKey(key, [field]) === field);
    if (misspelt !== undefined) issues[index] = { ...issue, message: `${issue.message} (unknown key '${misspelt}': a misspelling of '${field}'?)` };
  }
}

/** Records an `INVALID_TYPE` issue for every top-level field a snapshot does not know, when asked to. */
function checkUnknownFields(fields: SnapshotFields, base: IssuePath, settings: SnapshotSettings, issues: Issue[]): void {
  const { unknownKeys, unknownValues } = fields;
  if (!settings.rejectUnknown || unknownKeys === undefined) return;
  unknownKeys.forEach((key, index) => {
    collectIssues(issues, () => refuseUnknownKey('INVALID_TYPE', base, key, unknownValues?.[index], SNAPSHOT_KEYS, 'field'));
  });
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
  if (!isRecord(value)) {
    collectIssues(issues, () => assertRecord(value, path));
    return undefined;
  }
  const record = value;
  const segments: Partial<Record<SegmentName, number>> = {};
  for (const name of SEGMENT_KEYS) {
    const item = record[name];
    if (isAbsent(item)) continue;
    // A number that is a count needs no path and no closure; anything else gets the full check.
    const count = isCount(item) ? item + 0 : collectIssues(issues, () => readCount(item, [...path, name], settings));
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

/** Counts kept as printed, filled as they are found. */
type KeptFigures = { -readonly [Key in keyof CountFigures]: CountFigures[Key] };

/** `figures` (made on first use) with `figure` kept as the printed `key`. */
function keptFigure(figures: KeptFigures | undefined, key: keyof CountFigures, figure: PrintedFigure): KeptFigures {
  const kept = figures ?? {};
  kept[key] = figure;
  return kept;
}

/** `[...base, key]`: built only where an issue is worded. */
function pathTo(base: IssuePath, key: string): IssuePath {
  return [...base, key];
}

/**
 * Validates one snapshot input, recording every issue (paths under `base`) in `issues`.
 * Returns the frozen snapshot when no issue was found, else `undefined`.
 *
 * @internal The core of {@link createSnapshot} and {@link createSnapshots}.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's code throws while the input is
 *   read (see {@link readSnapshotFields}); every other problem is recorded in `issues`
 */
export function readSnapshot(input: unknown, base: IssuePath, settings: SnapshotSettings, issues: Issue[]): Snapshot | undefined {
  const fields = readSnapshotFields(input, base, issues);
  return fields === undefined ? undefined : checkSnapshotFields(fields, base, settings, issues);
}

/**
 * Validates the fields of one snapshot input, read by {@link readSnapshotFields}, recording every
 * issue (paths under `base`) in `issues`. Returns the frozen snapshot when no issue was found.
 *
 * @internal For callers that read the input before resolving their options ({@link createSnapshot}).
 */
export function checkSnapshotFields(fields: SnapshotFields, base: IssuePath, settings: SnapshotSettings, issues: Issue[]): Snapshot | undefined {
  const before = issues.length;

  // Each field is read once, here, in this order; a value that passes the cheap check is taken
  // as it is, and only one that does not gets the closure, the path and the full check that words
  // the issue (issue 18: this runs once per row of a large input).
  const regionValue = fields.regionCode;
  const regionCode =
    (typeof regionValue === 'string' ? quickRegionCode(regionValue) : undefined) ??
    collectIssues(issues, () => parseRegionCodeAt(regionValue, pathTo(base, 'regionCode')).code);
  const asOfValue = fields.asOf;
  const asOf =
    typeof asOfValue === 'string' && asOfDayNumberOf(asOfValue) !== undefined
      ? asOfValue
      : collectIssues(issues, () => {
          assertAsOfDayNumber(asOfValue, pathTo(base, 'asOf'));
          return asOfValue as string;
        });
  // Made only when a count arrives printed with a scale word: a count given as a number (the
  // fast path of every large input) allocates no record for it, and no closure is made for a
  // valid row (those below exist only on the slow paths).
  let countFigures: KeptFigures | undefined;
  const populationValue = fields.population;
  const population = isCount(populationValue)
    ? populationValue + 0
    : collectIssues(issues, () => readCount(populationValue, pathTo(base, 'population'), settings, (figure) => {
        countFigures = keptFigure(countFigures, 'population', figure);
      }));
  const period = fields.populationPeriod;
  const populationPeriod = isAbsent(period)
    ? undefined
    : collectIssues(issues, () => {
        if (typeof period !== 'string' || !PERIOD.test(period)) {
          fail('INVALID_PERIOD', pathTo(base, 'populationPeriod'), period, 'must be YYYY-S1, YYYY-S2 or YYYY');
        }
        return period;
      });
  const participantsValue = fields.participants;
  const participants = isCount(participantsValue)
    ? participantsValue + 0
    : collectIssues(issues, () => readCount(participantsValue, pathTo(base, 'participants'), settings, (figure) => {
        countFigures = keptFigure(countFigures, 'participants', figure);
      }));
  const active = fields.activeParticipants;
  const activeParticipants = isAbsent(active)
    ? undefined
    : isCount(active)
      ? active + 0
      : collectIssues(issues, () => readCount(active, pathTo(base, 'activeParticipants'), settings, (figure) => {
        countFigures = keptFigure(countFigures, 'activeParticipants', figure);
      }));
  if (activeParticipants !== undefined && participants !== undefined && activeParticipants > participants) {
    collectIssues(issues, () =>
      fail(
        'INCONSISTENT_COUNTS',
        pathTo(base, 'activeParticipants'),
        active,
        `must not exceed participants (${participants})`,
      ),
    );
  }
  const nonActive = fields.nonActiveParticipants;
  const nonActiveParticipants = isAbsent(nonActive)
    ? undefined
    : isCount(nonActive)
      ? nonActive + 0
      : collectIssues(issues, () => readCount(nonActive, pathTo(base, 'nonActiveParticipants'), settings, (figure) => {
        countFigures = keptFigure(countFigures, 'nonActiveParticipants', figure);
      }));
  if (nonActiveParticipants !== undefined && participants !== undefined && nonActiveParticipants > participants) {
    collectIssues(issues, () =>
      fail('INCONSISTENT_COUNTS', pathTo(base, 'nonActiveParticipants'), nonActive, `must not exceed participants (${participants})`),
    );
  }
  const segments = isAbsent(fields.segments) ? undefined : readSegments(fields.segments, pathTo(base, 'segments'), settings, issues);
  const printed = isAbsent(fields.printed) ? undefined : readPrinted(fields.printed, pathTo(base, 'printed'), settings, issues);
  const source = isAbsent(fields.source) ? undefined : readSource(fields.source, pathTo(base, 'source'), settings, issues);
  checkUnknownFields(fields, base, settings, issues);
  nameMisspeltKeys(fields.unknownKeys, base, issues, before);

  if (issues.length > before) return undefined;
  // Every required field is defined here: a failed check always records an issue. Built field
  // by field in the order of Snapshot, not with spreads of empty objects: the same object, cheaper.
  const snapshot: { -readonly [Key in keyof Snapshot]?: Snapshot[Key] } = {
    regionCode: regionCode as string,
    asOf: asOf as string,
    population: population as number,
  };
  if (populationPeriod !== undefined) snapshot.populationPeriod = populationPeriod;
  snapshot.participants = participants as number;
  if (activeParticipants !== undefined) snapshot.activeParticipants = activeParticipants;
  if (nonActiveParticipants !== undefined) snapshot.nonActiveParticipants = nonActiveParticipants;
  if (segments !== undefined) snapshot.segments = segments;
  if (printed !== undefined) snapshot.printed = printed;
  if (countFigures !== undefined) snapshot.countFigures = Object.freeze(countFigures);
  if (source !== undefined) snapshot.source = source;
  return Object.freeze(snapshot as Snapshot);
}
