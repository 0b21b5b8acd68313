// Regions ranked by coverage on one date, as bars from 0, with the 95% (UHC) and 98% (RPJMN)
// lines drawn across.
import * as Plot from '@observablehq/plot';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import type { ReportRow } from './build-report.js';

// Close together on the axis: their labels are stacked, 98% above 95%.
const LINES = [
  { pct: 95, label: 'UHC 95%', colour: '#b54708', dy: -2 },
  { pct: 98, label: 'RPJMN 98%', colour: '#b42318', dy: -14 },
] as const;

export function rankingChart(rows: readonly ReportRow[], date: string, width: number): HTMLElement {
  const measured = rows
    .flatMap((row) => (row.coveragePct === undefined ? [] : [{ name: row.name, code: row.code, pct: row.coveragePct }]))
    .sort((a, b) => b.pct - a.pct);
  const labelWidth = Math.min(190, Math.round(width * 0.38));
  const top = Math.max(100, ...measured.map((row) => row.pct));
  // Coverage sits near 100% almost everywhere: bars from 0 would all look full. The axis starts
  // at a multiple of 10 below the lowest region, and the caption says where.
  const floor = Math.max(0, Math.min(90, Math.floor((Math.min(...measured.map((row) => row.pct)) - 2) / 10) * 10));
  const svg = Plot.plot({
    width,
    height: 56 + 22 * measured.length,
    marginLeft: labelWidth,
    marginRight: 16,
    x: { domain: [floor, Math.ceil(top)], label: t('rankAxis'), grid: true },
    y: { domain: measured.map((row) => row.code), label: null, axis: null },
    marks: [
      Plot.barX(measured, { x1: floor, x2: 'pct', y: 'code', fill: '#60a5fa', className: 'coverage-bars' }),
      Plot.axisY({
        tickFormat: (code: string) => measured.find((row) => row.code === code)?.name ?? code,
        lineWidth: (labelWidth - 12) / 10, // in ems of the 10 px axis font
        textOverflow: 'ellipsis',
        label: null,
      }),
      ...LINES.flatMap((line) => [
        Plot.ruleX([line.pct], { stroke: line.colour, strokeWidth: 2, className: `target-line-${line.pct}` }),
        Plot.text([line.pct], { x: (pct: number) => pct, frameAnchor: 'top', dy: line.dy, text: () => line.label, fill: line.colour, textAnchor: 'end', dx: -3 }),
      ]),
    ],
    marginTop: 32,
    ariaLabel: t('rankCaption')(date, floor),
  });
  return h('figure', { class: 'chart', 'data-testid': 'ranking-chart' }, svg, h('figcaption', {}, t('rankCaption')(date, floor)));
}
