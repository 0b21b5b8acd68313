// The two charts, in their own chunk: Observable Plot is the largest part of the page and only
// the table tool's results need it.
export { rankingChart } from './ranking-chart.js';
export { trendChart } from './trend-chart.js';
