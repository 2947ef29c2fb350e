import { OUR_SHEET_MARK, type ExistingSheet } from '../plan/write-plan.js';

/**
 * Every worksheet's name, in the workbook's order, whether the add-in made it (it carries the
 * worksheet-scoped name `OUR_SHEET_MARK`) and the names of the Excel tables on it, which new
 * tables must not take. Two syncs: the names and tables, then each sheet's mark.
 *
 * Uses worksheet-scoped names and `getItemOrNullObject` (ExcelApi 1.4).
 *
 * @example
 * ```ts
 * await withExcel(listSheets);
 * //=> [{ name: 'Sheet1', ours: false, tables: ['ImpactMap'] }, { name: 'Impact Map', ours: true, tables: [] }]
 * ```
 */
export async function listSheets(context: Excel.RequestContext): Promise<ExistingSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name, items/worksheet/name');
  await context.sync();
  const marks = worksheets.items.map((sheet) => {
    const mark = sheet.names.getItemOrNullObject(OUR_SHEET_MARK);
    mark.load('name');
    return mark;
  });
  await context.sync();
  return worksheets.items.map((sheet, index) => ({
    name: sheet.name,
    ours: marks[index]?.isNullObject === false,
    tables: tables.items.filter((table) => table.worksheet.name === sheet.name).map((table) => table.name),
  }));
}
