import { formatMoney, type EvaluationResult, type StakeholderResult, toDecimal } from '@sroi/core';
import { safeText } from '../safe-text.js';
import { barsSpec, type Bar } from './bars.js';
import { moneyAndShare } from './figures.js';
import type { Chart } from './chart.js';
import { renderChart } from './render.js';

/** Stakeholders drawn one bar each; beyond one more than this, the smallest share one bar, so the chart fits a page. */
const SHOWN = 12;
/** Stakeholders named in the description; the rest are given as one figure. */
const NAMED = 3;

const TITLE = 'Present value by stakeholder';

/** Largest present value first; equal values keep the evaluation's order (sort is stable). */
const largestFirst = (stakeholders: readonly StakeholderResult[]) =>
  [...stakeholders].sort((a, b) => b.presentValue.comparedTo(a.presentValue));

/** The present value and share of some stakeholders together. */
function together(result: EvaluationResult, stakeholders: readonly StakeholderResult[]) {
  const presentValue = stakeholders.reduce((total, item) => total.plus(item.presentValue), toDecimal(0));
  const share = result.presentValue.isZero() ? null : presentValue.div(result.presentValue);
  return { presentValue, share };
}

/**
 * Present value by stakeholder as horizontal bars, largest first, each with
 * its present value and share printed beside it; beyond thirteen stakeholders
 * all but the twelve largest share one bar ("Other stakeholders (n)"). Names longer than the
 * axis's room end with an ellipsis; the description names the top three in full.
 *
 * @param result - core's `evaluate` result
 * @returns the SVG and a description such as
 *   "Present value by stakeholder, £559,006.68 in all. Patients referred to link workers: £493,666.88 (88.3%); …"
 */
export async function stakeholderChart(result: EvaluationResult): Promise<Chart> {
  const currency = result.settings.currency;
  const sorted = largestFirst(result.stakeholders);
  const shown = sorted.length > SHOWN + 1 ? sorted.slice(0, SHOWN) : sorted;
  const bars: Bar[] = shown.map((item) => ({
    label: item.name,
    value: item.presentValue.toNumber(),
    text: moneyAndShare(item.presentValue, item.share, currency),
  }));
  const rest = sorted.slice(shown.length);
  if (rest.length > 0) {
    const others = together(result, rest);
    bars.push({
      label: `Other stakeholders (${rest.length})`,
      value: others.presentValue.toNumber(),
      text: moneyAndShare(others.presentValue, others.share, currency),
    });
  }
  const total = formatMoney(result.presentValue, currency);
  return renderChart(barsSpec(bars, TITLE, `${total} in all, largest first`), TITLE, describe(result, sorted));
}

function describe(result: EvaluationResult, sorted: readonly StakeholderResult[]): string {
  const currency = result.settings.currency;
  const opening = `${TITLE}, ${formatMoney(result.presentValue, currency)} in all.`;
  if (sorted.length === 0) return `${opening} The evaluation has no stakeholders.`;
  const named = sorted
    .slice(0, NAMED)
    .map((item) => `${safeText(item.name)}: ${moneyAndShare(item.presentValue, item.share, currency)}`);
  const rest = sorted.slice(NAMED);
  const others = together(result, rest);
  const more =
    rest.length === 0
      ? ''
      : ` The other ${rest.length} stakeholder${rest.length === 1 ? '' : 's'} together: ${moneyAndShare(others.presentValue, others.share, currency)}.`;
  return `${opening} ${named.join('; ')}.${more}`;
}
