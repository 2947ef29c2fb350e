/**
 * Reads the cells the user selected, for "Evaluate my sheet": two syncs, the first to learn
 * how big each candidate range is, the second to load the one chosen.
 */
import { currentReadingAbilities, type ReadingAbilities } from './abilities.js';
import { areaAddresses, localAddress } from './addresses.js';
import { readTarget, selectionGrid, type SelectionRead } from './selection-grid.js';

export { SelectionTooBigError, type SelectionRead } from './selection-grid.js';

/**
 * The selected range as a grid for the reader. A single cell reads the table around it
 * (`getSurroundingRegion`, ExcelApi 1.7; else the used range); whole rows or columns read only
 * their used part (values only); merged areas come with it where Excel can say (ExcelApi 1.13).
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
  range.load('address, rowIndex, columnIndex, values, valueTypes');
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
    merges: merged === null || merged.isNullObject ? [] : areaAddresses(merged.address),
  });
}
