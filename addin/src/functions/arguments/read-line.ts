import { CellError } from '../errors/cell-error.js';

// A module constant, not a global look-up, in the loops over a line: some hosts (Node's vm, used by the tests) resolve globals slowly.
const isArray = Array.isArray;

/**
 * One row or one column of a range argument, read in place: a whole column
 * (B:B) is 1,048,576 rows, and only the cells asked for are looked at.
 */
export interface Line {
  /** How many cells the row or column has, empty ones included. */
  readonly length: number;
  /** The cell at a 0-based index. */
  at(index: number): unknown;
  /** Where the cell at a 0-based index is, for messages: `row 2 of prices` (a column) or `column 2 of prices` (a row). */
  where(index: number): string;
}

/**
 * Where a cell of a range argument is, counted within the range as `INDEX`
 * counts: by row in a column, by column in a row, by both in a block.
 *
 * @example
 * ```ts
 * placeIn('prices', 3, 1, 1, 0); //=> 'row 2 of prices'
 * placeIn('prices', 2, 2, 1, 0); //=> 'row 2, column 1 of prices'
 * ```
 */
export function placeIn(name: string, rows: number, columns: number, row: number, column: number): string {
  if (columns === 1) return `row ${row + 1} of ${name}`;
  if (rows === 1) return `column ${column + 1} of ${name}`;
  return `row ${row + 1}, column ${column + 1} of ${name}`;
}

/**
 * Reads a range argument that must be one column or one row (a list with one
 * cell per bid, or per year). A single value counts as a column of one cell.
 * Nothing is trimmed: the caller decides which empty cells end the list.
 *
 * @param each - what each cell holds, for the message: `one price per bid`
 * @throws CellError `value` for a block of several rows and columns
 *
 * @example
 * ```ts
 * lineOf([[100], [150]], 'prices', 'one price per bid').at(1);    //=> 150
 * lineOf([[100, 150]], 'prices', 'one price per bid').where(1); //=> 'column 2 of prices'
 * ```
 */
export function lineOf(range: unknown, name: string, each: string): Line {
  if (!isArray(range)) return { length: 1, at: () => range, where: (index) => placeIn(name, 1, 1, index, 0) };
  const rows = range.length;
  const first: unknown = range[0];
  const width = isArray(first) ? first.length : 1;
  if (rows > 1 && width > 1) {
    throw new CellError(
      'value',
      `${name} must be one column (or one row), ${each}; got ${rows} rows and ${width} columns`,
    );
  }
  if (rows === 1 && isArray(first)) {
    return { length: width, at: (index) => first[index], where: (index) => placeIn(name, 1, width, 0, index) };
  }
  return {
    length: rows,
    at: (index) => {
      const row: unknown = range[index];
      return isArray(row) ? row[0] : row;
    },
    where: (index) => placeIn(name, rows, 1, index, 0),
  };
}
