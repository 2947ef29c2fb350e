import {
  offerPoints,
  pricePoints,
  rankTotals,
  scorePoints,
  toDecimal,
  type Decimal,
  type PriceMethod,
} from '@sroi/core';
import type { BidFigures } from '../arguments/read-bids.js';
import type { Weights } from '../arguments/read-weight.js';

/** One cell of `SROI.TENDERSCORE`'s table: a header, points, a rank, or empty beside a row with no bid. */
export type TenderCell = string | number | Decimal;

export const TENDER_HEADERS = ['Price points', 'Quality points', 'Social value points', 'Total', 'Rank'] as const;

/**
 * Scores the bids as core's `scoreTenders` does with social value monetised,
 * with core's own arithmetic (`pricePoints`, `scorePoints`, `offerPoints`:
 * price by the method, quality score / 100 x weight, offer / highest offer x
 * weight), and lays the scores out as `SROI.TENDERSCORE` spills them: a
 * header row, then one row per row of the bids, so that each bid's scores sit
 * beside it. Tied totals share a rank (1, 1, 3).
 *
 * `scoreTenders` itself is not called: with the catalogue pricing and the
 * published working it brings, it would add about 5 KB (gzipped) to the
 * functions bundle, which Excel downloads before any function works.
 *
 * @param bids - one entry per row of the bids' ranges, checked; null for an empty row
 * @param weights - in percent, summing to 100
 *
 * @example
 * ```ts
 * tenderTable([bidA, bidB], { price: '60', quality: '30', socialValue: '10' }, 'lowest-price');
 * //=> [[...TENDER_HEADERS], [48, 24, 10, 82, 2], [60, 21, 4, 85, 1]] (points as decimals;
 * //   A: 10,000, quality 80, offer 50,000; B: 8,000, 70, 20,000)
 * ```
 */
export function tenderTable(
  bids: readonly (BidFigures | null)[],
  weights: Weights,
  priceMethod: PriceMethod,
): TenderCell[][] {
  const bidsGiven = bids.filter((bid): bid is BidFigures => bid !== null);
  const prices = bidsGiven.map((bid) => bid.price);
  const highestOffer = bidsGiven.reduce(
    (high, bid) => (bid.socialValue.gt(high) ? bid.socialValue : high),
    toDecimal(0),
  );
  const [price, quality, socialValue] = [weights.price, weights.quality, weights.socialValue].map(toDecimal) as [
    Decimal,
    Decimal,
    Decimal,
  ];
  const points = bids.map((bid) => {
    if (bid === null) return null;
    const criteria = [
      pricePoints(bid.price, prices, price, priceMethod),
      scorePoints(bid.quality, quality),
      offerPoints(bid.socialValue, highestOffer, socialValue),
    ];
    return [...criteria, criteria.reduce((sum, part) => sum.plus(part))];
  });
  const ranks = rankTotals(points.flatMap((row) => (row === null ? [] : [row[3] as Decimal])));
  let given = 0;
  const rows = points.map((row): TenderCell[] => (row === null ? ['', '', '', '', ''] : [...row, ranks[given++] ?? 1]));
  return [[...TENDER_HEADERS], ...rows];
}
