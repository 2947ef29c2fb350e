import { findTenderProblems, scoreTenders, SroiValidationError, type Tender } from '@sroi/core';
import { catalogue, deflator, workedTender } from './fixtures';

const totals = (tender: Tender, options = {}) =>
  Object.fromEntries(scoreTenders(tender, options).bids.map((bid) => [bid.bidder, bid.points.total.toNumber()]));

describe('scoreTenders on the hand-worked example (60/30/10)', () => {
  const result = scoreTenders(workedTender);
  const [a, b] = result.bids;

  it('gives A 48 + 24 + 10 = 82 and B 60 + 21 + 4 = 85', () => {
    // A: 8,000 / 10,000 x 60 = 48; 80 / 100 x 30 = 24; 50,000 / 50,000 x 10 = 10.
    // B: 8,000 / 8,000 x 60 = 60; 70 / 100 x 30 = 21; 20,000 / 50,000 x 10 = 4.
    expect([a?.points.price, a?.points.quality, a?.points.socialValue, a?.points.total].map(String)).toEqual([
      '48',
      '24',
      '10',
      '82',
    ]);
    expect([b?.points.price, b?.points.quality, b?.points.socialValue, b?.points.total].map(String)).toEqual([
      '60',
      '21',
      '4',
      '85',
    ]);
  });

  it('ranks B first and A second, with no ties', () => {
    expect(result.ranking).toEqual(['B', 'A']);
    expect([a?.rank, b?.rank]).toEqual([2, 1]);
    expect([a?.tiedWith, b?.tiedWith]).toEqual([[], []]);
  });

  it('gives social value per pound of contract price: 5 for A and 2.5 for B', () => {
    expect(a?.socialValuePerPound?.toString()).toBe('5');
    expect(b?.socialValuePerPound?.toString()).toBe('2.5');
  });

  it('writes the working a panel can publish, with the numbers used', () => {
    expect(a?.working).toEqual([
      'Price: £8,000.00 / £10,000.00 x 60 = 48.00',
      'Quality: 80 / 100 x 30 = 24.00',
      'Social value: £50,000.00 / £50,000.00 x 10 = 10.00',
      'Total: 48.00 + 24.00 + 10.00 = 82.00; rank 2 of 2',
    ]);
    expect(result.working).toContain('Price: lowest price / bid price x 60; the lowest price is £8,000.00 (B).');
  });

  it('gives no warnings for a 10% social value weight and two bids', () => {
    expect(result.warnings).toEqual([]);
  });

  it('leaves the tender unchanged (it is frozen)', () => {
    expect(Object.isFrozen(workedTender)).toBe(true);
  });
});

describe('scoreTenders price methods', () => {
  const three = (priceMethod: Tender['priceMethod']): Tender => ({
    weights: { price: 50, quality: 50, socialValue: 0 },
    priceMethod,
    bids: [
      { bidder: 'Low', price: 100, quality: 0, socialValue: 0 },
      { bidder: 'Mid', price: 150, quality: 0, socialValue: 0 },
      { bidder: 'High', price: 200, quality: 0, socialValue: 0 },
    ],
  });

  it('scores linear prices from the full weight at the lowest to 0 at the highest: 50, 25, 0', () => {
    expect(totals(three('linear'))).toEqual({ Low: 50, Mid: 25, High: 0 });
  });

  it('scores lowest-price as lowest / price x weight: 50, 33.33…, 25', () => {
    const result = totals(three('lowest-price'));
    expect(result.Low).toBe(50);
    expect(result.Mid).toBeCloseTo(100 / 3, 12);
    expect(result.High).toBe(25);
  });

  it('gives every bid the full price weight under linear when all prices are the same', () => {
    const same: Tender = { ...three('linear'), bids: three('linear').bids.map((bid) => ({ ...bid, price: 120 })) };
    expect(Object.values(totals(same))).toEqual([50, 50, 50]);
  });
});

