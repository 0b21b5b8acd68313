import type { IssuePath } from '../../src/errors/uhc-metrics-error.js';
import { figureData } from './fixtures.js';
import { rejects, row, type HostileCase } from './hostile-case.js';

// Issue 17, "validated once, rejected later": createSnapshot used to keep figure objects that
// reconcileSnapshot and figuresAgree then refused. These rows break one invariant of a parsed
// figure each; every function that accepts a figure object gets all of them, with the same code
// and path, so one validator (src/figures/read-printed-figure.ts) decides everywhere.

/**
 * Rows of class `inconsistent figure` for a PrintedFigure argument at `path`, built from `text`
 * (a figure of the kind expected there). `issue` words the expected failure (`rejects`, or
 * `safeIssue` for the safe forms).
 */
export function inconsistentFigureCases(
  place: (figure: unknown) => readonly unknown[],
  path: IssuePath,
  text: string,
  issue: typeof rejects = rejects,
): HostileCase[] {
  const where = (what: string): string => `${path.join('.')}.${what}`;
  const figure = figureData(text);
  const value = figure['value'] as number;
  const rounded = figure['rounded'] as { low: number; high: number };
  const broken = (overrides: Readonly<Record<string, unknown>>) => () => place({ ...figureData(text), ...overrides });
  const at = (...rest: string[]): IssuePath => [...path, ...rest];
  return [
    row('inconsistent figure', where('value (outside its own interval)'), broken({ value: value * 10 + 1 }), issue('INVALID_FIGURE', at('value'))),
    row('inconsistent figure', where('value (negative)'), broken({ value: -value - 1 }), issue('INVALID_FIGURE', at('value'))),
    row('inconsistent figure', where('rounded.high (infinite for an exact figure)'), broken({ rounded: { low: rounded.low, high: Infinity } }), issue('INVALID_FIGURE', at('rounded', 'high'))),
    row('inconsistent figure', where('rounded.low (-Infinity)'), broken({ rounded: { low: -Infinity, high: rounded.high } }), issue('INVALID_FIGURE', at('rounded', 'low'))),
    row('inconsistent figure', where('step (absurd)'), broken({ step: 1e300 }), issue('INVALID_FIGURE', at('step'))),
    row('inconsistent figure', where('scaleExponent (no scale word)'), broken({ scaleExponent: 7 }), issue('INVALID_FIGURE', at('scaleExponent'))),
    row('inconsistent figure', where('decimals (beyond any print)'), broken({ decimals: 1e6 }), issue('INVALID_FIGURE', at('decimals'))),
    row('inconsistent figure', where('interval (not the hull of rounded and truncated)'), broken({ interval: { low: rounded.low, high: rounded.high + 1e6 } }), issue('INVALID_FIGURE', at('interval'))),
  ];
}
