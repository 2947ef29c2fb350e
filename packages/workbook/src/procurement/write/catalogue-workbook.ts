import { priceCatalogue, validateCatalogue, type Catalogue, type PriceBase } from '@sroi/core';
import type { SheetLayout, WorkbookLayout } from '../../layout/sheet.js';
import { printed } from '../../write/print.js';
import { measuresSheet } from './measures-sheet.js';
import { indexPlace, priceIndexSheet } from './price-index-sheet.js';

/**
 * Lays a measures catalogue out as a workbook: the Measures sheet with the
 * catalogue's columns as given and, when a price base is given, a column
 * "Proxy in <year> prices" as a live formula over a Price Index sheet, so a
 * commissioner sees each uplift and can change the index.
 *
 * @param catalogue - the measures framework
 * @param priceBase - the year to state proxies in, and the index that moves them
 * @returns the sheets as 2-D arrays, ready for exceljs or Office.js, each set up to print
 *   (landscape, one page wide, the name in the header: see `printed`)
 * @throws SroiValidationError listing every problem, including a measure whose price year the index lacks
 *
 * @example
 * ```ts
 * const deflator = { name: 'GDP deflator', values: [{ year: 2020, index: 80 }, { year: 2025, index: 100 }] };
 * const layout = catalogueWorkbook(catalogue, { year: 2025, index: deflator });
 * layout.sheets.map((sheet) => sheet.name); //=> ['Measures', 'Price Index']
 * layout.sheets[0].cells[1][12]; //=> 'Proxy in 2025 prices'
 * ```
 */
export function catalogueWorkbook(catalogue: Catalogue, priceBase?: PriceBase): WorkbookLayout {
  if (priceBase === undefined) {
    validateCatalogue(catalogue);
    return printed({ sheets: [measuresSheet(catalogue, null, null)] }, catalogue.name);
  }
  // Every measure must move to the price base, as the engine prices a catalogue.
  priceCatalogue(catalogue, priceBase);
  const index = priceBase.index ?? null;
  const sheets: SheetLayout[] = [
    measuresSheet(catalogue, { year: priceBase.year, index }, index === null ? null : indexPlace(index.values.length)),
  ];
  if (index !== null) sheets.push(priceIndexSheet(index));
  return printed({ sheets }, catalogue.name);
}