describe('scoreTenders social value methods', () => {
  const bids = [
    { bidder: 'A', price: 100, quality: 50, socialValue: 1000, socialValueScore: 40 },
    { bidder: 'B', price: 100, quality: 50, socialValue: 500, socialValueScore: 80 },
  ];
  const weights = { price: 40, quality: 40, socialValue: 20 };

  it('scores a qualitative panel score as score / 100 x weight', () => {
    // A: 40 + 20 + 40/100 x 20 = 68; B: 40 + 20 + 16 = 76.
    expect(totals({ weights, socialValueMethod: 'qualitative', bids })).toEqual({ A: 68, B: 76 });
  });

  it('splits the weight between money and panel score for "both"', () => {
    // Split 50/50 of 20: money 10, panel 10. A: 1000/1000 x 10 + 40/100 x 10 = 14; B: 5 + 8 = 13.
    const tender: Tender = {
      weights,
      socialValueMethod: 'both',
      socialValueSplit: { monetised: 50, qualitative: 50 },
      bids,
    };
    expect(totals(tender)).toEqual({ A: 74, B: 73 });
  });

  it('gives no social value points to anyone when no bid offers money, and says so', () => {
    const none = bids.map(({ bidder, price, quality }) => ({ bidder, price, quality, socialValue: 0 }));
    const result = scoreTenders({ weights, bids: none });
    expect(result.bids.map((bid) => bid.points.socialValue.toNumber())).toEqual([0, 0]);
    expect(result.warnings.map((w) => w.code)).toContain('no-social-value-offered');
  });

  it('prices commitments from the catalogue in the price base, moving each with the index', () => {
    // EMP-1: 1,000 in 2020 prices x 100/80 = 1,250 in 2025 prices; 3 person-years = 3,750.
    // VOL-1: 16.80 in 2024 prices x 100/96 = 17.50; 100 hours = 1,750. A offers 5,500.
    const tender: Tender = {
      weights: { price: 60, quality: 30, socialValue: 10 },
      bids: [
        {
          bidder: 'A',
          price: 10000,
          quality: 80,
          commitments: [
            { code: 'EMP-1', quantity: 3 },
            { code: 'VOL-1', quantity: 100 },
          ],
        },
        { bidder: 'B', price: 8000, quality: 70, socialValue: 2750 },
      ],
    };
    const result = scoreTenders(tender, { catalogue, priceBase: { year: 2025, index: deflator } });
    const a = result.bids[0];
    expect(a?.commitments.map((c) => [c.code, c.proxy.toString(), c.value.toString()])).toEqual([
      ['EMP-1', '1250', '3750'],
      ['VOL-1', '17.5', '1750'],
    ]);
    expect(a?.socialValue?.toString()).toBe('5500');
    // B: 2,750 / 5,500 x 10 = 5.
    expect(result.bids[1]?.points.socialValue.toString()).toBe('5');
    expect(result.pricing).toEqual({ catalogue: 'Test framework', priceYear: 2025, index: 'Test deflator' });
  });
});

describe('scoreTenders ties and single bids', () => {
  it('gives tied bids the same rank, names them, and skips the next rank', () => {
    const result = scoreTenders({
      weights: { price: 60, quality: 30, socialValue: 10 },
      bids: [
        { bidder: 'A', price: 100, quality: 50, socialValue: 10 },
        { bidder: 'B', price: 100, quality: 50, socialValue: 10 },
        { bidder: 'C', price: 200, quality: 50, socialValue: 10 },
      ],
    });
    expect(result.bids.map((bid) => bid.rank)).toEqual([1, 1, 3]);
    expect(result.bids[0]?.tiedWith).toEqual(['B']);
    expect(result.bids[1]?.tiedWith).toEqual(['A']);
    expect(result.warnings.map((w) => w.code)).toEqual(['tie-for-first']);
    expect(result.warnings[0]?.message).toContain('A and B tie for first');
  });

  it('scores a single bid with the full price and social value weights, and warns', () => {
    const result = scoreTenders({
      weights: { price: 60, quality: 30, socialValue: 10 },
      bids: [{ bidder: 'Only', price: 5, quality: 50, socialValue: 1 }],
    });
    expect(result.bids[0]?.points.total.toString()).toBe('85');
    expect(result.bids[0]?.rank).toBe(1);
    expect(result.warnings.map((w) => w.code)).toEqual(['single-bid']);
  });

  it('warns when social value is weighted under 10%', () => {
    const result = scoreTenders({ ...workedTender, weights: { price: 65, quality: 30, socialValue: 5 } });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'low-social-value-weight', path: 'weights.socialValue' }),
    ]);
  });
});

