import type { SheetGrid } from '@sroi/workbook';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';

/** A workbook or CSV file as sheets, and what the user should know about how it was read. */
export interface ReadSheets {
  readonly sheets: readonly SheetGrid[];
  /** Sentences such as "read as Windows-1252" (CSV only). */
  readonly notes: readonly string[];
  readonly format: 'xlsx' | 'csv';
}

/**
 * Reads an .xlsx workbook (every sheet) or a CSV file (one sheet named after
 * the file), within the same limits and decoders as an impact map.
 *
 * @param bytes - the file's bytes, read by `readBytes`
 * @param file - the file as the user named it
 * @param extension - the file's extension, lower case with its dot
 * @throws CliError (exit 4) for a damaged, protected or oversized file
 */
export async function readSheets(bytes: Uint8Array, file: string, extension: string): Promise<ReadSheets> {
  if (extension === '.csv') {
    const csv = readCsv(bytes, file);
    return { sheets: [csv.sheet], notes: csv.notes, format: 'csv' };
  }
  return { sheets: await readXlsx(bytes, file), notes: [], format: 'xlsx' };
}
