import { findPriceIndexProblems, type PriceIndex } from '@sroi/core';
import type { SheetGrid } from '../../read/find-tables.js';
import { INDEX_ROWS, type IndexField } from '../layout.js';
import { given, readAt, rowReader } from './cells.js';
import { findProcurementTables, type FoundTable } from './find-tables.js';
import { MEASURES, PRICE_INDEX } from './kinds.js';
import { labelSheets, readLabelledRows } from './labelled-rows.js';
import { numberStyles } from './number-styles.js';
import { amount, text, year } from './parsers.js';
import { besidesMissingColumns, finishReading, reportCoreProblems, startReading } from './read-result.js';
import { checkHeader, dataRows, headerRef } from './table-checks.js';
import type { ProcurementRead } from './types.js';

/**
 * Reads a price index (a GDP deflator, say) from a Year/Index table, with
 * optional labelled Index (its name) and Source rows above it. The name is
 * the label's, else `options.name` (the CLI passes the file's), else the
 * sheet's. Each year must appear once and each index be above 0: the
 * engine's checks, each at its cell.
 *
 * @param sheets - the workbook's sheets, or one CSV sheet
 * @param options - the name to use when the sheet gives none
 * @returns the index (null when there are problems), problems and warnings at cells, and where each path was read
 *
 * @example
 * ```ts
 * const read = priceIndexFromSheets([{ name: 'Price Index', cells: [
 *   ['Index', 'GDP deflator (illustrative)'],
 *   ['Year', 'Index'], [2023, 100], [2024, 102.5],
 * ] }]);
 * read.value; //=> { name: 'GDP deflator (illustrative)', values: [{ year: 2023, index: 100 }, { year: 2024, index: 102.5 }] }
 * ```
 */
export function priceIndexFromSheets(
  sheets: readonly SheetGrid[],
  options: { readonly name?: string } = {},
): ProcurementRead<PriceIndex> {
  const context = startReading(sheets);
  const [table, measures] = findProcurementTables(context, [PRICE_INDEX, MEASURES]) as [
    FoundTable<IndexField> | undefined,
    FoundTable<string> | undefined,
  ];
  if (table === undefined) {
    const names = sheets.map((sheet) => JSON.stringify(sheet.name)).join(', ') || 'none';
    context.report(
      null,
      `no price index found: no sheet (${names}) has a header row with Year and Index columns; give one row per year, e.g. 2024 | 102.5`,
    );
    return finishReading<PriceIndex>(context, null);
  }
  const labels = readLabelledRows(context, INDEX_ROWS, labelSheets(context, PRICE_INDEX.sheets), [table, measures]);
  const missing = checkHeader(context, table, PRICE_INDEX, ['year', 'index']);
  const style = numberStyles(context, [{ table, fields: ['year', 'index'] }], [])(table.sheetIndex);
  context.locate('values', headerRef(context, table));

  const labelled = (field: 'name' | 'source', label: string) => {
    const ref = labels.get(field);
    return ref === undefined ? undefined : readAt(context, ref, field, text(label));
  };
  const name = labelled('name', 'index name') ?? options.name ?? context.sheets[table.sheetIndex]?.name ?? 'Index';
  const source = labelled('source', 'index source');
  const values = dataRows(context, table).map((row, i) => {
    const cells = rowReader(context, table, row, `values[${i}]`, 'year');
    return {
      ...given('year', cells.take('year', year('year', style))),
      ...given('index', cells.take('index', amount('index value', 'a number above 0, e.g. 102.5', style))),
    } as PriceIndex['values'][number];
  });
  const index: PriceIndex = { name, ...given('source', source), values };
  reportCoreProblems(context, besidesMissingColumns(findPriceIndexProblems(index), /^values\[\d+\]$/, missing));
  return finishReading(context, index);
}
