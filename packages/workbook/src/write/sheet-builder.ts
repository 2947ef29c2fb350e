import type { Cell } from '../cells/cell.js';
import type { NamedCell, Note, SheetLayout, TableLayout, Validation } from '../layout/sheet.js';

/**
 * Collects one sheet's cells and formats while a writer fills it in, then
 * hands back an immutable {@link SheetLayout}. Mutation stays inside the
 * writer that owns the builder.
 */
export class SheetBuilder {
  private readonly cells: Cell[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly bold = new Set<number>();
  private readonly validations: Validation[] = [];
  private readonly notes: Note[] = [];
  private width = 0;

  constructor(private readonly name: string) {}

  /** Puts a cell (and its number format) at a 0-based row and column. */
  set(row: number, column: number, cell: Cell, format: string | null = null): this {
    while (this.cells.length <= row) {
      this.cells.push([]);
      this.formats.push([]);
    }
    (this.cells[row] as Cell[])[column] = cell;
    (this.formats[row] as (string | null)[])[column] = format;
    this.width = Math.max(this.width, column + 1);
    return this;
  }

  /** Puts cells left to right from a column. */
  row(row: number, column: number, cells: readonly Cell[], format: string | null = null): this {
    cells.forEach((cell, offset) => this.set(row, column + offset, cell, format));
    return this;
  }

  boldRow(row: number): this {
    this.bold.add(row);
    return this;
  }

  validate(validation: Validation): this {
    this.validations.push(validation);
    return this;
  }

  note(address: string, text: string): this {
    this.notes.push({ address, text });
    return this;
  }

  build(options: {
    frozen: { rows: number; columns: number };
    columnWidths: readonly number[];
    table?: TableLayout | null;
    namedCells?: readonly NamedCell[];
  }): SheetLayout {
    // Rectangular arrays, as Office.js expects for range.values.
    const pad = <T>(rows: T[][], fill: T): T[][] =>
      rows.map((cells) => Array.from({ length: this.width }, (_, column) => cells[column] ?? fill));
    return {
      name: this.name,
      cells: pad<Cell>(this.cells, null),
      numberFormats: pad<string | null>(this.formats, null),
      frozen: options.frozen,
      columnWidths: options.columnWidths,
      boldRows: [...this.bold].sort((a, b) => a - b),
      validations: this.validations,
      notes: this.notes,
      ...(options.table === undefined || options.table === null ? {} : { table: options.table }),
      ...(options.namedCells === undefined ? {} : { namedCells: options.namedCells }),
    };
  }
}
