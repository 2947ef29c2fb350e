import { upliftValue, type Catalogue, type PriceIndex } from '@sroi/core';
import { NOT_AVAILABLE } from './formulas.js';

/** The prices a workbook states values in: the year, and the index that moves other years' values to it. */
export interface PriceBaseUsed {
  readonly year: number;
  readonly index: PriceIndex | null;
}

/**
 * Each measure's proxy in the price base, as the engine moves it (exact, then
 * a double for the cell), or #N/A for a measure the index cannot move: the
 * engine refuses only the measures a bid or contract uses, so one that no one
 * uses must not stop the workbook being written.
 */
export function proxiesInPriceBase(catalogue: Catalogue, base: PriceBaseUsed): readonly (number | string)[] {
  return catalogue.measures.map((measure) => {
    try {
      return upliftValue(measure.proxy, measure.priceYear, base.year, base.index ?? undefined).value.toNumber();
    } catch {
      return NOT_AVAILABLE;
    }
  });
}
