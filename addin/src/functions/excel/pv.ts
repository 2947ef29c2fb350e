import { readDiscount, readTiming } from '../arguments/read-discount.js';
import { readYearlyValues } from '../arguments/read-range.js';
import { VALUES } from '../arguments/rules.js';
import { presentValueOf } from '../compute/present-value.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The present value of a row of yearly values, year 1 first, discounted as the SROI engine discounts outcomes.
 * @customfunction PRESENTVALUE
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroipresentvalue
 * @param values One row (or column) of yearly values, year 1 first; blank cells count as 0.
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health".
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns The present value.
 * @example =SROI.PRESENTVALUE(SROI.VALUES(54000, 3, 50%), 3.5%) gives 89554.93.
 */
export function sroiPv(values: unknown[][], rate?: unknown, timing?: unknown): number {
  return atExcelEdge(() =>
    toCellNumber(presentValueOf(readYearlyValues(values, VALUES), readDiscount(rate), readTiming(timing))),
  );
}
