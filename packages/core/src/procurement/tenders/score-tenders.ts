import { ZERO, type Decimal } from '../../decimal.js';
import { SroiValidationError } from '../../model/problems.js';
import { formatMoney, formatPoints } from '../../format/format.js';
import { offerPoints, pointsForPrice, priceRange, rankTotals, scorePoints } from './points.js';
import { readTender, type ReadBid, type ReadTender, type TenderOptions } from './read-tender.js';
import type { BidPoints, BidScore, Tender, TenderResult, TenderWarning } from './types.js';

/** Below this weight (percent), social value is under what central government must give it (PPN 002). */
const LEAST_SOCIAL_VALUE_WEIGHT = 10;

/**
 * Scores tenders on price, quality and social value, weighted, and ranks them,
 * with the working for every figure so that the scoring can be published.
 *
 * - Price: lowest price / bid price x weight (`lowest-price`, default), or
 *   `linear` between the lowest (full weight) and highest price (none).
 * - Quality: score / 100 x weight.
 * - Social value: offer / highest offer x weight (`monetised`, default), the
 *   panel's score / 100 x weight (`qualitative`), or the weight split between
 *   both. Commitments are priced from the catalogue in the price base.
 *
 * Tied totals share a rank and are named in each bid's `tiedWith`.
 *
 * @param tender - weights in percent summing to 100, the methods and the bids
 * @param options - the catalogue (and price base) that prices commitments
 * @throws SroiValidationError listing every problem with its path (`bids[1].price`)
 *
 * @example
 * ```ts
 * const result = scoreTenders({
 *   weights: { price: 60, quality: 30, socialValue: 10 },
 *   bids: [
 *     { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
 *     { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
 *   ],
 * });
 * result.bids.map((bid) => bid.points.total.toString()); //=> ['82', '85']
 * result.ranking; //=> ['B', 'A']
 * ```
 */
export function scoreTenders(tender: Tender, options: TenderOptions = {}): TenderResult {
  const read = readTender(tender, options);
  if (read.tender === undefined) throw new SroiValidationError(read.problems, 'tender');
  return score(read.tender);
}

function score(tender: ReadTender): TenderResult {
  const { weights, bids, currency } = tender;
  const money = (value: Decimal) => formatMoney(value, currency);
  // Many bids commit to the same measures: each measure's price is written once.
  const proxyTexts = new Map<Decimal, string>();
  const proxyText = (proxy: Decimal) => {
    let text = proxyTexts.get(proxy);
    // A unit value moved by an index rarely ends in whole pennies: shown to 4 places, so that
    // quantity x unit value visibly adds up to the offer (the sum itself is exact).
    const places = Math.min(Math.max(proxy.decimalPlaces(), 2), 4);
    if (text === undefined) proxyTexts.set(proxy, (text = formatMoney(proxy, currency, places)));
    return text;
  };
  const prices = priceRange(bids.map((bid) => bid.price));
  const offers = bids.map((bid) => bid.socialValue ?? ZERO);
  const highestOffer = offers.reduce((high, offer) => (offer.gt(high) ? offer : high), ZERO);
  const monetisedWeight = monetisedShare(tender);
  const qualitativeWeight = weights.socialValue.minus(monetisedWeight);

  const scored = bids.map((bid) => {
    const points = pointsOf(tender, bid, prices, highestOffer, monetisedWeight, qualitativeWeight);
    return { bid, points };
  });
  const ranks = rankTotals(scored.map(({ points }) => points.total));
  const byRank = new Map<number, string[]>();
  scored.forEach(({ bid }, i) => {
    const bidders = byRank.get(ranks[i] ?? 1) ?? [];
    bidders.push(bid.bidder);
    byRank.set(ranks[i] ?? 1, bidders);
  });
  const tenderWorking = tenderLevelWorking(tender, highestOffer, money);

  const results: BidScore[] = scored.map(({ bid, points }, i) => {
    const rankOf = ranks[i] ?? 1;
    const tiedWith = (byRank.get(rankOf) ?? []).filter((bidder) => bidder !== bid.bidder);
    return {
      bidder: bid.bidder,
      price: bid.price,
      quality: bid.quality,
      socialValue: bid.socialValue,
      socialValueScore: bid.socialValueScore,
      commitments: bid.commitments,
      points,
      rank: rankOf,
      tiedWith,
      socialValuePerPound: bid.socialValue === null ? null : bid.socialValue.div(bid.price),
      working: bidWorking(
        tender,
        bid,
        points,
        prices,
        highestOffer,
        monetisedWeight,
        qualitativeWeight,
        rankOf,
        tiedWith,
        money,
        proxyText,
      ),
    };
  });
  const ranking = results
    .map((result, order) => ({ result, order }))
    .sort((a, b) => a.result.rank - b.result.rank || a.order - b.order)
    .map(({ result }) => result.bidder);

  return {
    name: tender.name,
    currency,
    weights,
    priceMethod: tender.priceMethod,
    socialValueMethod: tender.socialValueMethod,
    socialValueSplit: tender.socialValueSplit,
    pricing: tender.bids.some((bid) => bid.commitments.length > 0) ? (tender.pricer?.pricing ?? null) : null,
    bids: results,
    ranking,
    working: tenderWorking,
    warnings: warningsOf(tender, results, highestOffer),
  };
}

