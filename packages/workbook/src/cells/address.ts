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

/**
 * The 0-based index of column letters (one to three, as Excel has up to XFD), or null.
 *
 * @example
 * ```ts
 * columnIndex('A');  //=> 0
 * columnIndex('ab'); //=> 27
 * columnIndex('7');  //=> null
 * ```
 */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** A cell's 0-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * The 0-based row and column of an A1 address (`F7` or `$F$7`), or null.
 *
 * @example
 * ```ts
 * cellPosition('F7'); //=> { row: 6, column: 5 }
 * ```
 */
export function cellPosition(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (match === null) return null;
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1] as string);
  return row < 0 || column === null ? null : { row, column };
}

/**
 * The corners of an A1 range (`A1:C2`), top-left first, or null.
 *
 * @example
 * ```ts
 * rangePosition('A1:C2'); //=> { from: { row: 0, column: 0 }, to: { row: 1, column: 2 } }
 * ```
 */
export function rangePosition(range: string): { readonly from: CellPosition; readonly to: CellPosition } | null {
  const [first = '', last = first] = range.split(':');
  const from = cellPosition(first);
  const to = cellPosition(last);
  return from === null || to === null ? null : { from, to };
}

/** The same address made absolute, for formulas that are copied: `$F$7`. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnLetters(column)}$${row + 1}`;
}

/**
 * True when a name would read as a cell in a formula: A1 style (`AB12`) or
 * R1C1 style (`R1C1`, `R2`, `C3`, or a bare `R` or `C`, a row or a column).
 * Sheet references quote such names, and table names must avoid them.
 *
 * @example
 * ```ts
 * looksLikeCell('Q1');    //=> true
 * looksLikeCell('R');     //=> true
 * looksLikeCell('Rates'); //=> false
 * ```
 */
export function looksLikeCell(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(name);
}

/**
 * A sheet name as a formula needs it: quoted when it has spaces or symbols
 * (an apostrophe doubled), or when it could be read as a cell (`Q1`, `R2C3`)
 * or a truth value; quoting is always allowed, so doubt quotes.
 *
 * @example
 * ```ts
 * sheetReference('Impact Map');       //=> "'Impact Map'"
 * sheetReference("O'Brien Settings"); //=> "'O''Brien Settings'"
 * sheetReference('Q1');               //=> "'Q1'"
 * sheetReference('Inputs');           //=> 'Inputs'
 * ```
 */
export function sheetReference(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !looksLikeCell(name) && !/^(true|false)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
