/**
 * Writes a `WritePlan` into the workbook: read once (are the replaced sheets still ours, are the
 * new names free?), then write once, in as few syncs as Excel on the web's 5 MB request limit
 * allows. Everything that can be decided without Excel is in the pure modules beside this one.
 */
import type { SheetLayout } from '@sroi/workbook';
import { OUR_SHEET_MARK, type ChartSpec, type ExistingSheet, type WritePlan } from '../plan/write-plan.js';
import type { ExcelAbilities } from './abilities.js';
import { blockAddress, columnAddress } from './addresses.js';
import { chunkRows, rowBytes, sheetCells, SYNC_BUDGET_BYTES, type RowBlock, type SheetCells } from './cell-blocks.js';
import { chartDesign } from './chart-design.js';
import { columnWidthPoints } from './column-width.js';
import { asideNames, checkPlan, sameSheet } from './plan-check.js';
import { errorAlert, validationRule } from './validation-rule.js';
import { CannotWriteError, SheetNotOursError } from './write-errors.js';

/** The comment on the mark that says a sheet is the add-in's. */
export const MARK_COMMENT = 'Made by the SROI add-in: re-running it may replace this sheet, after asking';

/** A chart's size, in points: about ten columns by eighteen rows. */
const CHART_WIDTH = 480;
const CHART_HEIGHT = 288;

/**
 * Writes the plan: deletes the sheets it replaces (only while they carry the add-in's mark), adds
 * its sheets, each marked as the add-in's at once, with number formats, then formulas, widths, bold
 * rows, frozen headers, validation, notes, tables, named cells and charts, and activates `plan.activate`.
 *
 * One sync reads; the writing takes one more sync, or more only when the cells exceed about 4 MB
 * (a 1,000-outcome evaluation takes one). Given the sheets `listSheets` found in the same
 * `Excel.run`, it checks the plan against them instead of reading again, so listing, planning
 * and writing take three syncs in all.
 *
 * @param plan - what to write; every table, name and chart must sit on one of its sheets
 * @param can - this Excel's abilities (`excelAbilities`)
 * @param listed - the sheets `listSheets` found in this same `Excel.run`, if it was called
 * @returns how many times it synced with Excel
 * @throws SheetNotOursError, SheetNameTakenError, OutsidePlanError or CannotWriteError, having written nothing
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  can: ExcelAbilities,
  listed?: readonly ExistingSheet[],
): Promise<{ syncs: number }> {
  if (!can.write) throw new CannotWriteError(can.missing[0] ?? 'This Excel cannot write the sheets.');
  const existing = listed === undefined ? await readWorkbook(context, plan) : checkListed(plan, listed);
  const cells = plan.sheets.map(sheetCells);
  const syncs = chunkRows(cells.map(rowBytes), SYNC_BUDGET_BYTES);
  const worksheets = startWriting(context, plan, existing);
  for (const [index, blocks] of syncs.entries()) {
    if (can.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    writeBlocks(worksheets, plan.sheets, cells, blocks);
    if (index === syncs.length - 1) finish(worksheets, plan, cells, can);
    await context.sync();
  }
  return { syncs: (listed === undefined ? 1 : 0) + syncs.length };
}

/** The same checks as {@link readWorkbook}, against a listing made moments ago in the same `Excel.run`. */
function checkListed(plan: WritePlan, listed: readonly ExistingSheet[]): string[] {
  const existing = listed.map((sheet) => sheet.name);
  checkPlan(
    plan,
    existing,
    plan.replaces.map((name) => listed.some((sheet) => sheet.ours && sameSheet(sheet.name, name))),
  );
  return existing;
}

/** The one read: every sheet's name, and whether each sheet to replace still carries the mark. */
async function readWorkbook(context: Excel.RequestContext, plan: WritePlan): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const marks = plan.replaces.map((name) => {
    const mark = worksheets.getItem(name).names.getItemOrNullObject(OUR_SHEET_MARK);
    mark.load('name');
    return mark;
  });
  try {
    await context.sync();
  } catch (error) {
    // A sheet to replace has gone since the pane looked: the plan is stale, write nothing.
    if (plan.replaces.length > 0 && (error as { code?: string }).code === 'ItemNotFound') {
      throw new SheetNotOursError(plan.replaces);
    }
    throw error;
  }
  const existing = worksheets.items.map((sheet) => sheet.name);
  checkPlan(
    plan,
    existing,
    marks.map((mark) => !mark.isNullObject),
  );
  return existing;
}

