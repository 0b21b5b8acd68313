/**
 * Stable machine-readable codes carried by every {@link UhcMetricsError}.
 *
 * - `INVALID_COUNT`: a count of people is not a finite, non-negative, safe integer.
 * - `INVALID_NUMBER`: a numeric parameter (a ratio, a threshold, a pace) is not a finite number in range.
 * - `INVALID_DATE`: a date is not a real calendar date in ISO `YYYY-MM-DD` form.
 * - `INVALID_PERIOD`: a population reference period is not of the form `YYYY-S1`, `YYYY-S2` or `YYYY`.
 * - `INVALID_REGION_CODE`: a Kemendagri region code is malformed.
 * - `UNKNOWN_PROVINCE`: a region code names a province that does not exist.
 * - `INVALID_FIGURE`: a printed figure cannot be parsed.
 * - `INVALID_TYPE`: a value has the wrong type (a string where an object was expected, ...).
 * - `INVALID_OPTION`: an option is unknown or has a value outside its allowed set.
 * - `INCONSISTENT_COUNTS`: counts contradict each other (active participants above participants).
 * - `EMPTY_INPUT`: an operation needs at least one (or two) items and got fewer.
 * - `MIXED_REGIONS`: snapshots of different regions were given where one region was expected.
 * - `DUPLICATE_SNAPSHOT`: two snapshots of the same region and date were given where one was expected.
 * - `CONFLICTING_SNAPSHOTS`: two snapshots of the same region and date carry different values.
 * - `UNKNOWN_REGION`: a region name matches no region.
 * - `AMBIGUOUS_REGION`: a region name matches more than one region (a bare `Blitar`).
 * - `INVALID_AREA`: an area's membership is malformed (empty, a member repeated or inside another).
 * - `INPUT_THREW`: the caller's own code threw while the library read an input (a getter, a
 *   proxy trap, a key function); the original error is the {@link UhcMetricsError}'s `cause`.
 * - `INVALID_INPUT`: several issues were found at once; see {@link UhcMetricsError.issues}.
 *
 * @category Errors
 */
export type UhcMetricsErrorCode =
  | 'INVALID_COUNT'
  | 'INVALID_NUMBER'
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'INVALID_REGION_CODE'
  | 'UNKNOWN_PROVINCE'
  | 'INVALID_FIGURE'
  | 'INVALID_TYPE'
  | 'INVALID_OPTION'
  | 'INCONSISTENT_COUNTS'
  | 'EMPTY_INPUT'
  | 'MIXED_REGIONS'
  | 'DUPLICATE_SNAPSHOT'
  | 'CONFLICTING_SNAPSHOTS'
  | 'UNKNOWN_REGION'
  | 'AMBIGUOUS_REGION'
  | 'INVALID_AREA'
  | 'INPUT_THREW'
  | 'INVALID_INPUT';

/**
 * A path to a field inside the input: property names and array indexes, outermost first.
 *
 * @category Errors
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input: what is wrong, where, and the offending value.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'INVALID_COUNT',
 *   path: ['rows', 3, 'population'],
 *   value: -1,
 *   message: 'rows[3].population must be a non-negative safe integer, got -1',
 * };
 * ```
 *
 * @category Errors
 */
export interface Issue {
  /** The machine-readable kind of problem. */
  readonly code: UhcMetricsErrorCode;
  /** Where the problem is, outermost first; empty for the input itself. */
  readonly path: IssuePath;
  /** The offending value, as given. */
  readonly value: unknown;
  /** A sentence for people, naming the field and the value (or saying that the field is missing). */
  readonly message: string;
}

/** The brand that {@link isUhcMetricsError} checks; survives loading both the ESM and CJS builds. */
const BRAND = 'uhc-metrics/UhcMetricsError';

/** What threw while the given issues were read, and where: `['issues', 0, 'message']`. */
class UnreadableIssues {
  constructor(
    readonly path: IssuePath,
    readonly thrown: unknown,
  ) {}
}

