import type { SheetLayout } from '../layout/sheet.js';
import { isFormula } from './cell.js';

/**
 * A sheet's cells as Office.js `range.formulas` takes them: formulas as
 * `"=..."` strings, blanks as `""`, other values as they are.
 *
 * User text has the Text number format (`@`) in `sheet.numberFormats`: set
 * `range.numberFormat` before `range.formulas`, so that a name such as
 * `=SUM(A1)` is stored as the text it is. Text starting with an apostrophe
 * gets a second one: Excel takes the first as its hidden text prefix
 * (office-js issue 6687), so `'My map'!B2:L6` would lose it.
 *
 * @example
 * ```ts
 * const sheet = toWorkbook(evaluation).sheets[3];
 * range.numberFormat = sheet.numberFormats.map((row) => row.map((format) => format ?? 'General'));
 * range.formulas = officeFormulas(sheet);
 * ```
 */
export function officeFormulas(sheet: SheetLayout): (string | number | boolean)[][] {
  return sheet.cells.map((row) =>
    row.map((cell) => {
      if (cell === null) return '';
      if (isFormula(cell)) return `=${cell.formula}`;
      return typeof cell === 'string' && cell.startsWith("'") ? `'${cell}` : cell;
    }),
  );
}
