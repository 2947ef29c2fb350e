import { pricePoints } from '@sroi/core';
import { readAmounts, readPrice } from '../arguments/read-amounts.js';
import { readPriceMethod } from '../arguments/read-price-method.js';
import { readWeight } from '../arguments/read-weight.js';
import { readArguments } from '../arguments/problem-list.js';
import { PRICE } from '../arguments/rules.js';
import { CellError } from '../errors/cell-error.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The price points of one bid in a tender: lowest price / bid price x weight, or linear between the lowest and highest price.
 * @customfunction PRICESCORE
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroipricescore
 * @param price The bid's price: above 0.
 * @param prices Every bid's price, this bid's included (a range); empty cells are skipped.
 * @param weight The price weight in percent, such as 60 or 60%.
 * @param [method] "lowest-price" (default: lowest price / bid price x weight) or "linear" (full weight at the lowest price, none at the highest).
 * @returns The bid's price points, from 0 to the weight.
 * @example =SROI.PRICESCORE(10000, B2:B3, 60) with B2:B3 = 10000, 8000 gives 48 (8000 / 10000 x 60).
 */
export function sroiPriceScore(price: unknown, prices: unknown[][], weight: unknown, method?: unknown): number {
  return atExcelEdge(() => {
    const read = readArguments({
      price: () => readPrice(price),
      prices: () => readAmounts(prices, PRICE, 'prices'),
      weight: () => readWeight(weight, 'weight'),
      method: () => readPriceMethod(method, 'method'),
    });
    if (read.prices.length === 0) {
      throw new CellError('not-available', "prices holds no prices; select every bid's price, this bid's included");
    }
    return toCellNumber(pricePoints(read.price, read.prices, read.weight, read.method));
  });
}
