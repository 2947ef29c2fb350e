/**
 * Where a message belongs on the "Score a tender" page: a field id
 * (`weights.price`, `bids.2.quality`). Core's paths (`bids[2].quality`,
 * `socialValueSplit.monetised`) are mapped to the page's field ids here, in one place.
 */

/** A problem or a warning about one field of the tender draft. */
export interface TenderMessage {
  /**
   * `name`, `currency`, `weights.<price|quality|socialValue>`, `weights` (their sum),
   * `priceMethod`, `socialValueMethod`, `split`, `bids` (the list), `bids.<i>.<key>`,
   * or `''` for the tender as a whole.
   */
  readonly field: string;
  readonly message: string;
}

/** The fields in the order the page shows them; a bid's fields after `bids`. */
export const TENDER_FIELD_ORDER: readonly string[] = [
  '',
  'name',
  'currency',
  'weights.price',
  'weights.quality',
  'weights.socialValue',
  'weights',
  'priceMethod',
  'socialValueMethod',
  'split',
  'bids',
  'bidder',
  'price',
  'quality',
  'socialValue',
  'socialValueScore',
];

/**
 * A message for a field, starting with the bid it is on ("Bid 2: ...").
 *
 * @example
 * ```ts
 * tenderMessage('bids.1.price', 'price is blank'); //=> { field: 'bids.1.price', message: 'Bid 2: price is blank' }
 * ```
 */
export function tenderMessage(field: string, message: string): TenderMessage {
  const bid = /^bids\.(\d+)\./.exec(field);
  return {
    field,
    message:
      bid === null ? message.charAt(0).toUpperCase() + message.slice(1) : `Bid ${Number(bid[1]) + 1}: ${message}`,
  };
}

const TOP = new Set(['name', 'currency', 'priceMethod', 'socialValueMethod', 'bids', 'weights']);
const BID_KEYS = new Set(['bidder', 'price', 'quality', 'socialValue', 'socialValueScore']);

/**
 * The page's field for a core path.
 *
 * @example
 * ```ts
 * fieldOfTenderPath('bids[2].quality');            //=> 'bids.2.quality'
 * fieldOfTenderPath('bids[1]');                    //=> 'bids.1.socialValue' (the offer its method needs)
 * fieldOfTenderPath('socialValueSplit.monetised'); //=> 'split'
 * ```
 */
export function fieldOfTenderPath(path: string): string {
  const bid = /^bids\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (bid !== null) {
    const key = bid[2];
    return `bids.${bid[1]}.${key !== undefined && BID_KEYS.has(key) ? key : 'socialValue'}`;
  }
  if (/^weights\.(price|quality|socialValue)$/.test(path)) return path;
  if (path.startsWith('socialValueSplit')) return 'split';
  const top = /^(\w+)/.exec(path)?.[1] ?? '';
  return TOP.has(top) ? top : '';
}
