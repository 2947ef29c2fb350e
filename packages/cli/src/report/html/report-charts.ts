import type { EvaluationResult, MonteCarloResult, OneWay } from '@sroi/core';
import { domainChart, histogramChart, paybackChart, stakeholderChart, tornadoChart } from '../charts/index.js';
import type { ReportCharts } from './content.js';

/**
 * Renders the page's five charts to SVG (in Node, before the page is put
 * together), at once.
 *
 * @param monteCarlo - a run made with `keepDraws`, for the histogram
 * @param top - how many estimates the tornado shows
 */
export async function reportCharts(
  result: EvaluationResult,
  oneWay: OneWay,
  monteCarlo: MonteCarloResult,
  top: number,
): Promise<ReportCharts> {
  const [stakeholders, domains, payback, tornado, histogram] = await Promise.all([
    stakeholderChart(result),
    domainChart(result),
    paybackChart(result),
    tornadoChart(oneWay, result, top),
    histogramChart(monteCarlo, result),
  ]);
  return { stakeholders, domains, payback, tornado, histogram };
}
