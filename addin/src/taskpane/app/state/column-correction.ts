/**
 * A correction of how the selection's columns were read, as the column
 * mapping the one reader takes (`fromWorkbook(..., { columns })`).
 */
import {
  cellAddress,
  columnLetters,
  rangePosition,
  type ColumnMapping,
  type ReadResult,
  type TableMapping,
} from '@sroi/workbook';
import type { SelectionRead } from '../../excel/read-selection.js';

/**
 * The mapping after the user says column `letter` holds `field` (null: not
 * used). Every column the reader placed keeps its field, so the re-read changes
 * only what the user changed; a field moved to a new column leaves its old one.
 *
 * @param table - the impact map as it was read
 * @param letter - the column corrected, e.g. `F`
 * @param field - the impact-map field it holds, or null when it is not used
 *
 * @example
 * ```ts
 * correctColumn(table, 'F', 'proxyValue').columns; //=> { quantity: 'E', proxyValue: 'F', ... }
 * ```
 */
export function correctColumn(table: TableMapping, letter: string, field: string | null): ColumnMapping {
  const columns: Record<string, string> = {};
  for (const column of table.columns) {
    if (column.field === null || column.column === letter || column.field === field) continue;
    columns[column.field] = column.column;
  }
  if (field !== null) columns[field] = letter;
  const headerRow = lastHeaderRow(table.headers);
  return { sheet: table.sheet, ...(headerRow === null ? {} : { headerRow }), columns };
}

/** The last row of a header block such as `A3:S4` (4), counted from 1 as Excel does. */
function lastHeaderRow(headers: string): number | null {
  const position = rangePosition(headers);
  return position === null ? null : position.to.row + 1;
}

/**
 * The impact map's columns that the user may correct: as the reader read
 * them, or, where it recognised no impact map, the selection's first row as
 * headers with no column used yet, so every field can still be placed by hand.
 *
 * @returns null when the selection is empty
 */
export function correctableTable(selection: SelectionRead, read: ReadResult): TableMapping | null {
  const found = read.mapping.find((table) => table.table === 'impactMap');
  if (found !== undefined) return found;
  const position = rangePosition(selection.address);
  if (position === null) return null;
  const { from, to } = position;
  const headers = selection.grid.cells[from.row] ?? [];
  const columns = [];
  for (let column = from.column; column <= to.column; column += 1) {
    const header = headers[column];
    columns.push({
      field: null,
      column: columnLetters(column),
      header: header === null || header === undefined ? '' : String(header),
      how: 'ignored' as const,
    });
  }
  return {
    table: 'impactMap',
    sheet: selection.sheet,
    headers: `${cellAddress(from.row, from.column)}:${cellAddress(from.row, to.column)}`,
    rows: null,
    columns,
  };
}
