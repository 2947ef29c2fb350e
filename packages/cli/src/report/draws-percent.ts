import { formatPercent, toDecimal } from '@sroi/core';

/**
 * A share of the Monte Carlo draws as a percentage, never rounded to 0% or
 * 100% when some draws fall the other way: to two places, 9,999 of 10,000 is
 * "99.99%" and 99,999 of 100,000 "more than 99.99%", not "100.00%". One rule
 * for the terminal, Markdown, the HTML report and its histogram.
 *
 * @param share - from 0 to 1
 * @param places - decimal places of the percentage (default 1)
 *
 * @example
 * ```ts
 * drawsPercent(0.9996);      //=> 'more than 99.9%'
 * drawsPercent(0.99999, 2);  //=> 'more than 99.99%'
 * drawsPercent(0.5, 2);      //=> '50.00%'
 * ```
 */
export function drawsPercent(share: number, places = 1): string {
  const text = formatPercent(toDecimal(share), places);
  const step = toDecimal(10).pow(-places).toFixed(places);
  if (share > 0 && text === `${toDecimal(0).toFixed(places)}%`) return `less than ${step}%`;
  if (share < 1 && text === `${toDecimal(100).toFixed(places)}%`)
    return `more than ${toDecimal(100).minus(step).toFixed(places)}%`;
  return text;
}
