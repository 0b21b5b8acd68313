// The claims of an article: region, date, counts, printed and computed percentages and the cause.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import type { ArticleClaim } from './article-report.js';

const HEADERS = ['claimRegion', 'claimDate', 'claimCounts', 'claimPrinted', 'claimComputed', 'claimCause'] as const;

/** A cell listing `items` one per line; a dash when there are none. */
function listCell(label: string, items: readonly (string | { readonly text: string; readonly verdict: string })[], numeric = false): HTMLElement {
  if (items.length === 0) return h('td', { 'data-label': label }, '–');
  return h('td', { class: numeric ? 'num' : undefined, 'data-label': label },
    h('ul', { class: 'cell-list' }, ...items.map((item) =>
      typeof item === 'string' ? h('li', {}, item) : h('li', { class: `verdict-${item.verdict}`, 'data-verdict': item.verdict }, item.text))));
}

export function claimTable(claims: readonly ArticleClaim[]): HTMLElement {
  if (claims.length === 0) return h('p', { class: 'muted' }, t('claimsNone'));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table stack-on-phone', 'data-testid': 'claims-table' },
    h('caption', {}, t('claimsCaption')),
    h('thead', {}, h('tr', {}, ...HEADERS.map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, ...claims.map((claim) => h('tr', {},
      h('th', { scope: 'row' }, claim.region),
      h('td', { class: 'num', 'data-label': t('claimDate') }, claim.date),
      listCell(t('claimCounts'), claim.counts),
      listCell(t('claimPrinted'), claim.printed, true),
      listCell(t('claimComputed'), claim.computed, true),
      listCell(t('claimCause'), claim.causes))))));
}
