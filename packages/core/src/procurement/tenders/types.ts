import type { Decimal, DecimalLike } from '../../decimal.js';
import type { Domain } from '../../model/types.js';
import type { Pricing } from '../price-base/types.js';

/**
 * How price scores:
 * - `lowest-price` (default): lowest price / bid price x price weight;
 * - `linear`: full weight for the lowest price, none for the highest, in proportion between.
 */
export type PriceMethod = 'lowest-price' | 'linear';

/**
 * How social value scores:
 * - `monetised` (default): bid's offer in money / highest offer x social value weight;
 * - `qualitative`: the panel's 0–100 score / 100 x social value weight;
 * - `both`: the weight split between the two by `socialValueSplit`.
 */
export type SocialValueMethod = 'monetised' | 'qualitative' | 'both';

/** Weights in percent, summing to 100. */
export interface TenderWeights {
  readonly price: DecimalLike;
  readonly quality: DecimalLike;
  readonly socialValue: DecimalLike;
}

/** A bidder's commitment to deliver a quantity of a catalogue measure. */
export interface Commitment {
  /** The measure's code in the catalogue, e.g. `"EMP-1"`. */
  readonly code: string;
  /** Units of the measure, 0 or more. */
  readonly quantity: DecimalLike;
}

/**
 * One bid. Its social value offer is either money (`socialValue`) or
 * `commitments` priced from a catalogue, not both.
 */
export interface Bid {
  /** The bidder's name, unique within the tender. */
  readonly bidder: string;
  /** The bid price, above 0. */
  readonly price: DecimalLike;
  /** The panel's quality score, 0 to 100. */
  readonly quality: DecimalLike;
  /** The social value offered, in money, 0 or more. */
  readonly socialValue?: DecimalLike;
  /** Measures committed to, priced from the catalogue passed to `scoreTenders`. */
  readonly commitments?: readonly Commitment[];
  /** The panel's 0–100 score of the social value offer (qualitative or both methods). */
  readonly socialValueScore?: DecimalLike;
}

/**
 * A tender to score: its weights, methods and bids.
 *
 * @example
 * ```ts
 * const tender: Tender = {
 *   name: 'Community falls service',
 *   weights: { price: 60, quality: 30, socialValue: 10 },
 *   bids: [
 *     { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
 *     { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
 *   ],
 * };
 * ```
 */
export interface Tender {
  readonly name?: string;
  /** ISO 4217 code of prices and offers, default `"GBP"`. */
  readonly currency?: string;
  readonly weights: TenderWeights;
  /** Default `"lowest-price"`. */
  readonly priceMethod?: PriceMethod;
  /** Default `"monetised"`. */
  readonly socialValueMethod?: SocialValueMethod;
  /** For `both`: how the social value weight splits, in percent summing to 100. */
  readonly socialValueSplit?: { readonly monetised: DecimalLike; readonly qualitative: DecimalLike };
  readonly bids: readonly Bid[];
}

/** A commitment with its price: quantity x proxy in the price base. */
export interface PricedCommitment {
  readonly code: string;
  readonly domain: Domain;
  readonly measure: string;
  readonly unit: string;
  readonly quantity: Decimal;
  /** Value of one unit in the price base. */
  readonly proxy: Decimal;
  readonly value: Decimal;
}

/** Points for one bid under each criterion; the total is their sum. */
export interface BidPoints {
  readonly price: Decimal;
  readonly quality: Decimal;
  readonly socialValue: Decimal;
  readonly total: Decimal;
}

/** One bid's scores, rank and working. */
export interface BidScore {
  readonly bidder: string;
  readonly price: Decimal;
  readonly quality: Decimal;
  /** The social value offered in money (from commitments when given); null when not offered in money. */
  readonly socialValue: Decimal | null;
  /** The panel's score of the offer, when given. */
  readonly socialValueScore: Decimal | null;
  readonly commitments: readonly PricedCommitment[];
  readonly points: BidPoints;
  /** 1 = best; tied bids share a rank (two firsts, then third). */
  readonly rank: number;
  /** The other bidders with the same total. */
  readonly tiedWith: readonly string[];
  /** Social value offered per pound (unit of currency) of contract price; null when not offered in money. */
  readonly socialValuePerPound: Decimal | null;
  /** How each figure was reached, in sentences to publish with the award. */
  readonly working: readonly string[];
}

/** Something valid but worth saying about a tender. */
export interface TenderWarning {
  readonly code: 'low-social-value-weight' | 'no-social-value-offered' | 'tie-for-first' | 'single-bid';
  readonly path?: string;
  readonly message: string;
}

/** Everything `scoreTenders` works out, exact. */
export interface TenderResult {
  readonly name: string;
  readonly currency: string;
  readonly weights: { readonly price: Decimal; readonly quality: Decimal; readonly socialValue: Decimal };
  readonly priceMethod: PriceMethod;
  readonly socialValueMethod: SocialValueMethod;
  /** The split in percent, for `both`; null otherwise. */
  readonly socialValueSplit: { readonly monetised: Decimal; readonly qualitative: Decimal } | null;
  /** The catalogue and price base commitments were priced with; null when no bid has commitments. */
  readonly pricing: Pricing | null;
  /** In the order given. */
  readonly bids: readonly BidScore[];
  /** Bidders in rank order (tied bids in the order given). */
  readonly ranking: readonly string[];
  /** How the scores were reached for the whole tender (lowest price, highest offer). */
  readonly working: readonly string[];
  readonly warnings: readonly TenderWarning[];
}