/** `issues[0].message`: written here, below the describing helpers, which import this module. */
function spelled(path: IssuePath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/**
 * The given issues read once (issue 17): each element and each of its four fields is read one
 * time into a fresh record, so a getter or proxy among them is never asked twice and later
 * checks see what was read. What is not an array, or the first element that is not an object, is
 * kept as given for {@link badIssuesPath} to name. A read that throws is an {@link UnreadableIssues}.
 */
function readIssues(issues: unknown): unknown {
  let path: IssuePath = ['issues'];
  try {
    if (!Array.isArray(issues)) return issues;
    const read: unknown[] = [];
    const { length } = issues;
    for (let index = 0; index < length; index += 1) {
      path = ['issues', index];
      const issue: unknown = issues[index];
      // Array.isArray first: it throws for a revoked proxy, which is then blamed as a whole.
      // Reading stops at the first element that is no issue (a hole of a huge sparse array).
      if (typeof issue !== 'object' || issue === null || Array.isArray(issue)) {
        read.push(issue);
        break;
      }
      const field = (key: keyof Issue): unknown => {
        path = ['issues', index, key];
        return (issue as Partial<Issue>)[key];
      };
      const code = field('code');
      const given = field('path');
      path = ['issues', index, 'path'];
      const issuePath = Array.isArray(given) ? Object.freeze([...(given as IssuePath)]) : given;
      read.push({ code, path: issuePath, value: field('value'), message: field('message') });
    }
    return read;
  } catch (error) {
    throw new UnreadableIssues(path, error);
  }
}

/**
 * Where `issues` stops being a non-empty array of issues, or `undefined` when it is one. Checked
 * here by hand: the assertion helpers sit above this module and throw this very class.
 */
function badIssuesPath(issues: unknown): IssuePath | undefined {
  if (!Array.isArray(issues) || issues.length === 0) return ['issues'];
  const index = issues.findIndex(
    (issue: unknown) =>
      typeof issue !== 'object' ||
      issue === null ||
      typeof (issue as Partial<Issue>).code !== 'string' ||
      !Array.isArray((issue as Partial<Issue>).path) ||
      typeof (issue as Partial<Issue>).message !== 'string',
  );
  return index === -1 ? undefined : ['issues', index];
}

/** How many issues the message of an error with several quotes; `issues` lists them all. */
const SUMMARISED_ISSUES = 3;
/** The most characters of one issue's message that an error's message quotes. */
const QUOTED_MESSAGE_LENGTH = 500;

/** One issue's message, cut short. */
function quoted(issue: Issue): string {
  const { message } = issue;
  return message.length > QUOTED_MESSAGE_LENGTH ? `${message.slice(0, QUOTED_MESSAGE_LENGTH - 3)}...` : message;
}

/**
 * The error's message, of bounded length however many issues there are (issue 17, class 4):
 * the only issue's message, or the count, the first few messages and how many more there are.
 */
function summary(issues: readonly [Issue, ...Issue[]]): string {
  if (issues.length === 1) return quoted(issues[0]);
  const shown = issues.slice(0, SUMMARISED_ISSUES).map(quoted).join('; ');
  const more = issues.length - SUMMARISED_ISSUES;
  return `${issues.length} issues: ${shown}${more > 0 ? `; and ${more} more (see issues)` : ''}`;
}

/**
 * The only error this library throws. It names the bad field (`path`) and value (`value`),
 * and carries every issue found when several were (`issues`). Its message is bounded: one
 * issue's message (at most 500 characters), or for several the count, the first three messages
 * and `and N more (see issues)`.
 *
 * Test for it with {@link isUhcMetricsError}, not `instanceof`: when both the ESM and the CJS
 * build are loaded in one process there are two classes.
 *
 * @example
 * ```ts
 * try {
 *   coverageRatio({ population: -5, participants: 3 });
 * } catch (error) {
 *   if (isUhcMetricsError(error)) {
 *     [error.code, error.path];
 *     // => ['INVALID_COUNT', ['population']]
 *   }
 * }
 * ```
 *
 * @category Errors
 */
export class UhcMetricsError extends Error {
  /** Always `'UhcMetricsError'`. */
  override readonly name: 'UhcMetricsError' = 'UhcMetricsError';
  /**
   * The kind of the problem when there is one; `INVALID_INPUT` when there are several (each
   * of {@link UhcMetricsError.issues} keeps its own code). `path` and `value` are always the
   * first problem's.
   */
  readonly code: UhcMetricsErrorCode;
  /** Where the first problem is; empty for the input itself. */
  readonly path: IssuePath;
  /** The offending value of the first problem. */
  readonly value: unknown;
  /** Every problem found; at least one. */
  readonly issues: readonly Issue[];
  /** @internal Brand for {@link isUhcMetricsError}. */
  readonly [Symbol.toStringTag]: string = BRAND;

  /**
   * @param issues - the problems found, at least one; the first gives `path` and `value`, and
   *   `code` when it is the only one (several give `INVALID_INPUT`).
   * @param options - `cause`: the error that led to this one (the caller's own error for
   *   `INPUT_THREW`), kept as the standard `Error.cause`.
   * @throws {@link UhcMetricsError} `INVALID_TYPE` (path `['issues']`, or `['issues', index]` for
   *   one bad element) when `issues` is not a non-empty array of issues; `INPUT_THREW` (the path
   *   of the field, such as `['issues', 0, 'message']`, the thrown value as `cause`) when reading
   *   them throws (a getter, a proxy).
   *   Each issue and each of its fields is read once.
   */
  constructor(issues: readonly [Issue, ...Issue[]], options?: { readonly cause?: unknown }) {
    let read: unknown;
    try {
      read = readIssues(issues);
    } catch (error) {
      if (!(error instanceof UnreadableIssues)) throw error;
      // A getter or proxy among the issues threw: named like every other read of caller code.
      const message = `${spelled(error.path)} could not be read: the caller's code threw`;
      throw new UhcMetricsError([{ code: 'INPUT_THREW', path: error.path, value: undefined, message }], { cause: error.thrown });
    }
    const bad = badIssuesPath(read);
    if (bad !== undefined) {
      throw new UhcMetricsError([
        { code: 'INVALID_TYPE', path: bad, value: issues, message: 'issues must be a non-empty array of issues' },
      ]);
    }
    // badIssuesPath found a non-empty array of issues.
    const checked = read as [Issue, ...Issue[]];
    const [first] = checked;
    super(
      summary(checked),
      options !== undefined && 'cause' in options ? { cause: options.cause } : undefined,
    );
    this.code = checked.length === 1 ? first.code : 'INVALID_INPUT';
    this.path = first.path;
    this.value = first.value;
    this.issues = Object.freeze(checked);
  }
}

/**
 * Whether a caught value is an error thrown by this library, whichever build (ESM or CJS) threw it.
 *
 * @param error - any caught value
 * @returns `true` when `error` is a {@link UhcMetricsError}; `false` for anything else, a value
 *   whose reading throws (a revoked proxy) included: it never throws
 *
 * @example
 * ```ts
 * isUhcMetricsError(new Error('x'));
 * // => false
 * ```
 *
 * @category Errors
 */
export function isUhcMetricsError(error: unknown): error is UhcMetricsError {
  try {
    return (
      error instanceof Error &&
      error.name === 'UhcMetricsError' &&
      (error as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === BRAND
    );
  } catch {
    // A revoked proxy or a throwing getter: whatever it is, it is not an error of this library.
    return false;
  }
}
