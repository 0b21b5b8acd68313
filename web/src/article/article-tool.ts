// The article tool: paste a text or load a seed article, check it, and read every figure
// highlighted with its explanation, a legend, and the claim table.
import { h, replaceChildren } from '../dom.js';
import { locale, onLocaleChange, t } from '../i18n.js';
import { labelledSelect } from '../labelled-select.js';
import type { ArticleChecker, ArticleReport, FigureVerdict } from './article-report.js';
import { claimTable } from './claim-table.js';
import { highlightedText } from './highlighted-text.js';
import { seedChoices, seedText } from './seed-texts.js';

const VERDICTS: readonly FigureVerdict[] = ['consistent', 'inconsistent', 'unchecked'];

function legend(report: ArticleReport): HTMLElement {
  const roles = new Map(report.figures.map((figure) => [figure.role, figure.roleLabel]));
  return h('div', { class: 'legend' },
    h('div', {}, h('strong', {}, `${t('legendVerdicts')}: `),
      ...VERDICTS.map((verdict) => h('span', { class: `legend-item verdict-${verdict}` }, t(`verdict_${verdict}`)))),
    h('div', {}, h('strong', {}, `${t('legendRoles')}: `),
      ...[...roles].map(([role, label]) => h('span', { class: `legend-item role-${role}` }, label))));
}

/**
 * The tool. `loadChecker` loads the checker (a chunk of its own, fetched on the first check);
 * without one (a library built without `checkArticle`) the tool says so when asked to check.
 */
export function articleTool(loadChecker: (() => Promise<ArticleChecker>) | undefined): HTMLElement {
  let checker: ArticleChecker | undefined;
  let checkedText: string | undefined;
  let problem: 'articleEmpty' | 'articleUnavailable' | 'unexpectedError' | undefined;
  let problemDetail = '';

  const textArea = h('textarea', { id: 'article-input', rows: '10', 'data-testid': 'article-input' });
  const message = h('div', { class: 'message', role: 'alert', 'data-testid': 'article-message' });
  const output = h('div', { class: 'results', 'data-testid': 'article-results' });
  const seeds = seedChoices();
  const seedSelect = labelledSelect('seed', 'seedLabel', () => [
    { value: '', label: t('seedNone') },
    ...seeds.map((seed) => ({ value: seed.id, label: seed.label })),
  ], () => undefined);

  function showProblem(): void {
    replaceChildren(message, problem === undefined ? '' : `${t(problem)} ${problemDetail}`.trim());
  }

  function render(): void {
    showProblem();
    if (checkedText === undefined || checker === undefined) {
      output.replaceChildren();
      return;
    }
    try {
      const report = checker(checkedText, locale());
      replaceChildren(
        output,
        h('h3', {}, t('articleHeading')),
        report.figures.length === 0 ? h('p', { class: 'muted' }, t('articleNoFigures')) : h('p', { class: 'hint' }, t('articleHint')),
        legend(report),
        highlightedText(checkedText, report.figures),
        h('h3', {}, t('claimsHeading')),
        claimTable(report.claims),
      );
    } catch (error) {
      problem = 'unexpectedError';
      problemDetail = error instanceof Error ? error.message : String(error);
      output.replaceChildren();
      showProblem();
    }
  }

  async function check(): Promise<void> {
    problemDetail = '';
    checkedText = undefined;
    problem = textArea.value.trim() === '' ? 'articleEmpty' : loadChecker === undefined ? 'articleUnavailable' : undefined;
    if (problem === undefined && loadChecker !== undefined) {
      try {
        checker ??= await loadChecker();
        checkedText = textArea.value;
      } catch (error) {
        problem = 'unexpectedError';
        problemDetail = error instanceof Error ? error.message : String(error);
      }
    }
    render();
  }

  async function loadSeed(): Promise<void> {
    const seed = seeds.find((one) => one.id === seedSelect.select.value);
    if (seed === undefined) return;
    try {
      textArea.value = await seedText(seed.id);
      await check();
    } catch (error) {
      problem = 'unexpectedError';
      problemDetail = error instanceof Error ? error.message : String(error);
      showProblem();
    }
  }

  onLocaleChange(() => {
    seedSelect.refresh();
    render();
  });

  return h(
    'section',
    { 'data-testid': 'article-tool' },
    h('h2', { 'data-i18n': 'tabArticle' }, t('tabArticle')),
    h('p', { 'data-i18n': 'articleIntro' }, t('articleIntro')),
    h('div', { class: 'row' },
      seedSelect.element,
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'seed-load', 'data-i18n': 'seedLoad', onclick: () => void loadSeed() }, t('seedLoad'))),
    h('div', { class: 'field' },
      h('label', { for: 'article-input', 'data-i18n': 'articleTextLabel' }, t('articleTextLabel')),
      textArea),
    h('button', { type: 'button', class: 'primary', 'data-testid': 'article-check', 'data-i18n': 'articleCheck', onclick: () => void check() }, t('articleCheck')),
    message,
    output,
  );
}
