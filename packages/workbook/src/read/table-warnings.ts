import { normalizeHeader } from '../layout/columns.js';
import type { ReadContext } from './context.js';
import { fieldName } from './field-names.js';
import { COMPUTED_COLUMN, UNKNOWN_COLUMN, type SheetGrid, type Table } from './find-tables.js';
import { PREFERRED_SHEETS } from './sheet-names.js';
import { numberIn } from './values.js';

/**
 * What a table says as a whole besides its rows: a unit in a header, a
 * reduction column not found, a column of figures not read, no inputs.
 */

const REDUCTIONS = ['deadweight', 'displacement', 'attribution', 'dropOff'] as const;

/** A column whose header states a unit sroi does not read is refused at its header. */
export function reportUnits(context: ReadContext, table: Table): void {
  for (const [column, why] of table.unitProblems) {
    const header = (table.headers.get(column) ?? '').replace(/\s+/g, ' ').slice(0, 60);
    context.report(context.ref(table.sheetIndex, table.headerRow, column), `${JSON.stringify(header)}: ${why}`);
  }
}

/** A reduction the map has no column for is 0% for every outcome: say so once, at the headers. */
export function warnMissingReductions(context: ReadContext, table: Table, outcomes: number): void {
  if (outcomes === 0) return;
  const missing = REDUCTIONS.filter((field) => !table.columns.has(field)).map((field) => fieldName(field));
  if (missing.length === 0) return;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`;
  context.warn(
    context.ref(table.sheetIndex, table.headerRow, table.firstColumn),
    `no ${list} column was found, so ${missing.length === 1 ? 'it is' : 'each is'} taken as 0% for every outcome; ` +
      'add the column, or name it with a column mapping if it is there under another header',
  );
}

/**
 * A column with a header sroi does not know, holding figures in the rows
 * read, may be a field under another name ("Benefit starts", "Optimism
 * bias %", an input's "Year 1"): say it is not read, once, at its header.
 * Year columns of the impact map are the sheet's own worked-out values when
 * they stand right of its Impact column; before it they may be quantities.
 */
export function warnUnreadFigures(context: ReadContext, table: Table, rows: readonly number[]): void {
  const style = context.numberStyle(table.sheetIndex);
  const impact = table.columns.get('impact');
  let yearsSaid = false;
  for (const [column, why] of table.ignored) {
    const header = (table.headers.get(column) ?? '').replace(/\s+/g, ' ').slice(0, 60);
    const isYear = why === COMPUTED_COLUMN && /^year\s*\d+$/i.test(header.split(' / ').at(-1)?.trim() ?? '');
    if (why !== UNKNOWN_COLUMN && !(isYear && (impact === undefined || column < impact) && !yearsSaid)) continue;
    const figures = rows.some((row) => {
      const cell = context.cell(table.sheetIndex, row, column);
      return !context.isBlank(cell) && numberIn(cell, style) !== null;
    });
    if (!figures) continue;
    const ref = context.ref(table.sheetIndex, table.headerRow, column);
    if (isYear) {
      yearsSaid = true;
      context.warn(
        ref,
        `the year columns from ${JSON.stringify(header)} hold figures but are not read: sroi works out each year's value itself; ` +
          (table.kind === 'inputs'
            ? 'give one input row per year, with its Year'
            : 'a quantity that changes by year goes on a Quantity by year sheet (Outcome ID, Year 1 of outcome, …)'),
      );
      continue;
    }
    context.warn(
      ref,
      `the column ${JSON.stringify(header)} holds figures but is not read: no field has that header; ` +
        'if it is one (a quantity, value, share, amount or year), rename it or name it with a column mapping',
    );
  }
}

/** Data rows of a table that hold anything, for the warnings. */
export function rowsOf(context: ReadContext, table: Table): number[] {
  const rows: number[] = [];
  for (let row = table.headerRow + 1; row < table.endRow; row += 1) {
    const cells = context.grids[table.sheetIndex]?.[row] ?? [];
    if (cells.some((cell) => !context.isBlank(cell))) rows.push(row);
  }
  return rows;
}

/** No inputs at all: no ratio, and perhaps an Inputs sheet whose headers were not recognised. */
export function warnNoInputs(context: ReadContext, sheets: readonly SheetGrid[]): void {
  const named = sheets.find((sheet) => PREFERRED_SHEETS.inputs.includes(normalizeHeader(sheet.name)));
  context.warn(
    null,
    `no inputs were found${named === undefined ? '' : ` (the sheet ${JSON.stringify(named.name.slice(0, 40))} has no table sroi recognises)`}, so there is no SROI ratio: ` +
      "add an Inputs table with Description and Amount (or Cost) columns, or the value map's Inputs columns",
  );
}
