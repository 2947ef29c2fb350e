import { discountTable, rateOfYear, toDecimal, type Decimal, type Discount } from '@sroi/core';
import type { Plan } from './plan.js';

/**
 * The Discounting sheet's rows as the engine computes them, years 0..plan.years:
 * the rate of each year, the end-of-year factor 1 / prod(1 + r_k), and the
 * discount factor under the evaluation's timing (METHOD.md step 3). These are
 * the values stored with the formulas; both factor rows are core's
 * `discountTable`, so the years the engine evaluates hold its own factors.
 */
export interface DiscountRows {
  /** rates[t] for t >= 1; null where a rates list has no rate (the cell stays blank). */
  readonly rates: readonly (Decimal | null)[];
  readonly endOfYearFactors: readonly Decimal[];
  readonly discountFactors: readonly Decimal[];
}

const cache = new WeakMap<Plan, DiscountRows>();

/**
 * The Discounting sheet's rates and factors for a plan, computed once per plan.
 *
 * @example
 * ```ts
 * discountFactors(planOf(evaluation)).endOfYearFactors[1].toFixed(6); //=> '0.966184' (at 3.5%)
 * ```
 */
export function discountFactors(plan: Plan): DiscountRows {
  const cached = cache.get(plan);
  if (cached !== undefined) return cached;
  const discount = plan.evaluation.discount;
  const timing = plan.evaluation.timing ?? 'end-of-year';
  const rates: (Decimal | null)[] = [null];
  for (let year = 1; year <= plan.years; year += 1) rates.push(rateOf(discount, year));
  const onSheet = asOnTheSheet(discount, plan.years);
  const rows = {
    rates,
    endOfYearFactors: discountTable(onSheet, 'end-of-year', plan.years).factors,
    discountFactors: discountTable(onSheet, timing, plan.years).factors,
  };
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

/**
 * The discount as the sheet's formulas apply it: a rate cell left blank past
 * the end of a rates list counts as 0 (1 + blank is 1), so the sheet's extra
 * year columns (templates, start-of-year timing) still get a factor.
 */
function asOnTheSheet(discount: Discount | undefined, years: number): Discount | undefined {
  if (discount === undefined || !('rates' in discount) || discount.rates.length >= years) return discount;
  return { rates: Array.from({ length: years }, (_, k) => discount.rates[k] ?? 0) };
}
