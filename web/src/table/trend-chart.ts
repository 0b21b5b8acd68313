// Coverage over time for one series: the points, the chosen target as a line over the dates it
// is in force, and the projection at the series' pace to the target's deadline (or to the date
// the pace reaches it).
import * as Plot from '@observablehq/plot';
import { coveragePct, projectTargetDate } from 'uhc-metrics';
import type { Target, TargetDateProjection } from 'uhc-metrics';
import { h } from '../dom.js';
import { showPp } from '../format.js';
import { t } from '../i18n.js';
import { addDays, asOfDate, daysBetween } from './as-of-date.js';
import type { CoverageSeries } from './coverage-series.js';

const TARGET_COLOUR = '#b42318';
const LINE_COLOUR = '#1d4ed8';
const YEAR_DAYS = 365.25;

/** The coverage threshold of a target: its (first) coverage condition. */
function coverageThreshold(target: Target): number | undefined {
  return target.conditions.find((condition) => condition.metric === 'coverage')?.thresholdPct;
}

interface Point {
  readonly date: Date;
  readonly pct: number;
}

/** A sentence on what the projection says. */
function projectionSentence(projection: TargetDateProjection, targetName: string): string {
  const pace = t('trendPace')(showPp(projection.pacePpPerYear));
  if (!projection.reached) return `${t('trendNotReached')(targetName)} ${pace}`;
  if (projection.alreadyMet) return t('trendAlreadyMet')(targetName);
  return `${t('trendReached')(projection.date, targetName)} ${pace}`;
}

/** The chart and its text, in a figure; `width` in CSS pixels. */
export function trendChart(series: CoverageSeries, target: Target, targetLabel: string, width: number): HTMLElement {
  const points: Point[] = series.snapshots.flatMap((snapshot) => {
    const pct = coveragePct(snapshot);
    return pct === undefined ? [] : [{ date: asOfDate(snapshot.asOf), pct }];
  });
  const threshold = coverageThreshold(target);
  const first = points[0];
  const last = points[points.length - 1];
  const notes: string[] = [];
  let projectionLine: Point[] = [];
  let end = last === undefined ? new Date() : addDays(last.date, YEAR_DAYS);
  if (threshold !== undefined && last !== undefined && points.length >= 2) {
    const projection = projectTargetDate(series.snapshots, target);
    notes.push(projectionSentence(projection, targetLabel));
    const deadline = target.deadline === undefined ? undefined : asOfDate(target.deadline);
    const reachDate = projection.reached && !projection.alreadyMet ? asOfDate(projection.date) : undefined;
    const limit = addDays(last.date, 10 * YEAR_DAYS);
    end = deadline !== undefined && deadline > last.date ? deadline : end;
    if (reachDate !== undefined && reachDate > end && reachDate <= limit) end = reachDate;
    if (!projection.reached || !projection.alreadyMet) {
      const atEnd = last.pct + (projection.pacePpPerYear * daysBetween(last.date, end)) / YEAR_DAYS;
      projectionLine = [last, { date: end, pct: atEnd }];
    }
  } else if (points.length < 2) {
    notes.push(t('trendSingleDate'));
  }
  const start = first?.date ?? new Date();
  const marks: Plot.Markish[] = [];
  if (threshold !== undefined) {
    const from = asOfDate(target.validFrom);
    const until = target.validUntil === undefined ? end : asOfDate(target.validUntil);
    const x1 = from > start ? from : start;
    const x2 = until < end ? until : end;
    const line = x1 < x2 ? { x1, x2 } : { x1: start, x2: end };
    marks.push(
      Plot.ruleY([{ y: threshold, ...line }], { y: 'y', x1: 'x1', x2: 'x2', stroke: TARGET_COLOUR, strokeWidth: 2, className: 'target-line' }),
      Plot.text([{ y: threshold, x: line.x1 }], {
        x: 'x', y: 'y', text: () => `${targetLabel}`, dy: -8, textAnchor: 'start', fill: TARGET_COLOUR, className: 'target-label',
      }),
    );
  }
  marks.push(
    Plot.line(points, { x: 'date', y: 'pct', stroke: LINE_COLOUR, strokeWidth: 2, className: 'coverage-line' }),
    Plot.dot(points, { x: 'date', y: 'pct', fill: LINE_COLOUR, r: 3.5, className: 'coverage-points' }),
  );
  if (projectionLine.length === 2) {
    marks.push(
      Plot.line(projectionLine, { x: 'date', y: 'pct', stroke: LINE_COLOUR, strokeDasharray: '5,4', className: 'projection' }),
      Plot.text(projectionLine.slice(1), { x: 'date', y: 'pct', text: () => t('projectionLabel'), dy: 14, dx: -4, textAnchor: 'end', fill: LINE_COLOUR }),
    );
  }
  const values = [...points, ...projectionLine].map((point) => point.pct);
  if (threshold !== undefined) values.push(threshold);
  const low = Math.floor(Math.min(...values) - 1);
  const high = Math.ceil(Math.max(...values) + 1);
  const svg = Plot.plot({
    width,
    height: 300,
    marginLeft: 44,
    marginRight: 16,
    x: { type: 'utc', domain: [start, end], label: null, ticks: width < 500 ? 4 : 8 },
    y: { domain: [low, high], label: t('trendCoverageAxis'), grid: true },
    marks,
    ariaLabel: t('trendCaption')(series.name, targetLabel),
  });
  return h(
    'figure',
    { class: 'chart', 'data-testid': 'trend-chart' },
    svg,
    h('figcaption', {}, t('trendCaption')(series.name, targetLabel), ...notes.map((note) => h('span', { class: 'chart-note' }, ` ${note}`))),
  );
}
