import { evaluate } from '@sroi/core';
import type { CellProblem } from '@sroi/workbook';
import { readDiscounting } from '../arguments/read-discount.js';
import { readEvaluation } from '../arguments/read-evaluation.js';
import { evaluationTable } from '../compute/evaluation-table.js';
import { atExcelEdge, excelError } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * Evaluates an impact map: present value, inputs, net present value, SROI ratio, net ratio and payback, as a two-column table.
 * @customfunction RESULTS
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroiresults
 * @param impactMap The impact map from its header row down, read as the sroi command line reads it: Stakeholder, Outcome, Quantity, Financial proxy (or Value £), Deadweight, Displacement, Attribution, Drop-off, Duration...
 * @param [inputs] The inputs (year 0, undiscounted): a number or a range of amounts, which are added up. Leave empty to use the inputs in the map (the value map's Inputs Value £ column).
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health".
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns A table of labels and figures (spills 6 rows by 2 columns), then, when reading the map gave warnings, a Warnings row and the first three, each with its cell.
 * @example =SROI.RESULTS(A1:I2, 50000) spills Present value 89554.93 ... SROI ratio 1.7911.
 */
export function sroiEvaluate(
  impactMap: unknown[][],
  inputs?: unknown[][],
  rate?: unknown,
  timing?: unknown,
): unknown[][] {
  return atExcelEdge(() => {
    const reading = readEvaluation('SROI.RESULTS', impactMap, inputs);
    const evaluation = { ...reading.evaluation, ...readDiscounting(rate, timing) };
    const figures = evaluationTable(evaluate(evaluation)).map(([label, value]) => [
      label,
      'missing' in value ? excelError(value.code, value.missing) : toCellNumber(value),
    ]);
    return [...figures, ...warningLines(reading.warnings, evaluation.inputs.length > 0)];
  });
}

/** How many of the reader's warnings the spilled table lists; the rest are counted. */
const SHOWN_WARNINGS = 3;

/**
 * The reader's warnings below the figures, so that a map read with something
 * to look at (a reduction column not found, taken as 0%) never gives its
 * ratio without a word: a "Warnings" row with the count, then each with its
 * cell within the range. "No inputs" is left out when the inputs argument gives them.
 */
function warningLines(warnings: readonly CellProblem[], hasInputs: boolean): unknown[][] {
  const shown = warnings.filter((warning) => !(hasInputs && /^no inputs were found/.test(warning.message)));
  if (shown.length === 0) return [];
  return [
    ['Warnings', shown.length],
    ...shown.slice(0, SHOWN_WARNINGS).map((warning) => [warning.cell ?? '', warning.message]),
  ];
}
