import { readDiscounting } from '../arguments/read-discount.js';
import { readEstimate } from '../arguments/read-estimate.js';
import { readEvaluation } from '../arguments/read-evaluation.js';
import { readOptionalNumber } from '../arguments/read-number.js';
import { readOutcomeRow } from '../arguments/read-outcome-row.js';
import { TARGET } from '../arguments/rules.js';
import { cachedSwitchingValues, switchingValueOf } from '../compute/switching-value.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The switching value of one estimate of an impact map: the value at which the SROI ratio reaches the target (1 : 1 by default).
 * @customfunction SWITCHINGVALUE
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroiswitchingvalue
 * @param impactMap The impact map with its header row, as for SROI.RESULTS: Quantity, Financial proxy, Deadweight, Displacement, Attribution, Drop-off, Duration...
 * @param inputs The inputs (year 0, undiscounted): a number or a range of amounts, which are added up. Leave empty (, ,) to use the inputs in the map.
 * @param outcomeRow The outcome's row under the headers (1 for the first row below the header row), or 0 or "all" for every outcome together.
 * @param estimate quantity, proxy, deadweight, displacement, attribution, drop-off or duration.
 * @param [target] The ratio to reach, above 0 (default 1, for 1 : 1).
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health", as for SROI.RESULTS.
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns The estimate's value at which the ratio reaches the target (a share as a %); for all outcomes, the change applied to each (a multiple, a share shift as a fraction: 0.05 is 5 points, or years).
 * @example =SROI.SWITCHINGVALUE(A1:I2, 50000, 1, "deadweight") gives 0.5533 (55.33%).
 */
export function sroiSwitchingValue(
  impactMap: unknown[][],
  inputs: unknown[][],
  outcomeRow: unknown,
  estimate: unknown,
  target?: unknown,
  rate?: unknown,
  timing?: unknown,
): number {
  return atExcelEdge(() => {
    const map = readEvaluation('SROI.SWITCHINGVALUE', impactMap, inputs);
    const outcome = readOutcomeRow(outcomeRow, map);
    const name = readEstimate(estimate);
    const result = cachedSwitchingValues(
      map.evaluation,
      readOptionalNumber(target, TARGET, 1),
      readDiscounting(rate, timing),
    );
    return toCellNumber(switchingValueOf(result, outcome, name));
  });
}
