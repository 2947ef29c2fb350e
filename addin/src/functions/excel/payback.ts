import { paybackMonths } from '@sroi/core';
import { readNumber } from '../arguments/read-number.js';
import { IMPACT, INPUTS } from '../arguments/rules.js';
import { CellError } from '../errors/cell-error.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The payback period in months: inputs / (impact / 12), the SROI guide's convention.
 * @customfunction PAYBACK
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroipayback
 * @param inputs Present value of the inputs: 0 or more.
 * @param impact Total impact, the sum of the impact column (value of the first year): more than 0.
 * @returns Months until the impact repays the inputs.
 * @example =SROI.PAYBACK(50000, 54000) gives 11.11.
 */
export function sroiPayback(inputs: unknown, impact: unknown): number {
  return atExcelEdge(() => {
    const invested = readNumber(inputs, INPUTS);
    const total = readNumber(impact, IMPACT);
    if (!total.gt(0)) {
      throw new CellError('value', `impact must be more than 0 to pay back the inputs; got ${total.toString()}`);
    }
    const months = paybackMonths(invested, total);
    if (months === null) throw new CellError('not-available', 'inputs are 0, so there is nothing to pay back');
    return toCellNumber(months);
  });
}
