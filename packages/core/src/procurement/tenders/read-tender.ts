import { ZERO, type Decimal } from '../../decimal.js';
import type { SroiProblem } from '../../model/problems.js';
import type { Catalogue } from '../catalogue/types.js';
import { findCatalogueProblems } from '../catalogue/read-catalogue.js';
import { Checker, at } from '../check.js';
import { findPriceBaseProblems } from '../price-base/read-index.js';
import { measurePricer, type MeasurePricer } from '../price-base/price-measures.js';
import type { PriceBase } from '../price-base/types.js';
import { PROCUREMENT_RULES } from '../rules.js';
import type { PriceMethod, PricedCommitment, SocialValueMethod, TenderResult } from './types.js';

/** A tender checked and read into decimals, its settings as the result states them: what scoring works on. */
export interface ReadTender extends Pick<
  TenderResult,
  'name' | 'currency' | 'weights' | 'priceMethod' | 'socialValueMethod' | 'socialValueSplit'
> {
  readonly pricer: MeasurePricer | null;
  readonly bids: readonly ReadBid[];
}

export interface ReadBid {
  readonly bidder: string;
  readonly price: Decimal;
  readonly quality: Decimal;
  readonly socialValue: Decimal | null;
  readonly socialValueScore: Decimal | null;
  readonly commitments: readonly PricedCommitment[];
}

/** What `scoreTenders` may be given besides the tender. */
export interface TenderOptions {
  /** The measures framework that prices bids' commitments. */
  readonly catalogue?: Catalogue;
  /** The prices to state commitments in; default the catalogue's latest price year. */
  readonly priceBase?: PriceBase;
}

const TENDER_FIELDS = ['name', 'currency', 'weights', 'priceMethod', 'socialValueMethod', 'socialValueSplit', 'bids'];
const BID_FIELDS = ['bidder', 'price', 'quality', 'socialValue', 'commitments', 'socialValueScore'];
const PRICE_METHODS: readonly PriceMethod[] = ['lowest-price', 'linear'];
const SOCIAL_VALUE_METHODS: readonly SocialValueMethod[] = ['monetised', 'qualitative', 'both'];

/**
 * Reads a tender, collecting every problem with its path: weights that do not
 * sum to 100, a price of 0 or below, a score outside 0–100, a bid without the
 * social value its method needs, an unknown measure code.
 */
export function readTender(tender: unknown, options: TenderOptions): { tender?: ReadTender; problems: SroiProblem[] } {
  const check = new Checker();
  const optionProblems = [
    ...(options.catalogue === undefined ? [] : findCatalogueProblems(options.catalogue).map(under('catalogue'))),
    ...(options.priceBase === undefined ? [] : findPriceBaseProblems(options.priceBase, 'priceBase')),
  ];
  if (optionProblems.length > 0) return { problems: optionProblems };
  const record = check.object('', tender, 'the tender', TENDER_FIELDS);
  if (record === undefined) return { problems: check.problems };

  const name = record.name === undefined ? 'Tender' : check.text('name', record.name, 'tender name');
  const currency = check.currency('currency', record.currency) ?? 'GBP';
  const weights = readWeights(check, record.weights);
  const priceMethod =
    record.priceMethod === undefined
      ? 'lowest-price'
      : check.oneOf('priceMethod', record.priceMethod, 'priceMethod', PRICE_METHODS);
  const socialValueMethod =
    record.socialValueMethod === undefined
      ? 'monetised'
      : check.oneOf('socialValueMethod', record.socialValueMethod, 'socialValueMethod', SOCIAL_VALUE_METHODS);
  const socialValueSplit = readSplit(check, record.socialValueSplit, socialValueMethod);

  const pricer = options.catalogue === undefined ? null : measurePricer(options.catalogue, options.priceBase);
  if (pricer !== null && options.catalogue?.currency !== undefined && options.catalogue.currency !== currency) {
    check.add(
      'currency',
      currency,
      `the tender is in ${currency} but the catalogue ${JSON.stringify(options.catalogue.name)} is in ${options.catalogue.currency}; use one currency`,
    );
  }
  const list = check.list('bids', record.bids, 'bids');
  if (list?.length === 0) check.add('bids', list, 'bids must have at least one bid');
  const bids: ReadBid[] = [];
  const bidders = new Map<string, number>();
  list?.forEach((item, i) => {
    const bid = readBid(check, item, at('bids', i), socialValueMethod ?? 'monetised', pricer);
    if (bid === undefined) return;
    const first = bidders.get(bid.bidder);
    if (first !== undefined) {
      check.add(
        at(at('bids', i), 'bidder'),
        bid.bidder,
        `bidder ${JSON.stringify(bid.bidder)} is already bids[${first}]; each bidder must be named once`,
      );
    } else bidders.set(bid.bidder, i);
    bids.push(bid);
  });
  if (
    check.problems.length > 0 ||
    name === undefined ||
    weights === undefined ||
    priceMethod === undefined ||
    socialValueMethod === undefined
  ) {
    return { problems: check.problems };
  }
  return {
    tender: { name, currency, weights, priceMethod, socialValueMethod, socialValueSplit, pricer, bids },
    problems: [],
  };
}

