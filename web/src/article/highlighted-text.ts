// The article's text with every figure marked: the role as the underline, the verdict as the
// colour and a symbol, and the explanation shown on hover and on keyboard focus (each figure is
// a tab stop, described to screen readers by its explanation).
import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import type { ArticleFigure } from './article-report.js';

export function highlightedText(text: string, figures: readonly ArticleFigure[]): HTMLElement {
  const container = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  const ordered = [...figures].sort((a, b) => a.start - b.start || b.end - a.end);
  let offset = 0;
  for (const figure of ordered) {
    // A figure inside another one already marked (a year inside a date) is not marked twice.
    if (figure.start < offset || figure.end > text.length || figure.end <= figure.start) continue;
    container.append(text.slice(offset, figure.start));
    const tipId = uid('figure-tip');
    const verdictLabel = t(`verdict_${figure.verdict}`);
    container.append(
      h(
        'span',
        { class: 'figure-wrap' },
        h(
          'mark',
          {
            class: `figure role-${figure.role} verdict-${figure.verdict}`,
            tabindex: '0',
            'data-testid': 'figure',
            'data-role': figure.role,
            'data-verdict': figure.verdict,
            'aria-describedby': tipId,
          },
          text.slice(figure.start, figure.end),
        ),
        h(
          'span',
          { class: 'tip', role: 'tooltip', id: tipId },
          h('strong', {}, `${t('figureRole')}: `), figure.roleLabel, h('br'),
          h('strong', {}, `${t('figureVerdict')}: `), verdictLabel, h('br'),
          figure.explanation,
        ),
      ),
    );
    offset = figure.end;
  }
  container.append(text.slice(offset));
  return container;
}
