import { Decimal } from '../decimal.js';

/**
 * Display helpers. Calculations never round; these round half away from zero
 * (as Excel's ROUND does) for what people read.
 */
const Display = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });

const SYMBOLS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' };

function grouped(value: Decimal, places: number): string {
  const fixed = new Display(value).toFixed(places);
  const [whole = '', fraction] = fixed.replace('-', '').split('.');
  const sign = fixed.startsWith('-') ? '-' : '';
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + withCommas + (fraction === undefined ? '' : `.${fraction}`);
}

/**
 * Money to the penny with thousands separators.
 *
 * @example
 * ```ts
 * formatMoney(new Decimal('89554.9333'), 'GBP'); //=> '£89,554.93'
 * formatMoney(new Decimal('-1200'), 'NOK');      //=> '-NOK 1,200.00'
 * formatMoney(new Decimal('0.25125'), 'GBP', 4); //=> '£0.2513' (a unit price, to more places)
 * ```
 */
export function formatMoney(value: Decimal, currency = 'GBP', places = 2): string {
  const text = grouped(value, places);
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const symbol = SYMBOLS[currency];
  return (negative ? '-' : '') + (symbol === undefined ? `${currency} ${digits}` : symbol + digits);
}

/**
 * An SROI ratio as practitioners write it.
 *
 * @example
 * ```ts
 * formatRatio(new Decimal('3.8749')); //=> '3.87 : 1'
 * formatRatio(null);                   //=> 'n/a'
 * ```
 */
export function formatRatio(ratio: Decimal | null, places = 2): string {
  return ratio === null ? 'n/a' : `${grouped(ratio, places)} : 1`;
}

/**
 * A share as a percentage.
 *
 * @example
 * ```ts
 * formatPercent(new Decimal('0.255')); //=> '25.5%'
 * ```
 */
export function formatPercent(share: Decimal | null, places = 1): string {
  return share === null ? 'n/a' : `${new Display(share).times(100).toFixed(places)}%`;
}

/**
 * Months, to one decimal place.
 *
 * @example
 * ```ts
 * formatMonths(new Decimal('11.1111')); //=> '11.1 months'
 * ```
 */
export function formatMonths(months: Decimal | null): string {
  return months === null ? 'n/a' : `${new Display(months).toFixed(1)} months`;
}

/**
 * Tender points, to two decimal places.
 *
 * @example
 * ```ts
 * formatPoints(new Decimal('48')); //=> '48.00'
 * ```
 */
export function formatPoints(points: Decimal): string {
  return new Display(points).toFixed(2);
}