describe('scoreTenders refuses bad tenders, naming every problem', () => {
  const paths = (tender: unknown, options = {}) => findTenderProblems(tender, options).map((p) => p.path);

  it('throws one SroiValidationError listing all problems', () => {
    const bad = {
      weights: { price: 60, quality: 30, socialValue: 5 },
      bids: [{ bidder: 'A', price: 0, quality: 80, socialValue: 1 }],
    };
    expect(() => scoreTenders(bad as Tender)).toThrow(SroiValidationError);
    expect(() => scoreTenders(bad as Tender)).toThrow(/Invalid tender \(2 problems\)/);
  });

  it('names weights that do not sum to 100, with the sum', () => {
    const problems = findTenderProblems({ ...workedTender, weights: { price: 60, quality: 30, socialValue: 5 } });
    expect(problems).toEqual([expect.objectContaining({ path: 'weights', message: expect.stringContaining('= 95') })]);
  });

  it('names zero and negative prices', () => {
    const bids = [
      { bidder: 'A', price: 0, quality: 80, socialValue: 1 },
      { bidder: 'B', price: -5, quality: 80, socialValue: 1 },
    ];
    expect(paths({ ...workedTender, bids })).toEqual(['bids[0].price', 'bids[1].price']);
  });

  it('names quality scores outside 0–100 and a misspelt field', () => {
    const bids = [{ bidder: 'A', price: 10, quality: 120, socialValu: 1 }];
    const problems = findTenderProblems({ ...workedTender, bids });
    expect(problems.map((p) => p.path)).toEqual(['bids[0]', 'bids[0].quality', 'bids[0].socialValue']);
    expect(problems[0]?.message).toContain('unknown field "socialValu"');
  });

  it('refuses a bid with no social value rather than scoring it 0', () => {
    const problems = findTenderProblems({ ...workedTender, bids: [{ bidder: 'A', price: 10, quality: 50 }] });
    expect(problems[0]?.message).toContain('each bid needs its offer in money (socialValue; 0 when it offers none)');
  });

  it('names duplicate bidders, and social value given twice', () => {
    const bids = [
      { bidder: 'A', price: 10, quality: 50, socialValue: 1 },
      { bidder: 'A', price: 10, quality: 50, socialValue: 1, commitments: [] },
    ];
    expect(paths({ ...workedTender, bids })).toEqual(['bids[1].socialValue']);
    const twice = [bids[0], { ...bids[0] }];
    expect(paths({ ...workedTender, bids: twice })).toEqual(['bids[1].bidder']);
  });

  it('names unknown measure codes, and commitments without a catalogue', () => {
    const bids = [
      {
        bidder: 'A',
        price: 10,
        quality: 50,
        commitments: [
          { code: 'EMP-1', quantity: 1 },
          { code: 'NT99', quantity: 2 },
        ],
      },
    ];
    const problems = findTenderProblems(
      { ...workedTender, bids },
      { catalogue, priceBase: { year: 2025, index: deflator } },
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'bids[0].commitments[1].code',
        message: expect.stringContaining('unknown measure code "NT99"'),
      }),
    ]);
    expect(paths({ ...workedTender, bids })).toEqual(['bids[0].commitments']);
  });

  it('suggests the code when only its case differs', () => {
    const bids = [{ bidder: 'A', price: 10, quality: 50, commitments: [{ code: 'emp-1', quantity: 1 }] }];
    const [problem] = findTenderProblems(
      { ...workedTender, bids },
      { catalogue, priceBase: { year: 2025, index: deflator } },
    );
    expect(problem?.message).toContain('did you mean "EMP-1"?');
  });

  it('names a measure whose price year the index lacks', () => {
    const bids = [{ bidder: 'A', price: 10, quality: 50, commitments: [{ code: 'EMP-1', quantity: 1 }] }];
    const index = { name: 'Short', values: [{ year: 2025, index: 100 }] };
    const [problem] = findTenderProblems({ ...workedTender, bids }, { catalogue, priceBase: { year: 2025, index } });
    expect(problem?.path).toBe('bids[0].commitments[0].code');
    expect(problem?.message).toContain('has no value for 2020');
  });

  it('needs a split for "both" and a panel score for "qualitative"', () => {
    expect(paths({ ...workedTender, socialValueMethod: 'both' })).toContain('socialValueSplit');
    expect(paths({ ...workedTender, socialValueMethod: 'qualitative' })).toEqual([
      'bids[0].socialValueScore',
      'bids[1].socialValueScore',
    ]);
  });

  it('names an unknown method and an empty list of bids', () => {
    expect(paths({ ...workedTender, priceMethod: 'cheapest', bids: [] })).toEqual(['priceMethod', 'bids']);
  });
});

describe('scoreTenders working for commitments', () => {
  it('shows a unit value moved by the index to 4 places, so that the offer visibly adds up', () => {
    // 1,000 in 2021 prices (index 84) is 1,000 x 100 / 84 = 1,190.476190… in 2025 prices; 3 units = 3,571.43.
    const moved = { ...catalogue, measures: [{ ...catalogue.measures[0]!, priceYear: 2021 }] };
    const result = scoreTenders(
      {
        weights: { price: 60, quality: 30, socialValue: 10 },
        bids: [{ bidder: 'A', price: 100, quality: 50, commitments: [{ code: 'EMP-1', quantity: 3 }] }],
      },
      { catalogue: moved, priceBase: { year: 2025, index: deflator } },
    );
    expect(result.bids[0]?.working).toContain('Social value offer: 3 x EMP-1 at £1,190.4762 = £3,571.43');
  });
});
