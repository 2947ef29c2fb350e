import { ONE, type Decimal } from '../decimal.js';
import { times } from '../fast-arithmetic.js';

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
  for (let k = 2; k <= duration; k += 1) factors.push(times(factors[k - 2] as Decimal, kept));
  return factors;
}

/**
 * The value of each year of an outcome, first year first: impact x (1 - dropOff)^(k-1),
 * worked out as each year = the previous year x (1 - dropOff). These are the
 * digits `evaluate` reports in an outcome's `values`: a short operand each
 * year, so cheaper than the power, and equal to it within the 34th digit.
 *
 * @example
 * ```ts
 * yearlyValues(toDecimal(54000), toDecimal(0.5), 3).map(String); //=> ['54000', '27000', '13500']
 * ```
 */
export function yearlyValues(impact: Decimal, dropOff: Decimal, duration: number): Decimal[] {
  return yearlyValuesKeeping(impact, dropOff.isZero() ? ONE : ONE.minus(dropOff), duration);
}

/**
 * {@link yearlyValues} from what each year keeps of the last, `1 - dropOff`
 * (the `ONE` instance when there is no drop-off, so every year is the impact itself).
 */
export function yearlyValuesKeeping(impact: Decimal, keep: Decimal, duration: number): Decimal[] {
  const values = new Array<Decimal>(Math.max(0, duration));
  if (duration < 1) return values;
  values[0] = impact;
  for (let k = 1; k < duration; k += 1) {
    values[k] = keep === ONE ? impact : times(values[k - 1] as Decimal, keep);
  }
  return values;
}