function under(prefix: string) {
  return (problem: SroiProblem): SroiProblem => ({
    ...problem,
    path: problem.path === '' ? prefix : `${prefix}.${problem.path}`,
  });
}

function readWeights(check: Checker, value: unknown): ReadTender['weights'] | undefined {
  const record = check.object('weights', value, 'weights', ['price', 'quality', 'socialValue']);
  if (record === undefined) return undefined;
  const rule = PROCUREMENT_RULES.weight;
  const price = check.number('weights.price', record.price, { ...rule, label: 'price weight' });
  const quality = check.number('weights.quality', record.quality, { ...rule, label: 'quality weight' });
  const socialValue = check.number('weights.socialValue', record.socialValue, {
    ...rule,
    label: 'social value weight',
  });
  if (price === undefined || quality === undefined || socialValue === undefined) return undefined;
  const sum = price.plus(quality).plus(socialValue);
  if (!sum.eq(100)) {
    check.add(
      'weights',
      value,
      `weights must sum to 100 (percent); price ${price.toString()} + quality ${quality.toString()} + social value ${socialValue.toString()} = ${sum.toString()}`,
    );
    return undefined;
  }
  return { price, quality, socialValue };
}

function readSplit(
  check: Checker,
  value: unknown,
  method: SocialValueMethod | undefined,
): ReadTender['socialValueSplit'] {
  if (method !== 'both') {
    if (value !== undefined)
      check.add(
        'socialValueSplit',
        value,
        `socialValueSplit is only used with socialValueMethod "both"; got method ${JSON.stringify(method ?? 'monetised')}`,
      );
    return null;
  }
  if (value === undefined) {
    check.add(
      'socialValueSplit',
      value,
      'socialValueMethod "both" needs socialValueSplit: { monetised, qualitative } in percent summing to 100, e.g. { monetised: 50, qualitative: 50 }',
    );
    return null;
  }
  const record = check.object('socialValueSplit', value, 'socialValueSplit', ['monetised', 'qualitative']);
  if (record === undefined) return null;
  const monetised = check.number('socialValueSplit.monetised', record.monetised, {
    ...PROCUREMENT_RULES.split,
    label: 'monetised split',
  });
  const qualitative = check.number('socialValueSplit.qualitative', record.qualitative, {
    ...PROCUREMENT_RULES.split,
    label: 'qualitative split',
  });
  if (monetised === undefined || qualitative === undefined) return null;
  if (!monetised.plus(qualitative).eq(100)) {
    check.add(
      'socialValueSplit',
      value,
      `socialValueSplit must sum to 100 (percent); got ${monetised.toString()} + ${qualitative.toString()} = ${monetised.plus(qualitative).toString()}`,
    );
    return null;
  }
  return { monetised, qualitative };
}

