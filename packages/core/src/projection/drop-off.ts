import { ONE, type Decimal } from '../decimal.js';

/**
 * The share of the first year's value left in each year of an outcome:
 * `(1 - dropOff)^(k - 1)` for k = 1..duration (METHOD.md step 2).
 *
 * @example
 * ```ts
 * dropOffFactors(new Decimal(0.5), 3).map(String); //=> ['1', '0.5', '0.25']
 * ```
 */
export function dropOffFactors(dropOff: Decimal, duration: number): Decimal[] {
  const factors: Decimal[] = [];
  if (duration < 1) return factors;
  factors.push(ONE);
  if (dropOff.isZero()) {
    for (let k = 2; k <= duration; k += 1) factors.push(ONE);
    return factors;
  }
  const kept = ONE.minus(dropOff);
  for (let k = 2; k <= duration; k += 1) factors.push((factors[k - 2] as Decimal).times(kept));
  return factors;
}

/**
 * The value of each year of an outcome, first year first: impact x (1 - dropOff)^(k-1).
 *
 * @example
 * ```ts
 * yearlyValues(new Decimal(54000), new Decimal(0.5), 3).map(String); //=> ['54000', '27000', '13500']
 * ```
 */
export function yearlyValues(impact: Decimal, dropOff: Decimal, duration: number): Decimal[] {
  return dropOffFactors(dropOff, duration).map((factor) => (factor === ONE ? impact : impact.times(factor)));
}
