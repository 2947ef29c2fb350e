/**
 * A1-style addresses. Rows and columns are 0-based in code (array indices) and
 * 1-based in addresses, as users see them.
 */

/**
 * The letters of a 0-based column index.
 *
 * @example
 * ```ts
 * columnLetters(0);  //=> 'A'
 * columnLetters(27); //=> 'AB'
 * ```
 */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a 0-based row and column.
 *
 * @example
 * ```ts
 * cellAddress(6, 5); //=> 'F7'
 * ```
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The same address made absolute, for formulas that are copied: `$F$7`. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnLetters(column)}$${row + 1}`;
}

/**
 * A sheet name as a formula needs it: quoted when it has spaces or symbols.
 *
 * @example
 * ```ts
 * sheetReference('Impact Map'); //=> "'Impact Map'"
 * sheetReference('Inputs');     //=> 'Inputs'
 * ```
 */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
