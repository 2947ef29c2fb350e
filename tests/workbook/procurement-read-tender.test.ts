import { scoreTenders } from '@sroi/core';
import { formatCellProblem, tenderFromSheets, type SheetGrid } from '@sroi/workbook';
import { frozen, testCatalogue } from './procurement-read-fixtures';

const tenderSheet = (weights: unknown[], more: unknown[][] = []) =>
  frozen('Tender', [
    ['Tender', 'Community falls service'],
    ['Currency', 'gbp'],
    ['Price weight (%)', weights[0]],
    ['Quality weight (%)', weights[1]],
    ['Social value weight (%)', weights[2]],
    ...more,
  ]);

const BID_HEADERS = ['Bidder', 'Price', 'Quality score', 'Social value offer'];

/** The worked example: weights 60/30/10; A 10,000/80/50,000; B 8,000/70/20,000. */
const workedBids = frozen('Bids', [BID_HEADERS, ['A', '£10,000', 80, '50,000'], ['B', 8000, '70', 20000]]);

const totals = (sheets: SheetGrid[]) => {
  const read = tenderFromSheets(sheets);
  expect(read.problems).toEqual([]);
  if (read.value === null) throw new Error('no tender');
  return scoreTenders(read.value).bids.map((bid) => [bid.bidder, bid.points.total.toString()]);
};

