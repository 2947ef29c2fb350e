// The "Score a tender" page's draft, checked: everything as typed, every problem at once, on its field.
import { scoreTenders } from '@sroi/core';
import { checkTender, panelShareOf } from '../../../addin/src/taskpane/model/tender-check';
import {
  addBid,
  emptyTender,
  removeBid,
  setTenderField,
  type TenderDraft,
} from '../../../addin/src/taskpane/model/tender-draft';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function edit(draft: TenderDraft, changes: Record<string, string>): TenderDraft {
  return Object.entries(changes).reduce((d, [field, value]) => setTenderField(d, field, value), draft);
}

/** The worked example (docs/procurement.md): weights 60/30/10; A 10,000/80/50,000; B 8,000/70/20,000. */
function workedExample(): TenderDraft {
  return edit(emptyTender(), {
    name: 'Community falls service',
    'weights.price': '60',
    'weights.quality': '30',
    'weights.socialValue': '10',
    'bids.0.bidder': 'A',
    'bids.0.price': '£10,000',
    'bids.0.quality': '80',
    'bids.0.socialValue': '£50,000',
    'bids.1.bidder': 'B',
    'bids.1.price': '8,000',
    'bids.1.quality': '70',
    'bids.1.socialValue': '20000',
  });
}

const fields = (messages: readonly { field: string }[]) => messages.map((message) => message.field);

