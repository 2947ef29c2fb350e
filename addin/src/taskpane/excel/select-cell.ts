/**
 * Shows a cell a problem names: the pane's list of problems links to cells.
 */

/**
 * Activates `sheet` and selects `cell` on it (ExcelApi 1.1), in one sync.
 *
 * @param sheet - the sheet's name, as the reader reported it
 * @param cell - an A1 address on that sheet, e.g. `H7` or `B3:K3`
 * @example
 * ```ts
 * await withExcel((context) => selectCell(context, 'Impact Map', 'H7'));
 * ```
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
