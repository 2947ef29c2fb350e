import { Decimal } from '../decimal.js';

/**
 * The arithmetic an algorithm needs, so one algorithm runs on exact decimals
 * (reported figures) and on float64 (root-search starting points, Monte
 * Carlo), as dinero.js passes its arithmetic in as a "calculator".
 */
export interface Calculator<T> {
  readonly zero: T;
  readonly one: T;
  add(a: T, b: T): T;
  subtract(a: T, b: T): T;
  multiply(a: T, b: T): T;
  divide(a: T, b: T): T;
  /** Negative, zero or positive as a < b, a = b, a > b. */
  compare(a: T, b: T): number;
  fromNumber(value: number): T;
  toNumber(value: T): number;
}

/** Exact decimal arithmetic with the engine's private decimal (34 digits). */
export const exactCalculator: Calculator<Decimal> = {
  zero: new Decimal(0),
  one: new Decimal(1),
  add: (a, b) => a.plus(b),
  subtract: (a, b) => a.minus(b),
  multiply: (a, b) => a.times(b),
  divide: (a, b) => a.div(b),
  compare: (a, b) => a.comparedTo(b),
  fromNumber: (value) => new Decimal(value),
  toNumber: (value) => value.toNumber(),
};

/** Plain float64 arithmetic. */
export const floatCalculator: Calculator<number> = {
  zero: 0,
  one: 1,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  compare: (a, b) => a - b,
  fromNumber: (value) => value,
  toNumber: (value) => value,
};

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
