import { toDecimal, type Decimal } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank, isErrorValue, readableError } from './cell-value.js';
import { checked } from './read-number.js';
import type { NumberRule } from './rules.js';

const ZERO = toDecimal(0);
// A module constant, not a global look-up, in the loops below: some hosts (Node's vm, used by the tests) resolve globals slowly.
const isArray = Array.isArray;

/**
 * The cells of a range argument as Excel passes them: a 2-D array, row by row.
 * A single value (a number typed into the formula) counts as a 1 x 1 range.
 * Nothing is trimmed or changed: see {@link trimmedCellsOf}.
 */
export function cellsOf(range: unknown): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  return range.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * True for a cell that holds nothing as either Excel sends it: null (Excel on
 * the web), 0 (Excel desktop), empty or blank text. The impact-map reader
 * reads such rows as empty too (its `emptyCellsAsZero`), so trimming them
 * changes no result. The common cases are checked before the full reading.
 */
export function isEmptyCell(value: unknown): boolean {
  return value === null || value === 0 || value === '' || value === undefined || isBlank(value);
}

/**
 * The range without its trailing empty rows and columns (see
 * {@link isEmptyCell}), with each error value shown as the reader shows
 * errors. A whole column (A:J) arrives as 1,048,576 rows: trimmed first, it
 * costs what the filled rows cost. Rows that are kept are not copied unless
 * they hold an error value.
 *
 * @example
 * ```ts
 * trimmedCellsOf([[1, 2, 0], [null, '', 0], [0, 0, 0]]); //=> [[1, 2]]
 * trimmedCellsOf([[new CustomFunctions.Error('#N/A')]]); //=> [[{ error: '#N/A' }]]
 * ```
 */
export function trimmedCellsOf(range: unknown): unknown[][] {
  if (!isArray(range)) return isEmptyCell(range) ? [] : [[readableError(range)]];
  let height = range.length;
  while (height > 0 && isEmptyRow(range[height - 1])) height -= 1;
  const rows = cellsOf(range.slice(0, height));
  let width = 0;
  for (const row of rows) {
    let last = row.length;
    while (last > width && isEmptyCell(row[last - 1])) last -= 1;
    width = Math.max(width, last);
  }
  return rows.map((row) => {
    const kept = row.length > width ? row.slice(0, width) : row;
    return kept.some(isErrorValue) ? kept.map(readableError) : kept;
  });
}

/** True for a row (or a lone value) of empty cells, in a plain loop: a whole column has a million rows. */
function isEmptyRow(row: unknown): boolean {
  if (!isArray(row)) return isEmptyCell(row);
  for (let index = 0; index < row.length; index += 1) if (!isEmptyCell(row[index])) return false;
  return true;
}

/**
 * Reads a row (or column) of yearly values, year 1 first, as decimals. Blank
 * cells are years with no value (0), so a row can be wider than the outcome;
 * trailing blank cells are dropped first, so a whole column (A:A) is as
 * quick as the years it holds.
 *
 * @throws CellError `value` for a block of several rows and columns, or for a
 *   cell that is not a number, naming the year
 *
 * @example
 * ```ts
 * readYearlyValues([[54000, 27000, 13500]], VALUES).map(String); //=> ['54000', '27000', '13500']
 * readYearlyValues([[54000], [27000]], VALUES).map(String);      //=> ['54000', '27000']
 * ```
 */
export function readYearlyValues(range: unknown, rule: NumberRule): Decimal[] {
  const cells = trimmedCellsOf(range);
  // A loop, not Math.max(...rows): spreading a whole column's rows overflows the call stack.
  const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (cells.length > 1 && width > 1) {
    throw new CellError(
      'value',
      `${rule.name} must be one row or one column of yearly values; got ${cells.length} rows and ${width} columns`,
    );
  }
  const line = cells.length === 1 ? (cells[0] as unknown[]) : cells.map((row) => row[0]);
  return line.map((cell, index) => (isBlank(cell) ? ZERO : checked(cell, rule, ` in year ${index + 1}`)));
}

/**
 * Adds up a range of amounts (or one number). Blank cells are skipped.
 *
 * @throws CellError `value` for a cell that is not an amount, naming its place
 *
 * @example
 * ```ts
 * sumOfRange([[30000], [20000]], INPUTS).toString(); //=> '50000'
 * ```
 */
export function sumOfRange(range: unknown, rule: NumberRule): Decimal {
  const cells = trimmedCellsOf(range);
  let total = ZERO;
  cells.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      if (isBlank(cell)) return;
      const where =
        cells.length === 1 && row.length === 1 ? '' : ` in row ${rowIndex + 1}, column ${columnIndex + 1} of the range`;
      total = total.plus(checked(cell, rule, where));
    }),
  );
  return total;
}
