// Types into a written layout as a user would into the workbook: plain values
// into a row, each under its header. The layout is plain data, so typing
// gives a new layout and leaves the old one as it was.
import type { CellValue, SheetLayout, WorkbookLayout } from '@sroi/workbook';

/** Row 2 of every table sheet holds the headers (row 1 is the title). */
const HEADER_ROW = 1;

function sheetOf(layout: WorkbookLayout, name: string): SheetLayout {
  const sheet = layout.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The row (as users number them, from 1) whose first cell says "Total". */
export function totalRow(layout: WorkbookLayout, sheet: string): number {
  const index = sheetOf(layout, sheet).cells.findIndex((row, r) => r > HEADER_ROW && row[0] === 'Total');
  if (index < 0) throw new Error(`${sheet} has no Total row`);
  return index + 1;
}

/** The first row below the headers with nothing typed in it yet (formulas do not count), as users number rows. */
export function nextEmptyRow(layout: WorkbookLayout, sheet: string): number {
  const { cells } = sheetOf(layout, sheet);
  const headers = cells[HEADER_ROW] ?? [];
  const typed = (value: unknown) => value !== null && typeof value !== 'object';
  for (let r = HEADER_ROW + 1; ; r += 1) {
    const row = cells[r] ?? [];
    if (!headers.some((header, c) => typeof header === 'string' && typed(row[c]))) return r + 1;
  }
}

/**
 * The layout with `values` typed into a row of a sheet (as users number rows),
 * each under the header that names it; cells not named keep what they had.
 */
export function typeRow(
  layout: WorkbookLayout,
  sheet: string,
  row: number,
  values: Readonly<Record<string, CellValue>>,
): WorkbookLayout {
  const target = sheetOf(layout, sheet);
  const headers = target.cells[HEADER_ROW] ?? [];
  const columns = Object.keys(values).map((header) => {
    const column = headers.indexOf(header);
    if (column < 0) throw new Error(`${sheet} has no column ${header}`);
    return [column, values[header] ?? null] as const;
  });
  const width = Math.max(headers.length, ...columns.map(([column]) => column + 1));
  const cells = Array.from({ length: Math.max(target.cells.length, row) }, (_, r) => {
    const before = target.cells[r] ?? Array.from({ length: width }, () => null);
    if (r !== row - 1) return before;
    const after = [...before];
    for (const [column, value] of columns) after[column] = value;
    return after;
  });
  // Formats stay as written; a row typed below the table gets none, as in a real sheet.
  const numberFormats = Array.from(
    { length: cells.length },
    (_, r) => target.numberFormats[r] ?? Array.from({ length: width }, () => null),
  );
  const typed: SheetLayout = { ...target, cells, numberFormats };
  return { sheets: layout.sheets.map((s) => (s === target ? typed : s)) };
}
