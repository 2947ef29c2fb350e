/**
 * Reads the cells the user selected, for "Evaluate my sheet": two syncs, the first to learn
 * how big each candidate range is, the second to load the one chosen; a third only when some of
 * its rows are hidden and others not, to learn which.
 */
import { currentReadingAbilities, type ReadingAbilities } from './abilities.js';
import { areaAddresses, localAddress } from './addresses.js';
import { readTarget, selectionGrid, type SelectionRead } from './selection-grid.js';

export { SelectionTooBigError, type SelectionRead } from './selection-grid.js';

/**
 * The selected range as a grid for the reader. A single cell reads the table around it
 * (`getSurroundingRegion`, ExcelApi 1.7; else the used range); whole rows or columns read only
 * their used part (values only); merged areas come with it where Excel can say (ExcelApi 1.13),
 * and the rows hidden or filtered out, so the reader can say it read them.
 *
 * @param reading - what this Excel can do; by default asked of Office
 * @throws SelectionTooBigError over 500,000 cells, before loading them
 * @example
 * ```ts
 * const { sheet, address, grid, errorCells } = await withExcel((context) => readSelection(context));
 * fromWorkbook([grid]);
 * ```
 */
export async function readSelection(
  context: Excel.RequestContext,
  reading: ReadingAbilities = currentReadingAbilities(),
): Promise<SelectionRead> {
  const selected = context.workbook.getSelectedRange();
  selected.load('address, cellCount, isEntireRow, isEntireColumn');
  const worksheet = selected.worksheet;
  worksheet.load('name');
  const used = worksheet.getUsedRange(true);
  used.load('cellCount');
  const intersection = selected.getIntersectionOrNullObject(used);
  intersection.load('cellCount');
  // Around the first cell only: asked of a whole column, Excel would search a million rows.
  const region = reading.surroundingRegion ? selected.getCell(0, 0).getSurroundingRegion() : null;
  region?.load('cellCount');
  await context.sync();

  const target = readTarget({
    selection: { cellCount: selected.cellCount, entireRowsOrColumns: selected.isEntireRow || selected.isEntireColumn },
    region,
    intersection: intersection.isNullObject ? null : intersection,
    used,
  });
  if (target === 'nothing') {
    const address = localAddress(selected.address);
    return { sheet: worksheet.name, address, grid: { name: worksheet.name, cells: [] }, errorCells: [] };
  }
  const range = { selection: selected, region, used, intersection }[target] as Excel.Range;
  // rowHidden (ExcelApi 1.2) is true or false for the whole block, null when only some rows are hidden.
  range.load('address, rowIndex, columnIndex, rowCount, values, valueTypes, numberFormat, rowHidden');
  const merged = reading.merges ? range.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  await context.sync();

  return selectionGrid({
    sheet: worksheet.name,
    address: localAddress(range.address),
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    values: range.values,
    valueTypes: range.valueTypes,
    numberFormats: range.numberFormat,
    merges: merged === null || merged.isNullObject ? [] : areaAddresses(merged.address),
    ...(await hiddenRowsOf(context, range)),
  });
}

/** The most rows asked one by one whether they are hidden: each is a request of its own, and 5 MB is the limit. */
export const MOST_ROWS_CHECKED = 10_000;

/**
 * Which rows of the loaded block are hidden or filtered out (0 is its first row): none or all
 * from the block's own `rowHidden`, else one more sync asking each row (the first
 * {@link MOST_ROWS_CHECKED} of them; the rows after those are said to be unchecked).
 */
async function hiddenRowsOf(
  context: Excel.RequestContext,
  range: Excel.Range,
): Promise<{ hiddenRows: number[]; hiddenNotCheckedFrom?: number }> {
  const rows = Array.from({ length: range.rowCount }, (_, index) => index);
  if (range.rowHidden === true) return { hiddenRows: rows };
  if (range.rowHidden === false) return { hiddenRows: [] };
  const each = rows.slice(0, MOST_ROWS_CHECKED).map((index) => range.getRow(index).load('rowHidden'));
  await context.sync();
  const hiddenRows = each.flatMap((row, index) => (row.rowHidden ? [index] : []));
  return range.rowCount > MOST_ROWS_CHECKED ? { hiddenRows, hiddenNotCheckedFrom: MOST_ROWS_CHECKED } : { hiddenRows };
}
