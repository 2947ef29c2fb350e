import { OUR_SHEET_MARK, type ExistingSheet } from '../plan/write-plan.js';

/**
 * Every worksheet's name, in the workbook's order, and whether the add-in made it
 * (it carries the worksheet-scoped name `OUR_SHEET_MARK`). Two syncs: the names,
 * then each sheet's mark.
 *
 * Uses worksheet-scoped names and `getItemOrNullObject` (ExcelApi 1.4).
 *
 * @example
 * ```ts
 * await withExcel(listSheets); //=> [{ name: 'Sheet1', ours: false }, { name: 'Impact Map', ours: true }]
 * ```
 */
export async function listSheets(context: Excel.RequestContext): Promise<ExistingSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const marks = worksheets.items.map((sheet) => {
    const mark = sheet.names.getItemOrNullObject(OUR_SHEET_MARK);
    mark.load('name');
    return mark;
  });
  await context.sync();
  return worksheets.items.map((sheet, index) => ({ name: sheet.name, ours: marks[index]?.isNullObject === false }));
}
