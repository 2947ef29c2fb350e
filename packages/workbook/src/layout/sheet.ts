import type { Cell } from '../cells/cell.js';

/**
 * A data-validation rule on a range, in the terms both Excel's object model
 * and exceljs use. `decimal` and `whole` are bounds; `list` offers choices.
 */
export type Validation =
  | {
      readonly range: string;
      readonly type: 'decimal' | 'whole';
      readonly min: number;
      readonly max: number;
      readonly message: string;
    }
  | { readonly range: string; readonly type: 'list'; readonly values: readonly string[]; readonly message: string };

/** A note (comment) on one cell, such as the method's source. */
export interface Note {
  readonly address: string;
  readonly text: string;
}

/**
 * One worksheet as plain data. `cells` and `numberFormats` have the same
 * shape, like Office.js `range.values` and `range.numberFormat`; a null format
 * means "General".
 */
export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly (readonly Cell[])[];
  readonly numberFormats: readonly (readonly (string | null)[])[];
  /** Rows and columns kept in view while scrolling (the headers). */
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Column widths in characters, first column first. */
  readonly columnWidths: readonly number[];
  /** 0-based rows shown in bold (titles and headers). */
  readonly boldRows: readonly number[];
  readonly validations: readonly Validation[];
  readonly notes: readonly Note[];
}

/** A whole workbook: its sheets in order. */
export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
}
