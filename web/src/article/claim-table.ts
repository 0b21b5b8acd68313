// The claims of an article: region, date, counts, printed and computed percentages and the cause.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import type { ArticleClaim } from './article-report.js';

const HEADERS = ['claimRegion', 'claimDate', 'claimCounts', 'claimPrinted', 'claimComputed', 'claimCause'] as const;

export function claimTable(claims: readonly ArticleClaim[]): HTMLElement {
  if (claims.length === 0) return h('p', { class: 'muted' }, t('claimsNone'));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table', 'data-testid': 'claims-table' },
    h('caption', {}, t('claimsCaption')),
    h('thead', {}, h('tr', {}, ...HEADERS.map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, ...claims.map((claim) => h('tr', { 'data-verdict': claim.verdict },
      h('th', { scope: 'row' }, claim.region),
      h('td', {}, claim.date),
      h('td', {}, claim.counts),
      h('td', { class: `num verdict-${claim.verdict}` }, claim.printedPct),
      h('td', { class: 'num' }, claim.computedPct),
      h('td', {}, claim.cause))))));
}
