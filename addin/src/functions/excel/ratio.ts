import { readNumber } from '../arguments/read-number.js';
import { INPUTS, PRESENT_VALUE } from '../arguments/rules.js';
import { CellError } from '../errors/cell-error.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The SROI ratio: present value of the outcomes divided by the present value of the inputs ("x : 1").
 * @customfunction RATIO
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroiratio
 * @param presentValue Present value of the outcomes (see SROI.PRESENTVALUE or SROI.OUTCOMEPV).
 * @param inputs Present value of the inputs: more than 0.
 * @returns The SROI ratio (#DIV/0! when the inputs are 0).
 * @example =SROI.RATIO(89554.93, 50000) gives 1.7911.
 */
export function sroiRatio(presentValue: unknown, inputs: unknown): number {
  return atExcelEdge(() => {
    const value = readNumber(presentValue, PRESENT_VALUE);
    const invested = readNumber(inputs, INPUTS);
    if (invested.isZero()) throw new CellError('division-by-zero', 'inputs are 0, so there is no ratio');
    return toCellNumber(value.div(invested));
  });
}
