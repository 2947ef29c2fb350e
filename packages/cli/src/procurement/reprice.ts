import type { Catalogue, Measure } from '@sroi/core';
import type { PricedCatalogue } from '../report/uplift-report.js';
import { formatFactor } from '../report/uplift-report.js';

/**
 * The catalogue restated in its price base: each proxy moved, its price year
 * the base year, and its source saying how it was moved (from which year, by
 * what factor, with which index), so that the file reads back with
 * `--catalogue` and needs no index, and a reader can still check every value.
 *
 * @param catalogue - the catalogue as read
 * @param priced - core's `priceCatalogue` of it
 * @example
 * ```ts
 * repriced(catalogue, priceCatalogue(catalogue, { year: 2025, index: deflator })).measures[0];
 * //=> { ..., proxy: '1250', priceYear: 2025, source: 'Illustrative; in 2020 prices 1000, moved to 2025 prices x1.25 (100 / 80) with Test deflator' }
 * ```
 */
export function repriced(catalogue: Catalogue, priced: PricedCatalogue): Catalogue {
  const measures: Measure[] = priced.measures.map(({ measure, proxy, uplift }) => ({
    ...measure,
    proxy: proxy.toString(),
    priceYear: priced.pricing.priceYear,
    source:
      uplift.index === null
        ? measure.source
        : `${measure.source}; in ${uplift.fromYear} prices ${uplift.original.toString()}, moved to ${uplift.toYear} prices ${formatFactor(uplift)} with ${uplift.index}`,
  }));
  return { ...catalogue, measures };
}
