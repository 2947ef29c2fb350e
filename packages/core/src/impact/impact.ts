import { ONE, type Decimal } from '../decimal.js';
import type { Reductions } from '../model/types.js';

/** The three reductions of the value map, as fractions. */
export interface ReductionShares {
  readonly deadweight: Decimal;
  readonly displacement: Decimal;
  readonly attribution: Decimal;
}

/**
 * The share of gross value that is left after deadweight, displacement and
 * attribution (METHOD.md step 1):
 * multiplicative `(1 - dw)(1 - disp)(1 - attr)`, or subtractive `1 - dw - disp - attr`.
 *
 * @example
 * ```ts
 * const shares = { deadweight: new Decimal(0.2), displacement: new Decimal(0.1), attribution: new Decimal(0.25) };
 * reductionFactor(shares, 'multiplicative').toString(); //=> '0.54'
 * reductionFactor(shares, 'subtractive').toString();    //=> '0.45'
 * ```
 */
export function reductionFactor(shares: ReductionShares, reductions: Reductions = 'multiplicative'): Decimal {
  if (reductions === 'subtractive') {
    return ONE.minus(shares.deadweight).minus(shares.displacement).minus(shares.attribution);
  }
  return ONE.minus(shares.deadweight).times(ONE.minus(shares.displacement)).times(ONE.minus(shares.attribution));
}

/**
 * The value map's "Impact" column: quantity x proxy, less deadweight,
 * displacement and attribution. This is the value of the outcome's first year.
 *
 * @example
 * ```ts
 * const shares = { deadweight: new Decimal(0.2), displacement: new Decimal(0.1), attribution: new Decimal(0.25) };
 * impactOf(new Decimal(100), new Decimal(1000), shares).toString(); //=> '54000'
 * ```
 */
export function impactOf(
  quantity: Decimal,
  proxy: Decimal,
  shares: ReductionShares,
  reductions: Reductions = 'multiplicative',
): Decimal {
  // proxy x reduction first, as `evaluate` multiplies, so both give the same 34 digits.
  return quantity.times(proxy.times(reductionFactor(shares, reductions)));
}
