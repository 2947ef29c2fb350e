/**
 * Turns the "Score a tender" page's draft into core's `Tender`, or says
 * everything that is wrong with it at once, each problem on its field, in a
 * commissioner's words. Amounts are read as the workbook reader reads cells,
 * so "£10,000" is 10000 and "ten" is refused.
 */
import { type Decimal, findTenderProblems, type Bid, type Tender, toDecimal } from '@sroi/core';
import { isBlank, optionalText, readMoney, readNumber, requiredText, type Report } from './read-field.js';
import type { BidDraft, TenderDraft } from './tender-draft.js';
import { fieldOfTenderPath, tenderMessage, TENDER_FIELD_ORDER, type TenderMessage } from './tender-fields.js';

export type { TenderMessage } from './tender-fields.js';

/** What {@link checkTender} finds. */
export interface TenderCheck {
  /** The tender the draft describes; null while there are errors. */
  readonly tender: Tender | null;
  /** Every problem, in the order the page shows the fields; empty when the tender can be scored. */
  readonly errors: readonly TenderMessage[];
  /** Valid but worth a word (social value weighted under 10%). */
  readonly warnings: readonly TenderMessage[];
  /** The weights typed so far, added up, e.g. "90"; `complete` once all three are numbers. */
  readonly total: { readonly percent: string; readonly complete: boolean };
}

/** Below this weight (percent) social value is under what central government must give it (PPN 002). */
const LEAST_SOCIAL_VALUE_WEIGHT = 10;

const WEIGHT_EXPECTED = 'a percentage from 0 to 100, such as 60';

/**
 * Reads every field of the draft, then runs core's own checks of the tender,
 * and reports every problem at once on its field (`bids.1.price`).
 *
 * @param draft - the page's draft, as typed
 * @returns the tender (null while there are errors), the errors, the warnings and the weights' total
 *
 * @example
 * ```ts
 * const draft = setTenderField(emptyTender(), 'weights.price', '60'); // ...and the rest typed
 * checkTender(draft).tender?.weights; //=> { price: 60, quality: 30, socialValue: 10 }
 * checkTender(setTenderField(draft, 'weights.quality', '20')).errors[0]?.message;
 * //=> 'The weights add up to 90%; they must add up to 100%'
 * ```
 */
export function checkTender(draft: TenderDraft): TenderCheck {
  const errors = new Map<string, TenderMessage>();
  const report: Report = (field, message) => {
    // One message per field: the first is the most specific (ours before core's).
    if (!errors.has(field)) errors.set(field, tenderMessage(field, message));
  };

  const name = optionalText(draft.name);
  const currency = isBlank(draft.currency) ? 'GBP' : draft.currency.trim().toUpperCase();
  const currencyValid = /^[A-Z]{3}$/.test(currency);
  if (!currencyValid)
    report(
      'currency',
      `currency must be a three-letter code such as GBP, EUR or USD; got ${JSON.stringify(draft.currency.trim())}`,
    );
  const weights = {
    price: readPercent(draft.weights.price, 'weights.price', 'price weight', report),
    quality: readPercent(draft.weights.quality, 'weights.quality', 'quality weight', report),
    socialValue: readPercent(draft.weights.socialValue, 'weights.socialValue', 'social value weight', report),
  };
  const total = totalOf([weights.price, weights.quality, weights.socialValue]);
  const fractions = total.complete && checkSum(weights, total.sum, report) === 'fractions';
  const split = draft.socialValueMethod === 'both' ? readSplit(draft.split, report) : undefined;
  if (draft.bids.length === 0) report('bids', 'add at least one bid');
  checkBidders(draft.bids, report);
  const rows = { draft, currency: currencyValid ? currency : null, report };
  const candidate: Tender = {
    ...(name === undefined ? {} : { name }),
    currency: currencyValid ? currency : 'GBP',
    weights: { price: weights.price ?? 0, quality: weights.quality ?? 0, socialValue: weights.socialValue ?? 0 },
    priceMethod: draft.priceMethod,
    socialValueMethod: draft.socialValueMethod,
    ...(split === undefined ? {} : { socialValueSplit: split }),
    bids: draft.bids.map((bid, index) => readBid(bid, index, rows)),
  };
  for (const problem of findTenderProblems(candidate)) {
    // A weight already refused stands in as 0: core's sum of the weights would be of the stand-in.
    if (problem.path === 'weights' && !total.complete) continue;
    report(fieldOfTenderPath(problem.path), problem.message);
  }

  // Fractions typed for percentages have their own message: 0.1 is not really a low weight.
  const warnings = fractions ? [] : lowWeightWarning(weights.socialValue, errors);
  const shownTotal = { percent: total.sum.toString(), complete: total.complete };
  if (errors.size > 0) return { tender: null, errors: inPageOrder([...errors.values()]), warnings, total: shownTotal };
  return { tender: candidate, errors: [], warnings, total: shownTotal };
}

