import { offerPoints } from '@sroi/core';
import { readAmounts } from '../arguments/read-amounts.js';
import { readNumber } from '../arguments/read-number.js';
import { readWeight } from '../arguments/read-weight.js';
import { readArguments } from '../arguments/problem-list.js';
import { OFFER } from '../arguments/rules.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * The social value points of one bid's offer in money: offer / highest offer x weight.
 * @customfunction SOCIALVALUESCORE
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroisocialvaluescore
 * @param offer The social value the bid offers, in money: 0 or more.
 * @param offers Every bid's offer, this bid's included (a range); empty cells are offers of 0.
 * @param weight The social value weight in percent, such as 10 or 10%.
 * @returns The bid's social value points, from 0 to the weight (0 for every bid when no bid offers anything).
 * @example =SROI.SOCIALVALUESCORE(20000, D2:D3, 10) with D2:D3 = 50000, 20000 gives 4 (20000 / 50000 x 10).
 */
export function sroiSocialValueScore(offer: unknown, offers: unknown[][], weight: unknown): number {
  return atExcelEdge(() => {
    const read = readArguments({
      offer: () => readNumber(offer, OFFER),
      offers: () => readAmounts(offers, OFFER, 'offers'),
      weight: () => readWeight(weight, 'weight'),
    });
    // As pricePoints counts the bid's own price among the prices, the bid's own offer counts among the offers.
    const highest = read.offers.reduce((high, other) => (other.gt(high) ? other : high), read.offer);
    return toCellNumber(offerPoints(read.offer, highest, read.weight));
  });
}
