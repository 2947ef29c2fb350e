/**
 * A1 addresses the adapters hand to Excel, built from 0-based rows and columns
 * (the layout's array indices).
 */
import { cellAddress, columnLetters } from '@sroi/workbook';

/**
 * The block from row `from` up to (not including) row `to`, `columns` wide, starting at column A.
 *
 * @example
 * ```ts
 * blockAddress(0, 3, 25); //=> 'A1:Y3'
 * ```
 */
export function blockAddress(from: number, to: number, columns: number): string {
  return `${cellAddress(from, 0)}:${cellAddress(to - 1, Math.max(columns, 1) - 1)}`;
}

/**
 * One whole column, for its width.
 *
 * @example
 * ```ts
 * columnAddress(2); //=> 'C:C'
 * ```
 */
export function columnAddress(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}

/**
 * An address without its sheet: Excel's `range.address` says `'My sheet'!B3:K20`.
 *
 * @example
 * ```ts
 * localAddress("'My sheet'!B3:K20"); //=> 'B3:K20'
 * localAddress('Sheet1!$A$1');       //=> 'A1'
 * ```
 */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, '');
}

/**
 * The ranges of a `RangeAreas.address` (comma-separated, each with its sheet), without sheets.
 *
 * @example
 * ```ts
 * areaAddresses("'Map'!H2:H3,'Map'!I2:I3"); //=> ['H2:H3', 'I2:I3']
 * ```
 */
export function areaAddresses(address: string): string[] {
  if (address.trim() === '') return [];
  // Sheet names may hold commas inside quotes: split only on commas followed by a new area.
  return address.split(/,(?=(?:'[^']*'|[^',!]+)!|\$?[A-Z]+\$?\d)/i).map(localAddress);
}
