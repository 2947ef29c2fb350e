import type { Calculator } from './calculator.js';

/**
 * An outcome's annuity factor: the present value of one unit of first-year
 * impact, `sum over k = 0..duration-1 of (1 - dropOff)^k x DF(startYear + k)`
 * (METHOD.md steps 2 and 3). An outcome's present value is impact x annuity.
 * On the exact calculator it gives the same digits as `evaluate`, which sums
 * in the same order.
 *
 * @example
 * ```ts
 * annuity(floatCalculator, 0.5, [1, 1 / 1.035, 1 / 1.035 ** 2, 1 / 1.035 ** 3], 1, 3); //=> 1.6584...
 * ```
 */
export function annuity<T>(
  calculator: Calculator<T>,
  dropOff: T,
  discountFactors: ArrayLike<T>,
  startYear: number,
  duration: number,
): T {
  const kept = calculator.subtract(calculator.one, dropOff);
  let share = calculator.one;
  let sum = calculator.zero;
  for (let k = 0; k < duration; k += 1) {
    sum = calculator.add(sum, calculator.multiply(share, discountFactors[startYear + k] as T));
    if (k + 1 < duration) share = calculator.multiply(share, kept);
  }
  return sum;
}

/**
 * The annuity factor for every duration from 0 to `longest` at once
 * (index = duration): the partial sums of {@link annuity}'s sum, taken in the
 * same order, so `annuities(...)[d]` has the same digits as `annuity(..., d)`.
 * Changing a duration a year at a time reads them instead of summing again.
 *
 * @example
 * ```ts
 * annuities(floatCalculator, 0.5, [1, 1 / 1.035, 1 / 1.035 ** 2, 1 / 1.035 ** 3], 1, 3);
 * //=> [0, 0.9661..., 1.4330..., 1.6584...]
 * ```
 */
export function annuities<T>(
  calculator: Calculator<T>,
  dropOff: T,
  discountFactors: ArrayLike<T>,
  startYear: number,
  longest: number,
): T[] {
  const kept = calculator.subtract(calculator.one, dropOff);
  const sums: T[] = [calculator.zero];
  let share = calculator.one;
  let sum = calculator.zero;
  for (let k = 0; k < longest; k += 1) {
    sum = calculator.add(sum, calculator.multiply(share, discountFactors[startYear + k] as T));
    sums.push(sum);
    if (k + 1 < longest) share = calculator.multiply(share, kept);
  }
  return sums;
}
