/**
 * The report's charts, each rendered to SVG in Node with vega-lite and vega
 * (data inline, nothing loaded, no script) and described in words with its key figures.
 */
export type { Chart } from './chart.js';
export { stakeholderChart } from './stakeholder-chart.js';
export { domainChart } from './domain-chart.js';
export { paybackChart } from './payback-chart.js';
export { tornadoChart } from './tornado-chart.js';
export { histogramChart } from './histogram-chart.js';
