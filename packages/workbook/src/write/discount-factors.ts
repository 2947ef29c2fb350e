import { type Decimal, rateOfYear, toDecimal, type Discount } from '@sroi/core';
import type { Plan } from './plan.js';

/**
 * The Discounting sheet's rows as the engine computes them, years 0..plan.years:
 * the rate of each year, the end-of-year factor 1 / prod(1 + r_k), and the
 * discount factor under the evaluation's timing (METHOD.md step 3). These are
 * the values stored with the formulas; years the engine evaluates take its
 * own factors.
 */
export interface DiscountRows {
  /** rates[t] for t >= 1; null where a rates list has no rate (the cell stays blank). */
  readonly rates: readonly (Decimal | null)[];
  readonly endOfYearFactors: readonly Decimal[];
  readonly discountFactors: readonly Decimal[];
}

const cache = new WeakMap<Plan, DiscountRows>();

export function discountFactors(plan: Plan): DiscountRows {
  const cached = cache.get(plan);
  if (cached !== undefined) return cached;
  const discount = plan.evaluation.discount;
  const timing = plan.evaluation.timing ?? 'end-of-year';
  const one = toDecimal(1);
  const rates: (Decimal | null)[] = [null];
  const endOfYearFactors: Decimal[] = [one];
  const discountFactors: Decimal[] = [one];
  for (let year = 1; year <= plan.years; year += 1) {
    const rate = rateOf(discount, year);
    rates.push(rate);
    const before = endOfYearFactors[year - 1] as Decimal;
    const onePlusRate = one.plus(rate ?? 0);
    endOfYearFactors.push(before.div(onePlusRate));
    const engine = plan.result.years[year - 1]?.discountFactor;
    const own =
      timing === 'start-of-year'
        ? before
        : timing === 'mid-year'
          ? before.div(onePlusRate.sqrt())
          : before.div(onePlusRate);
    discountFactors.push(engine ?? own);
  }
  const rows = { rates, endOfYearFactors, discountFactors };
  cache.set(plan, rows);
  return rows;
}

function rateOf(discount: Discount | undefined, year: number): Decimal | null {
  if (discount !== undefined && 'rates' in discount) {
    const rate = discount.rates[year - 1];
    return rate === undefined ? null : toDecimal(rate);
  }
  return rateOfYear(discount, year);
}
