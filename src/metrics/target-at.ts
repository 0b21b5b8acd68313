import { assertArray, assertOneOf, assertOptions, fail, refuse } from '../internal/assert.js';
import { assertDayNumber, dayNumberOf } from '../internal/calendar.js';
import type { IsoDate } from '../models/snapshot.js';
import { TARGET_PRESETS } from './target-presets.js';
import { readTarget, type Target, type TargetKind } from './target.js';
import { copyInput, ownField } from '../internal/copy-input.js';

/**
 * Options of {@link targetAt}.
 *
 * @category Coverage and targets
 */
export interface TargetAtOptions {
  /** The targets to search; {@link TARGET_PRESETS} by default. */
  readonly targets?: readonly Target[];
  /**
   * Which kind of rule: `'uhc-status'` (is the region UHC?) or `'plan'` (the RPJMN goal).
   * Required when `targets` holds more than one kind, as the presets do.
   */
  readonly kind?: TargetKind;
}

const KINDS: readonly TargetKind[] = ['uhc-status', 'plan'];

/** The last day a target applies, as a day number; open-ended targets never end. */
function lastDay(target: Target): number {
  const validUntil = ownField(target, 'validUntil') as IsoDate | undefined;
  return validUntil === undefined ? Infinity : (dayNumberOf(validUntil) as number);
}

/**
 * The target of a given kind in force on a date. Two kinds of rule run side by side and are
 * never mixed: on 14 Mar 2023 a region was "UHC" at 95% (`uhc-status`, used for that day's
 * awards) while the RPJMN 2020-2024 plan asked 98% by 2024 (`plan`). So `kind` is required
 * whenever the targets hold both; within one kind, validity windows must not overlap, so at most
 * one target applies.
 *
 * @param date - an ISO date `YYYY-MM-DD`, e.g. a snapshot's `asOf`
 * @param options - `targets` to search (default {@link TARGET_PRESETS}); `kind` of rule
 * @returns the target whose window (`validFrom` to `validUntil`, inclusive) holds `date`;
 *   `undefined` when none does
 * @throws {@link UhcMetricsError} `INVALID_DATE` when `date` is not a real calendar date;
 *   `INVALID_OPTION` for an unknown option or `kind`, when `kind` is missing while the targets
 *   hold several kinds, or when two targets of one kind overlap; `INVALID_TYPE` when `targets`
 *   is not an array; any code of {@link defineTarget} for a malformed target.
 * @throws {@link UhcMetricsError} `INPUT_THREW` when the caller's own code throws while the input is
 *   read (a getter, a proxy trap, a revoked proxy); the original is its `cause`
 *
 * @example
 * ```ts
 * targetAt('2023-03-14', { kind: 'uhc-status' })?.id;
 * // => 'UHC_2015_2019'
 * targetAt('2023-03-14', { kind: 'plan' })?.id;
 * // => 'RPJMN_2020_2024'
 * targetAt('2025-09-29', { kind: 'uhc-status' })?.id;
 * // => 'BPJS_UHC_2025'
 * targetAt('2010-01-01', { kind: 'plan' });
 * // => undefined
 * ```
 *
 * @category Coverage and targets
 */
export function targetAt(date: IsoDate, options?: TargetAtOptions): Target | undefined {
  options = copyInput(options, ['options']);
  const day = assertDayNumber(date, []);
  // Checked as unknown: callers without types may pass anything.
  const opts: unknown = options;
  assertOptions(opts, ['targets', 'kind']);
  const kind = opts?.['kind'];
  if (kind !== undefined) assertOneOf(kind, KINDS, ['options', 'kind']);
  // Only a missing value means the default: `null` is rejected, not taken for the presets.
  const given = opts?.['targets'] === undefined ? TARGET_PRESETS : opts['targets'];
  assertArray(given, ['options', 'targets']);
  // Array.from, not map: map skips the holes of a sparse array instead of reporting them.
  const windows = Array.from(given, (value, index) => {
    const target = readTarget(value, ['options', 'targets', index]);
    return { target, index, from: dayNumberOf(target.validFrom) as number, until: lastDay(target) };
  });

  const kinds = [...new Set(windows.map(({ target }) => target.kind))];
  if (kind === undefined && kinds.length > 1) {
    refuse('INVALID_OPTION', ['options', 'kind'], kind, `must be given: the targets hold several kinds (${kinds.join(', ')})`);
  }
  // Overlaps are checked over the whole list, not only at `date`, so a bad list fails on every call.
  const byStart = [...windows].sort((a, b) => a.from - b.from || a.index - b.index);
  const previousOfKind = new Map<TargetKind, (typeof windows)[number]>();
  for (const entry of byStart) {
    const previous = previousOfKind.get(entry.target.kind);
    if (previous !== undefined && previous.until >= entry.from) {
      fail(
        'INVALID_OPTION',
        ['options', 'targets', entry.index],
        entry.target.id,
        `must not overlap target ${previous.target.id} of the same kind (${entry.target.kind})`,
      );
    }
    previousOfKind.set(entry.target.kind, entry);
  }
  return windows.find(
    ({ target, from, until }) => (kind === undefined || target.kind === kind) && from <= day && day <= until,
  )?.target;
}
