/**
 * A scored tender as the pane shows it: the bids in rank order with their
 * points formatted, the winner and any ties in words, each bid's working, and
 * the plain numbers beside them for the chart.
 */
import { formatMoney, formatPoints, type BidScore, type TenderResult, toDecimal } from '@sroi/core';

/** One bid in the ranked table. */
export interface RankedBid {
  /** "1", or "1 (tied)" when another bid has the same total. */
  readonly rank: string;
  readonly bidder: string;
  readonly pricePoints: string;
  readonly qualityPoints: string;
  readonly socialValuePoints: string;
  readonly total: string;
  /** "£2.50", or "None in money" when the bid offered no social value in money. */
  readonly socialValuePerPound: string;
  /** How each figure was reached, as core published it. */
  readonly working: readonly string[];
  readonly numbers: {
    readonly price: number;
    readonly quality: number;
    readonly socialValue: number;
    readonly total: number;
  };
}

/** Everything the results show. */
export interface TenderView {
  readonly name: string;
  /** Best first; tied bids in the order given. */
  readonly ranked: readonly RankedBid[];
  /** The winner in words, or the tie for first. */
  readonly winner: string;
  /** Each other group of tied bids, in words. */
  readonly ties: readonly string[];
  /** How the tender as a whole was scored (the lowest price, the highest offer). */
  readonly working: readonly string[];
  /** Core's warnings, as sentences (a tie for first is in `winner` instead). */
  readonly warnings: readonly string[];
  /** The social value per pound column's heading: "Social value per £" (per € or per NOK in other currencies). */
  readonly perPoundHeading: string;
  /** The chart in words, for screen readers and for anyone who prefers it. */
  readonly chartSummary: string;
}

/**
 * The result, formatted for the pane.
 *
 * @param result - what `scoreTenders` returned
 * @returns the ranked bids, the winner and ties in words, the working and warnings
 *
 * @example
 * ```ts
 * tenderView(scoreTenders(workedExample)).winner;
 * //=> 'B is first with 85.00 points, 3.00 ahead of A.'
 * ```
 */
export function tenderView(result: TenderResult): TenderView {
  const byRank = result.ranking.map((bidder) => result.bids.find((bid) => bid.bidder === bidder) as BidScore);
  const unit = formatMoney(toDecimal(1), result.currency)
    .replace(/[\d.,]/g, '')
    .trim();
  const ranked = byRank.map((bid) => rankedBid(bid, result.currency));
  return {
    name: result.name,
    ranked,
    winner: winnerOf(byRank),
    ties: tiesOf(byRank),
    working: result.working,
    warnings: result.warnings
      .filter((warning) => warning.code !== 'tie-for-first')
      .map((warning) => sentence(warning.message)),
    perPoundHeading: `Social value per ${unit}`,
    chartSummary: chartSummaryOf(ranked),
  };
}

function rankedBid(bid: BidScore, currency: string): RankedBid {
  const { points } = bid;
  return {
    rank: bid.tiedWith.length === 0 ? String(bid.rank) : `${bid.rank} (tied)`,
    bidder: bid.bidder,
    pricePoints: formatPoints(points.price),
    qualityPoints: formatPoints(points.quality),
    socialValuePoints: formatPoints(points.socialValue),
    total: formatPoints(points.total),
    socialValuePerPound:
      bid.socialValuePerPound === null ? 'None in money' : formatMoney(bid.socialValuePerPound, currency),
    working: bid.working,
    numbers: {
      price: points.price.toNumber(),
      quality: points.quality.toNumber(),
      socialValue: points.socialValue.toNumber(),
      total: points.total.toNumber(),
    },
  };
}

/** "B is first with 85.00 points, 3.00 ahead of A.", or the tie for first and who decides it. */
function winnerOf(byRank: readonly BidScore[]): string {
  const [first, second] = byRank;
  if (first === undefined) return 'There are no bids.';
  const total = formatPoints(first.points.total);
  if (first.tiedWith.length > 0) {
    const names = listed([first.bidder, ...first.tiedWith]);
    return `No single winner: ${names} tie for first with ${total} points. The tender documents' tie-break rule decides.`;
  }
  if (second === undefined) return `${first.bidder} is the only bid, with ${total} points.`;
  const lead = formatPoints(first.points.total.minus(second.points.total));
  return `${first.bidder} is first with ${total} points, ${lead} ahead of ${second.bidder}.`;
}

/** Groups of tied bids below first place, each said once. */
function tiesOf(byRank: readonly BidScore[]): string[] {
  const ranks = [...new Set(byRank.filter((bid) => bid.rank > 1 && bid.tiedWith.length > 0).map((bid) => bid.rank))];
  return ranks.map((rank) => {
    const tied = byRank.filter((bid) => bid.rank === rank);
    const total = formatPoints((tied[0] as BidScore).points.total);
    return `${listed(tied.map((bid) => bid.bidder))} tie at rank ${rank} with ${total} points.`;
  });
}

function chartSummaryOf(ranked: readonly RankedBid[]): string {
  const bids = ranked.map(
    (bid) =>
      `${bid.bidder} ${bid.total} (price ${bid.pricePoints}, quality ${bid.qualityPoints}, social value ${bid.socialValuePoints})`,
  );
  return `Points by bidder, best first, each bar made up of price, quality and social value points: ${bids.join('; ')}.`;
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`;
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