/** A weight in percent: "60" or "60%" are both 60 (a weight is a percentage, never a fraction). */
function readPercent(text: string, field: string, label: string, report: Report): number | string | undefined {
  return readNumber(text.replace(/%\s*$/, ''), field, label, WEIGHT_EXPECTED, report);
}

function totalOf(values: readonly (number | string | undefined)[]): { sum: Decimal; complete: boolean } {
  const read = values.filter((value) => value !== undefined);
  return {
    sum: read.reduce((sum: Decimal, value) => sum.plus(value), toDecimal(0)),
    complete: read.length === values.length,
  };
}

/** Exactly 100, compared as decimals (33.3 + 33.3 + 33.4 is 100); a total of 1 means fractions were typed. */
function checkSum(
  weights: Record<string, number | string | undefined>,
  sum: Decimal,
  report: Report,
): 'ok' | 'fractions' | 'wrong' {
  if (sum.eq(100)) return 'ok';
  const typed = Object.values(weights).map((value) => toDecimal(value ?? 0));
  if (sum.eq(1) && typed.every((value) => value.lte(1))) {
    const meant = typed.map((value) => value.times(100).toString());
    report(
      'weights',
      `the weights are percentages: ${typed[0]?.toString()} means ${typed[0]?.toString()}%, not ${meant[0]}%; did you mean ${meant.slice(0, -1).join(', ')} and ${meant.at(-1)}?`,
    );
    return 'fractions';
  }
  report('weights', `the weights add up to ${sum.toString()}%; they must add up to 100%`);
  return 'wrong';
}

/** The share of the social value weight scored on money offers; the panel's score takes the rest. */
function readSplit(
  text: string,
  report: Report,
): { readonly monetised: number | string; readonly qualitative: string } | undefined {
  const label = 'share scored on money offers';
  const monetised = readNumber(
    text.replace(/%\s*$/, ''),
    'split',
    label,
    'a percentage from 0 to 100, such as 50',
    report,
  );
  if (monetised === undefined) return undefined;
  const value = toDecimal(monetised);
  if (value.lt(0) || value.gt(100)) {
    report('split', `${label} must be a percentage from 0 to 100, such as 50; got ${value.toString()}`);
    return undefined;
  }
  return { monetised, qualitative: toDecimal(100).minus(value).toString() };
}

/**
 * The share of the social value weight left to the panel's score, as typed
 * so far: 100 less the share on money offers; null while that is not a
 * percentage from 0 to 100.
 *
 * @example
 * ```ts
 * panelShareOf('30%'); //=> '70'
 * panelShareOf('lots'); //=> null
 * ```
 */
export function panelShareOf(split: string): string | null {
  const quiet: Report = () => undefined;
  const read = readSplit(split, quiet);
  return read === undefined ? null : read.qualitative;
}

