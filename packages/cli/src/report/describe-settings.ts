import { formatPercent, toDecimal, type EvaluationSettings } from '@sroi/core';

/**
 * The settings in a phrase, for the head of a report.
 *
 * @example
 * ```ts
 * describeSettings(result.settings);
 * //=> 'GBP, end-of-year timing, discount 3.5% a year, multiplicative reductions'
 * ```
 */
export function describeSettings(settings: EvaluationSettings): string {
  const discount = settings.discount;
  let rate: string;
  if ('rate' in discount)
    rate = `discount ${formatPercent(toDecimal(discount.rate), 2).replace(/\.?0+%$/, '%')} a year`;
  else if ('schedule' in discount)
    rate = `discount ${discount.schedule === 'green-book' ? 'Green Book' : 'Green Book (health)'} declining schedule`;
  else rate = `discount rates by year (${discount.rates.length} given)`;
  return `${settings.currency}, ${settings.timing} timing, ${rate}, ${settings.reductions} reductions`;
}
