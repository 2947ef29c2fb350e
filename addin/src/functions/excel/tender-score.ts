import { readBids } from '../arguments/read-bids.js';
import { readPriceMethod } from '../arguments/read-price-method.js';
import { readWeights } from '../arguments/read-weight.js';
import { readArguments } from '../arguments/problem-list.js';
import { tenderTable } from '../compute/tender-table.js';
import { atExcelEdge } from '../errors/at-excel-edge.js';
import { toCellNumber } from '../errors/to-cell-number.js';

/**
 * Scores every bid of a tender on price, quality and social value (money offered), weighted, and ranks them: one row per bid.
 * @customfunction TENDERSCORE
 * @helpurl https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroitenderscore
 * @param prices Each bid's price, above 0: one column, one row per bid.
 * @param qualities Each bid's quality score from 0 to 100, in the same rows as prices.
 * @param socialValues Each bid's social value offer in money, 0 or more, in the same rows as prices.
 * @param weights The price, quality and social value weights (3 cells) in percent summing to 100, such as 60, 30, 10 or 60%, 30%, 10%.
 * @param [priceMethod] "lowest-price" (default: lowest price / bid price x weight) or "linear" (full weight at the lowest price, none at the highest).
 * @returns A table with a header row: Price points, Quality points, Social value points, Total, Rank (1 is best), one row per bid (spills).
 * @example =SROI.TENDERSCORE(B2:B3, C2:C3, D2:D3, G1:G3) spills a header row, then 48, 24, 10, 82, 2 and 60, 21, 4, 85, 1.
 */
export function sroiTenderScore(
  prices: unknown[][],
  qualities: unknown[][],
  socialValues: unknown[][],
  weights: unknown[][],
  priceMethod?: unknown,
): unknown[][] {
  return atExcelEdge(() => {
    const read = readArguments({
      bids: () => readBids(prices, qualities, socialValues),
      weights: () => readWeights(weights),
      priceMethod: () => readPriceMethod(priceMethod, 'priceMethod'),
    });
    return tenderTable(read.bids, read.weights, read.priceMethod).map((row) =>
      row.map((cell) => (typeof cell === 'string' || typeof cell === 'number' ? cell : toCellNumber(cell))),
    );
  });
}
