import { cellAddress } from '../../cells/address.js';
import type { ReadContext } from '../../read/context.js';
import { isTotalsRow } from '../../read/context.js';
import type { Table } from '../../read/find-tables.js';
import type { CellRef } from '../../read/problems.js';
import type { FoundTable, TableKind } from './find-tables.js';

/** "A, B and C" (or "A, B or C"). */
export function listOf(items: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1) ?? ''}`;
}

/** The header of a field's column as written by the writer, for messages. */
export function headerOf<Field extends string>(kind: TableKind<Field>, field: Field): string {
  return kind.columns.find((column) => column.field === field)?.header ?? field;
}

/** Where a table starts: its header row's first named column. */
export function headerRef(context: ReadContext, table: FoundTable<string>): CellRef {
  const columns = [...table.columns.values(), ...table.unknown.map((u) => u.column)];
  return context.ref(table.sheetIndex, table.headerRow, Math.min(...columns));
}

/**
 * Checks a table's header: every required column present (one problem
 * naming them all), a field named twice (a problem for figures: which one
 * is meant? a warning for words), columns not read, a second table of the
 * same kind not read.
 *
 * @returns the required fields whose columns are missing
 */
export function checkHeader<Field extends string>(
  context: ReadContext,
  table: FoundTable<Field>,
  kind: TableKind<Field>,
  numeric: readonly Field[],
): Field[] {
  const start = headerRef(context, table as FoundTable<string>);
  const missing = kind.required.filter((field) => !table.columns.has(field));
  if (missing.length > 0) {
    const sheet = context.sheets[table.sheetIndex]?.name ?? '';
    const names = missing.map((field) => headerOf(kind, field));
    context.report(
      start,
      `the ${kind.name} on ${sheet} has no ${listOf(names, 'or')} column; it needs ${listOf(kind.required.map((field) => headerOf(kind, field)))}`,
    );
  }
  for (const duplicate of table.duplicates) {
    const ref = context.ref(table.sheetIndex, table.headerRow, duplicate.column);
    const first = cellAddress(table.headerRow, table.columns.get(duplicate.field) ?? 0);
    const name = headerOf(kind, duplicate.field);
    if (numeric.includes(duplicate.field))
      context.report(
        ref,
        `a second ${name} column (the first is ${first}): which one holds the ${name.toLowerCase()}? Rename or remove the other`,
      );
    else context.warn(ref, `a second ${name} column (the first is ${first}): only the first is read`);
  }
  for (const column of table.unknown) {
    context.warn(
      context.ref(table.sheetIndex, table.headerRow, column.column),
      `the column ${JSON.stringify(column.header.slice(0, 40))} is not read: a ${kind.name}'s columns are ${listOf(kind.columns.map((c) => c.header))}`,
    );
  }
  for (const other of table.others) {
    context.warn(
      context.ref(other.sheetIndex, other.row, 0),
      `this looks like a second ${kind.name}, and it is not read: only ${context.sheets[table.sheetIndex]?.name ?? ''}!${cellAddress(table.headerRow, start.column)} is; keep one table`,
    );
  }
  return missing;
}

/**
 * The rows of a table that hold something: not blank in every column read,
 * not a repeated header, not a Total row. Hidden rows are read, and said.
 */
export function dataRows(context: ReadContext, table: FoundTable<string>): number[] {
  const grid = context.grids[table.sheetIndex] ?? [];
  const columns = [...table.columns.values()];
  // isTotalsRow only looks at the columns: the procurement table gives it those.
  const asTable = { columns: table.columns } as Table;
  const rows: number[] = [];
  for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
    if (table.repeatedHeaders.has(row)) continue;
    const cells = grid[row] ?? [];
    if (columns.every((column) => (cells[column]?.kind ?? 'blank') === 'blank')) continue;
    if (isTotalsRow(cells, asTable)) continue;
    rows.push(row);
  }
  warnHidden(context, table, rows);
  return rows;
}

function warnHidden(context: ReadContext, table: FoundTable<string>, rows: readonly number[]): void {
  const hidden = new Set(context.sheets[table.sheetIndex]?.hiddenRows ?? []);
  const read = rows.filter((row) => hidden.has(row));
  const first = read[0];
  if (first === undefined) return;
  const more = read.length > 1 ? ` (and ${read.length - 1} more)` : '';
  context.warn(
    context.ref(table.sheetIndex, first, Math.min(...table.columns.values())),
    `this row${more} is hidden in Excel but is read like any other: unhide it to check it, or delete it if it should not count`,
  );
}
