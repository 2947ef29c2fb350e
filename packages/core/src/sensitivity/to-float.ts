import type { Decimal } from '../decimal.js';
import { KNOWN_REPRESENTATION, readableWords } from '../fast-arithmetic.js';

/** Powers of ten that doubles hold exactly (10^0 to 10^22). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));

/**
 * A decimal as the nearest double: the same double as `value.toNumber()`,
 * which reads the decimal's text, so that every float64 screen and every
 * ratio a message shows stays as it was; this spares the text where it can.
 * Sensitivity converts 30,000 or more decimals per call on 10,000 outcomes,
 * and the workbook reader one per outcome to check a sheet's Impact column.
 *
 * A decimal whose base 10^7 words of digits (decimal.js's `d`) make a whole
 * number below 2^53 (up to 15 digits, such as a proxy, a share or most
 * impacts) is that number times a power of ten; when that power is one doubles
 * hold exactly, one division or multiplication gives the correctly rounded
 * double, as reading the text does.
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
  if (!readableWords(words)) return value.toNumber();
  // The last word's last digit sits at 10^(7 x lastPower) (decimal.js aligns words on powers of 10^7).
  const lastPower = Math.floor(exponent / 7) - (words.length - 1);
  const power = 7 * lastPower;
  if (words.length <= 3 && power >= -22 && power <= 22) {
    let whole = words[0] as number;
    for (let i = 1; i < words.length; i += 1) whole = whole * 1e7 + (words[i] as number);
    // Every step is exact while the result stays below 2^53; a larger true value gives at least 2^53.
    if (whole <= Number.MAX_SAFE_INTEGER) {
      const scale = EXACT_POWERS[Math.abs(power)] as number;
      return sign * (power >= 0 ? whole * scale : whole / scale);
    }
  }
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i += 1) digits += String(words[i]).padStart(7, '0');
  return Number(`${sign < 0 ? '-' : ''}${digits}e${power}`);
}

/**
 * The largest relative error of {@link roughFloat}: 10^-15, above what it can
 * be (six roundings of at most 2^-53 each, under 6.7 x 10^-16).
 */
export const ROUGH_FLOAT_ERROR = 1e-15;

/**
 * 10^(7k) as the nearest double (read from text, so correctly rounded), for k from -43 to 44, the normal
 * doubles among them: with a whole number of at least 1, no product is one of the subnormal doubles near zero,
 * which hold fewer digits; a product too large for a double is infinite.
 */
const SEVENTH_POWERS = Array.from({ length: 88 }, (_, k) => Number(`1e${7 * (k - 43)}`));

/**
 * A decimal as a double within {@link ROUGH_FLOAT_ERROR} of it, relatively
 * (zero exactly), for ordering tornado bars: cheaper than {@link toFloat} on
 * 34-digit present values because it reads no text. The first four base
 * 10^7 words of digits (28 digits; the first word is at least 1, so what is
 * cut is under 10^-21 of the value) make a whole number in at most four
 * roundings (the first two words are exact), scaled by a correctly rounded
 * power of ten in one more rounding, and the sign. NaN for a decimal beyond
 * about 10^-301 to 10^308 (or infinite, or not a number), which a double
 * cannot hold to that error: the caller decides exactly.
 *
 * @example
 * ```ts
 * roughFloat(toDecimal(1).div(3)); // within 1e-15 of 1/3
 * ```
 */
export function roughFloat(value: Decimal): number {
  const { d: words, e: exponent, s: sign } = value as unknown as { d: number[] | null; e: number; s: number };
  if (!KNOWN_REPRESENTATION || words === null) return NaN;
  if (words[0] === 0) return 0;
  const count = Math.min(words.length, 4);
  let whole = words[0] as number;
  for (let i = 1; i < count; i += 1) whole = whole * 1e7 + (words[i] as number);
  // The last word read has its last digit at 10^(7 x lastPower) (decimal.js aligns words on powers of 10^7).
  const lastPower = Math.floor(exponent / 7) - (count - 1);
  const scale = SEVENTH_POWERS[lastPower + 43];
  if (scale === undefined) return NaN;
  const rough = sign * whole * scale;
  return Number.isFinite(rough) ? rough : NaN;
}
