import { cellAddress } from '../cells/address.js';
import { FIRST_DATA_ROW, HEADER_ROW } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';

/**
 * The sheet with its `table`: the header row and `rows` data rows, from column
 * A to the last column of the header row. Without data rows the sheet has no
 * table (an Excel table needs one). The headers must be distinct non-blank
 * text, ignoring case, as Excel's tables need; a layout that breaks this is a
 * mistake in the writer, so it throws.
 *
 * @param name - the suggested table name, e.g. `ImpactMap`
 * @param rows - data rows below the header row, prepared spare rows included
 */
export function withTable(sheet: SheetLayout, name: string, rows: number): SheetLayout {
  if (rows === 0) return sheet;
  const headers = sheet.cells[HEADER_ROW] ?? [];
  const seen = new Set<string>();
  headers.forEach((header, column) => {
    const at = `${sheet.name}!${cellAddress(HEADER_ROW, column)}`;
    if (typeof header !== 'string' || header.trim() === '')
      throw new Error(`The ${name} table's header at ${at} is not text: a table needs a name for every column`);
    const folded = header.trim().toLowerCase();
    if (seen.has(folded)) throw new Error(`The ${name} table's header "${header}" at ${at} is there twice`);
    seen.add(folded);
  });
  const range = `${cellAddress(HEADER_ROW, 0)}:${cellAddress(FIRST_DATA_ROW + rows - 1, headers.length - 1)}`;
  return { ...sheet, table: { range, name } };
}
