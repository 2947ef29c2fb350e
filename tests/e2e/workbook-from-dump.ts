/**
 * What the task pane wrote into the in-page Excel stand-in, made into a real
 * .xlsx and recalculated by LibreOffice: the proof that the formulas the pane
 * wrote compute, in a spreadsheet engine, what the engine says they should.
 *
 * The stand-in stores formulas without calculating them, so each formula cell
 * goes into the file with a wrong cached result: a cell LibreOffice did not
 * recalculate shows it and fails the comparison.
 */
import { mkdirSync } from 'node:fs';
import type { Cell, SheetLayout } from '@sroi/workbook';
import { findSoffice, recalculateLayouts } from '../libreoffice/soffice';

/** Stored in every formula cell before LibreOffice opens the file: a cell still showing it was not recalculated. */
export const NOT_RECALCULATED = -987654.321;

/** One sheet of `window.__excel.dump()` (see excel-stand-in.js). */
export interface DumpedSheet {
  readonly name: string;
  /** Each cell's formula (`=...`), or its value, or '' when empty. */
  readonly formulas: readonly (readonly unknown[])[];
  /** Each cell's value; null for formula cells (the stand-in does not calculate) and empty cells. */
  readonly values: readonly (readonly unknown[])[];
  /** Each cell's number format ('General' when none). */
  readonly numberFormats: readonly (readonly string[])[];
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly boldRows: readonly number[];
  readonly frozen: { readonly rows?: number; readonly columns?: number };
  readonly validations: readonly {
    readonly address: string;
    readonly rule?: Readonly<Record<string, unknown>>;
    readonly errorAlert?: unknown;
  }[];
  readonly comments: readonly { readonly address: string; readonly content: string }[];
  readonly tables: readonly { readonly name: string; readonly range: string; readonly hasHeaders: boolean }[];
  readonly names: readonly { readonly name: string; readonly formula: string; readonly comment: string }[];
  readonly charts: readonly DumpedChart[];
}

/** A native chart as the stand-in recorded it. */
export interface DumpedChart {
  readonly type: string;
  /** The data block, e.g. `A30:C36`. */
  readonly data: string;
  readonly title: string;
  readonly valueAxis: string;
  readonly categoryAxis: string;
  readonly position: string | null;
  readonly width: number;
  readonly height: number;
  readonly series: readonly { readonly chartType: string; readonly overlap?: number; readonly gapWidth?: number }[];
}

/** `window.__excel.dump()`. */
export interface WorkbookDump {
  readonly active: string;
  readonly selection: { readonly sheet: string; readonly address: string };
  readonly sheets: readonly DumpedSheet[];
}

/** Reads the stand-in's workbook as it is now. */
export function dumpOf(page: { evaluate<T>(fn: () => T): Promise<T> }): Promise<WorkbookDump> {
  return page.evaluate(() => (window as unknown as { __excel: { dump(): WorkbookDump } }).__excel.dump());
}

/**
 * The dumped workbook as `@sroi/workbook` sheet layouts: formula cells become
 * formulas (their text without the `=`, result 0), other cells their values,
 * with their number formats ('General' as none). Widths, validation, notes and
 * names are left out: recalculating needs none of them (no formula the pane
 * writes refers to a name).
 *
 * @example
 * ```ts
 * layoutsFromDump(await dumpOf(page)).map((sheet) => sheet.name); //=> ['Settings', 'Settings (2)', ...]
 * ```
 */
export function layoutsFromDump(dump: WorkbookDump): SheetLayout[] {
  return dump.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.formulas.map((row, r) => row.map((written, c) => cellOf(written, sheet.values[r]?.[c]))),
    numberFormats: sheet.numberFormats.map((row) => row.map((format) => (format === 'General' ? null : format))),
    frozen: { rows: 0, columns: 0 },
    columnWidths: [],
    boldRows: [],
    validations: [],
    notes: [],
  }));
}

function cellOf(written: unknown, value: unknown): Cell {
  if (value === null && typeof written === 'string' && written.startsWith('=')) {
    return { formula: written.slice(1), result: 0 };
  }
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`A cell the stand-in holds as ${JSON.stringify(value)} cannot go into an .xlsx`);
}

/**
 * Writes the dumped workbook to `<directory>/book.xlsx`, has LibreOffice
 * recalculate every formula and export each sheet, and returns the sheets'
 * CSV grids (raw values as text) by sheet name. Needs LibreOffice: guard the
 * calling test with `sofficeOrSkip()`.
 *
 * @param directory - a scratch directory the caller removes afterwards
 * @throws Error when LibreOffice is not installed
 */
export async function recalculateDump(dump: WorkbookDump, directory: string): Promise<Map<string, string[][]>> {
  const soffice = findSoffice();
  if (soffice === null) throw new Error('LibreOffice (soffice) is needed to recalculate the workbook');
  mkdirSync(directory, { recursive: true });
  const recalculated = await recalculateLayouts(
    soffice,
    [['book', { sheets: layoutsFromDump(dump) }]],
    directory,
    NOT_RECALCULATED,
  );
  return recalculated.get('book')!;
}
