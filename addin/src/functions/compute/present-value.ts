import { toDecimal, type Decimal, type Discount, type Timing } from '@sroi/core';
import { discountFactorsUpTo } from './discount-factors-cache.js';

const ZERO = toDecimal(0);

/**
 * The present value of yearly values, year 1 first: the sum of each year's
 * value times its discount factor (METHOD.md step 3), as the engine
 * discounts outcomes.
 *
 * @param values - undiscounted value of years 1, 2, ...
 * @param discount - default `{ rate: 0.035 }`
 * @param timing - when in each year values arise
 *
 * @example
 * ```ts
 * presentValueOf([54000, 27000, 13500].map(toDecimal), undefined, 'end-of-year').toFixed(2); //=> '89554.93'
 * ```
 */
export function presentValueOf(values: readonly Decimal[], discount: Discount | undefined, timing: Timing): Decimal {
  if (values.length === 0) return ZERO;
  const factors = discountFactorsUpTo(discount, timing, values.length);
  return values.reduce((sum, value, index) => sum.plus(value.times(factors[index + 1] as Decimal)), ZERO);
}