describe('tenderFromSheets', () => {
  it('reads the worked example so that scoring gives A 82 and B 85', () => {
    // A: 8,000/10,000 x 60 + 80/100 x 30 + 50,000/50,000 x 10 = 48 + 24 + 10 = 82
    // B: 8,000/8,000 x 60 + 70/100 x 30 + 20,000/50,000 x 10 = 60 + 21 + 4 = 85
    expect(totals([tenderSheet([60, 30, 10]), workedBids])).toEqual([
      ['A', '82'],
      ['B', '85'],
    ]);
  });

  it('reads weights written as "60%" text, and the settings rows', () => {
    const read = tenderFromSheets([
      tenderSheet(
        ['60%', '30 %', '10'],
        [
          ['Price method', 'Lowest price'],
          ['Price year', 2025],
        ],
      ),
      workedBids,
    ]);
    expect(read.problems).toEqual([]);
    expect(read.value?.weights).toEqual({ price: 60, quality: 30, socialValue: 10 });
    expect(read.value?.name).toBe('Community falls service');
    expect(read.value?.currency).toBe('GBP');
    expect(read.value?.priceMethod).toBe('lowest-price');
    expect(read.priceYear).toBe(2025);
  });

  it('reads the Tender labels and both tables from one CSV sheet', () => {
    const csv = frozen('falls-tender', [
      ['Price weight (%)', '60'],
      ['Quality weight (%)', '30'],
      ['Social value weight (%)', '10'],
      [],
      ...(workedBids.cells as unknown[][]),
    ]);
    expect(totals([csv])).toEqual([
      ['A', '82'],
      ['B', '85'],
    ]);
  });

  it('refuses weights given as fractions (0.6, 0.3, 0.1) with the percentage they may mean', () => {
    const read = tenderFromSheets([tenderSheet([0.6, 0.3, 0.1]), workedBids]);
    expect(read.value).toBeNull();
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Tender!B3: price weight 0.6: weights are percentages: 0.6 means 0.6%; did you mean 60? Enter 60 (or 60%)',
      'Tender!B4: quality weight 0.3: weights are percentages: 0.3 means 0.3%; did you mean 30? Enter 30 (or 30%)',
      'Tender!B5: social value weight 0.1: weights are percentages: 0.1 means 0.1%; did you mean 10? Enter 10 (or 10%)',
    ]);
  });

  it("places the engine's weights problem at the weights' cells", () => {
    const read = tenderFromSheets([tenderSheet([60, 30, 5]), workedBids]);
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Tender!B3: weights must sum to 100 (percent); price 60 + quality 30 + social value 5 = 95',
    ]);
    expect(read.where('weights.socialValue')).toBe('Tender!B5');
  });

  it('says where each bid value was read', () => {
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), workedBids]);
    expect(read.where('bids[1].price')).toBe('Bids!B3');
    expect(read.where('bids[0].socialValue')).toBe('Bids!D2');
    expect(read.where('weights.price')).toBe('Tender!B3');
    expect(read.where('bids[5].price')).toBe('Bids!A1');
    expect(read.where('nowhere')).toBe('nowhere');
  });

  it('leaves an empty social value offer out, so that the engine asks for it at the empty cell', () => {
    const bids = frozen('Bids', [BID_HEADERS, ['A', 10000, 80, 50000], ['B', 8000, 70, null]]);
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), bids]);
    expect(read.value).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ sheet: 'Bids', cell: 'D3', path: 'bids[1].socialValue' });
    expect(read.problems[0]?.message).toMatch(/needs its offer in money/);
  });

  it('attaches commitments to bids by bidder name, in any case, and places each at its cell', () => {
    const bids = frozen('Bids', [BID_HEADERS, ['A', 10000, 80], ['B', 8000, 70]]);
    const commitments = frozen('Commitments', [
      ['Bidder', 'Measure code', 'Quantity'],
      ['a', 'EMP-1', 2],
      ['B', 'ENV-1', '3.5'],
      ['A', 'SOC-1', 100],
    ]);
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), bids, commitments]);
    expect(read.problems).toEqual([]);
    expect(read.value?.bids.map((bid) => bid.commitments)).toEqual([
      [
        { code: 'EMP-1', quantity: 2 },
        { code: 'SOC-1', quantity: 100 },
      ],
      [{ code: 'ENV-1', quantity: 3.5 }],
    ]);
    expect(read.where('bids[0].commitments[1].code')).toBe('Commitments!B4');
    expect(read.where('bids[1].commitments[0].quantity')).toBe('Commitments!C3');
    // Priced from the catalogue: A offers 2 x 1,000 + 100 x 10 = 3,000; B 3.5 x 200 = 700.
    const result = scoreTenders(read.value!, { catalogue: testCatalogue });
    expect(result.bids.map((bid) => bid.socialValue?.toString())).toEqual(['3000', '700']);
  });

  it("takes a bid's offer from its commitments, and says when the offer cell disagrees with them", () => {
    const bids = frozen('Bids', [BID_HEADERS, ['A', 10000, 80, 50000], ['B', 8000, 70, 700]]);
    const commitments = frozen('Commitments', [
      ['Bidder', 'Measure code', 'Quantity'],
      ['A', 'EMP-1', 2],
      ['B', 'ENV-1', 3.5],
    ]);
    const sheets = [tenderSheet([60, 30, 10]), bids, commitments];
    expect(tenderFromSheets(sheets).value?.bids.map((bid) => bid.socialValue)).toEqual([undefined, undefined]);
    // A's commitments are worth 2 x 1,000 = 2,000, not 50,000; B's 3.5 x 200 = 700, as its cell says.
    const read = tenderFromSheets(sheets, { catalogue: testCatalogue });
    expect(read.problems).toEqual([]);
    expect(read.warnings.map(formatCellProblem)).toEqual([
      'Bids!D2: this offer (£50,000.00) is not what the bid\'s commitments are worth (£2,000.00, priced from "Test framework"): the commitments are scored, and this cell is not read',
    ]);
  });

  it('reports a commitment whose bidder made no bid, at its cell', () => {
    const bids = frozen('Bids', [BID_HEADERS, ['A', 10000, 80], ['B', 8000, 70]]);
    const commitments = frozen('Commitments', [
      ['Bidder', 'Measure code', 'Quantity'],
      ['A', 'EMP-1', 2],
      ['C', 'EMP-1', 1],
      ['B', 'ENV-1', 1],
    ]);
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), bids, commitments]);
    expect(read.value).toBeNull();
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Commitments!A3: no bid is from "C": a commitment\'s bidder must be one of the Bids table\'s ("A", "B")',
    ]);
  });

  it('checks commitment codes at their cells when given the catalogue', () => {
    const bids = frozen('Bids', [BID_HEADERS, ['A', 10000, 80], ['B', 8000, 70]]);
    const commitments = frozen('Commitments', [
      ['Bidder', 'Measure code', 'Quantity'],
      ['A', 'EMP-1', 2],
      ['B', 'NOPE-9', 1],
    ]);
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), bids, commitments], { catalogue: testCatalogue });
    expect(read.problems.map((problem) => `${problem.sheet ?? ''}!${problem.cell ?? ''}`)).toEqual(['Commitments!B3']);
    expect(read.problems[0]?.message).toMatch(/NOPE-9/);
  });

  it('reads the social value method in plain words', () => {
    const read = tenderFromSheets([
      tenderSheet(
        [60, 30, 10],
        [
          ['Social value method', 'Both'],
          ['Monetised share of social value (%)', 50],
          ['Qualitative share of social value (%)', '50%'],
        ],
      ),
      frozen('Bids', [
        [...BID_HEADERS, 'Social value score'],
        ['A', 10000, 80, 50000, 60],
        ['B', 8000, 70, 20000, 90],
      ]),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.value?.socialValueMethod).toBe('both');
    expect(read.value?.socialValueSplit).toEqual({ monetised: 50, qualitative: 50 });
  });

  it('refuses a method it does not know, naming the valid ones', () => {
    const read = tenderFromSheets([tenderSheet([60, 30, 10], [['Price method', 'Cheapest wins']]), workedBids]);
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Tender!B6: price method must be one of lowest-price, linear; got "Cheapest wins"',
    ]);
  });

  it('says once when the tender gives no weights at all', () => {
    const read = tenderFromSheets([workedBids]);
    expect(read.problems.map(formatCellProblem)).toEqual([
      'the tender gives no weights: add "Price weight (%)", "Quality weight (%)" and "Social value weight (%)" rows to the Tender sheet (the label, then the weight in percent in the next cell), e.g. 60, 30 and 10',
    ]);
  });

  it('names the first bid by its cell when a bidder is named twice', () => {
    const bids = frozen('Bids', [BID_HEADERS, ['A', 10000, 80, 1], ['A', 8000, 70, 2]]);
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), bids]);
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Bids!A3: bidder "A" is already Bids!A2; each bidder must be named once',
    ]);
  });

  it('reports a missing Quality score column once, not on every bid', () => {
    const bids = frozen('Bids', [
      ['Bidder', 'Price', 'Social value offer'],
      ['A', 10000, 1],
      ['B', 8000, 2],
    ]);
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), bids]);
    expect(read.problems.map(formatCellProblem)).toEqual([
      'Bids!A1: the bids table on Bids has no Quality score column; it needs Bidder, Price and Quality score',
    ]);
  });

  it('warns when every quality score is 1 or less, as fractions would be', () => {
    const bids = frozen('Bids', [BID_HEADERS, ['A', 10000, 0.8, 50000], ['B', 8000, 0.7, 20000]]);
    const read = tenderFromSheets([tenderSheet([60, 30, 10]), bids]);
    expect(read.warnings.map(formatCellProblem)).toEqual([
      'Bids!C2: the quality scores are out of 100, and every one here is 1 or less (e.g. 0.8): if they are fractions (80%), enter them out of 100 (80); they are read as they stand',
    ]);
  });
});