describe('checkTender', () => {
  it('turns the worked example into a tender that scores A 82.00 and B 85.00, B first', () => {
    const check = checkTender(deepFreeze(workedExample()));
    expect(check.errors).toEqual([]);
    if (check.tender === null) throw new Error('the worked example should be valid');
    // By hand: A = 8,000/10,000 x 60 + 80/100 x 30 + 50,000/50,000 x 10 = 48 + 24 + 10 = 82;
    //          B = 8,000/8,000 x 60 + 70/100 x 30 + 20,000/50,000 x 10 = 60 + 21 + 4 = 85.
    const result = scoreTenders(check.tender);
    expect(result.bids.map((bid) => [bid.bidder, bid.points.total.toFixed(2)])).toEqual([
      ['A', '82.00'],
      ['B', '85.00'],
    ]);
    expect(result.ranking).toEqual(['B', 'A']);
  });

  it('reads "£10,000", "10,000" and "10000" as the same price, and refuses "ten" on its field with what is valid', () => {
    for (const typed of ['£10,000', '10,000', '10000', ' £10,000.00 ']) {
      const tender = checkTender(edit(workedExample(), { 'bids.0.price': typed })).tender;
      expect(Number(tender?.bids[0]?.price)).toBe(10000);
    }
    const check = checkTender(edit(workedExample(), { 'bids.0.price': 'ten' }));
    expect(check.tender).toBeNull();
    expect(check.errors).toEqual([
      { field: 'bids.0.price', message: 'Bid 1: price must be an amount above 0, such as 250,000; got "ten"' },
    ]);
  });

  it('reports weights that do not add up to 100 on the weights, with their total', () => {
    const check = checkTender(edit(workedExample(), { 'weights.quality': '20' }));
    expect(check.tender).toBeNull();
    expect(check.errors).toEqual([
      { field: 'weights', message: 'The weights add up to 90%; they must add up to 100%' },
    ]);
    expect(check.total).toEqual({ percent: '90', complete: true });
  });

  it('adds weights exactly, so 33.3, 33.3 and 33.4 make 100', () => {
    const check = checkTender(
      edit(workedExample(), { 'weights.price': '33.3', 'weights.quality': '33.3', 'weights.socialValue': '33.4' }),
    );
    expect(check.errors).toEqual([]);
    expect(check.total).toEqual({ percent: '100', complete: true });
  });

  it('takes "60%" as a weight of 60, and asks about weights typed as fractions instead of rescaling them', () => {
    const percent = checkTender(edit(workedExample(), { 'weights.price': '60%', 'weights.quality': '30 %' }));
    expect(percent.tender?.weights).toEqual({ price: 60, quality: 30, socialValue: 10 });
    const fractions = checkTender(
      edit(workedExample(), { 'weights.price': '0.6', 'weights.quality': '0.3', 'weights.socialValue': '0.1' }),
    );
    expect(fractions.errors).toEqual([
      {
        field: 'weights',
        message: 'The weights are percentages: 0.6 means 0.6%, not 60%; did you mean 60, 30 and 10?',
      },
    ]);
    // A social value weight of 0.1 is a slip of notation, not a low weight: no second message about it.
    expect(fractions.warnings).toEqual([]);
  });

  it('gives the running total of the weights typed so far', () => {
    const draft = edit(emptyTender(), { 'weights.price': '60', 'weights.quality': '30' });
    expect(checkTender(draft).total).toEqual({ percent: '90', complete: false });
  });

  it('warns, without refusing, when social value is weighted under 10%, citing PPN 002 in plain words', () => {
    const check = checkTender(edit(workedExample(), { 'weights.price': '65', 'weights.socialValue': '5' }));
    expect(check.errors).toEqual([]);
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]?.field).toBe('weights.socialValue');
    expect(check.warnings[0]?.message).toMatch(/^Social value is weighted 5%, under 10%\./);
    expect(check.warnings[0]?.message).toMatch(
      /Central government contracts must .* at least 10% .*Procurement Policy Note 002/,
    );
    expect(checkTender(workedExample()).warnings).toEqual([]);
  });

  it('reports every problem at once, each on its field, in the order the page shows them', () => {
    const check = checkTender(
      deepFreeze(
        edit(workedExample(), {
          currency: 'pounds',
          'weights.price': 'sixty',
          'bids.0.quality': '120',
          'bids.0.socialValue': '',
          'bids.1.bidder': ' a ',
          'bids.1.price': '0',
        }),
      ),
    );
    expect(check.tender).toBeNull();
    expect(check.errors).toEqual([
      {
        field: 'currency',
        message: 'Currency must be a three-letter code such as GBP, EUR or USD; got "pounds"',
      },
      {
        field: 'weights.price',
        message: 'Price weight must be a percentage from 0 to 100, such as 60; got "sixty"',
      },
      { field: 'bids.0.quality', message: 'Bid 1: quality score must be a score from 0 to 100; got 120' },
      {
        field: 'bids.0.socialValue',
        message:
          'Bid 1: social value offer is blank; enter the social value offered in money, such as 50,000, or 0 for a bid that offers none',
      },
      {
        field: 'bids.1.bidder',
        message: 'Bid 2: "a" is already the name of bid 1; give each bidder a different name',
      },
      {
        field: 'bids.1.price',
        message: 'Bid 2: price must be an amount above 0; got 0 (a free bid cannot be scored by price)',
      },
    ]);
  });

  it('asks for at least one bid, on the list of bids', () => {
    const none = removeBid(removeBid(workedExample(), 1), 0);
    expect(checkTender(none).errors).toEqual([{ field: 'bids', message: 'Add at least one bid' }]);
  });

  it('needs the panel’s score with the panel-score method, where the offer in money becomes optional', () => {
    const qualitative = edit(workedExample(), { socialValueMethod: 'qualitative', 'bids.1.socialValue': '' });
    expect(fields(checkTender(qualitative).errors)).toEqual(['bids.0.socialValueScore', 'bids.1.socialValueScore']);
    const scored = edit(qualitative, { 'bids.0.socialValueScore': '60', 'bids.1.socialValueScore': '90' });
    const tender = checkTender(scored).tender;
    expect(tender?.bids.map((bid) => [bid.socialValue, bid.socialValueScore])).toEqual([
      [50000, 60],
      [undefined, 90],
    ]);
  });

  it('splits the social value weight between money offers and the panel’s score with both methods', () => {
    const both = edit(workedExample(), {
      socialValueMethod: 'both',
      split: '30%',
      'bids.0.socialValueScore': '60',
      'bids.1.socialValueScore': '90',
    });
    const tender = checkTender(both).tender;
    expect(tender?.socialValueSplit).toEqual({ monetised: 30, qualitative: '70' });
    expect(checkTender(edit(both, { split: '120' })).errors).toEqual([
      {
        field: 'split',
        message: 'Share scored on money offers must be a percentage from 0 to 100, such as 50; got 120',
      },
    ]);
    expect(panelShareOf('30%')).toBe('70');
    expect(panelShareOf('lots')).toBeNull();
  });

  it('refuses an amount written in another currency than the tender’s, rather than dropping its sign', () => {
    expect(checkTender(edit(workedExample(), { 'bids.0.price': '$10,000' })).errors).toEqual([
      {
        field: 'bids.0.price',
        message:
          'Bid 1: $10,000 is in US dollars but the tender is in GBP; type the amount in GBP or change the currency',
      },
    ]);
  });

  it('adds a bid with a key no bid has had, and leaves the draft it was given unchanged', () => {
    const draft = deepFreeze(workedExample());
    const added = addBid(removeBid(draft, 0));
    expect(added.bids.map((bid) => bid.key)).toEqual(['bid-2', 'bid-3']);
    expect(draft.bids).toHaveLength(2);
    expect(setTenderField(draft, 'priceMethod', 'cheapest')).toBe(draft);
    expect(setTenderField(draft, 'bids.9.price', '1')).toBe(draft);
  });
});
