import DecimalModule from 'decimal.js';
import type { Decimal as DecimalInstance } from 'decimal.js';

// decimal.js ships CommonJS types over an ES module: under Node's ESM the
// default import is the class, under CommonJS interop it carries `.default`.
const DecimalJs: typeof DecimalInstance =
  (DecimalModule as unknown as { default?: typeof DecimalInstance }).default ??
  (DecimalModule as unknown as typeof DecimalInstance);

/**
 * The engine's private decimal constructor: 34 significant digits (IEEE 754
 * decimal128), rounding half to even inside calculations. It is a
 * `Decimal.clone`, so the global decimal.js configuration of a host application
 * is never touched, and it stays inside the engine: `@sroi/core` exports only
 * the `Decimal` type, `toDecimal` and the rounding constants, so no caller can
 * `set` its precision or rounding and change a reported figure.
 */
export const Decimal: typeof DecimalInstance = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

/** An exact decimal value returned by the engine (a decimal.js instance). */
export type Decimal = DecimalInstance;

/** Anything the engine accepts as an amount: a number or a decimal string such as `"1234.56"`. */
export type DecimalLike = number | string;

/**
 * Rounding half away from zero, as Excel's `ROUND` does: for a result's
 * `toFixed(places, ROUND_HALF_UP)` or `toDecimalPlaces(places, ROUND_HALF_UP)`.
 *
 * @example
 * ```ts
 * toDecimal('2.345').toFixed(2, ROUND_HALF_UP);  //=> '2.35'
 * toDecimal('-2.345').toFixed(2, ROUND_HALF_UP); //=> '-2.35'
 * ```
 */
export const ROUND_HALF_UP: DecimalInstance.Rounding = DecimalJs.ROUND_HALF_UP;

/**
 * Rounding half to even (banker's rounding), the engine's rounding inside calculations.
 *
 * @example
 * ```ts
 * toDecimal('2.345').toFixed(2, ROUND_HALF_EVEN); //=> '2.34'
 * toDecimal('2.355').toFixed(2, ROUND_HALF_EVEN); //=> '2.36'
 * ```
 */
export const ROUND_HALF_EVEN: DecimalInstance.Rounding = DecimalJs.ROUND_HALF_EVEN;

export const ZERO: Decimal = new Decimal(0);
export const ONE: Decimal = new Decimal(1);
export const TWELVE: Decimal = new Decimal(12);

/** Plain decimal notation, optionally signed, optionally with an exponent: "12", "-0.5", ".25", "1e3". */
export const DECIMAL_STRING = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * True for a finite number or a decimal string: a value `toDecimal` can read.
 * The one test of "a plain number" (`DECIMAL_STRING`): readers that accept
 * more (thousands separators, currency signs, percentages) reduce the text to
 * plain digits first and then ask this.
 *
 * @example
 * ```ts
 * isDecimalLike('-0.5');  //=> true
 * isDecimalLike(' 1e3 '); //=> true (spaces around are allowed)
 * isDecimalLike('1,000'); //=> false (a thousands separator is a reader's to remove)
 * isDecimalLike(NaN);     //=> false
 * ```
 */
export function isDecimalLike(value: unknown): value is DecimalLike {
  return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && DECIMAL_STRING.test(value);
}

/**
 * Converts a number or decimal string to the engine's decimal.
 *
 * Numbers are taken at 15 significant digits, the precision Excel shows and
 * stores, so that the double `0.1 + 0.2` (0.30000000000000004) is read as 0.3.
 * Strings are taken exactly. The caller has already validated the value.
 *
 * @example
 * ```ts
 * toDecimal(0.1 + 0.2).toString();              //=> '0.3'
 * toDecimal('0.30000000000000004').toString();  //=> '0.30000000000000004'
 * ```
 */
export function toDecimal(value: DecimalLike): Decimal {
  if (typeof value === 'number') {
    // decimal.js reads a number through its shortest text, which is the value
    // itself when it has up to 15 significant digits (text of up to 15
    // characters cannot hold more); only longer ones are cut to 15.
    const shortest = String(value);
    const fits = shortest.length <= 15 || significantDigits(shortest) <= 15;
    return fits ? new Decimal(value) : new Decimal(value.toPrecision(15));
  }
  return new Decimal(value.trim());
}

/** Significant digits in a number's shortest text, e.g. "0.0250" -> 3 (exponent ignored). */
function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, '').split(/e/i)[0] ?? '';
  return mantissa.replace('.', '').replace(/^0+/, '').length;
}

/**
 * A converter that remembers values it has already converted. An impact map
 * repeats the same shares and quantities many times; parsing each once is a
 * large share of the engine's speed. Use one per evaluation.
 *
 * @param convert - how a value new to the cache becomes a decimal: `toDecimal`,
 *   or a faster function that gives the same decimal (impact/scaled-impact.ts `toDecimalQuickly`)
 */
export function decimalCache(convert: (value: DecimalLike) => Decimal = toDecimal): (value: DecimalLike) => Decimal {
  const seen = new Map<DecimalLike, Decimal>();
  return (value) => {
    let decimal = seen.get(value);
    if (decimal === undefined) {
      decimal = convert(value);
      seen.set(value, decimal);
    }
    return decimal;
  };
}
