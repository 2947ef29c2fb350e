import { evaluate, type Evaluation } from '@sroi/core';
import { impactMapFromRange, type ImpactMapProblem } from '../../impact-map/impact-map-from-range.js';
import { readDiscount, readTiming } from '../arguments/read-discount.js';
import { sumOfRange } from '../arguments/read-range.js';
import { INPUTS } from '../arguments/rules.js';
import { evaluationTable } from '../compute/evaluation-table.js';
import { CellError } from '../errors/cell-error.js';
import { atExcelEdge, excelError } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/** How many problems one cell's message lists before "and n more". */
const SHOWN_PROBLEMS = 3;

/**
 * Evaluates an impact map: present value, inputs, net present value, SROI ratio, net ratio and payback, as a two-column table.
 * @customfunction EVALUATE
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroievaluate
 * @param impactMap The impact map with its header row: Stakeholder, Outcome, Quantity, Financial proxy, Deadweight, Displacement, Attribution, Drop-off, Duration, Start year.
 * @param inputs The inputs (year 0, undiscounted): a number or a range of amounts, which are added up.
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health".
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns A table of labels and figures (spills 6 rows by 2 columns).
 * @example =SROI.EVALUATE(A1:I2, 50000) spills Present value 89554.93 ... SROI ratio 1.7911.
 */
export function sroiEvaluate(
  impactMap: unknown[][],
  inputs: unknown[][],
  rate?: unknown,
  timing?: unknown,
): unknown[][] {
  return atExcelEdge(() => {
    const reading = impactMapFromRange(impactMap);
    if (!reading.ok) throw new CellError('value', describeProblems(reading.problems));
    const evaluation: Evaluation = {
      name: 'SROI.EVALUATE',
      stakeholders: reading.stakeholders,
      inputs: [{ description: 'Inputs', amount: sumOfRange(inputs, INPUTS).toString() }],
      outcomes: reading.outcomes,
      discount: readDiscount(rate),
      timing: readTiming(timing),
    };
    return evaluationTable(evaluate(evaluation)).map(([label, value]) => [
      label,
      'missing' in value ? excelError('not-available', value.missing) : toCellNumber(value),
    ]);
  });
}

function describeProblems(problems: readonly ImpactMapProblem[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => problem.message);
  const more = problems.length - shown.length;
  return `impactMap: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
