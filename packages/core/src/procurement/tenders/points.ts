import { ZERO, type Decimal } from '../../decimal.js';
import type { PriceMethod } from './types.js';

// The tender arithmetic, in one place: scoreTenders, the custom functions and
// the workbook's formulas all follow these (docs/procurement.md).

const HUNDRED = 100;

/**
 * Price points by the lowest-price method: lowest price / bid price x weight.
 *
 * @example
 * ```ts
 * lowestPricePoints(new Decimal(10000), new Decimal(8000), new Decimal(60)).toString(); //=> '48'
 * ```
 */
export function lowestPricePoints(price: Decimal, lowest: Decimal, weight: Decimal): Decimal {
  return lowest.div(price).times(weight);
}

/**
 * Price points by the linear method: the full weight at the lowest price, none
 * at the highest, in proportion between; the full weight to all when every
 * price is the same.
 */
export function linearPricePoints(price: Decimal, lowest: Decimal, highest: Decimal, weight: Decimal): Decimal {
  if (highest.eq(lowest)) return weight;
  return highest.minus(price).div(highest.minus(lowest)).times(weight);
}

/** Price points for one price among all the prices bid (which include it), by either method. */
export function pricePoints(price: Decimal, prices: readonly Decimal[], weight: Decimal, method: PriceMethod): Decimal {
  const { lowest, highest } = priceRange([price, ...prices]);
  return pointsForPrice(price, lowest, highest, weight, method);
}

/** Price points when the lowest and highest prices are known (scoring many bids). */
export function pointsForPrice(
  price: Decimal,
  lowest: Decimal,
  highest: Decimal,
  weight: Decimal,
  method: PriceMethod,
): Decimal {
  return method === 'lowest-price'
    ? lowestPricePoints(price, lowest, weight)
    : linearPricePoints(price, lowest, highest, weight);
}

/** The lowest and highest of some prices (at least one). */
export function priceRange(prices: readonly Decimal[]): { readonly lowest: Decimal; readonly highest: Decimal } {
  let lowest = prices[0] ?? ZERO;
  let highest = lowest;
  for (const price of prices) {
    if (price.lt(lowest)) lowest = price;
    if (price.gt(highest)) highest = price;
  }
  return { lowest, highest };
}

/** Points for a 0–100 score (quality, or a qualitative social value score): score / 100 x weight. */
export function scorePoints(score: Decimal, weight: Decimal): Decimal {
  return score.div(HUNDRED).times(weight);
}

/**
 * Points for a monetised social value offer: offer / highest offer x weight;
 * none when no bid offers anything (there is nothing to be relative to).
 */
export function offerPoints(offer: Decimal, highest: Decimal, weight: Decimal): Decimal {
  return highest.isZero() ? ZERO : offer.div(highest).times(weight);
}

/** Totals that agree to this many decimal places are a tie: further digits are only the remainders of division. */
export const TIE_PLACES = 10;

/**
 * Competition ranking (1, 1, 3) of tender totals, highest first: totals that
 * agree to {@link TIE_PLACES} decimal places share a rank.
 *
 * @example
 * ```ts
 * rankTotals([new Decimal(82), new Decimal(85), new Decimal(82)]); //=> [2, 1, 2]
 * ```
 */
export function rankTotals(totals: readonly Decimal[]): number[] {
  const order = totals
    .map((total, i) => ({ total: total.toDecimalPlaces(TIE_PLACES), i }))
    .sort((a, b) => b.total.comparedTo(a.total));
  const ranks = new Array<number>(totals.length);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    ranks[entry.i] = previous !== undefined && previous.total.eq(entry.total) ? (ranks[previous.i] ?? 1) : position + 1;
  });
  return ranks;
}
