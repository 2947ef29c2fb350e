import { impactOf } from '@sroi/core';
import { readNumber, readOptionalNumber } from '../arguments/read-number.js';
import { ATTRIBUTION, DEADWEIGHT, DISPLACEMENT, PROXY, QUANTITY } from '../arguments/rules.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The impact of an outcome in its first year: quantity x financial proxy, less deadweight, displacement and attribution.
 * @customfunction IMPACT
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroiimpact
 * @param quantity Units of change (people, tonnes, hours): 0 or more.
 * @param proxy Financial proxy: the money value of one unit of change.
 * @param [deadweight] Share that would have happened anyway, 0% to 100% (default 0%).
 * @param [displacement] Share that displaced other outcomes, 0% to 100% (default 0%).
 * @param [attribution] Share due to others' contribution, 0% to 100% (default 0%).
 * @returns The impact (value of the outcome's first year).
 * @example =SROI.IMPACT(100, 1000, 20%, 10%, 25%) gives 54000.
 */
export function sroiImpact(
  quantity: unknown,
  proxy: unknown,
  deadweight?: unknown,
  displacement?: unknown,
  attribution?: unknown,
): number {
  return atExcelEdge(() => {
    const shares = {
      deadweight: readOptionalNumber(deadweight, DEADWEIGHT, 0),
      displacement: readOptionalNumber(displacement, DISPLACEMENT, 0),
      attribution: readOptionalNumber(attribution, ATTRIBUTION, 0),
    };
    return toCellNumber(impactOf(readNumber(quantity, QUANTITY), readNumber(proxy, PROXY), shares));
  });
}
