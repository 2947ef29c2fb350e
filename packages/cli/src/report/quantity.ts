import { type Decimal, ROUND_HALF_UP } from '@sroi/core';

/**
 * A quantity of a measure as a commissioner reads it: thousands separated,
 * at most two decimal places (rounded half away from zero), no trailing zeros.
 *
 * @example
 * ```ts
 * formatQuantity(toDecimal('1250'));   //=> '1,250'
 * formatQuantity(toDecimal('2.5'));    //=> '2.5'
 * formatQuantity(toDecimal('0.3333')); //=> '0.33'
 * ```
 */
export function formatQuantity(value: Decimal): string {
  const [whole = '', fraction] = value.toDecimalPlaces(2, ROUND_HALF_UP).toFixed().split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}
