import type { Table } from './find-tables.js';
import type { CellRef } from './problems.js';

/** A collection whose items were read one a row: `outcomes[i]` is row `rows[i]` of the table. */
interface RowLocation {
  readonly sheetIndex: number;
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly number[];
  /** Path under an item → the table's field, e.g. `proxy.value` → `proxyValue`. */
  readonly fields: Readonly<Record<string, string>>;
  /** The field whose cell stands for the whole item. */
  readonly rowField: string;
}

/**
 * Where each evaluation path was read, to place the core engine's problems
 * and a result's warnings on cells. It keeps the sheets' names, the rows and
 * the tables' columns, never the cells: a read's result keeps it, and a
 * 10,000-row map's cells are megabytes.
 */
export class Locations {
  private readonly paths = new Map<string, CellRef>();
  private readonly collections = new Map<string, RowLocation>();

  constructor(private readonly sheetNames: readonly string[]) {}

  /** Records where one path was read. */
  locate(path: string, ref: CellRef): void {
    this.paths.set(path, ref);
  }

  /**
   * Records where a collection's items were read, so paths such as
   * `outcomes[4].deadweight` find their cells without an entry per field:
   * 10,000-row maps stay fast.
   */
  locateRows(
    collection: string,
    table: Table,
    rows: readonly number[],
    fields: Readonly<Record<string, string>>,
    rowField: string,
  ): void {
    this.collections.set(collection, { sheetIndex: table.sheetIndex, columns: table.columns, rows, fields, rowField });
  }

  /** The cell a path was read from, or the nearest enclosing one's. */
  where(path: string): CellRef | null {
    let current = path;
    while (current !== '') {
      const ref = this.paths.get(current) ?? this.rowRef(current);
      if (ref !== null) return ref;
      const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut <= 0 ? '' : current.slice(0, cut);
    }
    return null;
  }

  private rowRef(path: string): CellRef | null {
    const match = /^(\w+)\[(\d+)\](?:\.(.+))?$/.exec(path);
    if (match === null) return null;
    const located = this.collections.get(match[1] as string);
    const row = located?.rows[Number(match[2])];
    if (located === undefined || row === undefined) return null;
    const field = match[3] === undefined ? located.rowField : located.fields[match[3]];
    if (field === undefined) return null;
    // As ReadContext.fieldRef: the field's cell, or the row's first cell when the column is missing.
    const column = located.columns.get(field) ?? 0;
    return { sheet: this.sheetNames[located.sheetIndex] ?? '', sheetIndex: located.sheetIndex, row, column };
  }
}
