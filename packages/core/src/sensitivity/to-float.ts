import type { Decimal } from '../decimal.js';
import { KNOWN_REPRESENTATION } from '../fast-arithmetic.js';

/** Powers of ten that doubles hold exactly (10^0 to 10^22). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));

/**
 * A decimal as the nearest double: the same double as `value.toNumber()`,
 * which reads the decimal's text, so that every float64 screen and every
 * ratio a message shows stays as it was; this spares the text where it can.
 * Sensitivity converts 30,000 or more decimals per call on 10,000 outcomes.
 *
 * A decimal of up to two base 10^7 words of digits (decimal.js's `d`: up to
 * 14 digits, such as a proxy or a share) is a whole number below 2^53 times a
 * power of ten; when that power is one doubles hold exactly, one division or
 * multiplication gives the correctly rounded double, as reading the text does.
 * Longer decimals (34-digit present values) are read from their digits as
 * text, without decimal.js's decimal point and padding, by the same correctly
 * rounded conversion of the same exact value.
 *
 * @example
 * ```ts
 * toFloat(toDecimal('1234.56')); //=> 1234.56
 * toFloat(toDecimal(1).div(3));  //=> 0.3333333333333333
 * ```
 */
export function toFloat(value: Decimal): number {
  const { d: words, e: exponent, s: sign } = value as unknown as { d: number[] | null; e: number; s: number };
  if (!KNOWN_REPRESENTATION || words === null || words[0] === 0) return value.toNumber();
  // The last word's last digit sits at 10^(7 x lastPower) (decimal.js aligns words on powers of 10^7).
  const lastPower = Math.floor(exponent / 7) - (words.length - 1);
  const power = 7 * lastPower;
  if (words.length <= 2 && power >= -22 && power <= 22) {
    const whole = words.length === 1 ? (words[0] as number) : (words[0] as number) * 1e7 + (words[1] as number);
    const scale = EXACT_POWERS[Math.abs(power)] as number;
    return sign * (power >= 0 ? whole * scale : whole / scale);
  }
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i += 1) digits += String(words[i]).padStart(7, '0');
  return Number(`${sign < 0 ? '-' : ''}${digits}e${power}`);
}
