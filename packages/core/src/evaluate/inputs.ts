import { ZERO, type Decimal, type DecimalLike } from '../decimal.js';
import type { Input } from '../model/types.js';

/**
 * Inputs by year (METHOD.md step 4): the undiscounted amounts spent in each
 * year (index = year, 0 = undiscounted) and their present value.
 *
 * @param inputs - the evaluation's inputs (validated)
 * @param factors - discount factors by year, `factors[0]` being 1; its length sets the years kept
 * @param decimal - the evaluation's parse cache
 *
 * @example
 * ```ts
 * inputsByYear([{ description: 'Grant', amount: 1035, year: 1 }], [ONE, new Decimal(1).div('1.035')], toDecimal)
 *   .presentValue.toFixed(2); //=> '1000.00'
 * ```
 */
export function inputsByYear(
  inputs: readonly Input[],
  factors: readonly Decimal[],
  decimal: (value: DecimalLike) => Decimal,
): { readonly amounts: Decimal[]; readonly presentValue: Decimal } {
  const amounts: Decimal[] = Array.from({ length: factors.length }, () => ZERO);
  for (const input of inputs) {
    const year = input.year ?? 0;
    amounts[year] = (amounts[year] as Decimal).plus(decimal(input.amount));
  }
  const presentValue = amounts.reduce((sum, amount, year) => sum.plus(amount.times(factors[year] as Decimal)), ZERO);
  return { amounts, presentValue };
}