/** The part of the social value weight scored on money offers. */
function monetisedShare(tender: ReadTender): Decimal {
  const { socialValueMethod, socialValueSplit, weights } = tender;
  if (socialValueMethod === 'monetised') return weights.socialValue;
  if (socialValueMethod === 'qualitative' || socialValueSplit === null) return ZERO;
  return weights.socialValue.times(socialValueSplit.monetised).div(100);
}

function pointsOf(
  tender: ReadTender,
  bid: ReadBid,
  prices: PriceRange,
  highestOffer: Decimal,
  monetisedWeight: Decimal,
  qualitativeWeight: Decimal,
): BidPoints {
  const price = pointsForPrice(bid.price, prices.lowest, prices.highest, tender.weights.price, tender.priceMethod);
  const quality = scorePoints(bid.quality, tender.weights.quality);
  let socialValue = ZERO;
  if (tender.socialValueMethod !== 'qualitative')
    socialValue = offerPoints(bid.socialValue ?? ZERO, highestOffer, monetisedWeight);
  if (tender.socialValueMethod !== 'monetised')
    socialValue = socialValue.plus(scorePoints(bid.socialValueScore ?? ZERO, qualitativeWeight));
  return { price, quality, socialValue, total: price.plus(quality).plus(socialValue) };
}

type PriceRange = ReturnType<typeof priceRange>;

function tenderLevelWorking(tender: ReadTender, highestOffer: Decimal, money: (value: Decimal) => string): string[] {
  const { weights, bids } = tender;
  const lines = [
    `Weights: price ${weights.price.toString()}%, quality ${weights.quality.toString()}%, social value ${weights.socialValue.toString()}%.`,
  ];
  const lowest = bids.reduce((low, bid) => (bid.price.lt(low.price) ? bid : low));
  const highest = bids.reduce((high, bid) => (bid.price.gt(high.price) ? bid : high));
  lines.push(
    tender.priceMethod === 'lowest-price'
      ? `Price: lowest price / bid price x ${weights.price.toString()}; the lowest price is ${money(lowest.price)} (${lowest.bidder}).`
      : `Price: linear, ${weights.price.toString()} points at the lowest price ${money(lowest.price)} (${lowest.bidder}) down to 0 at the highest ${money(highest.price)} (${highest.bidder}).`,
  );
  lines.push(`Quality: score / 100 x ${weights.quality.toString()}.`);
  if (tender.socialValueMethod !== 'qualitative') {
    const leader = bids.find((bid) => bid.socialValue?.eq(highestOffer) === true);
    lines.push(
      highestOffer.isZero()
        ? 'Social value: no bid offers social value in money, so no bid scores points for it.'
        : `Social value (money): offer / highest offer x ${monetisedShare(tender).toString()}; the highest offer is ${money(highestOffer)} (${leader?.bidder ?? ''}).`,
    );
  }
  if (tender.socialValueMethod !== 'monetised') {
    lines.push(
      `Social value (panel score): score / 100 x ${weights.socialValue.minus(monetisedShare(tender)).toString()}.`,
    );
  }
  if (tender.pricer !== null && bids.some((bid) => bid.commitments.length > 0)) {
    const { pricing } = tender.pricer;
    lines.push(
      `Commitments are priced from ${JSON.stringify(pricing.catalogue)} in ${pricing.priceYear} prices${pricing.index === null ? '' : `, moved with ${pricing.index}`}.`,
    );
  }
  return lines;
}

