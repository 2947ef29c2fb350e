import { discountFactor } from '@sroi/core';
import { readDiscount, readTiming } from '../arguments/read-discount.js';
import { readWholeNumber } from '../arguments/read-number.js';
import { YEAR } from '../arguments/rules.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The discount factor of a year: what one unit of value arising in that year is worth today (year 0 is 1).
 * @customfunction DISCOUNTFACTOR
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroidiscountfactor
 * @param year The year: a whole number from 0 to 1999 (1 = the year of the activity; an outcome can last until year 1999).
 * @param [rate] A rate from 0% to 100% (default 3.5%), or "green-book" or "green-book-health" for the Green Book's declining rates.
 * @param [timing] When values arise in each year: "end-of-year" (default), "start-of-year" or "mid-year".
 * @returns The discount factor, 1 / (1 + rate)^years.
 * @example =SROI.DISCOUNTFACTOR(1, 3.5%) gives 0.966184.
 */
export function sroiDiscountFactor(year: unknown, rate?: unknown, timing?: unknown): number {
  return atExcelEdge(() => {
    const discount = readDiscount(rate);
    return toCellNumber(discountFactor(readWholeNumber(year, YEAR), discount, readTiming(timing)));
  });
}
