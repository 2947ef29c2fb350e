/**
 * `@sroi/workbook`: the SROI impact-map workbook layout, shared by the command
 * line and the Excel add-in. It converts an evaluation to and from 2-D cell
 * arrays (what Office.js `range.values` and exceljs move); it does no I/O.
 *
 * ```ts
 * import { toWorkbook, fromWorkbook } from '@sroi/workbook';
 * const layout = toWorkbook(evaluation);                 // sheets with formulas and formats
 * const { evaluation: again, problems } = fromWorkbook(sheets);
 * ```
 *
 * @packageDocumentation
 */

export type { Cell, CellValue, FormulaCell } from './cells/cell.js';
export { isFormula } from './cells/cell.js';
export {
  cellAddress,
  cellPosition,
  columnIndex,
  columnLetters,
  looksLikeCell,
  rangePosition,
  sheetReference,
  type CellPosition,
} from './cells/address.js';
export { officeFormulas } from './cells/office.js';
export type { NamedCell, Note, SheetLayout, TableLayout, Validation, WorkbookLayout } from './layout/sheet.js';
export type { HeaderFooter, PrintLayout } from './layout/sheet.js';
export { FIGURE_NAMES, SHEETS, METHOD_SOURCE } from './layout/names.js';
export {
  IMPACT_COLUMNS,
  INPUT_COLUMNS,
  STAKEHOLDER_COLUMNS,
  SETTINGS_ROWS,
  normalizeHeader,
} from './layout/columns.js';
export { FORMATS, moneyFormat } from './layout/formats.js';
export { toWorkbook } from './write/to-workbook.js';
export type { PlanOptions as WriteOptions } from './write/plan.js';
export { headerFooterText, printed, MAX_HEADER_NAME, PAGE_FOOTER } from './write/print.js';
export { SENSITIVITY_SHEET } from './write/sensitivity-sheet.js';
export {
  excelSheetName,
  MAX_SHEET_NAME,
  RESERVED_SHEET_NAME,
  sheetNamesOf,
  type SheetKey,
  type SheetNames,
} from './write/sheet-names.js';
export { templateWorkbook, TEMPLATE_ROWS, TEMPLATE_YEARS } from './template/template.js';
export { TEMPLATE_EXAMPLE } from './template/example.js';
export { fromWorkbook, type ReadOptions, type ReadResult } from './read/from-workbook.js';
export type { SheetGrid } from './read/find-tables.js';
export type { ColumnMapping, ColumnRead, TableMapping } from './read/mapping.js';
export { fieldName } from './read/field-names.js';
export { formatCellProblem, type CellProblem, type ReadProblemCode } from './read/problems.js';
export { readCell, type ReadCell } from './read/cell-value.js';
export { parseNumber, parseRate, parseShare, parseWhole, type Parsed } from './read/values.js';
export { currencyOf } from './read/currency.js';
export { showsPercent } from './read/percent-format.js';

// Procurement sheets (issue 10): a measures catalogue, a price index, tenders and delivery monitoring.
export {
  PROCUREMENT_SHEETS,
  MEASURE_COLUMNS,
  INDEX_COLUMNS,
  BID_COLUMNS,
  COMMITMENT_COLUMNS,
  DELIVERY_COLUMNS,
  TENDER_ROWS,
  CONTRACT_ROWS,
  INDEX_ROWS,
  CATALOGUE_ROWS,
} from './procurement/layout.js';
export * from './procurement/read/index.js';
export * from './procurement/write/index.js';

// Monte Carlo ranges (issue 13): the Ranges sheet's layout, its reader and its writer.
export {
  RANGES_SHEET,
  RANGE_COLUMNS,
  ALL_OUTCOMES,
  ESTIMATE_NAMES,
  DISTRIBUTION_NAMES,
  type RangeField,
} from './ranges/layout.js';
export { rangesFromSheets, type MonteCarloRanges, type RangesRead } from './ranges/read-ranges.js';
export { rangesSheet, RANGES_HEADER_ROW, RANGES_SPARE_ROWS } from './ranges/ranges-sheet.js';
