/**
 * The plan for "Write scores sheet": the `@sroi/workbook` tender layout
 * (Tender, Bids and Scores, with live formulas) as new sheets under names no
 * user's sheet has, each formula pointing at the sheets as they are finally named.
 */
import type { Tender, TenderOptions } from '@sroi/core';
import { PROCUREMENT_SHEETS, sheetReference, tenderWorkbook, type Cell, type SheetLayout } from '@sroi/workbook';
import { tablesAndNamedCells, uniqueSheetNames } from './unique-sheet-names.js';
import type { ExistingSheet, WritePlan } from './write-plan.js';

/** Options of {@link planTender}. */
export interface TenderPlanOptions {
  /** Replace the add-in's earlier sheets of the same names (after asking); otherwise new names are found. */
  readonly replaceOurs: boolean;
  /** The catalogue (and price base) that prices bids' commitments, when they have any. */
  readonly pricing?: TenderOptions;
}

/**
 * Plans the tender's sheets as `tenderWorkbook` lays them out, renamed where a
 * sheet of the workbook has the name ("Bids" taken gives "Bids (2)", and every
 * formula that reads Bids reads "Bids (2)"), with a table over each list and
 * the named cells the layout offers; it activates the Scores sheet.
 *
 * @param tender - a valid tender (`checkTender(draft).tender`)
 * @param existing - the workbook's sheets with their tables (`listSheets`)
 * @param options - `replaceOurs`, and the catalogue when bids commit to measures
 * @returns the plan
 * @throws SroiValidationError when the tender is invalid
 *
 * @example
 * ```ts
 * const plan = planTender(tender, [{ name: 'Bids', ours: false }], { replaceOurs: false });
 * plan.sheets.map((sheet) => sheet.name); //=> ['Tender', 'Bids (2)', 'Scores']
 * plan.activate;                          //=> 'Scores'
 * ```
 */
export function planTender(tender: Tender, existing: readonly ExistingSheet[], options: TenderPlanOptions): WritePlan {
  const layout = tenderWorkbook(tender, options.pricing);
  const wanted = layout.sheets.map((sheet) => sheet.name);
  const { names, replaces } = uniqueSheetNames(wanted, existing, options.replaceOurs);
  const sheets = layout.sheets.map((sheet) => renamedSheet(sheet, names));

  const { tables, namedCells } = tablesAndNamedCells(sheets, existing, replaces);

  const scores = names.get(PROCUREMENT_SHEETS.scores) ?? sheets.at(-1)?.name ?? '';
  return { sheets, tables, names: namedCells, charts: [], replaces, activate: scores };
}

/** A sheet under its final name, its formulas reading the other sheets under theirs. */
function renamedSheet(sheet: SheetLayout, names: ReadonlyMap<string, string>): SheetLayout {
  const renames = [...names].filter(([from, to]) => from !== to);
  const cells =
    renames.length === 0 ? sheet.cells : sheet.cells.map((row) => row.map((cell) => renamedCell(cell, renames)));
  return { ...sheet, name: names.get(sheet.name) ?? sheet.name, cells };
}

function renamedCell(cell: Cell, renames: readonly (readonly [string, string])[]): Cell {
  if (typeof cell !== 'object' || cell === null) return cell;
  return { ...cell, formula: renameSheetsInFormula(cell.formula, renames) };
}

/**
 * A formula with its references to renamed sheets (`Bids!B3`, `'Bids'!B3`)
 * pointing at the new names (`'Bids (2)'!B3`), compared without case as Excel
 * compares sheet names. Text in quotes ("Bids!") is left alone.
 *
 * @example
 * ```ts
 * renameSheetsInFormula('MIN(Bids!B3:B4)/Bids!B3', [['Bids', 'Bids (2)']]);
 * //=> "MIN('Bids (2)'!B3:B4)/'Bids (2)'!B3"
 * ```
 */
export function renameSheetsInFormula(formula: string, renames: readonly (readonly [string, string])[]): string {
  const renamed = (name: string) => renames.find(([from]) => from.toLocaleUpperCase() === name.toLocaleUpperCase());
  let out = '';
  let at = 0;
  while (at < formula.length) {
    const rest = formula.slice(at);
    // A string literal, with "" for a quote inside it: copied as it is.
    const text = /^"(?:[^"]|"")*"/.exec(rest);
    // A quoted sheet name, with '' for an apostrophe inside it, or a plain one, before "!".
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const plain = /^([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/.exec(rest);
    const startsName = at === 0 || !/[\w.$'\u00C0-\uFFFF]/.test(formula[at - 1] as string);
    const reference = quoted ?? (startsName ? plain : null);
    if (text !== null) {
      out += text[0];
      at += text[0].length;
    } else if (reference !== null) {
      const name = (reference[1] as string).replace(/''/g, "'");
      const target = renamed(name);
      out += target === undefined ? reference[0] : `${sheetReference(target[1])}!`;
      at += reference[0].length;
    } else {
      out += formula[at] as string;
      at += 1;
    }
  }
  return out;
}
