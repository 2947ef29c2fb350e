import { readDiscount, readTiming } from '../arguments/read-discount.js';
import { readNumber, readOptionalWholeNumber, readWholeNumber } from '../arguments/read-number.js';
import {
  ATTRIBUTION,
  DEADWEIGHT,
  DISPLACEMENT,
  DROP_OFF,
  DURATION,
  PROXY,
  QUANTITY,
  START_YEAR,
} from '../arguments/rules.js';
import { outcomePresentValue } from '../compute/outcome-present-value.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The present value of one impact-map row: impact, projected with drop-off over its duration, each year discounted.
 * @customfunction OUTCOMEPV
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroioutcomepv
 * @param quantity Units of change (people, tonnes, hours): 0 or more.
 * @param proxy Financial proxy: the money value of one unit of change.
 * @param deadweight Share that would have happened anyway, 0% to 100%.
 * @param displacement Share that displaced other outcomes, 0% to 100%.
 * @param attribution Share due to others' contribution, 0% to 100%.
 * @param dropOff Share of the outcome lost each year after the first, 0% to 100%.
 * @param duration Years the outcome lasts: a whole number from 1 to 1000.
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health".
 * @param [startYear] 1 (default) if the outcome starts in the year of the activity, 2 the year after.
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns The outcome's present value.
 * @example =SROI.OUTCOMEPV(100, 1000, 20%, 10%, 25%, 50%, 3) gives 89554.93.
 */
export function sroiOutcomePv(
  quantity: unknown,
  proxy: unknown,
  deadweight: unknown,
  displacement: unknown,
  attribution: unknown,
  dropOff: unknown,
  duration: unknown,
  rate?: unknown,
  startYear?: unknown,
  timing?: unknown,
): number {
  return atExcelEdge(() => {
    const row = {
      quantity: readNumber(quantity, QUANTITY),
      proxy: readNumber(proxy, PROXY),
      deadweight: readNumber(deadweight, DEADWEIGHT),
      displacement: readNumber(displacement, DISPLACEMENT),
      attribution: readNumber(attribution, ATTRIBUTION),
      dropOff: readNumber(dropOff, DROP_OFF),
      duration: readWholeNumber(duration, DURATION),
      startYear: readOptionalWholeNumber(startYear, START_YEAR, 1),
    };
    return toCellNumber(outcomePresentValue(row, readDiscount(rate), readTiming(timing)));
  });
}
