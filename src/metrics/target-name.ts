import { copyInput } from '../internal/copy-input.js';
import { resolveFigureLocale, type FigureLocale } from '../figures/figure-locale.js';
import { assertOptions } from '../internal/assert.js';
import { readTarget, type Target } from './target.js';

/**
 * Options of {@link targetName}.
 *
 * @example
 * ```ts
 * const options: TargetNameOptions = { locale: 'en' };
 * ```
 *
 * @category Coverage and targets
 */
export interface TargetNameOptions {
  /** `'id'` (Indonesian, the default, as every formatter of this library) or `'en'`. */
  readonly locale?: FigureLocale;
}

/**
 * A target's name in one language: what a report prints for it.
 *
 * @param target - a {@link Target} (a preset, or one built by {@link defineTarget}); checked as
 *   {@link defineTarget} checks its input
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the name in that language
 * @throws {@link UhcMetricsError} the codes of {@link defineTarget} for an invalid target;
 *   `INVALID_OPTION` for an unknown option or `locale`
 *
 * @example
 * ```ts
 * targetName(RPJMN_2020_2024);
 * // => 'RPJMN 2020-2024: cakupan minimal 98% pada 2024'
 * targetName(RPJMN_2020_2024, { locale: 'en' });
 * // => 'RPJMN 2020-2024: coverage at least 98% by 2024'
 * ```
 *
 * @category Coverage and targets
 */
export function targetName(target: Target, options?: TargetNameOptions): string {
  const opts: unknown = copyInput(options, ['options']);
  assertOptions(opts, ['locale']);
  const locale = resolveFigureLocale(opts?.['locale'], ['options', 'locale']);
  return readTarget(target, ['target']).name[locale];
}
