import {
  impactOf,
  toDecimal,
  yearlyValues,
  type Decimal,
  type Discount,
  type ReductionShares,
  type Timing,
} from '@sroi/core';
import { discountFactorsUpTo } from './discount-factors-cache.js';

const ZERO = toDecimal(0);

/** One impact-map row, already read and checked. */
export interface OutcomeRow extends ReductionShares {
  readonly quantity: Decimal;
  readonly proxy: Decimal;
  readonly dropOff: Decimal;
  readonly duration: number;
  readonly startYear: number;
}

/**
 * The present value of one outcome (METHOD.md steps 1 to 3): its impact,
 * projected over its years with drop-off, each year discounted.
 *
 * @example
 * ```ts
 * const row = { quantity: d(100), proxy: d(1000), deadweight: d(0.2), displacement: d(0.1),
 *   attribution: d(0.25), dropOff: d(0.5), duration: 3, startYear: 1 };
 * outcomePresentValue(row, undefined, 'end-of-year').toFixed(2); //=> '89554.93'
 * ```
 */
export function outcomePresentValue(row: OutcomeRow, discount: Discount | undefined, timing: Timing): Decimal {
  const values = yearlyValues(impactOf(row.quantity, row.proxy, row), row.dropOff, row.duration);
  const factors = discountFactorsUpTo(discount, timing, row.startYear + row.duration - 1);
  return values.reduce((sum, value, k) => sum.plus(value.times(factors[row.startYear + k] as Decimal)), ZERO);
}
