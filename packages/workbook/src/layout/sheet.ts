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
 * A block of cells to make an Excel table of: its header row and data rows
 * (prepared spare rows too; never the title or a Total row). Its headers are
 * distinct, non-blank text, as a table needs.
 */
export interface TableLayout {
  /** e.g. `A2:Z14`. */
  readonly range: string;
  /** A suggested table name, e.g. `ImpactMap`: letters only, so it is a valid Excel name. */
  readonly name: string;
}

/** A cell worth a name, so a formula or a reader can say `DiscountRate` instead of `Settings!$B$8`. */
export interface NamedCell {
  /** A valid Excel name, never one that reads as a cell (`SV1`, `R1C1`). */
  readonly name: string;
  /** The cell on its sheet, e.g. `B8`. */
  readonly cell: string;
  /** What the cell holds, in a commissioner's words. */
  readonly comment: string;
}

/**
 * A header or footer in Excel's header and footer codes (`&P` the page, `&N`
 * the pages, `&A` the sheet's name), by section. Text from users is already
 * made safe in them (see `headerFooterText`): a literal `&` is `&&`.
 */
export interface HeaderFooter {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/**
 * How a sheet prints, as plain data both exceljs (`pageSetup`, `headerFooter`)
 * and Office.js (`worksheet.pageLayout`) can apply.
 */
export interface PrintLayout {
  readonly orientation: 'landscape' | 'portrait';
  /** Pages wide the sheet is scaled to fit; it runs to as many pages tall as it needs. */
  readonly fitToWidth: number;
  /** Rows repeated at the top of every printed page (the frozen header rows); 0 for none. */
  readonly titleRows: number;
  readonly header?: HeaderFooter;
  readonly footer?: HeaderFooter;
  /** 0-based rows that start a new page, so a table begins at the top of one. */
  readonly pageBreaksBefore?: readonly number[];
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
  /** Stakeholders, Inputs and Impact Map, when they have at least one data row: the block for an Excel table. */
  readonly table?: TableLayout;
  /** Settings (one per setting) and Results (the headline figures): cells worth a name. */
  readonly namedCells?: readonly NamedCell[];
  /** 0-based columns whose text wraps within the column (long sentences, such as reasons). */
  readonly wrapColumns?: readonly number[];
  /** How the sheet prints; without it, as the spreadsheet's defaults say. */
  readonly print?: PrintLayout;
}

/** A whole workbook: its sheets in order. */
export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
  /** What the workbook is about (the evaluation's or tender's name), as given, for the document's properties. */
  readonly title?: string;
}
