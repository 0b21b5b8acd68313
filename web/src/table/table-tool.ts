// The table tool: a CSV in (file, drop or paste), its column mapping and row issues, then the
// report of every region and province on a chosen date, sortable and downloadable, and two charts.
import { PROVINCES } from 'uhc-metrics';
import type { ActivityBase } from 'uhc-metrics';
import { h, replaceChildren } from '../dom.js';
import { onLocaleChange, t } from '../i18n.js';
import type { Messages } from '../messages.js';
import { labelledSelect } from '../labelled-select.js';
import { sortableTable } from '../sortable-table.js';
import { buildReport, defaultPeriod, reportPeriods, type Report, type ReportRow } from './build-report.js';
import { ACTIVITY_BASES, SCHEME_CHOICES, TARGET_CHOICES, type ReportSettings } from './choices.js';
import { coverageSeries, type CoverageSeries } from './coverage-series.js';
import { downloadCsv } from './csv-download.js';
import { parseCsv } from './parse-csv.js';
import { readTable, type TableInput } from './read-table.js';
import { loadRegionDirectory, type RegionDirectory } from './region-directory.js';
import { reportColumns, reportRecords } from './report-columns.js';

// The charts carry Observable Plot (and d3): loaded only when a table is first read.
type Charts = typeof import('./charts.js');
let charts: Promise<Charts> | undefined;
function loadCharts(): Promise<Charts> {
  charts ??= import('./charts.js');
  return charts;
}

type MessageKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

const REASONS = {
  empty: 'csvEmpty',
  binary: 'csvBinary',
  'no-header': 'csvNoHeader',
  'no-rows': 'csvNoRows',
} as const satisfies Record<string, MessageKey>;

