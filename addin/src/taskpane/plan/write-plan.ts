/**
 * What the task pane writes into a workbook, as plain data: the sheets (the
 * `@sroi/workbook` layout or a results sheet), the Excel tables, the named
 * cells and the native charts. Pure functions build a plan; one thin Office.js
 * adapter (`../excel/write-plan.ts`) writes it, and an in-page stand-in of
 * Excel records it in the browser tests. Nothing here touches Office.js.
 */
import type { SheetLayout } from '@sroi/workbook';

/** A native Excel chart over a block of cells on its own sheet. */
export interface ChartSpec {
  /** The sheet the chart and its data sit on (its final, unique name). */
  readonly sheet: string;
  /**
   * `column`: clustered columns (value by stakeholder, by domain);
   * `payback`: present value by year as columns with the cumulative present value and the
   * inputs as lines (the payback picture); `tornado`: clustered bars, overlap 100, gap 50.
   */
  readonly kind: 'column' | 'payback' | 'tornado';
  readonly title: string;
  /** The data block on `sheet`, e.g. `A30:C36`: headers in its first row, categories in its first column. */
  readonly data: string;
  /** Where the chart's top-left corner goes, e.g. `F2`. */
  readonly anchor: string;
  /** Axis titles, as a reader of the chart would say them. */
  readonly valueAxis: string;
  readonly categoryAxis: string;
}

/** An Excel table over a block of cells that has one header row. */
export interface TableSpec {
  readonly sheet: string;
  /** Header row and data rows, e.g. `A2:Z14`. */
  readonly range: string;
  /** A workbook-unique table name: letters, digits and underscores, starting with a letter. */
  readonly name: string;
}

/** A worksheet-scoped name for one cell, so a formula or a reader can say `DiscountRate`. */
export interface NamedCellSpec {
  readonly sheet: string;
  readonly name: string;
  /** The cell, e.g. `B7`. */
  readonly cell: string;
  readonly comment: string;
}

/** Everything one action of the pane writes, in the order written. */
export interface WritePlan {
  /** New sheets, with their final unique names (see `unique-sheet-names.ts`). */
  readonly sheets: readonly SheetLayout[];
  readonly tables: readonly TableSpec[];
  readonly names: readonly NamedCellSpec[];
  readonly charts: readonly ChartSpec[];
  /** Sheets the add-in made before that this plan replaces (deleted first; only sheets marked as ours). */
  readonly replaces: readonly string[];
  /** The sheet shown when writing is done. */
  readonly activate: string;
}

/** A sheet already in the workbook, and whether the add-in made it (it carries the add-in's mark). */
export interface ExistingSheet {
  readonly name: string;
  readonly ours: boolean;
  /** The names of the Excel tables on this sheet (table names are the workbook's: a new table must not take one). */
  readonly tables?: readonly string[];
}

/** The worksheet-scoped name that marks a sheet the add-in made; re-running may replace such sheets, after asking. */
export const OUR_SHEET_MARK = 'SROI_AddinSheet';
