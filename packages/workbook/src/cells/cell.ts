/**
 * Cells as plain data: what Office.js `range.values` / `range.formulas` and
 * exceljs move. A formula is kept apart from text so that user text starting
 * with `=` can never become one.
 */

/** A value a cell holds: text, a number, a boolean, or nothing. */
export type CellValue = string | number | boolean | null;

/**
 * A native Excel formula, written without the leading `=`, with the value the
 * core engine computes for it (`result`), so a writer can store it and a test
 * can compare it with what a spreadsheet engine calculates.
 */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number | string;
}

/** One cell of a written sheet. */
export type Cell = CellValue | FormulaCell;

/** True when a cell holds a formula. */
export function isFormula(cell: unknown): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && typeof (cell as { formula?: unknown }).formula === 'string';
}

/** A formula cell. */
export function formula(text: string, result: number | string): FormulaCell {
  return { formula: text, result };
}
