import { WHOLE_NUMBER_RULES } from '@sroi/core';
import type { PriceIndex } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import { FORMATS } from '../../layout/formats.js';
import { SPARE_ROWS } from '../../layout/names.js';
import type { SheetLayout } from '../../layout/sheet.js';
import { headerRow } from '../../write/headers.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { numberCell, textCell } from '../../write/text.js';
import { INDEX_COLUMNS, INDEX_ROWS, PROCUREMENT_SHEETS } from '../layout.js';
import { columnRange } from './formulas.js';

/** The Year/Index table's header row: below the labelled rows and a blank row. */
export const INDEX_HEADER_ROW = INDEX_ROWS.length + 1;
const FIRST_INDEX_ROW = INDEX_HEADER_ROW + 1;

/** Where the index's years and values are, for the formulas that move proxies to the price base. */
export interface IndexPlace {
  readonly years: string | null;
  readonly values: string | null;
}

/** Where the Price Index sheet keeps an index of `years` rows. */
export function indexPlace(years: number): IndexPlace {
  const sheet = PROCUREMENT_SHEETS.priceIndex;
  return {
    years: columnRange(sheet, 0, FIRST_INDEX_ROW, years),
    values: columnRange(sheet, 1, FIRST_INDEX_ROW, years),
  };
}

/**
 * The Price Index sheet: the index's name and source (label in column A,
 * value in B), then a Year/Index table that the Measures sheet's formulas
 * read, so a commissioner can change a year's index and see every value move.
 */
export function priceIndexSheet(index: PriceIndex): SheetLayout {
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.priceIndex);
  const labelled: Record<(typeof INDEX_ROWS)[number]['field'], string | null> = {
    name: textCell(index.name),
    source: textCell(index.source),
  };
  INDEX_ROWS.forEach(({ field, label }, row) => sheet.set(row, 0, label).set(row, 1, labelled[field], FORMATS.text));
  sheet.boldRow(0);
  sheet.note('A1', 'Only the ratio of two years\u2019 index values matters, so any reference year will do.');
  headerRow(sheet, INDEX_HEADER_ROW, INDEX_COLUMNS);
  index.values.forEach((entry, offset) => {
    sheet
      .set(FIRST_INDEX_ROW + offset, 0, entry.year, FORMATS.whole)
      .set(FIRST_INDEX_ROW + offset, 1, numberCell(entry.index));
  });
  const last = FIRST_INDEX_ROW + index.values.length + SPARE_ROWS;
  sheet.validate({
    range: `A${FIRST_INDEX_ROW + 1}:A${last}`,
    type: 'whole',
    min: WHOLE_NUMBER_RULES.priceYear.min,
    max: WHOLE_NUMBER_RULES.priceYear.max,
    message: 'Year: a four-digit year such as 2024, once each',
  });
  sheet.validate({
    range: `B${FIRST_INDEX_ROW + 1}:B${last}`,
    type: 'decimal',
    min: 0,
    max: 1e15,
    message: 'Index: a number above 0, e.g. 102.5',
  });
  const layout = sheet.build({
    frozen: { rows: FIRST_INDEX_ROW, columns: 0 },
    columnWidths: INDEX_COLUMNS.map((column, i) => (i === 1 ? Math.max(column.width, 40) : column.width)),
  });
  if (index.values.length === 0) return layout;
  // The headers are this layout's own ("Year", "Index"), distinct as a table needs.
  const range = `${cellAddress(INDEX_HEADER_ROW, 0)}:${cellAddress(FIRST_INDEX_ROW + index.values.length - 1, 1)}`;
  return { ...layout, table: { range, name: 'PriceIndex' } };
}
