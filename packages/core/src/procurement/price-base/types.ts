import type { Decimal, DecimalLike } from '../../decimal.js';

/**
 * A price index by year, for example the GDP deflator, which moves values from
 * one year's prices to another's. Only the ratio of two years matters, so any
 * reference year (2023 = 100, or 1) will do.
 *
 * @example
 * ```ts
 * const deflator: PriceIndex = {
 *   name: 'GDP deflator (illustrative)',
 *   values: [{ year: 2023, index: 100 }, { year: 2024, index: 102.5 }],
 * };
 * ```
 */
export interface PriceIndex {
  /** Shown with every value it moves, e.g. `"GDP deflator at market prices, HM Treasury, June 2025"`. */
  readonly name: string;
  readonly source?: string;
  /** One index value per year, each above 0; a year may appear once. */
  readonly values: readonly { readonly year: number; readonly index: DecimalLike }[];
}

/**
 * The prices a result is stated in: a year, and the index that moves values
 * from other years to it. Without an index every value must already be in
 * `year` prices.
 */
export interface PriceBase {
  /** The year whose prices results are stated in, e.g. 2025. */
  readonly year: number;
  readonly index?: PriceIndex;
}

/** How one value was moved to the price base: shown with the result so that it can be checked. */
export interface Uplift {
  /** The value in `fromYear` prices. */
  readonly original: Decimal;
  /** The value in `toYear` prices: original x toIndex / fromIndex. */
  readonly value: Decimal;
  readonly fromYear: number;
  readonly toYear: number;
  /** toIndex / fromIndex; 1 when the years are the same. */
  readonly factor: Decimal;
  /** The index values used; null when the years are the same and no index was needed. */
  readonly fromIndex: Decimal | null;
  readonly toIndex: Decimal | null;
  /** The index's name; null when none was needed. */
  readonly index: string | null;
}

/** Which catalogue and price base a result was priced with. */
export interface Pricing {
  readonly catalogue: string;
  readonly priceYear: number;
  /** The index's name, or null when none was given (then every value used was already in `priceYear` prices). */
  readonly index: string | null;
}
