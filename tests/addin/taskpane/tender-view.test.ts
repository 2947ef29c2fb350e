// A scored tender as the pane shows it: ranked, the winner and ties in words, the working, the chart's numbers.
import { scoreTenders, type Tender } from '@sroi/core';
import { tenderView } from '../../../addin/src/taskpane/model/tender-view';

const WORKED: Tender = {
  name: 'Community falls service',
  weights: { price: 60, quality: 30, socialValue: 10 },
  bids: [
    { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
    { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
  ],
};

/** Price alone decides, so totals are easy to work by hand: lowest price / price x 100. */
function onPrice(prices: Record<string, number>): Tender {
  return {
    weights: { price: 100, quality: 0, socialValue: 0 },
    bids: Object.entries(prices).map(([bidder, price]) => ({ bidder, price, quality: 0, socialValue: 0 })),
  };
}

describe('tenderView', () => {
  it('ranks the worked example B first with 85.00 and A second with 82.00, each criterion’s points beside', () => {
    const view = tenderView(scoreTenders(WORKED));
    expect(
      view.ranked.map((bid) => [
        bid.rank,
        bid.bidder,
        bid.pricePoints,
        bid.qualityPoints,
        bid.socialValuePoints,
        bid.total,
      ]),
    ).toEqual([
      // B: 8,000/8,000 x 60 = 60; 70/100 x 30 = 21; 20,000/50,000 x 10 = 4.
      ['1', 'B', '60.00', '21.00', '4.00', '85.00'],
      // A: 8,000/10,000 x 60 = 48; 80/100 x 30 = 24; 50,000/50,000 x 10 = 10.
      ['2', 'A', '48.00', '24.00', '10.00', '82.00'],
    ]);
    expect(view.winner).toBe('B is first with 85.00 points, 3.00 ahead of A.');
    expect(view.ties).toEqual([]);
  });

  it('gives the social value offered per pound of price: B 20,000 / 8,000 = £2.50, A 50,000 / 10,000 = £5.00', () => {
    const view = tenderView(scoreTenders(WORKED));
    expect(view.perPoundHeading).toBe('Social value per £');
    expect(view.ranked.map((bid) => bid.socialValuePerPound)).toEqual(['£2.50', '£5.00']);
    expect(tenderView(scoreTenders({ ...WORKED, currency: 'EUR' })).perPoundHeading).toBe('Social value per €');
  });

  it('says who ties for first and that the tender’s tie-break rule decides, instead of naming a winner', () => {
    // A and B: 100/100 x 100 = 100 each; C: 100/200 x 100 = 50.
    const view = tenderView(scoreTenders(onPrice({ A: 100, B: 100, C: 200 })));
    expect(view.ranked.map((bid) => [bid.rank, bid.bidder, bid.total])).toEqual([
      ['1 (tied)', 'A', '100.00'],
      ['1 (tied)', 'B', '100.00'],
      ['3', 'C', '50.00'],
    ]);
    expect(view.winner).toBe(
      "No single winner: A and B tie for first with 100.00 points. The tender documents' tie-break rule decides.",
    );
    expect(view.warnings.some((warning) => /tie for first/.test(warning))).toBe(false);
  });

  it('states ties below first place too', () => {
    // A: 100; B and C: 100/200 x 100 = 50 each.
    const view = tenderView(scoreTenders(onPrice({ A: 100, B: 200, C: 200, D: 400 })));
    expect(view.winner).toBe('A is first with 100.00 points, 50.00 ahead of B.');
    expect(view.ties).toEqual(['B and C tie at rank 2 with 50.00 points.']);
  });

  it('keeps each bid’s published working and the tender’s, and says core’s warnings as sentences', () => {
    const view = tenderView(scoreTenders({ ...WORKED, weights: { price: 65, quality: 30, socialValue: 5 } }));
    const a = view.ranked.find((bid) => bid.bidder === 'A');
    expect(a?.working[0]).toBe('Price: £8,000.00 / £10,000.00 x 65 = 52.00');
    expect(view.working[0]).toBe('Weights: price 65%, quality 30%, social value 5%.');
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0]).toMatch(/^Social value is weighted 5%; .*PPN 002.*\.$/);
  });

  it('describes the chart in words, best first, with each bid’s points by criterion', () => {
    const view = tenderView(scoreTenders(WORKED));
    expect(view.chartSummary).toBe(
      'Points by bidder, best first, each bar made up of price, quality and social value points: ' +
        'B 85.00 (price 60.00, quality 21.00, social value 4.00); A 82.00 (price 48.00, quality 24.00, social value 10.00).',
    );
    expect(view.ranked.map((bid) => bid.numbers)).toEqual([
      { price: 60, quality: 21, socialValue: 4, total: 85 },
      { price: 48, quality: 24, socialValue: 10, total: 82 },
    ]);
  });

  it('names a single bid as the only one', () => {
    // Alone, A has the lowest price and the highest offer: 60 + 80/100 x 30 + 10 = 94.
    const view = tenderView(scoreTenders({ ...WORKED, bids: [WORKED.bids[0]!] }));
    expect(view.winner).toBe('A is the only bid, with 94.00 points.');
  });
});
