import { evaluate } from '@sroi/core';
import { readDiscounting } from '../arguments/read-discount.js';
import { readEvaluation } from '../arguments/read-evaluation.js';
import { evaluationTable } from '../compute/evaluation-table.js';
import { atExcelEdge, excelError } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * Evaluates an impact map: present value, inputs, net present value, SROI ratio, net ratio and payback, as a two-column table.
 * @customfunction EVALUATE
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroievaluate
 * @param impactMap The impact map from its header row down, read as the sroi command line reads it: Stakeholder, Outcome, Quantity, Financial proxy (or Value £), Deadweight, Displacement, Attribution, Drop-off, Duration...
 * @param [inputs] The inputs (year 0, undiscounted): a number or a range of amounts, which are added up. Leave empty to use the inputs in the map (the value map's Inputs Value £ column).
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health".
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns A table of labels and figures (spills 6 rows by 2 columns).
 * @example =SROI.EVALUATE(A1:I2, 50000) spills Present value 89554.93 ... SROI ratio 1.7911.
 */
export function sroiEvaluate(
  impactMap: unknown[][],
  inputs?: unknown[][],
  rate?: unknown,
  timing?: unknown,
): unknown[][] {
  return atExcelEdge(() => {
    const evaluation = {
      ...readEvaluation('SROI.EVALUATE', impactMap, inputs).evaluation,
      ...readDiscounting(rate, timing),
    };
    return evaluationTable(evaluate(evaluation)).map(([label, value]) => [
      label,
      'missing' in value ? excelError('not-available', value.missing) : toCellNumber(value),
    ]);
  });
}
