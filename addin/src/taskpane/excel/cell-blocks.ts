/**
 * The cells of the layout's sheets as blocks of rows, each sync carrying at most a
 * budget of bytes: Excel on the web refuses a request over 5 MB.
 */
import { officeFormulas, type SheetLayout } from '@sroi/workbook';

/** What one sync may carry of cells, leaving room under Excel on the web's 5 MB for the rest. */
export const SYNC_BUDGET_BYTES = 4_000_000;

/** A sheet's cells as `range.formulas` and `range.numberFormat` take them: same shape, rectangular. */
export interface SheetCells {
  readonly formulas: readonly (readonly (string | number | boolean)[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly columns: number;
}

/** Rows `from` up to (not including) `to` of sheet number `sheet`. */
export interface RowBlock {
  readonly sheet: number;
  readonly from: number;
  readonly to: number;
}

/**
 * A sheet's cells, padded to a rectangle (blank, "General") so that every row fits one range.
 *
 * @example
 * ```ts
 * sheetCells({ ...layout, cells: [['Name', { formula: 'A1', result: 'Name' }]], numberFormats: [['@']] });
 * //=> { formulas: [['Name', '=A1']], numberFormats: [['@', 'General']], columns: 2 }
 * ```
 */
export function sheetCells(sheet: SheetLayout): SheetCells {
  const rows = officeFormulas(sheet);
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const formulas = rows.map((row) => [...row, ...new Array<string>(columns - row.length).fill('')]);
  const numberFormats = rows.map((_, index) => {
    const formats = sheet.numberFormats[index] ?? [];
    return Array.from({ length: columns }, (_unused, column) => formats[column] ?? 'General');
  });
  return { formulas, numberFormats, columns };
}

/**
 * The bytes a value takes in a request: its JSON in UTF-8.
 *
 * @example
 * ```ts
 * payloadBytes(['£1']); //=> 7
 * ```
 */
export function payloadBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Splits rows into syncs, in order, so that no sync carries more than `budget` bytes
 * (a single row bigger than the budget goes alone). Rows of one sheet in one sync form one block.
 *
 * @param rowBytes - per sheet, the bytes of each row (formulas and formats)
 * @returns per sync, its blocks; always at least one sync
 * @example
 * ```ts
 * chunkRows([[3, 3], [3]], 7); //=> [[{ sheet: 0, from: 0, to: 2 }], [{ sheet: 1, from: 0, to: 1 }]]
 * ```
 */
export function chunkRows(rowBytes: readonly (readonly number[])[], budget: number): RowBlock[][] {
  const syncs: RowBlock[][] = [[]];
  let used = 0;
  rowBytes.forEach((rows, sheet) => {
    let from = 0;
    rows.forEach((bytes, row) => {
      if (used + bytes > budget && used > 0) {
        if (row > from) (syncs[syncs.length - 1] as RowBlock[]).push({ sheet, from, to: row });
        syncs.push([]);
        used = 0;
        from = row;
      }
      used += bytes;
    });
    if (rows.length > from) (syncs[syncs.length - 1] as RowBlock[]).push({ sheet, from, to: rows.length });
  });
  return syncs;
}

/**
 * The bytes of each row of a sheet's cells: its formulas and its formats.
 *
 * @example
 * ```ts
 * rowBytes({ formulas: [['a']], numberFormats: [['@']], columns: 1 }); //=> [10]
 * ```
 */
export function rowBytes(cells: SheetCells): number[] {
  return cells.formulas.map((row, index) => payloadBytes(row) + payloadBytes(cells.numberFormats[index]));
}
