import { toDecimal, type Decimal } from '../../decimal.js';
import { SroiValidationError } from '../../model/problems.js';
import type { Catalogue, Measure } from '../catalogue/types.js';
import { findCatalogueProblems } from '../catalogue/read-catalogue.js';
import { Checker } from '../check.js';
import { findPriceBaseProblems } from './read-index.js';
import { moveToPriceYear } from './move-to-price-year.js';
import type { PriceBase, Pricing, Uplift } from './types.js';

/** A catalogue measure with its proxy in the price base. */
export interface PricedMeasure {
  readonly measure: Measure;
  /** Value of one unit in the price base. */
  readonly proxy: Decimal;
  /** How the catalogue's proxy was moved to the price base. */
  readonly uplift: Uplift;
}

/** Prices measures by code, reporting unknown codes and missing index years at the place they are used. */
export interface MeasurePricer {
  readonly pricing: Pricing;
  readonly currency: string;
  /** Prices a code, or records why not at `path` (with `value` as the value found there, default the code). */
  price(code: string, path: string, check: Checker, value?: unknown): PricedMeasure | undefined;
}

/**
 * The price base a catalogue is used in: the one given, or else the latest
 * price year of its measures (then measures in older prices need an index).
 */
export function priceBaseOf(catalogue: Catalogue, priceBase: PriceBase | undefined): PriceBase {
  if (priceBase !== undefined) return priceBase;
  const years = catalogue.measures.map((measure) => measure.priceYear);
  return { year: years.length === 0 ? 0 : Math.max(...years) };
}

/** A pricer over a catalogue and price base already checked. Each code is priced once. */
export function measurePricer(catalogue: Catalogue, priceBase?: PriceBase): MeasurePricer {
  const base = priceBaseOf(catalogue, priceBase);
  const byCode = new Map(catalogue.measures.map((measure) => [measure.code, measure]));
  const priced = new Map<string, PricedMeasure | string>();
  return {
    pricing: { catalogue: catalogue.name, priceYear: base.year, index: base.index?.name ?? null },
    currency: catalogue.currency ?? 'GBP',
    price(code, path, check, value = code) {
      let result = priced.get(code);
      if (result === undefined) {
        const measure = byCode.get(code);
        if (measure === undefined) result = unknownCode(catalogue, code);
        else {
          const uplift = moveToPriceYear(toDecimal(measure.proxy), measure.priceYear, base.year, base.index);
          result =
            typeof uplift === 'string'
              ? `measure ${JSON.stringify(code)} cannot be priced in ${base.year} prices: ${uplift}`
              : { measure, proxy: uplift.value, uplift };
        }
        priced.set(code, result);
      }
      if (typeof result === 'string') {
        check.add(path, value, result);
        return undefined;
      }
      return result;
    },
  };
}

function unknownCode(catalogue: Catalogue, code: string): string {
  const codes = catalogue.measures.map((measure) => measure.code);
  const similar = codes.find((known) => known.toLowerCase() === code.trim().toLowerCase());
  if (similar !== undefined)
    return `unknown measure code ${JSON.stringify(code)}: did you mean ${JSON.stringify(similar)}? Codes are matched exactly`;
  const listed = codes
    .slice(0, 8)
    .map((known) => JSON.stringify(known))
    .join(', ');
  const more = codes.length > 8 ? ` and ${codes.length - 8} more` : '';
  return `unknown measure code ${JSON.stringify(code)}; the catalogue ${JSON.stringify(catalogue.name)} has ${codes.length === 0 ? 'no measures' : listed + more}`;
}

/**
 * Checks a catalogue and price base and prices every measure in the price
 * base, or throws one {@link SroiValidationError} listing every problem
 * (a measure whose price year the index lacks is named with the year).
 *
 * @param catalogue - the measures framework
 * @param priceBase - the year to state values in, and the index; default: the latest price year in the catalogue, no index
 * @returns the measures in catalogue order, each with its proxy in the price base and how it was moved
 *
 * @example
 * ```ts
 * const { measures } = priceCatalogue(catalogue, { year: 2025, index: deflator });
 * measures[0].proxy.toString(); //=> the first measure's proxy in 2025 prices
 * ```
 */
export function priceCatalogue(
  catalogue: Catalogue,
  priceBase?: PriceBase,
): { readonly pricing: Pricing; readonly currency: string; readonly measures: readonly PricedMeasure[] } {
  const problems = [
    ...findCatalogueProblems(catalogue),
    ...(priceBase === undefined ? [] : findPriceBaseProblems(priceBase, 'priceBase')),
  ];
  if (problems.length > 0) throw new SroiValidationError(problems, 'catalogue');
  const pricer = measurePricer(catalogue, priceBase);
  const check = new Checker();
  const measures = catalogue.measures
    .map((measure, i) => pricer.price(measure.code, `measures[${i}].priceYear`, check, measure.priceYear))
    .filter((measure): measure is PricedMeasure => measure !== undefined);
  if (check.problems.length > 0) throw new SroiValidationError(check.problems, 'catalogue');
  return { pricing: pricer.pricing, currency: pricer.currency, measures };
}
