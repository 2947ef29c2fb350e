import { Decimal, ZERO } from '../decimal.js';

/** Digits past the engine's 34 that the reciprocal's product keeps, to tell how it rounds. */
const GUARD_DIGITS = 11;
const WIDE_PRECISION = 34 + GUARD_DIGITS;
/** The guard digits of an exact half: 5 followed by ten zeros. */
const HALF = 5e10;
/**
 * How close to a half the guard digits may come before the quotient is
 * divided exactly instead. The product's relative error is below 2e-44 (the
 * reciprocal and the product each rounded to 45 digits), at most a few
 * hundred units of the guard digits; 10^4 leaves a wide margin.
 */
const MARGIN = 1e4;

/** A decimal.js clone with 45 digits: the same rounding, more precision. */
const Wide = Decimal.clone({ precision: WIDE_PRECISION });

/**
 * Division by one fixed divisor, giving exactly `dividend.div(divisor)`: the
 * 34-digit quotient rounded half to even. The tornado divides 140,000 present
 * values by the same inputs' present value, and a long division of 34-digit
 * numbers costs about twice a multiplication; so this multiplies by the
 * reciprocal to 45 digits and rounds that to 34. The product is within a
 * fraction of a unit of its 45th digit of the true quotient, so its rounding
 * to 34 digits is the true quotient's unless its eleven digits past the 34th
 * lie within a hair of an exact half; then (about one quotient in ten
 * million) it divides exactly.
 *
 * @example
 * ```ts
 * const byInputs = fixedDivisor(toDecimal('370120.55'));
 * byInputs(toDecimal('1000000')).eq(toDecimal('1000000').div('370120.55')); //=> true, to the 34th digit
 * ```
 */
export function fixedDivisor(divisor: Decimal): (dividend: Decimal) => Decimal {
  if (divisor.isZero() || !divisor.isFinite()) return (dividend) => dividend.div(divisor);
  const reciprocal = new Wide(1).div(divisor);
  return (dividend) => {
    if (dividend.isZero() || !dividend.isFinite()) return dividend.div(divisor);
    const product = reciprocal.times(dividend);
    if (Math.abs(guardDigits(product.d) - HALF) <= MARGIN) return dividend.div(divisor);
    // Adding to zero copies the product into the engine's Decimal and rounds it to 34 digits, half to even.
    return ZERO.plus(product);
  };
}

/**
 * The 35th to 45th significant digits of a decimal, as a whole number, from
 * decimal.js's digits (`d`: base 10^7 words, the first without leading zeros).
 */
function guardDigits(words: readonly number[]): number {
  const first = words[0] as number;
  const firstLength =
    first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1;
  let guard = 0;
  for (let position = 35; position <= WIDE_PRECISION; position += 1) {
    let digit: number;
    if (position <= firstLength) {
      digit = Math.floor(first / 10 ** (firstLength - position)) % 10;
    } else {
      const after = position - firstLength - 1;
      const word = words[1 + Math.floor(after / 7)] ?? 0;
      digit = Math.floor(word / 10 ** (6 - (after % 7))) % 10;
    }
    guard = guard * 10 + digit;
  }
  return guard;
}
