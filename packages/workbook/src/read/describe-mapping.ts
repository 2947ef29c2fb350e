import { cellAddress, columnLetters } from '../cells/address.js';
import type { ReadContext } from './context.js';
import type { Table } from './find-tables.js';
import { fieldName } from './field-names.js';
import type { ColumnRead, TableMapping } from './mapping.js';

/** How a table's columns were read: each header column, its field, and why the others are not read. */
export function describeTable(context: ReadContext, table: Table): TableMapping {
  const fieldAt = new Map<number, string>();
  for (const [field, column] of table.columns) if (field !== 'impact') fieldAt.set(column, field);
  const duplicates = new Map(table.duplicates.map((duplicate) => [duplicate.column, duplicate.field]));
  const columns = [...new Set([...table.headers.keys(), ...fieldAt.keys()])].sort((a, b) => a - b);
  const reads: ColumnRead[] = columns.map((column) => {
    const field = fieldAt.get(column) ?? null;
    const header = table.headers.get(column) ?? '';
    if (field !== null) {
      return { field, column: columnLetters(column), header, how: table.mapped.has(field) ? 'mapping' : 'header' };
    }
    const duplicate = duplicates.get(column);
    const why =
      duplicate !== undefined
        ? `a second ${fieldName(duplicate)} column`
        : (table.ignored.get(column) ?? 'not a field the calculation uses');
    return { field: null, column: columnLetters(column), header, how: 'ignored', why };
  });
  const sheet = context.sheets[table.sheetIndex]?.name ?? '';
  const firstData = table.headerRow + 1;
  return {
    table: table.kind,
    sheet,
    headers: `${cellAddress(table.firstHeaderRow, table.firstColumn)}:${cellAddress(table.headerRow, table.lastColumn)}`,
    rows: table.endRow > firstData ? `${firstData + 1}:${table.endRow}` : null,
    columns: reads,
  };
}