/** Each bidder named once, ignoring case and spaces at the ends ("Acme Ltd" and "ACME LTD " are one bidder). */
function checkBidders(bids: readonly BidDraft[], report: Report): void {
  const seen = new Map<string, number>();
  bids.forEach((bid, index) => {
    if (isBlank(bid.bidder)) return;
    const folded = bid.bidder.trim().toLocaleLowerCase('en-GB');
    const first = seen.get(folded);
    if (first === undefined) seen.set(folded, index);
    else
      report(
        `bids.${index}.bidder`,
        `"${bid.bidder.trim()}" is already the name of bid ${first + 1}; give each bidder a different name`,
      );
  });
}

interface BidContext {
  readonly draft: TenderDraft;
  /** The tender's currency code, for the amounts' signs; null when it is not a valid code. */
  readonly currency: string | null;
  readonly report: Report;
}

function readBid(bid: BidDraft, index: number, { draft, currency, report }: BidContext): Bid {
  const at = (key: string) => `bids.${index}.${key}`;
  const method = draft.socialValueMethod;
  const bidder = requiredText(bid.bidder, at('bidder'), 'give the bidder a name', report) ?? '';
  const price =
    readMoney(bid.price, at('price'), 'price', 'an amount above 0, such as 250,000', currency, report, 'tender') ?? 1;
  const quality = readNumber(bid.quality, at('quality'), 'quality score', "the panel's score from 0 to 100", report);
  // With the panel-score method the offer in money is optional: it gives the social value per pound.
  const offerNeeded = method !== 'qualitative';
  const socialValue =
    offerNeeded || !isBlank(bid.socialValue)
      ? readMoney(
          bid.socialValue,
          at('socialValue'),
          'social value offer',
          'the social value offered in money, such as 50,000, or 0 for a bid that offers none',
          currency,
          report,
          'tender',
        )
      : undefined;
  const socialValueScore =
    method === 'monetised'
      ? undefined
      : readNumber(
          bid.socialValueScore,
          at('socialValueScore'),
          'social value score',
          "the panel's score of the offer, from 0 to 100",
          report,
        );
  return {
    bidder,
    price,
    quality: quality ?? 0,
    // A placeholder for an offer already reported, so core's checks look only at the rest.
    ...(socialValue === undefined ? (offerNeeded ? { socialValue: 0 } : {}) : { socialValue }),
    ...(method === 'monetised' ? {} : { socialValueScore: socialValueScore ?? 0 }),
  };
}

/** Social value under 10%: allowed (councils are not bound by PPN 002), but said. */
function lowWeightWarning(
  weight: number | string | undefined,
  errors: ReadonlyMap<string, TenderMessage>,
): TenderMessage[] {
  if (weight === undefined || errors.has('weights.socialValue') || !toDecimal(weight).lt(LEAST_SOCIAL_VALUE_WEIGHT))
    return [];
  return [
    tenderMessage(
      'weights.socialValue',
      `social value is weighted ${toDecimal(weight).toString()}%, under 10%. Central government contracts must give social value at least 10% of the total score (Procurement Policy Note 002); councils are not bound by it, but many use 20% to 30%.`,
    ),
  ];
}

/** Sorted as the page shows the fields: settings first, then bid by bid. */
function inPageOrder(messages: TenderMessage[]): TenderMessage[] {
  const rank = (field: string): number[] => {
    const parts = field.split('.');
    if (parts[0] !== 'bids' || parts.length < 3) return [TENDER_FIELD_ORDER.indexOf(field), -1, -1];
    return [TENDER_FIELD_ORDER.indexOf('bids'), Number(parts[1]), TENDER_FIELD_ORDER.indexOf(parts[2] ?? '')];
  };
  return messages
    .map((message) => ({ message, rank: rank(message.field) }))
    .sort((a, b) => a.rank.reduce((order, value, i) => order || value - (b.rank[i] as number), 0))
    .map(({ message }) => message);
}
