import { yearlyValues } from '@sroi/core';
import { readNumber, readOptionalNumber, readOptionalWholeNumber, readWholeNumber } from '../arguments/read-number.js';
import { DROP_OFF, DURATION, IMPACT, START_YEAR } from '../arguments/rules.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The value of each year of an outcome as a row, year 1 first: impact x (1 - drop-off)^(k-1) from the start year.
 * @customfunction VALUES
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroivalues
 * @param impact Value of the outcome's first year (see SROI.IMPACT).
 * @param duration Years the outcome lasts: a whole number from 1 to 1000.
 * @param [dropOff] Share of the outcome lost each year after the first, 0% to 100% (default 0%).
 * @param [startYear] 1 (default) if the outcome starts in the year of the activity, 2 the year after; earlier years show 0.
 * @returns A row of yearly values (spills), year 1 first.
 * @example =SROI.VALUES(54000, 3, 50%) spills 54000, 27000, 13500.
 */
export function sroiValues(impact: unknown, duration: unknown, dropOff?: unknown, startYear?: unknown): number[][] {
  return atExcelEdge(() => {
    const first = readOptionalWholeNumber(startYear, START_YEAR, 1);
    const years = yearlyValues(
      readNumber(impact, IMPACT),
      readOptionalNumber(dropOff, DROP_OFF, 0),
      readWholeNumber(duration, DURATION),
    );
    const before = Array.from({ length: first - 1 }, () => 0);
    return [[...before, ...years.map(toCellNumber)]];
  });
}
