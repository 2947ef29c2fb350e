import fc from 'fast-check';
import { scoreTenders, type Bid, type Tender } from '@sroi/core';

// Laws of tender scoring that hold for any bids: no criterion scores more than
// its weight, prices and offers score relative to each other only, and the
// order bids are listed in changes nothing.

const bidArbitrary = fc.record({
  price: fc.integer({ min: 1, max: 10_000_000 }),
  quality: fc.integer({ min: 0, max: 100 }),
  socialValue: fc.integer({ min: 0, max: 5_000_000 }),
});

const weightsArbitrary = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return { price: low, quality: high - low, socialValue: 100 - high };
});

const tenderArbitrary = fc
  .record({
    weights: weightsArbitrary,
    priceMethod: fc.constantFrom('lowest-price' as const, 'linear' as const),
    bids: fc.array(bidArbitrary, { minLength: 1, maxLength: 8 }),
  })
  .map(({ weights, priceMethod, bids }): Tender => ({
    weights,
    priceMethod,
    bids: bids.map((bid, i): Bid => ({ bidder: `Bid ${i + 1}`, ...bid })),
  }));

const byBidder = (tender: Tender) =>
  Object.fromEntries(scoreTenders(tender).bids.map((bid) => [bid.bidder, bid.points.total.toString()]));

describe('scoreTenders laws', () => {
  it('never gives a criterion more than its weight, or less than 0', () => {
    fc.assert(
      fc.property(tenderArbitrary, (tender) => {
        const result = scoreTenders(tender);
        for (const { points } of result.bids) {
          expect(points.price.gte(0) && points.price.lte(result.weights.price)).toBe(true);
          expect(points.quality.gte(0) && points.quality.lte(result.weights.quality)).toBe(true);
          expect(points.socialValue.gte(0) && points.socialValue.lte(result.weights.socialValue)).toBe(true);
          expect(points.total.eq(points.price.plus(points.quality).plus(points.socialValue))).toBe(true);
        }
      }),
    );
  });

  it('ranks first a bid with the highest total', () => {
    fc.assert(
      fc.property(tenderArbitrary, (tender) => {
        const result = scoreTenders(tender);
        const best = result.bids.reduce(
          (high, bid) => (bid.points.total.gt(high) ? bid.points.total : high),
          result.bids[0]!.points.total,
        );
        const first = result.bids.find((bid) => bid.bidder === result.ranking[0]);
        expect(first?.rank).toBe(1);
        expect(first?.points.total.toDecimalPlaces(10).eq(best.toDecimalPlaces(10))).toBe(true);
      }),
    );
  });

  it('gives the same points when every price is scaled by the same factor', () => {
    fc.assert(
      fc.property(tenderArbitrary, fc.integer({ min: 2, max: 1000 }), (tender, factor) => {
        const scaled = { ...tender, bids: tender.bids.map((bid) => ({ ...bid, price: Number(bid.price) * factor })) };
        expect(byBidder(scaled)).toEqual(byBidder(tender));
      }),
    );
  });

  it('gives each bid the same points whatever order the bids are listed in', () => {
    fc.assert(
      fc.property(tenderArbitrary, (tender) => {
        const reversed = { ...tender, bids: [...tender.bids].reverse() };
        expect(byBidder(reversed)).toEqual(byBidder(tender));
      }),
    );
  });
});
