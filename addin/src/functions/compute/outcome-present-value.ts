import {
  outcomePresentValue as presentValueOfOutcome,
  type Decimal,
  type Discount,
  type OutcomeEstimates,
  type Timing,
} from '@sroi/core';
import { discountFactorsUpTo } from './discount-factors-cache.js';

/**
 * The present value of one impact-map row (METHOD.md steps 1 to 3), by the
 * engine's own projection, so that `SROI.OUTCOMEPV` gives the digits
 * `evaluate` gives that row. Only the discount factors are the add-in's:
 * one cached table per (rate, timing) serves every row Excel recalculates.
 *
 * @example
 * ```ts
 * const row = { quantity: d(100), proxy: d(1000), deadweight: d(0.2), displacement: d(0.1),
 *   attribution: d(0.25), dropOff: d(0.5), duration: 3, startYear: 1 };
 * outcomePresentValue(row, undefined, 'end-of-year').toFixed(2); //=> '89554.93'
 * ```
 */
export function outcomePresentValue(row: OutcomeEstimates, discount: Discount | undefined, timing: Timing): Decimal {
  const factors = discountFactorsUpTo(discount, timing, row.startYear + row.duration - 1);
  return presentValueOfOutcome(row, factors);
}
