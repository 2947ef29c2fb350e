import { Decimal, toDecimal, type DecimalLike } from '../decimal.js';
import { fromUnits } from '../fast-arithmetic.js';
import type { Reductions } from '../model/types.js';

/** 10^0 .. 10^15, each exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, n) => 10 ** n);

/** Numbers up to 15 significant digits: what `toDecimal` reads exactly as written. */
const FIFTEEN_DIGITS = 1e15;

/**
 * The decimal places of a number as the engine reads it (`toDecimal`), when
 * its digits, as a whole number, have at most 15 significant digits; -1 when
 * they do not (or for a string: the caller then uses decimals).
 *
 * If `units / 10^places` is the double itself, the decimal `units x 10^-places`
 * (at most 15 digits) rounds to that double, and a decimal of at most 15
 * digits is the one `toDecimal` reads back from it (a double holds 15 digits
 * of every decimal). The first `places` that works is the fewest.
 *
 * @example
 * ```ts
 * placesOf(0.25);   //=> 2
 * placesOf(120);    //=> 0
 * placesOf(1 / 3);  //=> -1
 * ```
 */
export function placesOf(value: DecimalLike): number {
  if (typeof value !== 'number') return -1;
  for (let places = 0; places < POWERS_OF_TEN.length; places += 1) {
    const scale = POWERS_OF_TEN[places] as number;
    const units = Math.round(value * scale);
    if (units / scale === value) return Math.abs(units) < FIFTEEN_DIGITS ? places : -1;
  }
  return -1;
}

/**
 * `toDecimal(value)`, the same decimal, made from a number's digits as a whole
 * number where {@link placesOf} finds them rather than by reading its text:
 * the impact map's 10,000 distinct proxies, for one.
 *
 * @example
 * ```ts
 * toDecimalQuickly(1234.56).toString(); //=> '1234.56'
 * toDecimalQuickly(0.1 + 0.2).toString(); //=> '0.3'
 * ```
 */
export function toDecimalQuickly(value: DecimalLike): Decimal {
  if (typeof value === 'number' && value !== 0) {
    const places = placesOf(value);
    if (places >= 0) return fromUnits(unitsOf(value, places), places);
  }
  return toDecimal(value);
}

/** A number's digits as a whole number, at a number of places from {@link placesOf}. */
function unitsOf(value: number, places: number): number {
  return Math.round(value * (POWERS_OF_TEN[places] as number));
}

/**
 * The value map's impact, quantity x proxy x (what the three reductions
 * leave), computed exactly in whole numbers: doubles while the product is
 * below 2^53, BigInt beyond. `undefined` when a value is a string or has more
 * than 15 digits, when the product has more than 34 digits, or when it is zero
 * (the decimal product keeps the sign of a zero, a whole number cannot); the
 * caller then multiplies decimals.
 *
 * It is the same decimal as the engine's decimal product (proxy x reduction
 * first, each step rounded to 34 digits): every partial product of whole
 * numbers of at least 1 in size is no larger than the whole product, so when
 * that has at most 34 digits each decimal step was exact; below 2^53 each
 * double product was exact too.
 *
 * @param quantity - a number or decimal string, validated
 * @param proxy - the financial proxy, validated
 * @param deadweight - 0..1, validated
 * @param displacement - 0..1, validated
 * @param attribution - 0..1, validated
 * @param reductions - how the three combine
 *
 * @example
 * ```ts
 * scaledImpact(100, 1000, 0.2, 0.1, 0.25, 'multiplicative')?.toString(); //=> '54000'
 * scaledImpact(100, 1000, 0.2, 0.1, 0.25, 'subtractive')?.toString();    //=> '45000'
 * scaledImpact('100', 1000, 0.2, 0.1, 0.25, 'multiplicative');           //=> undefined
 * ```
 */
export function scaledImpact(
  quantity: DecimalLike,
  proxy: DecimalLike,
  deadweight: DecimalLike,
  displacement: DecimalLike,
  attribution: DecimalLike,
  reductions: Reductions,
): Decimal | undefined {
  const quantityPlaces = placesOf(quantity);
  const proxyPlaces = placesOf(proxy);
  const deadweightPlaces = placesOf(deadweight);
  const displacementPlaces = placesOf(displacement);
  const attributionPlaces = placesOf(attribution);
  if (Math.min(quantityPlaces, proxyPlaces, deadweightPlaces, displacementPlaces, attributionPlaces) < 0) {
    return undefined;
  }
  // Only numbers get here; each factor is a whole number below 10^15, exact as a double.
  const quantityUnits = unitsOf(quantity as number, quantityPlaces);
  const proxyUnits = unitsOf(proxy as number, proxyPlaces);
  let left: number;
  let places = quantityPlaces + proxyPlaces;
  if (reductions === 'subtractive') {
    // Shares are 0..1, so each is at most 10^common, exact as a double.
    const common = Math.max(deadweightPlaces, displacementPlaces, attributionPlaces);
    left =
      (POWERS_OF_TEN[common] as number) -
      unitsOf(deadweight as number, common) -
      unitsOf(displacement as number, common) -
      unitsOf(attribution as number, common);
    places += common;
  } else {
    const keptDeadweight = kept(deadweight as number, deadweightPlaces);
    const keptDisplacement = kept(displacement as number, displacementPlaces);
    const keptAttribution = kept(attribution as number, attributionPlaces);
    const units = quantityUnits * proxyUnits * keptDeadweight * keptDisplacement * keptAttribution;
    places += deadweightPlaces + displacementPlaces + attributionPlaces;
    if (units === 0) return undefined;
    if (Math.abs(units) < 2 ** 53) return fromUnits(units, places);
    return bigDecimalOf([quantityUnits, proxyUnits, keptDeadweight, keptDisplacement, keptAttribution], places);
  }
  const units = quantityUnits * proxyUnits * left;
  if (units === 0) return undefined;
  if (Math.abs(units) < 2 ** 53) return fromUnits(units, places);
  return bigDecimalOf([quantityUnits, proxyUnits, left], places);
}

/**
 * The product of whole numbers in BigInt, for products beyond 2^53: still
 * exact while it has at most 34 digits (the engine's precision); undefined beyond.
 */
function bigDecimalOf(factors: readonly number[], places: number): Decimal | undefined {
  let units = 1n;
  for (const factor of factors) units *= BigInt(factor);
  if ((units < 0n ? -units : units) >= MOST_DIGITS) return undefined;
  return decimalOf(units.toString(), places);
}

/** 10^34: whole numbers below it have at most the engine's 34 digits. */
const MOST_DIGITS = 10n ** 34n;

function decimalOf(units: string, places: number): Decimal {
  return new Decimal(places === 0 ? units : `${units}e-${places}`);
}

/** 1 - share as a whole number at the share's own places. */
function kept(share: number, places: number): number {
  return (POWERS_OF_TEN[places] as number) - unitsOf(share, places);
}