export function tableTool(): HTMLElement {
  let input: TableInput | undefined;
  // The last table parsed, read again when the way of reading it changes.
  let parsed: Extract<ReturnType<typeof parseCsv>, { ok: true }> | undefined;
  let directory: RegionDirectory | undefined;
  let series: readonly CoverageSeries[] = [];
  // The problem shown above the results: a message key, or a key and a detail.
  let problem: { readonly key: MessageKey; readonly detail?: string } | undefined;

  const message = h('div', { class: 'message', role: 'alert', 'data-testid': 'table-message' });
  const fileInput = h('input', { type: 'file', id: 'csv-file', accept: '.csv,text/csv,text/plain', 'data-testid': 'csv-file' });
  const pasteArea = h('textarea', { id: 'csv-text', rows: '5', spellcheck: 'false', 'data-testid': 'csv-text' });
  const dropZone = h(
    'div',
    { class: 'drop-zone' },
    h('label', { for: 'csv-file', 'data-i18n': 'tableFileLabel' }, t('tableFileLabel')),
    fileInput,
    h('span', { class: 'hint', 'data-i18n': 'tableDropHint' }, t('tableDropHint')),
  );

  const targetSelect = labelledSelect('target', 'targetLabel', () =>
    TARGET_CHOICES.map((choice) => ({ value: choice.value, label: t(`target_${choice.value}` as MessageKey) })), () => guard(renderResults));
  const schemeSelect = labelledSelect('scheme', 'schemeLabel', () =>
    SCHEME_CHOICES.map((choice) => ({ value: choice.value, label: choice.scheme.name })), () => guard(renderResults));
  const baseSelect = labelledSelect('base', 'baseLabel', () =>
    ACTIVITY_BASES.map((base) => ({ value: base, label: t(`base_${base}`) })), () => guard(renderResults));
  const dateSelect = labelledSelect('date', 'dateLabel', () =>
    (input === undefined ? [] : reportPeriods(input.snapshots)).map((date) => ({ value: date, label: date })), () => guard(renderResults));
  const trendSelect = labelledSelect('trend-region', 'trendRegionLabel', () =>
    series.map((one) => ({ value: one.key, label: one.rolledUp ? `${one.name} (Σ)` : one.name })), () => guard(renderTrend));

  const dayFormatSelect = labelledSelect('day-format', 'dayFormatLabel', () => [
    { value: 'dd/mm/yyyy', label: t('dayFormat_ddmmyyyy') },
    { value: '', label: t('dayFormat_none') },
  ], () => guard(reread));
  const provinceSelect = labelledSelect('province', 'provinceLabel', () => [
    { value: '', label: t('provinceAll') },
    ...PROVINCES.map((province) => ({ value: province.code, label: `${province.code} ${province.name}` })),
  ], () => guard(reread));
  const reading = h(
    'fieldset',
    { class: 'settings' },
    h('legend', { 'data-i18n': 'readingSettings' }, t('readingSettings')),
    dayFormatSelect.element, provinceSelect.element,
  );

  const settings = h(
    'fieldset',
    { class: 'settings', hidden: true },
    h('legend', { 'data-i18n': 'tableSettings' }, t('tableSettings')),
    targetSelect.element, schemeSelect.element, baseSelect.element, dateSelect.element,
  );
  const mappingBox = h('section', { class: 'result-block', 'data-testid': 'column-mapping' });
  const issuesBox = h('section', { class: 'result-block', 'data-testid': 'row-issues' });
  const regionsBox = h('section', { class: 'result-block', 'data-testid': 'regions' });
  const provincesBox = h('section', { class: 'result-block', 'data-testid': 'provinces' });
  const trendBox = h('div');
  const rankBox = h('div');
  const chartsBox = h(
    'section',
    { class: 'result-block charts', hidden: true },
    h('h3', { 'data-i18n': 'chartsHeading' }, t('chartsHeading')),
    h('h4', { 'data-i18n': 'trendHeading' }, t('trendHeading')),
    trendSelect.element,
    trendBox,
    h('h4', { 'data-i18n': 'rankHeading' }, t('rankHeading')),
    rankBox,
  );
  const results = h('div', { class: 'results', 'data-testid': 'table-results' }, mappingBox, issuesBox, regionsBox, provincesBox, chartsBox);

  function currentSettings(): ReportSettings {
    const target = TARGET_CHOICES.find((choice) => choice.value === targetSelect.select.value) ?? TARGET_CHOICES[0]!;
    const scheme = SCHEME_CHOICES.find((choice) => choice.value === schemeSelect.select.value) ?? SCHEME_CHOICES[0]!;
    const base = (ACTIVITY_BASES as readonly string[]).includes(baseSelect.select.value) ? (baseSelect.select.value as ActivityBase) : 'population';
    return { target: target.target, scheme: scheme.scheme, base };
  }

  function targetLabel(): string {
    return t(`target_${targetSelect.select.value}` as MessageKey);
  }

  function chartWidth(): number {
    const width = results.clientWidth;
    return width > 0 ? Math.min(width, 900) : 640;
  }

  function showProblem(): void {
    replaceChildren(message, problem === undefined ? '' : [t(problem.key), problem.detail].filter(Boolean).join(' '));
  }

  /** Runs `work`; an unexpected error becomes a message on the page, never a blank page. */
  function guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      problem = { key: 'unexpectedError', detail: error instanceof Error ? error.message : String(error) };
      showProblem();
    }
  }

  /** Reads the parsed table with the chosen date format and province (names need the directory). */
  function reread(): void {
    if (parsed === undefined || directory === undefined) return;
    const province = provinceSelect.select.value;
    input = readTable(parsed.headers, parsed.rows, parsed.problems, {
      lookupRegion: directory.lookupRegion,
      regionName: directory.regionName,
      dayFormat: dayFormatSelect.select.value === 'dd/mm/yyyy' ? 'dd/mm/yyyy' : undefined,
      province: province === '' ? undefined : province,
    });
    series = coverageSeries(input.snapshots, input.names);
    dateSelect.refresh();
    dateSelect.select.value = defaultPeriod(input.snapshots) ?? '';
    trendSelect.refresh();
    // A table read anew opens on its longest series, not on a region kept from the last table.
    trendSelect.select.value = series[0]?.key ?? '';
    renderResults();
  }

  async function load(text: string): Promise<void> {
    const result = parseCsv(text);
    input = undefined;
    series = [];
    parsed = undefined;
    if (!result.ok) {
      problem = { key: REASONS[result.reason] };
    } else {
      problem = undefined;
      parsed = result;
      try {
        directory ??= await loadRegionDirectory();
      } catch {
        problem = { key: 'regionsUnavailable' };
      }
    }
    showProblem();
    if (parsed !== undefined && directory !== undefined) guard(reread);
    else guard(renderResults);
  }

  async function loadFile(file: File | undefined): Promise<void> {
    if (file === undefined) return;
    try {
      const text = await file.text();
      await load(text);
    } catch {
      problem = { key: 'csvUnreadable' };
      showProblem();
    }
  }

  function block(box: HTMLElement, heading: MessageKey, ...content: (Node | string)[]): void {
    replaceChildren(box, h('h3', { 'data-i18n': heading }, t(heading)), ...content);
  }

  function renderMapping(table: TableInput): void {
    const fields = t('fields');
    const rows = table.mapping.map((entry) =>
      h('tr', {},
        h('th', { scope: 'row' }, entry.column),
        h('td', { class: entry.field === undefined ? 'muted' : undefined, 'data-field': entry.field ?? '' },
          entry.field === undefined ? t('mappingUnused') : `${fields[entry.field] ?? entry.field} (${entry.field})`)),
    );
    block(mappingBox, 'mappingHeading', h('div', { class: 'table-scroll' }, h('table', { class: 'data-table compact' },
      h('caption', { class: 'visually-hidden' }, t('mappingCaption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('mappingColumn')), h('th', { scope: 'col' }, t('mappingField')))),
      h('tbody', {}, ...rows))));
  }

  function renderIssues(table: TableInput): void {
    const notes = table.notes.length === 0 ? [] : [
      h('h4', {}, t('notesHeading')),
      h('div', { class: 'table-scroll' }, h('table', { class: 'data-table compact stack-on-phone', 'data-testid': 'notes-table' },
        h('caption', { class: 'visually-hidden' }, t('notesCaption')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('issueRow')), h('th', { scope: 'col' }, t('issueMessage')))),
        h('tbody', {}, ...table.notes.map((note) => h('tr', { 'data-code': note.code },
          h('td', { class: 'num', 'data-label': t('issueRow') }, String(note.row)),
          h('td', { 'data-label': t('issueMessage') }, t('noteCodes')[note.code] ?? note.code, h('br'), h('small', { class: 'muted', lang: 'en' }, note.message))))))),
    ];
    if (table.issues.length === 0) {
      block(issuesBox, 'issuesHeading', h('p', { class: 'ok' }, t('issuesNone')), ...notes);
      return;
    }
    const rows = table.issues.map((issue) =>
      h('tr', { 'data-code': issue.code },
        h('td', { class: 'num', 'data-label': t('issueRow') }, issue.row === undefined ? t('issueWholeTable') : String(issue.row)),
        h('td', { 'data-label': t('issueColumn') }, issue.column),
        h('td', { 'data-label': t('issueValue') }, h('code', {}, issue.value)),
        h('td', { 'data-label': t('issueMessage') },
          t('issueCodes')[issue.code] ?? issue.code,
          issue.candidates.length === 0 ? '' : ` (${t('issueCandidates')}: ${issue.candidates.join(', ')})`,
          h('br'),
          h('small', { class: 'muted', lang: 'en' }, issue.message))),
    );
    block(issuesBox, 'issuesHeading', h('p', { class: 'warning' }, t('issuesCount')(table.issues.length)),
      h('div', { class: 'table-scroll' }, h('table', { class: 'data-table compact stack-on-phone', 'data-testid': 'issues-table' },
        h('caption', { class: 'visually-hidden' }, t('issuesCaption')),
        h('thead', {}, h('tr', {}, ...(['issueRow', 'issueColumn', 'issueValue', 'issueMessage'] as const).map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, ...rows))),
      ...notes);
  }

  function reportTable(rows: readonly ReportRow[], caption: string, testId: string, fileName: string, downloadKey: MessageKey, rolledUp = false): HTMLElement {
    const base = currentSettings().base;
    return h('div', {},
      h('button', { type: 'button', class: 'secondary', 'data-testid': `${testId}-download`, onclick: () => downloadCsv(fileName, reportRecords(rows, base)) }, t(downloadKey)),
      sortableTable({ caption, columns: reportColumns(base, rolledUp), rows, initial: { id: 'rank', direction: 'ascending' }, testId, sortLabel: t('sortBy') }));
  }

  function renderReport(report: Report): void {
    block(regionsBox, 'regionsHeading', reportTable(report.regions, t('regionsCaption')(report.date, targetLabel()), 'regions-table', `cakupan-${report.date}.csv`, 'download'));
    if (report.rollUpProblem !== undefined) block(provincesBox, 'provincesHeading', h('p', { class: 'warning' }, t('rollUpProblem')(report.rollUpProblem)));
    else if (report.provinces.length === 0) block(provincesBox, 'provincesHeading', h('p', { class: 'muted' }, t('provincesNone')));
    else block(provincesBox, 'provincesHeading', reportTable(report.provinces, t('provincesCaption')(report.date), 'provinces-table', `provinsi-${report.date}.csv`, 'downloadProvinces', true));
  }

  // Each drawing into a box is numbered, so a chart whose module arrives late never replaces a newer one.
  const drawings = new Map<HTMLElement, number>();
  async function drawInto(box: HTMLElement, draw: (module: Charts) => Node | string): Promise<void> {
    const ticket = (drawings.get(box) ?? 0) + 1;
    drawings.set(box, ticket);
    try {
      const module = await loadCharts();
      if (drawings.get(box) === ticket) guard(() => replaceChildren(box, draw(module)));
    } catch {
      problem = { key: 'chartsUnavailable' };
      showProblem();
    }
  }

  function renderTrend(): void {
    const chosen = series.find((one) => one.key === trendSelect.select.value) ?? series[0];
    const { target } = currentSettings();
    const label = targetLabel();
    void drawInto(trendBox, (module) => (chosen === undefined ? '' : module.trendChart(chosen, target, label, chartWidth())));
  }

  function renderRanking(report: Report): void {
    void drawInto(rankBox, (module) => module.rankingChart(report.regions, report.date, chartWidth()));
  }

  function renderCharts(): void {
    if (input === undefined || input.snapshots.length === 0) return;
    renderRanking(buildReport(input, dateSelect.select.value, currentSettings(), directory?.regenciesOf));
    renderTrend();
  }

  function renderResults(): void {
    for (const box of [mappingBox, issuesBox, regionsBox, provincesBox, trendBox, rankBox]) box.replaceChildren();
    settings.hidden = input === undefined || input.snapshots.length === 0;
    chartsBox.hidden = settings.hidden;
    if (input === undefined) return;
    renderMapping(input);
    renderIssues(input);
    if (input.snapshots.length === 0) {
      block(regionsBox, 'regionsHeading', h('p', { class: 'warning' }, t('noSnapshots')));
      return;
    }
    const report = buildReport(input, dateSelect.select.value, currentSettings(), directory?.regenciesOf);
    renderReport(report);
    renderRanking(report);
    renderTrend();
  }

  fileInput.addEventListener('change', () => void loadFile(fileInput.files?.[0]));
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    void loadFile(event.dataTransfer?.files[0]);
  });
  // Charts are drawn to the width of the results: again when it changes (a phone turned
  // sideways, or a window resized while the other tool was open).
  let drawnWidth = 0;
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const width = results.clientWidth;
      if (width === 0 || width === drawnWidth) return;
      drawnWidth = width;
      guard(renderCharts);
    }, 150);
  }).observe(results);
  onLocaleChange(() => guard(() => {
    targetSelect.refresh();
    baseSelect.refresh();
    dayFormatSelect.refresh();
    provinceSelect.refresh();
    showProblem();
    renderResults();
  }));

  return h(
    'section',
    { 'data-testid': 'table-tool' },
    h('h2', { 'data-i18n': 'tabTable' }, t('tabTable')),
    h('p', { 'data-i18n': 'tableIntro' }, t('tableIntro')),
    dropZone,
    h('div', { class: 'field' },
      h('label', { for: 'csv-text', 'data-i18n': 'tablePasteLabel' }, t('tablePasteLabel')),
      pasteArea),
    h('button', { type: 'button', class: 'primary', 'data-testid': 'csv-read', 'data-i18n': 'tableRead', onclick: () => void load(pasteArea.value) }, t('tableRead')),
    reading,
    message,
    settings,
    results,
  );
}
