import type { FigureQualifier } from './printed-figure.js';

/** Every {@link FigureQualifier}, for validating figure objects that did not come from the parser. */
export const FIGURE_QUALIFIERS: readonly FigureQualifier[] = /* @__PURE__ */ Object.freeze([
  'exact',
  'about',
  'more-than',
  'at-least',
  'less-than',
  'almost',
] as const);
