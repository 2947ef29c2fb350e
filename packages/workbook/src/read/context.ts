import { cellAddress } from '../cells/address.js';
import type { ReadCell } from './cell-value.js';
import type { SheetGrid, Table } from './find-tables.js';
import { numberStyleOf, type NumberStyle } from './number-text.js';
import { problemAt, type CellProblem, type CellRef, type ReadProblemCode } from './problems.js';

type OrderedProblem = CellProblem & { readonly order: number[] };

/**
 * What the table readers share: the classified cells, the problems found so
 * far, and where each evaluation path was read (to place the core engine's
 * problems on cells).
 */
export class ReadContext {
  readonly problems: OrderedProblem[] = [];
  readonly warnings: OrderedProblem[] = [];
  readonly locations = new Map<string, CellRef>();
  private readonly styles: NumberStyle[];

  constructor(
    readonly sheets: readonly SheetGrid[],
    readonly grids: readonly (readonly (readonly ReadCell[])[])[],
    /** Excel desktop passes empty cells to custom functions as 0. */
    readonly emptyCellsAsZero = false,
  ) {
    this.styles = grids.map((rows, index) => numberStyleOf(textsOf(rows), sheets[index]?.decimalMark ?? '.'));
  }

  /** How a sheet writes decimals in text. */
  numberStyle(sheetIndex: number): NumberStyle {
    return this.styles[sheetIndex] as NumberStyle;
  }

  /** Whether a cell is empty for reading: blank, or 0 where empty cells arrive as 0. */
  readonly isBlank = (cell: ReadCell): boolean =>
    cell.kind === 'blank' || (this.emptyCellsAsZero && cell.kind === 'number' && cell.number === 0);

  warn(ref: CellRef | null, message: string, extra: { path?: string } = {}): void {
    this.warnings.push(problemAt(ref, message, extra));
  }

  ref(sheetIndex: number, row: number, column: number): CellRef {
    return { sheet: this.sheets[sheetIndex]?.name ?? '', sheetIndex, row, column };
  }

  /** A cell's A1 address, e.g. `F7`. */
  address(sheetIndex: number, row: number, column: number): string {
    return cellAddress(row, column);
  }

  cell(sheetIndex: number, row: number, column: number | undefined): ReadCell {
    if (column === undefined) return { kind: 'blank' };
    return this.grids[sheetIndex]?.[row]?.[column] ?? { kind: 'blank' };
  }

  /** The cell of a table's field in a row (blank when the table has no such column). */
  field(table: Table, row: number, field: string): ReadCell {
    return this.cell(table.sheetIndex, row, table.columns.get(field));
  }

  /** Where a table's field is in a row: its cell, or the row's first cell when the column is missing. */
  fieldRef(table: Table, row: number, field: string): CellRef {
    return this.ref(table.sheetIndex, row, table.columns.get(field) ?? 0);
  }

  report(ref: CellRef | null, message: string, extra: { path?: string; code?: ReadProblemCode } = {}): void {
    this.problems.push(problemAt(ref, message, extra));
  }

  locate(path: string, ref: CellRef): void {
    this.locations.set(path, ref);
  }

  /**
   * Records where a collection's items were read (`outcomes[i]` is row
   * `rows[i]` of the table), so paths such as `outcomes[4].deadweight` find
   * their cells without a map entry per field: 10,000-row maps stay fast.
   */
  locateRows(
    collection: string,
    table: Table,
    rows: readonly number[],
    fields: Readonly<Record<string, string>>,
    rowField: string,
  ): void {
    this.rowLocations.set(collection, { table, rows, fields, rowField });
  }

  /** The cell a path was read from, or the nearest enclosing one's. */
  where(path: string): CellRef | null {
    let current = path;
    while (current !== '') {
      const ref = this.locations.get(current) ?? this.rowRef(current);
      if (ref !== null) return ref;
      const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut <= 0 ? '' : current.slice(0, cut);
    }
    return null;
  }

  private readonly rowLocations = new Map<
    string,
    { table: Table; rows: readonly number[]; fields: Readonly<Record<string, string>>; rowField: string }
  >();

  private rowRef(path: string): CellRef | null {
    const match = /^(\w+)\[(\d+)\](?:\.(.+))?$/.exec(path);
    if (match === null) return null;
    const located = this.rowLocations.get(match[1] as string);
    const row = located?.rows[Number(match[2])];
    if (located === undefined || row === undefined) return null;
    const field = match[3] === undefined ? located.rowField : located.fields[match[3]];
    if (field === undefined) return null;
    return this.fieldRef(located.table, row, field);
  }
}

/**
 * A row the readers skip: "Total", "Totals", "Grand total" or "Subtotal" in
 * the table's first column with nothing before it (an input described as
 * "Total" in its own column is data).
 */
function* textsOf(rows: readonly (readonly ReadCell[])[]): Generator<string> {
  for (const row of rows) for (const cell of row) if (cell.kind === 'text') yield cell.text;
}

export function isTotalsRow(
  cells: readonly ReadCell[],
  table: Table,
  blank: (cell: ReadCell) => boolean = (cell) => cell.kind === 'blank',
): boolean {
  const firstColumn = Math.min(...table.columns.values());
  const column = cells.findIndex((cell) => !blank(cell));
  const first = cells[column];
  return (
    column <= firstColumn &&
    first?.kind === 'text' &&
    /^((grand|sub)[\s-]*)?totals?(:|\s*$|\s+(for|of|impact|value|inputs|£))/i.test(first.text)
  );
}
