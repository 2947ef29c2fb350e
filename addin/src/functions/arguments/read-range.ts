import { toDecimal, type Decimal } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { isBlank } from './cell-value.js';
import { checked } from './read-number.js';
import type { NumberRule } from './rules.js';

const ZERO = toDecimal(0);

/**
 * The cells of a range argument as Excel passes them: a 2-D array, row by row.
 * A single value (a number typed into the formula) counts as a 1 x 1 range.
 */
export function cellsOf(range: unknown): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  return range.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * Reads a row (or column) of yearly values, year 1 first, as decimals. Blank
 * cells are years with no value (0), so a row can be wider than the outcome.
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
  const cells = cellsOf(range);
  const width = Math.max(0, ...cells.map((row) => row.length));
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
  const cells = cellsOf(range);
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
