import type { Evaluation } from '@sroi/core';
import type { WorkbookLayout } from '../layout/sheet.js';
import { discountingSheet } from './discounting-sheet.js';
import { impactMapSheet } from './impact-map-sheet.js';
import { inputsSheet } from './inputs-sheet.js';
import { planOf, type PlanOptions } from './plan.js';
import { printed } from './print.js';
import { quantityByYearSheet } from './quantity-by-year-sheet.js';
import { resultsSheet } from './results-sheet.js';
import { sensitivitySheet } from './sensitivity-sheet.js';
import { settingsSheet } from './settings-sheet.js';
import { stakeholdersSheet } from './stakeholders-sheet.js';

/**
 * Lays an evaluation out as a workbook: Settings, Stakeholders, Inputs, the
 * Impact Map, Quantity by year (only when used), Discounting, Results and,
 * when asked, Sensitivity (values, not formulas: see `sensitivity`).
 * Everything computed (impact, yearly values, discount factors, present
 * values, totals, ratio, paybacks) is a native Excel formula; each formula
 * carries the value the core engine computes, to store as its cached result.
 * The Stakeholders, Inputs and Impact Map sheets say which block makes an
 * Excel table (`table`); Settings and Results say which cells deserve a name
 * (`namedCells`, e.g. `DiscountRate`, `SROIRatio`). Every sheet prints
 * landscape, one page wide, its header rows on each page, the evaluation's
 * name and the sheet's in the header and "Page 2 of 5" in the footer (`print`).
 *
 * @param evaluation - a valid evaluation (it is evaluated first)
 * @param options - `spareRows`: prepared blank rows on the Stakeholders, Inputs and Impact Map
 *   sheets, counted by the Results sheet (for templates); `minYears`: at least this many year columns;
 *   `sheetNames`: names in place of the defaults, e.g. `{ impactMap: 'Impact Map (2)' }`, used by
 *   every sheet and every formula that points at another sheet; `sensitivity`: add the Sensitivity
 *   sheet (switching values to 1 : 1 and the 10% tornado, computed now)
 * @returns the sheets as 2-D arrays, ready for exceljs or Office.js
 * @throws SroiValidationError when the evaluation is invalid
 * @throws RangeError when a sheet name breaks Excel's rules or two names are the same ignoring case
 *   (the Sensitivity sheet's name included, when it is asked for)
 *
 * @example
 * ```ts
 * const layout = toWorkbook(evaluation);
 * layout.sheets.map((sheet) => sheet.name);
 * //=> ['Settings', 'Stakeholders', 'Inputs', 'Impact Map', 'Discounting', 'Results']
 * ```
 */
export function toWorkbook(evaluation: Evaluation, options: PlanOptions = {}): WorkbookLayout {
  const plan = planOf(evaluation, options);
  const sheets = [settingsSheet(plan), stakeholdersSheet(plan), inputsSheet(plan), impactMapSheet(plan)];
  if (plan.quantityByYear.size > 0) sheets.push(quantityByYearSheet(plan));
  sheets.push(discountingSheet(plan), resultsSheet(plan));
  if (options.sensitivity === true) sheets.push(sensitivitySheet(plan));
  return printed({ sheets }, evaluation.name);
}
