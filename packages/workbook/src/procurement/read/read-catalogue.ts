import { findCatalogueProblems, type Catalogue, type Measure } from '@sroi/core';
import type { ReadContext } from '../../read/context.js';
import type { SheetGrid } from '../../read/find-tables.js';
import type { NumberStyle } from '../../read/number-text.js';
import { CATALOGUE_ROWS, type MeasureField } from '../layout.js';
import { given, readAt, rowReader } from './cells.js';
import { checkMoneySigns } from './currency-signs.js';
import { findProcurementTables, type FoundTable } from './find-tables.js';
import { MEASURES, PRICE_INDEX } from './kinds.js';
import { labelSheets, readLabelledRows } from './labelled-rows.js';
import { numberStyles } from './number-styles.js';
import { amount, domain, text, year } from './parsers.js';
import { besidesMissingColumns, finishReading, reportCoreProblems, startReading } from './read-result.js';
import { checkHeader, dataRows, headerRef, listOf } from './table-checks.js';
import type { ProcurementRead } from './types.js';

const NUMBER_FIELDS: readonly MeasureField[] = ['proxy', 'priceYear', 'target'];

/**
 * Reads a measures catalogue (National TOMs style) from a workbook's sheets
 * or a CSV: the measures table is found by its header row (on a sheet named
 * Measures, or the first sheet with a Code column and other measure
 * headers), in any column order, with practitioners' own headers ("Ref",
 * "Proxy value (£)", "Units"). Amounts read as "£1,250.50", "1,250", text
 * or decimal commas; domains in any case. The name comes from a labelled
 * "Catalogue" (or "Framework") cell above the table, else a title above it
 * ("Measures: Anytown framework", as the Measures sheet is written), else
 * the sheet's (a CSV's file) name. Every problem, the engine's too, is at its cell.
 *
 * @param sheets - the workbook's sheets, or one CSV sheet
 * @returns the catalogue (null when there are problems), problems and warnings at cells, and where each path was read
 *
 * @example
 * ```ts
 * const read = catalogueFromSheets([{ name: 'Measures', cells: [
 *   ['Code', 'Domain', 'Theme', 'Outcome', 'Measure', 'Unit', 'Proxy value', 'Price year', 'Source'],
 *   ['EMP-1', 'Economic', 'Jobs', 'More local jobs', 'Local people employed', 'person-year', '£14,500', 2024, 'Illustrative'],
 * ] }]);
 * read.value?.measures[0].proxy; //=> 14500
 * read.where('measures[0].proxy'); //=> 'Measures!G2'
 * ```
 */
export function catalogueFromSheets(sheets: readonly SheetGrid[]): ProcurementRead<Catalogue> {
  const context = startReading(sheets);
  const [table, indexTable] = findProcurementTables(context, [MEASURES, PRICE_INDEX]) as [
    FoundTable<MeasureField> | undefined,
    FoundTable<string> | undefined,
  ];
  if (table === undefined) {
    const names = sheets.map((sheet) => JSON.stringify(sheet.name)).join(', ') || 'none';
    context.report(
      null,
      `no measures table found: no sheet (${names}) has a header row with a Code column and the other measure columns (${listOf(MEASURES.required.map(header))})`,
    );
    return finishReading<Catalogue>(context, null);
  }
  const labels = readLabelledRows(context, CATALOGUE_ROWS, labelSheets(context, MEASURES.sheets), [table, indexTable]);
  const missing = checkHeader(context, table, MEASURES, NUMBER_FIELDS);
  const style = numberStyles(context, [{ table, fields: NUMBER_FIELDS }], [])(table.sheetIndex);
  context.locate('measures', headerRef(context, table));

  const labelled = (field: 'name' | 'currency' | 'licence', label: string) => {
    const ref = labels.get(field);
    return ref === undefined ? undefined : readAt(context, ref, field, text(label));
  };
  const name =
    labelled('name', 'catalogue name') ?? titleAbove(context, table) ?? context.sheets[table.sheetIndex]?.name ?? '';
  const currency = labelled('currency', 'currency')?.toUpperCase();
  const licence = labelled('licence', 'licence');
  const rows = dataRows(context, table);
  const measures = readMeasures(context, table, rows, style);
  const catalogue: Catalogue = { name, ...given('currency', currency), ...given('licence', licence), measures };

  reportCoreProblems(context, besidesMissingColumns(findCatalogueProblems(catalogue), /^measures\[\d+\]$/, missing));
  const proxyColumn = table.columns.get('proxy');
  if (proxyColumn !== undefined) {
    const proxies = rows.map((row) => context.ref(table.sheetIndex, row, proxyColumn));
    checkMoneySigns(context, proxies, currency ?? 'GBP', 'catalogue');
  }
  return finishReading(context, catalogue);
}

/** A title above the table that names the catalogue, as the Measures sheet is written: "Measures: Anytown framework". */
const TITLE = /^(?:measures|catalogue|framework)\s*:\s*(\S.*)$/i;

function titleAbove(context: ReadContext, table: FoundTable<MeasureField>): string | undefined {
  for (let row = 0; row < table.headerRow; row += 1) {
    const cells = context.grids[table.sheetIndex]?.[row] ?? [];
    const column = cells.findIndex((cell) => cell.kind !== 'blank');
    const cell = cells[column];
    const match = cell?.kind === 'text' ? TITLE.exec(cell.text) : null;
    if (match === null) continue;
    context.locate('name', context.ref(table.sheetIndex, row, column));
    return match[1];
  }
  return undefined;
}

function header(field: MeasureField): string {
  return MEASURES.columns.find((column) => column.field === field)?.header ?? field;
}

/** One measure per row that holds something; a row with no code is said at its code cell, not read. */
function readMeasures(
  context: ReadContext,
  table: FoundTable<MeasureField>,
  rows: readonly number[],
  style: NumberStyle,
): Measure[] {
  const measures: Measure[] = [];
  for (const row of rows) {
    const path = `measures[${measures.length}]`;
    const cells = rowReader(context, table, row, path, 'code');
    if (cells.cell('code').kind === 'blank' && table.columns.has('code')) {
      context.report(
        cells.ref('code') ?? null,
        'this row has no measure code, so it is not read: give each measure a unique code, or clear the row',
      );
      continue;
    }
    const words = (field: 'theme' | 'outcome' | 'measure' | 'unit' | 'source' | 'licence' | 'objective') =>
      given(field, cells.take(field, text(field === 'measure' ? 'measure description' : field)));
    measures.push({
      ...given('code', cells.take('code', text('measure code'))),
      ...given('domain', cells.take('domain', domain)),
      ...words('theme'),
      ...words('outcome'),
      ...words('measure'),
      ...words('unit'),
      ...given(
        'proxy',
        cells.take('proxy', amount('proxy value', 'an amount per unit (negative for a disbenefit)', style)),
      ),
      ...given('priceYear', cells.take('priceYear', year('price year', style))),
      ...words('source'),
      ...words('licence'),
      ...words('objective'),
      ...given('target', cells.take('target', amount('target', 'a number, 0 or more', style))),
    } as Measure);
  }
  return measures;
}
