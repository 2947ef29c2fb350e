import { cellAddress } from '../cells/address.js';
import type { ColumnSpec } from '../layout/columns.js';
import type { SheetBuilder } from './sheet-builder.js';

/** Writes a header row in bold, with each column's prompt as a note. */
export function headerRow<Field extends string>(
  sheet: SheetBuilder,
  row: number,
  columns: readonly ColumnSpec<Field>[],
): void {
  columns.forEach((column, index) => {
    sheet.set(row, index, column.header).note(cellAddress(row, index), column.prompt);
  });
  sheet.boldRow(row);
}
