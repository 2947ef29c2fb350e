import { rangePosition } from '../cells/address.js';
import type { ReadCell } from './cell-value.js';
import type { SheetGrid, Table } from './find-tables.js';
import { numberStyleOf, type NumberStyle } from './number-text.js';
import { Locations } from './locations.js';
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
  /** Where each evaluation path was read: kept by a read's result, without the cells. */
  readonly locations: Locations;
  private readonly styles: NumberStyle[] = [];
  private tables: readonly Table[] = [];

  constructor(
    readonly sheets: readonly SheetGrid[],
    readonly grids: readonly (readonly (readonly ReadCell[])[])[],
    /** Excel desktop passes empty cells to custom functions as 0. */
    readonly emptyCellsAsZero = false,
  ) {
    this.locations = new Locations(sheets.map((sheet) => sheet?.name ?? ''));
  }

  private readonly mergedFrom: Map<string, { row: number; column: number }>[] = [];

  /**
   * Where a merged copy's value is: the merge's top-left cell, for a cell
   * inside a merged range (not its top-left), or null.
   */
  mergeOrigin(sheetIndex: number, row: number, column: number): { row: number; column: number } | null {
    let origins = this.mergedFrom[sheetIndex];
    if (origins === undefined) {
      origins = mergeOrigins(this.sheets[sheetIndex]?.merges ?? []);
      this.mergedFrom[sheetIndex] = origins;
    }
    // Most sheets have no merges: no key to build.
    return origins.size === 0 ? null : (origins.get(`${row}:${column}`) ?? null);
  }

  /** How a sheet writes decimals in text. */
  numberStyle(sheetIndex: number): NumberStyle {
    let style = this.styles[sheetIndex];
    if (style === undefined) {
      const rows = this.grids[sheetIndex] ?? [];
      const tables = this.tables.filter((table) => table.sheetIndex === sheetIndex);
      style = numberStyleOf(numberTexts(rows, tables), this.sheets[sheetIndex]?.decimalMark ?? '.');
      this.styles[sheetIndex] = style;
    }
    return style;
  }

  /**
   * The tables found: a sheet's decimal mark is then decided by the text of
   * its number columns and settings only, not by outcome refs such as "1.1".
   */
  useTables(tables: readonly Table[]): void {
    this.tables = tables;
    this.styles.length = 0;
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
    this.locations.locate(path, ref);
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
    this.locations.locateRows(collection, table, rows, fields, rowField);
  }

  /** The cell a path was read from, or the nearest enclosing one's. */
  where(path: string): CellRef | null {
    return this.locations.where(path);
  }
}

/** The largest merged range whose copies are looked up; larger ones are decoration, not data. */
const MAX_MERGED_CELLS = 10_000;

function mergeOrigins(merges: readonly string[]): Map<string, { row: number; column: number }> {
  const origins = new Map<string, { row: number; column: number }>();
  for (const merge of merges) {
    const corners = rangePosition(merge);
    if (corners === null) continue;
    const [top, left, bottom, right] = [corners.from.row, corners.from.column, corners.to.row, corners.to.column];
    if ((bottom - top + 1) * (right - left + 1) > MAX_MERGED_CELLS) continue;
    for (let row = top; row <= bottom; row += 1)
      for (let c = left; c <= right; c += 1)
        if (row !== top || c !== left) origins.set(`${row}:${c}`, { row: top, column: left });
  }
  return origins;
}

/** Fields whose cells hold numbers: their text decides how a sheet writes decimals. */
const NUMBER_FIELDS = new Set([
  'quantity',
  'proxyValue',
  'duration',
  'startYear',
  'priceYear',
  'deadweight',
  'displacement',
  'attribution',
  'dropOff',
  'inputAmount',
  'impact',
  'amount',
  'year',
]);

