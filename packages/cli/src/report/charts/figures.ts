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

/** A whole number with thousands separators: 10000 is "10,000". */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The value axis of a chart of ratios, or of present values when there are no
 * inputs (the tornado, the histogram): its title and tick format.
 */
export function figureAxis(byRatio: boolean, currency: string): { readonly title: string; readonly format: string } {
  return byRatio
    ? { title: 'SROI ratio (x : 1)', format: '.2f' }
    : { title: `Present value (${currency})`, format: ',.0f' };
}
