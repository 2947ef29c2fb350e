import { Decimal, formatMoney, formatPercent } from '@sroi/core';

/**
 * A present value with its share of the total, as the report's tables print
 * them: "£181,500.00 (55.1%)"; the money alone when there is no share (a total of zero).
 */
export function moneyAndShare(presentValue: Decimal, share: Decimal | null, currency: string): string {
  return share === null
    ? formatMoney(presentValue, currency)
    : `${formatMoney(presentValue, currency)} (${formatPercent(share)})`;
}

/**
 * A share of the Monte Carlo draws as a percentage to one place, never
 * rounded to 0% or 100% when some draws fall the other way: 9,999 of
 * 10,000 is "more than 99.9%", not "100.0%".
 */
export function drawsPercent(share: number): string {
  const text = formatPercent(new Decimal(share));
  if (share > 0 && text === '0.0%') return 'less than 0.1%';
  if (share < 1 && text === '100.0%') return 'more than 99.9%';
  return text;
}

/** A whole number with thousands separators: 10000 is "10,000". */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
