import { TWELVE, ZERO, type Decimal } from '../decimal.js';

/**
 * The guide's payback period: months of impact needed to repay the inputs,
 * `inputsPresentValue / (impact / 12)`. Null when there are no inputs or the
 * impact is not positive.
 *
 * @example
 * ```ts
 * paybackMonths(new Decimal(50000), new Decimal(54000))?.toFixed(2); //=> '11.11'
 * paybackMonths(new Decimal(0), new Decimal(54000));                 //=> null
 * ```
 */
export function paybackMonths(inputsPresentValue: Decimal, impact: Decimal): Decimal | null {
  if (!inputsPresentValue.gt(0) || !impact.gt(0)) return null;
  return inputsPresentValue.div(impact.div(TWELVE));
}

/**
 * Months until the cumulative present value of outcomes first reaches the
 * inputs' present value, interpolated linearly within the year in which it
 * does. Null when there are no inputs or it never does.
 *
 * @param yearPresentValues - present value of each year, index = year (index 0 unused)
 *
 * @example
 * ```ts
 * // 1,000 a year: 1,500 of inputs are reached half way through year 2.
 * discountedPaybackMonths(new Decimal(1500), [0, 1000, 1000, 1000].map((v) => new Decimal(v)))?.toString(); //=> '18'
 * ```
 */
export function discountedPaybackMonths(
  inputsPresentValue: Decimal,
  yearPresentValues: readonly Decimal[],
): Decimal | null {
  if (!inputsPresentValue.gt(0)) return null;
  let cumulative = ZERO;
  for (let year = 1; year < yearPresentValues.length; year += 1) {
    const value = yearPresentValues[year] as Decimal;
    const next = cumulative.plus(value);
    if (next.gte(inputsPresentValue) && value.gt(0)) {
      const withinYear = inputsPresentValue.minus(cumulative).div(value);
      return withinYear.plus(year - 1).times(TWELVE);
    }
    cumulative = next;
  }
  return null;
}
