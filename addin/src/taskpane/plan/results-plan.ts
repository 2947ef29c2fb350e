/**
 * The plan for "write the results": one sheet of values with its charts,
 * under a name no user's sheet has.
 */
import { resultsSheet, type ResultsSheetInput } from './results-sheet.js';
import { uniqueSheetNames } from './unique-sheet-names.js';
import type { ExistingSheet, WritePlan } from './write-plan.js';

/** The name the results sheet asks for; it becomes "SROI Results (2)" when a user's sheet has it. */
export const RESULTS_SHEET = 'SROI Results';

/**
 * Plans one results sheet: the headline figures with number formats and named
 * cells (`SROIRatio`...), data blocks by stakeholder, domain and year (and the
 * tornado when given), and a native chart beside each block.
 *
 * @param input - the evaluation, its result, optionally one-way rows, the source range and a time
 * @param existing - the workbook's sheets (`listSheets`)
 * @param options - `replaceOurs`: replace an earlier results sheet the add-in made (after asking)
 * @returns the plan; it activates the results sheet
 *
 * @example
 * ```ts
 * const plan = planResults({ evaluation, result: evaluate(evaluation), source: 'Sheet1!B3:K20' }, [], { replaceOurs: false });
 * plan.sheets[0].name; //=> 'SROI Results'
 * plan.charts.map((chart) => chart.kind); //=> ['column', 'column', 'payback']
 * ```
 */
export function planResults(
  input: ResultsSheetInput,
  existing: readonly ExistingSheet[],
  options: { readonly replaceOurs: boolean },
): WritePlan {
  const { names, replaces } = uniqueSheetNames([RESULTS_SHEET], existing, options.replaceOurs);
  const name = names.get(RESULTS_SHEET) as string;
  const written = resultsSheet(name, input);
  return {
    sheets: [written.sheet],
    tables: [],
    names: written.names,
    charts: written.charts,
    replaces,
    activate: name,
  };
}
