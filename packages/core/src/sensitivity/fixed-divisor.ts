import { Decimal } from '../decimal.js';
import { timesIfSame } from '../fast-arithmetic.js';

/**
 * Digits of the reciprocal: past the engine's 34, so that the two products
 * below almost always round to the same 34 digits (they differ by about one
 * part in 10^40, so a rounding boundary falls between them about once in 10^6),
 * and few enough to keep the products short (six or seven words of digits).
 */
const WIDE_PRECISION = 41;

/** decimal.js clones with 41 digits, rounding down and up: the reciprocal's two bounds. */
const WideDown = Decimal.clone({ precision: WIDE_PRECISION, rounding: Decimal.ROUND_FLOOR });
const WideUp = Decimal.clone({ precision: WIDE_PRECISION, rounding: Decimal.ROUND_CEIL });

/**
 * Division by one fixed divisor, giving exactly `dividend.div(divisor)`: the
 * 34-digit quotient rounded half to even. The tornado divides 140,000 present
 * values by the same inputs' present value, and a long division of 34-digit
 * numbers costs several multiplications; so this multiplies by the
 * reciprocal instead. The reciprocal to 41 digits rounded down and rounded up
 * holds the true one between them, so the true quotient lies between the
 * dividend's two products with them; each product rounded once to 34 digits,
 * half to even, gives a lower and an upper bound of the quotient's own
 * rounding (rounding keeps order). When both agree, that is the quotient's
 * rounding; when not (a quotient within a hair of a half, about one in 10^6),
 * it divides exactly.
 *
 * @example
 * ```ts
 * const byInputs = fixedDivisor(toDecimal('370120.55'));
 * byInputs(toDecimal('1000000')).eq(toDecimal('1000000').div('370120.55')); //=> true, to the 34th digit
 * ```
 */
export function fixedDivisor(divisor: Decimal): (dividend: Decimal) => Decimal {
  if (divisor.isZero() || !divisor.isFinite()) return (dividend) => dividend.div(divisor);
  const low = new WideDown(1).div(divisor);
  const high = new WideUp(1).div(divisor);
  return (dividend) => {
    if (dividend.isZero() || !dividend.isFinite()) return dividend.div(divisor);
    // Each product rounded once to 34 digits, half to even, into the engine's Decimal; the second is only compared.
    return timesIfSame(low, high, dividend) ?? dividend.div(divisor);
  };
}