/** Text in a sheet's number columns, and anywhere outside its tables (settings). */
function numberTexts(rows: readonly (readonly ReadCell[])[], tables: readonly Table[]): string[] {
  const texts: string[] = [];
  const add = (cell: ReadCell | undefined) => {
    if (cell?.kind === 'text') texts.push(cell.text);
  };
  // Each table's number columns inside it, left to right, so that texts keep the sheet's order.
  const numericColumns = new Map(
    tables.map((table) => {
      const columns = [...table.columns]
        .filter(([field]) => NUMBER_FIELDS.has(field) || /^year\d+$/.test(field))
        .map(([, column]) => column)
        .filter((column) => column >= table.firstColumn && column <= table.lastColumn);
      return [table, [...new Set(columns)].sort((a, b) => a - b)];
    }),
  );
  // The last table met and its number columns: consecutive rows are mostly one table's, looked up once.
  let lastTable: Table | undefined;
  let lastColumns: readonly number[] = [];
  rows.forEach((cells, row) => {
    const table = tableAt(tables, row);
    if (table === undefined) {
      for (const cell of cells) add(cell);
      return;
    }
    if (table !== lastTable) {
      lastTable = table;
      lastColumns = numericColumns.get(table) ?? [];
    }
    // In a table's rows only its number columns count, and what stands beside it: its other cells are skipped unread.
    for (let column = 0; column < Math.min(table.firstColumn, cells.length); column += 1) add(cells[column]);
    for (let index = 0; index < lastColumns.length; index += 1) add(cells[lastColumns[index] as number]);
    for (let column = table.lastColumn + 1; column < cells.length; column += 1) add(cells[column]);
  });
  return texts;
}

/** The first table whose rows include a row (a loop, not find(): no function made for each row). */
function tableAt(tables: readonly Table[], row: number): Table | undefined {
  for (const table of tables) if (row >= table.firstHeaderRow && row < table.endRow) return table;
  return undefined;
}

/**
 * A table's leftmost field column (Infinity with none). Not kept: {@link
 * isTotalsRow} asks only for rows whose text may be a total, a few per table.
 */
function firstFieldColumn(table: Table): number {
  let firstColumn = Infinity;
  for (const column of table.columns.values()) if (column < firstColumn) firstColumn = column;
  return firstColumn;
}

/**
 * A row the readers skip: "Total", "Grand total", "Subtotal", "Tenants total",
 * "Total (£)" or "Sum" in the table's first column (or as far past it as
 * `reach` allows), with nothing before it: an input described as "Total" in
 * its own column is data.
 */
export function isTotalsRow(
  cells: readonly ReadCell[],
  table: Table,
  blank: (cell: ReadCell) => boolean = (cell) => cell.kind === 'blank',
  /** How many columns past the table's first a "Total" may stand (the impact map, whose totals have no duration: 1). */
  reach = 0,
): boolean {
  const column = firstGiven(cells, blank);
  const first = cells[column];
  // Every total's label holds "total" or "sum": most rows are told apart by that alone, and none is trimmed.
  return (
    first?.kind === 'text' &&
    MAY_BE_TOTAL.test(first.text) &&
    column <= firstFieldColumn(table) + reach &&
    TOTAL.test(first.text.trim())
  );
}

/** The first cell given, or -1 (a loop, not findIndex: no function made for each row). */
function firstGiven(cells: readonly ReadCell[], blank: (cell: ReadCell) => boolean): number {
  for (let column = 0; column < cells.length; column += 1) if (!blank(cells[column] as ReadCell)) return column;
  return -1;
}

/** What every label {@link TOTAL} and {@link GRAND_TOTAL} match holds somewhere. */
const MAY_BE_TOTAL = /total|sum/i;

// "Total", "Total (£)", "Total for tenants", "Tenants total", "Sum"; not "Total Fitness Ltd", a stakeholder.
const TOTAL =
  /^(((grand|sub|overall)[\s-]*)?totals?(:|\s*\(.*\)|\s+(for|of|impact|value|inputs|£).*)?|.*\s(sub)?totals?:?|sum:?)$/i;

/** A grand total row (not a subtotal): its Impact cell is checked against the engine's. */
export function isGrandTotal(cells: readonly ReadCell[], blank: (cell: ReadCell) => boolean): boolean {
  const first = cells[firstGiven(cells, blank)];
  return first?.kind === 'text' && GRAND_TOTAL.test(first.text.trim());
}

const GRAND_TOTAL = /^((grand|overall)\s+)?totals?:?(\s*\(.*\))?$/i;
