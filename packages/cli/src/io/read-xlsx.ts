import ExcelJS from 'exceljs';
import { cellPosition, rangePosition, showsPercent, type SheetGrid } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';
import { COMPOUND, startsWith, ZIP } from './magic.js';
import { scanWorkbook } from './scan-workbook.js';
import type { DateCell } from './xml-tally.js';

/**
 * Reads every sheet of an .xlsx file as 2-D arrays of exceljs cell values
 * (formulas arrive with their saved results; a merged value is in its top-left
 * cell, with the merges and hidden rows listed for the reader; ISO date cells
 * are Dates). The file is scanned first ({@link scanWorkbook}),
 * so one over the {@link LIMITS} is refused before exceljs loads it.
 *
 * @param bytes - the whole file
 * @param file - the file as the user named it, for messages
 * @returns one grid per worksheet, in the workbook's order
 * @throws CliError (exit 4) for a password-protected, legacy, damaged or oversized file
 */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  if (startsWith(bytes, COMPOUND)) {
    throw new CliError(
      `${file} is password-protected (encrypted) or an old .xls file, which sroi cannot open; ` +
        'in Excel remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save as .xlsx',
      EXIT.unreadable,
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new CliError(
      `${file} is not an .xlsx workbook (the file does not start like one); save it from Excel as "Excel Workbook (.xlsx)"`,
      EXIT.unreadable,
    );
  }
  const { dateCells } = await scanWorkbook(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.worksheets.map((worksheet) => {
      const cells: unknown[][] = [];
      const hiddenRows: number[] = [];
      const percentCells: string[] = [];
      worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (row.hidden) hiddenRows.push(rowNumber - 1);
        const values = (row.values as unknown[]).slice(1);
        values.forEach((value, index) => {
          if (typeof value !== 'number' && !(typeof value === 'object' && value !== null && 'formula' in value)) return;
          const cell = row.getCell(index + 1);
          if (showsPercent(cell.numFmt)) percentCells.push(cell.address);
        });
        // exceljs leaves a formula's saved result out of `values` when it is 0 or "": take it from the cell.
        values.forEach((value, index) => {
          if (typeof value !== 'object' || value === null || !('formula' in value || 'sharedFormula' in value)) return;
          if ((value as { result?: unknown }).result !== undefined) return;
          const result: unknown = row.getCell(index + 1).result;
          if (result !== undefined) values[index] = { ...value, result };
        });
        cells[rowNumber - 1] = values;
      });
      for (let i = 0; i < cells.length; i += 1) cells[i] ??= [];
      putDates(cells, dateCells.get(worksheet.name) ?? []);
      const merges = worksheet.model.merges ?? [];
      blankMergedCopies(cells, merges);
      // The reader needs to know where merges are: a share merged down over a stakeholder's rows is each row's.
      return {
        name: worksheet.name,
        cells,
        ...(merges.length === 0 ? {} : { merges }),
        ...(hiddenRows.length === 0 ? {} : { hiddenRows }),
        ...(percentCells.length === 0 ? {} : { percentCells }),
      };
    });
  } catch {
    // exceljs's own messages ("Cannot read properties of undefined (reading
    // 'richText')") name its internals, not the file's problem.
    throw new CliError(
      `${file} could not be read as an .xlsx workbook: its contents are not as Excel writes them, so it may be damaged; ` +
        'open it in Excel (or LibreOffice) and save it again as "Excel Workbook (.xlsx)"',
      EXIT.unreadable,
    );
  }
}

/**
 * exceljs repeats a merged cell's value in every cell of the merge; Excel
 * (and Office.js) hold it in the top-left cell only. Blank the copies, so that
 * the command line reads a sheet as the add-in does; the merges go to the
 * reader, which decides per field (an input merged down two outcome rows
 * counts once; a deadweight merged down applies to each row).
 */
function blankMergedCopies(cells: unknown[][], merges: readonly string[]): void {
  for (const merge of merges) {
    const corners = rangePosition(merge);
    if (corners === null) continue;
    const { from, to } = corners;
    for (let row = from.row; row <= Math.min(to.row, cells.length - 1); row += 1) {
      const cellsOfRow = cells[row];
      if (cellsOfRow === undefined) continue;
      for (let column = from.column; column <= Math.min(to.column, cellsOfRow.length - 1); column += 1) {
        if (row !== from.row || column !== from.column) cellsOfRow[column] = null;
      }
    }
  }
}

/**
 * exceljs reads an ISO date cell (`<c t="d"><v>2024-01-01T00:00:00Z</v>`) as
 * the number before its first dash (2024); the reader must see a date, which
 * it refuses where a number belongs, not a plausible quantity.
 */
function putDates(cells: unknown[][], dates: readonly DateCell[]): void {
  for (const { address, text } of dates) {
    const position = cellPosition(address);
    if (position === null) continue;
    const { row, column } = position;
    const cellsOfRow = (cells[row] ??= []);
    const value = cellsOfRow[column];
    const date = new Date(text.trim());
    const isFormula = typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
    cellsOfRow[column] = isFormula ? { ...value, result: date } : date;
  }
}
