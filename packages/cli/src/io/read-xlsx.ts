import ExcelJS from 'exceljs';
import type { SheetGrid } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';

/** Zip files (.xlsx) start with PK\x03\x04; OLE compound files (encrypted .xlsx, old .xls) with D0 CF 11 E0. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/**
 * Reads every sheet of an .xlsx file as 2-D arrays of exceljs cell values
 * (formulas arrive with their saved results; merged cells repeat their value).
 *
 * @throws CliError (exit 4) for a password-protected, legacy or damaged file
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
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new CliError(`${file} could not be read as an .xlsx workbook: ${(error as Error).message}`, EXIT.unreadable);
  }
  return workbook.worksheets.map((worksheet) => {
    const cells: unknown[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[];
      cells[rowNumber - 1] = values.slice(1);
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= [];
    return { name: worksheet.name, cells };
  });
}
