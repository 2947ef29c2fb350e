import { formatMoney, type EvaluationResult } from '@sroi/core';
import { domainName } from '../domain-names.js';
import { barsSpec } from './bars.js';
import type { Chart } from './chart.js';
import { moneyAndShare } from './figures.js';
import { renderChart } from './render.js';

const TITLE = 'Present value by domain';

/**
 * Present value by the Act's domains (economic, social, environmental, and
 * "No domain" for outcomes given none) as horizontal bars, largest first,
 * each with its present value and share.
 *
 * @param result - core's `evaluate` result
 * @returns the SVG and a description such as
 *   "Present value by domain, £559,006.68 in all. Social: £512,925.58 (91.8%); Economic: £45,094.20 (8.1%); …"
 */
export async function domainChart(result: EvaluationResult): Promise<Chart> {
  const currency = result.settings.currency;
  const sorted = [...result.domains].sort((a, b) => b.presentValue.comparedTo(a.presentValue));
  const bars = sorted.map((item) => ({
    label: domainName(item.domain),
    value: item.presentValue.toNumber(),
    text: moneyAndShare(item.presentValue, item.share, currency),
  }));
  const total = formatMoney(result.presentValue, currency);
  const figures = bars.map((bar) => `${bar.label}: ${bar.text}`);
  const description =
    `${TITLE}, ${total} in all.` +
    (figures.length === 0 ? ' The evaluation has no outcomes.' : ` ${figures.join('; ')}.`);
  return renderChart(barsSpec(bars, TITLE, `${total} in all, largest first`), TITLE, description);
}