function readBid(
  check: Checker,
  value: unknown,
  path: string,
  method: SocialValueMethod,
  pricer: MeasurePricer | null,
): ReadBid | undefined {
  const record = check.object(path, value, 'a bid', BID_FIELDS);
  if (record === undefined) return undefined;
  const before = check.problems.length;
  const bidder = check.text(at(path, 'bidder'), record.bidder, 'bidder');
  const price = check.number(at(path, 'price'), record.price, PROCUREMENT_RULES.price);
  if (price?.isZero())
    check.add(
      at(path, 'price'),
      record.price,
      'price must be an amount above 0; got 0 (a free bid cannot be scored by price)',
    );
  const quality = check.number(at(path, 'quality'), record.quality, PROCUREMENT_RULES.quality);

  let socialValue: Decimal | null = null;
  let commitments: PricedCommitment[] = [];
  if (record.socialValue !== undefined && record.commitments !== undefined) {
    check.add(
      at(path, 'socialValue'),
      record.socialValue,
      'give socialValue (the offer in money) or commitments (measures from the catalogue), not both',
    );
  } else if (record.socialValue !== undefined) {
    socialValue = check.number(at(path, 'socialValue'), record.socialValue, PROCUREMENT_RULES.socialValue) ?? null;
  } else if (record.commitments !== undefined) {
    commitments = readCommitments(check, record.commitments, at(path, 'commitments'), pricer);
    socialValue = commitments.reduce((sum, commitment) => sum.plus(commitment.value), ZERO);
    if (socialValue.isNegative()) {
      check.add(
        at(path, 'commitments'),
        record.commitments,
        `the commitments are worth ${socialValue.toString()} in total; a social value offer cannot be below 0`,
      );
    }
  } else if (method !== 'qualitative') {
    // Placed at the missing field, so that a sheet's reader can point at its empty cell.
    check.add(
      at(path, 'socialValue'),
      undefined,
      `the bid has no social value offer: with social value scored on ${method === 'both' ? 'money offers and a panel score' : 'money offers'}, each bid needs its offer in money (socialValue; 0 when it offers none) or its commitments to catalogue measures`,
    );
  }

  let socialValueScore: Decimal | null = null;
  if (record.socialValueScore !== undefined) {
    socialValueScore =
      check.number(at(path, 'socialValueScore'), record.socialValueScore, PROCUREMENT_RULES.socialValueScore) ?? null;
  } else if (method !== 'monetised') {
    check.add(
      at(path, 'socialValueScore'),
      undefined,
      `the social value method is ${JSON.stringify(method)}, so each bid needs socialValueScore (the panel's score, 0 to 100)`,
    );
  }
  if (check.problems.length > before || bidder === undefined || price === undefined || quality === undefined)
    return undefined;
  return { bidder, price, quality, socialValue, socialValueScore, commitments };
}

/** Reads and prices commitments; problems name the commitment (`bids[0].commitments[2].code`). */
export function readCommitments(
  check: Checker,
  value: unknown,
  path: string,
  pricer: MeasurePricer | null,
): PricedCommitment[] {
  const list = check.list(path, value, 'commitments');
  if (list === undefined) return [];
  if (pricer === null && list.length > 0) {
    check.add(
      path,
      value,
      'commitments are priced from a measures catalogue: give one (the catalogue option, or --catalogue on the command line)',
    );
    return [];
  }
  const priced: PricedCommitment[] = [];
  list.forEach((item, i) => {
    const where = at(path, i);
    const record = check.object(where, item, 'a commitment', ['code', 'quantity']);
    if (record === undefined || pricer === null) return;
    const code = check.text(at(where, 'code'), record.code, 'measure code');
    const measure = code === undefined ? undefined : pricer.price(code, at(where, 'code'), check);
    const quantity = check.number(at(where, 'quantity'), record.quantity, PROCUREMENT_RULES.quantity);
    if (measure === undefined || quantity === undefined || code === undefined) return;
    priced.push({
      code,
      domain: measure.measure.domain,
      measure: measure.measure.measure,
      unit: measure.measure.unit,
      quantity,
      proxy: measure.proxy,
      value: quantity.times(measure.proxy),
    });
  });
  return priced;
}
