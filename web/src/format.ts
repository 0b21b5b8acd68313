// Numbers as the page's language prints them, through the library's formatters. An undefined
// result prints as a dash, never as 0.
import { formatCount, formatPercent, formatPp } from 'uhc-metrics';
import { locale } from './i18n.js';

export const DASH = '–';

export function showPct(pct: number | undefined): string {
  return pct === undefined ? DASH : formatPercent(pct, { locale: locale() });
}

export function showCount(count: number | undefined): string {
  return count === undefined ? DASH : formatCount(count, { locale: locale() });
}

export function showPp(pp: number | undefined): string {
  return pp === undefined ? DASH : formatPp(pp, { locale: locale() });
}
