import { absoluteAddress, sheetReference } from '../../cells/address.js';

// Formula pieces shared by the procurement sheets. Codes, bidders and periods
// are matched with EXACT, as the engine matches them (case and all), and never
// as a criteria string: SUMIFS, COUNTIF and MATCH read `*`, `?`, `~` and a
// leading `<` or `=` in user text as patterns, and ignore case.

/**
 * One column of a block of rows, absolute and with its sheet
 * (`Commitments!$C$3:$C$9`); null when the block has no rows.
 *
 * @param firstRow - the 0-based row of the block's first row
 */
export function columnRange(sheet: string, column: number, firstRow: number, rows: number): string | null {
  if (rows === 0) return null;
  return `${sheetReference(sheet)}!${absoluteAddress(firstRow, column)}:${absoluteAddress(firstRow + rows - 1, column)}`;
}

/** One cell, absolute and with its sheet (`Tender!$B$3`). */
export function sheetCell(sheet: string, row: number, column: number): string {
  return `${sheetReference(sheet)}!${absoluteAddress(row, column)}`;
}

/**
 * The sum of `values` on the rows whose key equals `key` exactly; `0` when
 * there are no rows. An error among the values shows in the sum, never a
 * silent 0.
 *
 * @example
 * ```ts
 * sumWhereExact('Commitments!$A$3:$A$5', '$A3', 'Commitments!$E$3:$E$5');
 * //=> 'SUMPRODUCT(--EXACT(Commitments!$A$3:$A$5,$A3),Commitments!$E$3:$E$5)'
 * ```
 */
export function sumWhereExact(keys: string | null, key: string, values: string | null): string {
  if (keys === null || values === null) return '0';
  return `SUMPRODUCT(--EXACT(${keys},${key}),${values})`;
}

/**
 * The value beside the one key equal to `key` exactly, or #N/A when no key or
 * more than one is: a code typed wrong shows as an error, never as 0 or as
 * another measure's value. INDEX takes the position SUMPRODUCT finds, so the
 * formula needs no array entry (Ctrl+Shift+Enter) in any Excel.
 *
 * @param keys - the key column, from the 0-based row `firstRow`
 * @param firstRow - the 0-based row of the first key (so ROW() - firstRow is its position)
 */
export function lookupExact(keys: string | null, values: string | null, key: string, firstRow: number): string {
  if (keys === null || values === null) return 'NA()';
  const count = `SUMPRODUCT(--EXACT(${keys},${key}))`;
  const position = `SUMPRODUCT(EXACT(${keys},${key})*(ROW(${keys})-${firstRow}))`;
  return `IF(${count}=1,INDEX(${values},${position}),NA())`;
}

/** The text Excel shows for a value that cannot be found: what a formula giving NA() holds as its cached result. */
export const NOT_AVAILABLE = '#N/A';
