import ExcelJS from 'exceljs';
import {
  cellPosition,
  columnLetters,
  isFormula,
  sheetReference,
  type FormulaCell,
  type HeaderFooter,
  type PrintLayout,
  type SheetLayout,
  type Validation,
  type WorkbookLayout,
} from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { whyUnwritable, writeWhole } from './write-whole.js';

export interface XlsxOptions {
  /**
   * The result stored with each formula (what viewers that do not calculate
   * show). Default: the engine's value. Tests pass a wrong value on purpose
   * to prove that a spreadsheet engine recalculated.
   */
  readonly cachedResult?: (cell: FormulaCell) => number | string | undefined;
  /** Write number formats (default true). Tests that export values as text turn them off. */
  readonly numberFormats?: boolean;
}

/**
 * Builds an exceljs workbook from a layout: values, formulas, number formats,
 * bold headers, frozen panes, column widths, data validation, notes and the
 * named cells (`DiscountRate`, `SROIRatio`) as defined names, wrapped
 * columns, and each sheet's page setup (orientation, fit to width, print
 * titles, header and footer, page breaks). It asks Excel to recalculate fully
 * on load. Strings are always written as text (shared strings), never as formulas.
 */
export function toExcelJs(layout: WorkbookLayout, options: XlsxOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'sroi';
  workbook.calcProperties.fullCalcOnLoad = true;
  if (layout.title !== undefined) workbook.title = layout.title;
  for (const sheet of layout.sheets) addSheet(workbook, sheet, options);
  return workbook;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout, options: XlsxOptions): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }],
  });
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  const cached = options.cachedResult ?? ((cell: FormulaCell) => cell.result);
  const bold = new Set(sheet.boldRows);
  const wrapped = new Set(sheet.wrapColumns);
  // One style object per (format, bold, wrap) triple, shared by its cells: exceljs
  // then does not build and serialise a style for each of 200,000 cells.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (format: string | null, isBold: boolean, wrap: boolean): Partial<ExcelJS.Style> | null => {
    if (format === null && !isBold && !wrap) return null;
    const key = `${isBold ? 'b' : ''}${wrap ? 'w' : ''}|${format ?? ''}`;
    let style = styles.get(key);
    if (style === undefined) {
      style = {
        ...(format === null ? {} : { numFmt: format }),
        ...(isBold ? { font: { bold: true } } : {}),
        ...(wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
      };
      styles.set(key, style);
    }
    return style;
  };
  sheet.cells.forEach((cells, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    const formats = sheet.numberFormats[rowIndex] ?? [];
    const isBold = bold.has(rowIndex);
    cells.forEach((value, columnIndex) => {
      const format = options.numberFormats === false ? null : (formats[columnIndex] ?? null);
      if (value === null && format === null) return;
      const cell = row.getCell(columnIndex + 1);
      if (isFormula(value)) {
        const result = cached(value);
        cell.value =
          result === undefined
            ? { formula: value.formula, date1904: false }
            : ({ formula: value.formula, result, date1904: false } as ExcelJS.CellFormulaValue);
      } else if (value !== null) {
        cell.value = value;
      }
      const style = styleOf(format, isBold, wrapped.size > 0 && wrapped.has(columnIndex));
      if (style !== null) cell.style = style;
    });
  });
  // exceljs has range validations but does not declare them in its types.
  const validations = (
    worksheet as unknown as { dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void } }
  ).dataValidations;
  for (const validation of sheet.validations) validations.add(validation.range, dataValidation(validation));
  for (const note of sheet.notes) worksheet.getCell(note.address).note = note.text;
  // Workbook-wide names (exceljs writes no sheet-scoped ones): a written workbook holds one evaluation.
  for (const named of sheet.namedCells ?? []) {
    const position = cellPosition(named.cell);
    if (position === null) continue;
    const cell = `$${columnLetters(position.column)}$${position.row + 1}`;
    workbook.definedNames.add(`${sheetReference(sheet.name)}!${cell}`, named.name);
  }
  if (sheet.print !== undefined) setUpPage(worksheet, sheet.print);
}

/** The sheet's page setup: per sheet, never per cell, so it costs nothing on a large map. */
function setUpPage(worksheet: ExcelJS.Worksheet, print: PrintLayout): void {
  Object.assign(worksheet.pageSetup, {
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    // 0: as many pages tall as the sheet needs.
    fitToHeight: 0,
  });
  if (print.titleRows > 0) worksheet.pageSetup.printTitlesRow = `1:${print.titleRows}`;
  if (print.header !== undefined) worksheet.headerFooter.oddHeader = sections(print.header);
  if (print.footer !== undefined) worksheet.headerFooter.oddFooter = sections(print.footer);
  // exceljs breaks below the row it is given (1-based), that is, before the 0-based row of the same number.
  for (const row of print.pageBreaksBefore ?? []) if (row > 0) worksheet.getRow(row).addPageBreak();
}

/** Excel's one header string: `&L` left, `&C` centre, `&R` right section. */
function sections(part: HeaderFooter): string {
  return [
    part.left === undefined ? '' : `&L${part.left}`,
    part.center === undefined ? '' : `&C${part.center}`,
    part.right === undefined ? '' : `&R${part.right}`,
  ].join('');
}

function dataValidation(validation: Validation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'Not valid here',
    error: validation.message,
    showInputMessage: true,
    prompt: validation.message,
  };
  if (validation.type === 'list') {
    return { ...common, type: 'list', formulae: [`"${validation.values.join(',')}"`] };
  }
  return { ...common, type: validation.type, operator: 'between', formulae: [validation.min, validation.max] };
}

/** Writes a layout to an .xlsx file, whole or not at all ({@link writeWhole}). */
export async function writeXlsx(layout: WorkbookLayout, file: string, options: XlsxOptions = {}): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await xlsxBytes(layout, options);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${whyUnwritable(error)}`, EXIT.unwritable);
  }
  await writeWhole(file, bytes);
}

/** Writes a layout to .xlsx bytes. */
export async function xlsxBytes(layout: WorkbookLayout, options: XlsxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await toExcelJs(layout, options).xlsx.writeBuffer());
}
