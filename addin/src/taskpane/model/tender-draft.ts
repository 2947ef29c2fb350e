/**
 * A tender as the "Score a tender" page holds it: every field a string,
 * exactly as the commissioner typed it ("60", "£10,000", ""), and every
 * choice as its literal. `checkTender` turns it into core's `Tender` and says
 * what is wrong; nothing here parses or judges.
 */
import type { PriceMethod, SocialValueMethod, Tender } from '@sroi/core';

/** One bid as typed. */
export interface BidDraft {
  /** Stable key for React and focus; never shown. */
  readonly key: string;
  readonly bidder: string;
  readonly price: string;
  /** The panel's quality score, 0 to 100. */
  readonly quality: string;
  /** The social value offered, in money. */
  readonly socialValue: string;
  /** The panel's score of the social value offer, 0 to 100 (panel-score and both methods). */
  readonly socialValueScore: string;
}

/** The tender's settings and bids, as typed. */
export interface TenderDraft {
  readonly name: string;
  /** An ISO 4217 code such as GBP; blank means GBP. */
  readonly currency: string;
  /** Weights in percent ("60" or "60%"), summing to 100. */
  readonly weights: { readonly price: string; readonly quality: string; readonly socialValue: string };
  readonly priceMethod: PriceMethod;
  readonly socialValueMethod: SocialValueMethod;
  /** For `both`: the percentage of the social value weight scored on money offers; the rest is the panel's score. */
  readonly split: string;
  readonly bids: readonly BidDraft[];
}

/**
 * A tender with nothing typed yet and two empty bids (scoring compares bids),
 * lowest-price scoring and money offers: the methods most councils use.
 *
 * @example
 * ```ts
 * emptyTender().bids.length; //=> 2
 * ```
 */
export function emptyTender(): TenderDraft {
  const draft: TenderDraft = {
    name: '',
    currency: 'GBP',
    weights: { price: '', quality: '', socialValue: '' },
    priceMethod: 'lowest-price',
    socialValueMethod: 'monetised',
    split: '50',
    bids: [],
  };
  return addBid(addBid(draft));
}

/** The next unused key: `bid-4` after `bid-1..3`, never reusing a removed bid's key. */
function nextKey(bids: readonly BidDraft[]): string {
  const highest = Math.max(0, ...bids.map((bid) => Number(/^bid-(\d+)$/.exec(bid.key)?.[1] ?? 0)));
  return `bid-${highest + 1}`;
}

/** The draft with a blank bid added at the end. */
export function addBid(draft: TenderDraft): TenderDraft {
  const bid: BidDraft = {
    key: nextKey(draft.bids),
    bidder: '',
    price: '',
    quality: '',
    socialValue: '',
    socialValueScore: '',
  };
  return { ...draft, bids: [...draft.bids, bid] };
}

/** The draft without the bid at `index`. */
export function removeBid(draft: TenderDraft, index: number): TenderDraft {
  return { ...draft, bids: draft.bids.filter((_, i) => i !== index) };
}

const TOP_FIELDS = ['name', 'currency', 'priceMethod', 'socialValueMethod', 'split'] as const;
const BID_FIELDS = ['bidder', 'price', 'quality', 'socialValue', 'socialValueScore'] as const;

/**
 * The draft with one field changed, by its field id (`weights.price`,
 * `bids.1.quality`, `socialValueMethod`); the draft itself is left unchanged.
 * An id that names no field returns the draft as it was. A method is only
 * changed to one of its literals.
 *
 * @example
 * ```ts
 * setTenderField(emptyTender(), 'bids.0.price', '£10,000').bids[0]?.price; //=> '£10,000'
 * ```
 */
export function setTenderField(draft: TenderDraft, field: string, value: string): TenderDraft {
  const [part, index, key] = field.split('.');
  if (part === 'weights' && index !== undefined && key === undefined) {
    if (!(index in draft.weights)) return draft;
    return { ...draft, weights: { ...draft.weights, [index]: value } };
  }
  if (part === 'bids' && key !== undefined) {
    const at = Number(index);
    if (draft.bids[at] === undefined || !(BID_FIELDS as readonly string[]).includes(key)) return draft;
    return { ...draft, bids: draft.bids.map((bid, i) => (i === at ? { ...bid, [key]: value } : bid)) };
  }
  if (index !== undefined || !(TOP_FIELDS as readonly string[]).includes(part ?? '')) return draft;
  if (part === 'priceMethod' && !PRICE_METHODS.includes(value as PriceMethod)) return draft;
  if (part === 'socialValueMethod' && !SOCIAL_VALUE_METHODS.includes(value as SocialValueMethod)) return draft;
  return { ...draft, [part as string]: value };
}

export const PRICE_METHODS: readonly PriceMethod[] = ['lowest-price', 'linear'];
export const SOCIAL_VALUE_METHODS: readonly SocialValueMethod[] = ['monetised', 'qualitative', 'both'];

/**
 * A tender read from a sheet, as the page shows it: numbers as their plain
 * digits, so what the commissioner sees is what was read.
 *
 * @example
 * ```ts
 * tenderDraftOf({ weights: { price: 60, quality: 30, socialValue: 10 }, bids: [] }).weights.price; //=> '60'
 * ```
 */
export function tenderDraftOf(tender: Tender): TenderDraft {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  return {
    name: tender.name ?? '',
    currency: tender.currency ?? 'GBP',
    weights: {
      price: text(tender.weights.price),
      quality: text(tender.weights.quality),
      socialValue: text(tender.weights.socialValue),
    },
    priceMethod: tender.priceMethod ?? 'lowest-price',
    socialValueMethod: tender.socialValueMethod ?? 'monetised',
    split: tender.socialValueSplit === undefined ? '50' : text(tender.socialValueSplit.monetised),
    bids: tender.bids.map((bid, index) => ({
      key: `bid-${index + 1}`,
      bidder: bid.bidder,
      price: text(bid.price),
      quality: text(bid.quality),
      socialValue: text(bid.socialValue),
      socialValueScore: text(bid.socialValueScore),
    })),
  };
}
