import { parse } from 'csv-parse/sync';
import type { SheetGrid } from '@sroi/workbook';
import { CliError, EXIT } from '../errors.js';

/**
 * Reads a CSV file as one sheet named after the file. Excel in many European
 * locales saves CSV with semicolons: the separator is whichever of `,` and `;`
 * the first line uses more.
 */
export function readCsv(text: string, file: string): SheetGrid {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string) => firstLine.split(character).length - 1;
  const delimiter = count(';') > count(',') ? ';' : ',';
  try {
    const cells = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return { name: file.split(/[\\/]/).pop() ?? file, cells };
  } catch (error) {
    throw new CliError(`${file} could not be read as CSV: ${(error as Error).message}`, EXIT.unreadable);
  }
}
