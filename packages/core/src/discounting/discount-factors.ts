import { ONE, toDecimal, type Decimal } from '../decimal.js';
import type { Discount, Timing } from '../model/types.js';
import { DEFAULT_RATE, greenBookRate } from './rates.js';
import { lastYearToDiscount } from '../model/years.js';
import { SroiEvaluationError } from '../errors.js';

/**
 * Discount factors for years 0..lastYear, computed once per evaluation.
 *
 * Year t's exponent is t (end-of-year), t - 1 (start-of-year) or t - 0.5
 * (mid-year). Rates that change by year compound year by year: the factor
 * for exponent e is the product of 1 / (1 + r_k) for k = 1..floor(e), times
 * (1 + r_(floor(e)+1))^-(e - floor(e)). Year 0 (inputs) is always 1.
 * See METHOD.md step 3.
 */
export interface DiscountTable {
  /** `factors[t]` is the discount factor of year t. */
  readonly factors: readonly Decimal[];
  readonly timing: Timing;
}

/**
 * The rate of the k-th year of discounting (k >= 1) for a discount setting.
 *
 * @example
 * ```ts
 * rateOfYear(undefined, 1).toString();                  //=> '0.035'
 * rateOfYear({ schedule: 'green-book' }, 31).toString(); //=> '0.03'
 * rateOfYear({ rates: [0.05, 0.04] }, 2).toString();     //=> '0.04'
 * ```
 *
 * @throws SroiEvaluationError when a `rates` list has no rate for the year
 */
export function rateOfYear(discount: Discount | undefined, year: number): Decimal {
  if (discount === undefined) return DEFAULT_RATE;
  if ('rate' in discount) return toDecimal(discount.rate);
  if ('schedule' in discount) return greenBookRate(year, discount.schedule);
  const rate = discount.rates[year - 1];
  if (rate === undefined) {
    throw new SroiEvaluationError(`discount.rates has ${discount.rates.length} rates; year ${year} needs one`);
  }
  return toDecimal(rate);
}

/**
 * Builds the discount factors of years 0..lastYear.
 *
 * @example
 * ```ts
 * discountTable({ rate: 0.035 }, 'end-of-year', 2).factors[2].toFixed(6); //=> '0.933511'
 * ```
 */
export function discountTable(discount: Discount | undefined, timing: Timing, lastYear: number): DiscountTable {
  // compounded[n] = product of (1 + r_k), k = 1..n: only as many years as the
  // timing needs (start-of-year never uses the last year's rate), so a rates
  // list that validation accepts is always long enough.
  const steps = lastYearToDiscount(lastYear, timing);
  const onePlusRate: Decimal[] = [ONE];
  const compounded: Decimal[] = [ONE];
  const constant = discount === undefined || 'rate' in discount ? ONE.plus(rateOfYear(discount, 1)) : undefined;
  for (let k = 1; k <= steps; k += 1) {
    const step = constant ?? ONE.plus(rateOfYear(discount, k));
    onePlusRate.push(step);
    compounded.push((compounded[k - 1] as Decimal).times(step));
  }
  const factors: Decimal[] = [ONE];
  for (let year = 1; year <= lastYear; year += 1) {
    factors.push(factorOf(year, timing, compounded, onePlusRate));
  }
  return { factors, timing };
}

function factorOf(year: number, timing: Timing, compounded: Decimal[], onePlusRate: Decimal[]): Decimal {
  const before = compounded[year - 1] as Decimal;
  switch (timing) {
    case 'end-of-year':
      return ONE.div(compounded[year] as Decimal);
    case 'start-of-year':
      return ONE.div(before);
    case 'mid-year':
      return ONE.div(before.times((onePlusRate[year] as Decimal).sqrt()));
  }
}

/**
 * The discount factor of one year: what one unit of value arising in that
 * year is worth today. Year 0 is 1.
 *
 * @param year - 0 or more; a whole number
 * @param discount - default `{ rate: 0.035 }`
 * @param timing - default `"end-of-year"`
 *
 * @example
 * ```ts
 * discountFactor(1).toFixed(6);                                     //=> '0.966184'
 * discountFactor(1, { rate: 0.035 }, 'start-of-year').toString();   //=> '1'
 * discountFactor(31, { schedule: 'green-book' }).toFixed(6);        //=> '0.345901'
 * ```
 */
export function discountFactor(year: number, discount?: Discount, timing: Timing = 'end-of-year'): Decimal {
  return discountTable(discount, timing, year).factors[year] as Decimal;
}