/** Moves the replaced sheets aside, adds the plan's sheets with the mark, then deletes the old ones. */
function startWriting(
  context: Excel.RequestContext,
  plan: WritePlan,
  existing: readonly string[],
): Map<string, Excel.Worksheet> {
  const worksheets = context.workbook.worksheets;
  const aside = asideNames(
    existing,
    plan.sheets.map((sheet) => sheet.name),
    plan.replaces.length,
  );
  const old = plan.replaces.map((name, index) => {
    const sheet = worksheets.getItem(name);
    sheet.name = aside[index] as string;
    return sheet;
  });
  const added = new Map(
    plan.sheets.map((sheet) => {
      const worksheet = worksheets.add(sheet.name);
      // Marked at once, before anything that can fail: a sheet left by a failed write is still
      // known as the add-in's, so the next run can replace it instead of leaving it behind.
      worksheet.names.add(OUR_SHEET_MARK, '=TRUE', MARK_COMMENT);
      return [sheet.name, worksheet] as const;
    }),
  );
  for (const sheet of old) sheet.delete();
  return added;
}

/** Number formats first, so that text with the `@` format stays text, then formulas. */
function writeBlocks(
  worksheets: Map<string, Excel.Worksheet>,
  sheets: readonly SheetLayout[],
  cells: readonly SheetCells[],
  blocks: readonly RowBlock[],
): void {
  for (const block of blocks) {
    const sheet = cells[block.sheet] as SheetCells;
    const worksheet = worksheets.get((sheets[block.sheet] as SheetLayout).name) as Excel.Worksheet;
    const range = worksheet.getRange(blockAddress(block.from, block.to, sheet.columns));
    range.numberFormat = sheet.numberFormats.slice(block.from, block.to) as string[][];
    range.formulas = sheet.formulas.slice(block.from, block.to) as (string | number | boolean)[][];
  }
}

/** Everything after the cells, in the last sync. */
function finish(
  worksheets: Map<string, Excel.Worksheet>,
  plan: WritePlan,
  cells: readonly SheetCells[],
  can: ExcelAbilities,
): void {
  const sheetOf = (name: string): Excel.Worksheet =>
    [...worksheets.entries()].find(([own]) => sameSheet(own, name))?.[1] as Excel.Worksheet;
  plan.sheets.forEach((layout, index) => shape(sheetOf(layout.name), layout, cells[index] as SheetCells, can));
  if (can.tables) {
    for (const spec of plan.tables) sheetOf(spec.sheet).tables.add(spec.range, true).name = spec.name;
  }
  for (const spec of plan.names) {
    const sheet = sheetOf(spec.sheet);
    sheet.names.add(spec.name, sheet.getRange(spec.cell), spec.comment);
  }
  if (can.charts) for (const spec of plan.charts) addChart(sheetOf(spec.sheet), spec, can);
  sheetOf(plan.activate).activate();
}

/** A sheet's widths, bold rows, frozen headers, validation and notes. */
function shape(sheet: Excel.Worksheet, layout: SheetLayout, cells: SheetCells, can: ExcelAbilities): void {
  layout.columnWidths.forEach((width, column) => {
    sheet.getRange(columnAddress(column)).format.columnWidth = columnWidthPoints(width);
  });
  for (const row of layout.boldRows) sheet.getRange(blockAddress(row, row + 1, cells.columns)).format.font.bold = true;
  const { rows, columns } = layout.frozen;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(blockAddress(0, rows, columns)));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  for (const validation of layout.validations) {
    const rule = sheet.getRange(validation.range).dataValidation;
    rule.rule = validationRule(validation) as Excel.DataValidationRule;
    rule.errorAlert = errorAlert(validation);
  }
  if (can.notes) for (const note of layout.notes) sheet.comments.add(sheet.getRange(note.address), note.text);
}

/** A native chart over its data block, placed at its anchor. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec, can: ExcelAbilities): void {
  const design = chartDesign(spec.kind);
  const chart = sheet.charts.add(design.type, sheet.getRange(spec.data), 'Columns');
  chart.title.text = spec.title;
  chart.axes.valueAxis.title.text = spec.valueAxis;
  chart.axes.categoryAxis.title.text = spec.categoryAxis;
  chart.setPosition(spec.anchor);
  chart.width = CHART_WIDTH;
  chart.height = CHART_HEIGHT;
  for (const index of design.lines) chart.series.getItemAt(index).chartType = 'Line';
  if (design.gapWidth !== undefined) chart.series.getItemAt(0).gapWidth = design.gapWidth;
  if (design.overlap !== undefined && can.chartOverlap) chart.series.getItemAt(0).overlap = design.overlap;
}
