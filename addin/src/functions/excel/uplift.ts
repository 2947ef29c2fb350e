import { moveToPriceYear } from '@sroi/core';
import { CellError } from '../errors/cell-error.js';
import { readNumber, readWholeNumber } from '../arguments/read-number.js';
import { readPriceIndex } from '../arguments/read-price-index.js';
import { readArguments } from '../arguments/problem-list.js';
import { AMOUNT, FROM_YEAR, TO_YEAR } from '../arguments/rules.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * Moves a value from one year's prices to another's with a price index (such as the GDP deflator): value x index(toYear) / index(fromYear).
 * @customfunction UPLIFT
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroiuplift
 * @param value The value in fromYear's prices.
 * @param fromYear The year whose prices the value is in, such as 2020.
 * @param toYear The year to state it in, such as 2025.
 * @param years The index's years: one column (or row), such as 2020 to 2025.
 * @param indexValues The index value of each year, in the same rows as years; each above 0.
 * @returns The value in toYear's prices.
 * @example =SROI.UPLIFT(1000, 2020, 2025, A2:A7, B2:B7) with the index 80 in 2020 and 100 in 2025 gives 1250.
 */
export function sroiUplift(
  value: unknown,
  fromYear: unknown,
  toYear: unknown,
  years: unknown[][],
  indexValues: unknown[][],
): number {
  return atExcelEdge(() => {
    const read = readArguments({
      value: () => readNumber(value, AMOUNT),
      fromYear: () => readWholeNumber(fromYear, FROM_YEAR),
      toYear: () => readWholeNumber(toYear, TO_YEAR),
      index: () => readPriceIndex(years, indexValues),
    });
    // The arguments are checked above, so core's lighter mover will do: upliftValue would check them again.
    const moved = moveToPriceYear(read.value, read.fromYear, read.toYear, read.index);
    if (typeof moved === 'string') throw new CellError('value', moved);
    return toCellNumber(moved.value);
  });
}
