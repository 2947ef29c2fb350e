/**
 * The plan for the new-evaluation wizard's "Create": the `@sroi/workbook`
 * layout as new sheets (live formulas, an Excel table for each list, named
 * settings and figures), plus a Charts sheet, all under names no user's sheet has.
 */
import { evaluate, type Evaluation, type OneWayRow } from '@sroi/core';
import { SHEETS, toWorkbook, type SheetKey } from '@sroi/workbook';
import { resultsSheet } from './results-sheet.js';
import { tablesAndNamedCells, uniqueSheetNames } from './unique-sheet-names.js';
import type { ExistingSheet, WritePlan } from './write-plan.js';

/** The name the charts sheet asks for. */
export const CHARTS_SHEET = 'Charts';

/** Options of {@link planNewEvaluation}. */
export interface NewEvaluationOptions {
  /** Replace the add-in's earlier sheets of the same names (after asking); otherwise new names are found. */
  readonly replaceOurs: boolean;
  /** One-way rows (`oneWay(evaluation).rows`), for a tornado chart on the Charts sheet. */
  readonly tornado?: readonly OneWayRow[];
  /** The first year's name, e.g. '2024/25', for the years on the Charts sheet. */
  readonly firstYear?: string;
}

/**
 * Plans the new evaluation's sheets: Settings, Stakeholders, Inputs, Impact Map
 * (Quantity by year when used), Discounting and Results with live formulas, a
 * table over each list, the named cells the layout offers, and a Charts sheet
 * of the figures as calculated now; it activates the Results sheet.
 *
 * @param evaluation - a valid evaluation (`checkDraft(draft).evaluation`)
 * @param existing - the workbook's sheets with their tables (`listSheets`): new tables take no name
 *   a table keeps on a sheet this plan does not replace
 * @param options - `replaceOurs`, and optionally a tornado
 * @returns the plan
 * @throws SroiValidationError when the evaluation is invalid
 *
 * @example
 * ```ts
 * const plan = planNewEvaluation(evaluation, [{ name: 'Results', ours: false }], { replaceOurs: false });
 * plan.activate; //=> 'Results (2)'
 * ```
 */
export function planNewEvaluation(
  evaluation: Evaluation,
  existing: readonly ExistingSheet[],
  options: NewEvaluationOptions,
): WritePlan {
  const usesYearlyQuantities = evaluation.outcomes.some((outcome) => outcome.quantityByYear !== undefined);
  const keys = (Object.keys(SHEETS) as SheetKey[]).filter((key) => key !== 'quantityByYear' || usesYearlyQuantities);
  const { names, replaces } = uniqueSheetNames(
    [...keys.map((key) => SHEETS[key]), CHARTS_SHEET],
    existing,
    options.replaceOurs,
  );
  const nameOf = (wanted: string) => names.get(wanted) as string;
  const sheetNames = Object.fromEntries(keys.map((key) => [key, nameOf(SHEETS[key])])) as Record<SheetKey, string>;
  const layout = toWorkbook(evaluation, { sheetNames });

  const { tables, namedCells } = tablesAndNamedCells(layout.sheets, existing, replaces);

  const charts = resultsSheet(nameOf(CHARTS_SHEET), {
    evaluation,
    result: evaluate(evaluation),
    ...(options.tornado === undefined ? {} : { tornado: options.tornado }),
    ...(options.firstYear === undefined ? {} : { firstYear: options.firstYear }),
    source: `The evaluation as first written; these charts do not change when you edit the ${sheetNames.impactMap} sheet (the ${sheetNames.results} sheet does)`,
  });
  return {
    sheets: [...layout.sheets, charts.sheet],
    tables,
    names: namedCells,
    charts: charts.charts,
    replaces,
    activate: sheetNames.results,
  };
}