function bidWorking(
  tender: ReadTender,
  bid: ReadBid,
  points: BidPoints,
  { lowest, highest }: PriceRange,
  highestOffer: Decimal,
  monetisedWeight: Decimal,
  qualitativeWeight: Decimal,
  rankOf: number,
  tiedWith: readonly string[],
  money: (value: Decimal) => string,
  proxyText: (proxy: Decimal) => string,
): string[] {
  const { weights } = tender;
  const lines = [
    tender.priceMethod === 'lowest-price'
      ? `Price: ${money(lowest)} / ${money(bid.price)} x ${weights.price.toString()} = ${formatPoints(points.price)}`
      : highest.eq(lowest)
        ? `Price: every bid is ${money(bid.price)}, so each scores the full ${weights.price.toString()} = ${formatPoints(points.price)}`
        : `Price: (${money(highest)} - ${money(bid.price)}) / (${money(highest)} - ${money(lowest)}) x ${weights.price.toString()} = ${formatPoints(points.price)}`,
    `Quality: ${bid.quality.toString()} / 100 x ${weights.quality.toString()} = ${formatPoints(points.quality)}`,
  ];
  if (bid.commitments.length > 0) {
    const terms = bid.commitments
      .map((c) => `${c.quantity.toString()} x ${c.code} at ${proxyText(c.proxy)}`)
      .join(' + ');
    lines.push(`Social value offer: ${terms} = ${money(bid.socialValue ?? ZERO)}`);
  }
  const parts: string[] = [];
  if (tender.socialValueMethod !== 'qualitative') {
    const offer = bid.socialValue ?? ZERO;
    const part = offerPoints(offer, highestOffer, monetisedWeight);
    parts.push(
      highestOffer.isZero()
        ? `no bid offers social value in money = ${formatPoints(part)}`
        : `${money(offer)} / ${money(highestOffer)} x ${monetisedWeight.toString()} = ${formatPoints(part)}`,
    );
  }
  if (tender.socialValueMethod !== 'monetised') {
    const scoreValue = bid.socialValueScore ?? ZERO;
    parts.push(
      `panel score ${scoreValue.toString()} / 100 x ${qualitativeWeight.toString()} = ${formatPoints(scorePoints(scoreValue, qualitativeWeight))}`,
    );
  }
  lines.push(
    `Social value: ${parts.join('; plus ')}${parts.length > 1 ? `; together ${formatPoints(points.socialValue)}` : ''}`,
  );
  const tie = tiedWith.length === 0 ? '' : `, tied with ${tiedWith.join(', ')}`;
  lines.push(
    `Total: ${formatPoints(points.price)} + ${formatPoints(points.quality)} + ${formatPoints(points.socialValue)} = ${formatPoints(points.total)}; rank ${rankOf} of ${tender.bids.length}${tie}`,
  );
  return lines;
}

function warningsOf(tender: ReadTender, results: readonly BidScore[], highestOffer: Decimal): TenderWarning[] {
  const warnings: TenderWarning[] = [];
  if (tender.weights.socialValue.lt(LEAST_SOCIAL_VALUE_WEIGHT)) {
    warnings.push({
      code: 'low-social-value-weight',
      path: 'weights.socialValue',
      message: `social value is weighted ${tender.weights.socialValue.toString()}%; central government must weight it at least 10% of the total score (PPN 002), and many local authorities use 20-30%`,
    });
  }
  if (tender.socialValueMethod !== 'qualitative' && highestOffer.isZero() && !tender.weights.socialValue.isZero()) {
    warnings.push({
      code: 'no-social-value-offered',
      path: 'bids',
      message: 'no bid offers social value in money, so the social value weight scores nothing for any bid',
    });
  }
  if (results.length === 1) {
    warnings.push({
      code: 'single-bid',
      path: 'bids',
      message:
        'there is only one bid: price and money offers are scored against the other bids, so it scores their full weights',
    });
  }
  const first = results.filter((result) => result.rank === 1);
  if (first.length > 1) {
    warnings.push({
      code: 'tie-for-first',
      path: 'bids',
      message: `${first.map((result) => result.bidder).join(' and ')} tie for first with ${formatPoints(first[0]?.points.total ?? ZERO)} points: the tender documents' tie-break rule decides`,
    });
  }
  return warnings;
}
