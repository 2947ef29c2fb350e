// Reading a tender from the commissioner's selection: the whole tender, or the bids alone, or every problem at its cell.
import { scoreTenders } from '@sroi/core';
import type { SelectionRead } from '../../../addin/src/taskpane/excel/read-selection';
import { checkTender } from '../../../addin/src/taskpane/model/tender-check';
import { emptyTender, setTenderField, type TenderDraft } from '../../../addin/src/taskpane/model/tender-draft';
import { readTenderSelection } from '../../../addin/src/taskpane/model/tender-read';

/** A selection as readSelection gives it: the grid's first cell is A1 of the sheet. */
function selection(cells: unknown[][], errorCells: SelectionRead['errorCells'] = []): SelectionRead {
  return { sheet: 'My bids', address: 'B2:E4', grid: { name: 'My bids', cells }, errorCells };
}

/** The worked example's bids in B2:E4, written as a commissioner might: a £ sign, a thousands comma. */
const BIDS = [
  [],
  [null, 'Bidder', 'Price', 'Quality score', 'Social value offer'],
  [null, 'A', '£10,000', 80, 50000],
  [null, 'B', 8000, 70, '20,000'],
];

function typedWeights(): TenderDraft {
  const changes = { 'weights.price': '60', 'weights.quality': '30', 'weights.socialValue': '10', name: 'Falls' };
  return Object.entries(changes).reduce((draft, [field, value]) => setTenderField(draft, field, value), emptyTender());
}

describe('readTenderSelection', () => {
  it('takes the bids alone from a selection of bids, keeping the weights typed on the page, and they score 82 and 85', () => {
    const typed = typedWeights();
    const read = readTenderSelection(selection(BIDS), typed);
    expect(read.problems).toEqual([]);
    expect(read.took).toBe('bids');
    expect(read.source).toBe("'My bids'!B2:E4");
    expect(read.draft?.name).toBe('Falls');
    expect(read.draft?.weights).toEqual(typed.weights);
    expect(read.draft?.bids.map((bid) => [bid.bidder, bid.price, bid.quality, bid.socialValue])).toEqual([
      ['A', '10000', '80', '50000'],
      ['B', '8000', '70', '20000'],
    ]);
    const tender = checkTender(read.draft as TenderDraft).tender;
    if (tender === null) throw new Error('the bids read should score');
    // By hand: A 48 + 24 + 10 = 82; B 60 + 21 + 4 = 85.
    expect(scoreTenders(tender).bids.map((bid) => bid.points.total.toString())).toEqual(['82', '85']);
  });

  it('takes the whole tender, weights and methods too, from a selection with the Tender rows above the bids', () => {
    const cells = [
      ['Price weight (%)', 60],
      ['Quality weight (%)', 30],
      ['Social value weight (%)', 10],
      ['Price method', 'Linear'],
      [],
      ['Bidder', 'Price', 'Quality score', 'Social value offer'],
      ['A', 10000, 80, 50000],
      ['B', 8000, 70, 20000],
    ];
    const read = readTenderSelection(selection(cells), emptyTender());
    expect(read.took).toBe('tender');
    expect(read.draft?.weights).toEqual({ price: '60', quality: '30', socialValue: '10' });
    expect(read.draft?.priceMethod).toBe('linear');
    expect(read.draft?.bids).toHaveLength(2);
  });

  it('takes nothing from a selection with problems, and names each problem’s cell, an error value as itself', () => {
    const cells = [
      [],
      [null, 'Bidder', 'Price', 'Quality score', 'Social value offer'],
      [null, 'A', 'ten', 80, 50000],
      [null, 'B', null, 70, 20000],
    ];
    const read = readTenderSelection(selection(cells, [{ cell: 'C4', error: '#N/A' }]), typedWeights());
    expect(read.draft).toBeNull();
    expect(read.problems.map((problem) => [problem.sheet, problem.cell])).toEqual([
      ['My bids', 'C3'],
      ['My bids', 'C4'],
    ]);
    expect(read.problems[0]?.message).toMatch(/^price must be .*; got "ten"$/);
    // The reader saw an empty price at C4; the cause is the #N/A Excel would not pass.
    expect(read.problems[1]?.message).toMatch(/^this cell holds #N\/A; /);
  });

  it('says an error value even in a column nothing reads, since it would be read as empty without a word', () => {
    const cells = [...BIDS.slice(0, 3), [null, 'B', 8000, 70, 20000, null]];
    const read = readTenderSelection(selection(cells, [{ cell: 'F4', error: '#DIV/0!' }]), typedWeights());
    expect(read.draft).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({ sheet: 'My bids', cell: 'F4', message: expect.stringMatching(/#DIV\/0!/) }),
    ]);
  });

  it('refuses bids that commit to catalogue measures, at the commitment, since the pane has no catalogue to price them', () => {
    const cells = [
      ['Price weight (%)', 60],
      ['Quality weight (%)', 30],
      ['Social value weight (%)', 10],
      [],
      ['Bidder', 'Price', 'Quality score', 'Social value offer'],
      ['A', 10000, 80, null],
      ['B', 8000, 70, 20000],
      [],
      ['Bidder', 'Measure code', 'Quantity'],
      ['A', 'EMP-1', 3],
    ];
    const read = readTenderSelection(selection(cells), emptyTender());
    expect(read.draft).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({
        sheet: 'My bids',
        cell: 'B10',
        message: expect.stringMatching(/^A's social value offer is commitments/),
      }),
    ]);
  });

  it('says no bids were found in a selection without them, and not that weights are missing, since the page has its own', () => {
    const read = readTenderSelection(selection([['hello']]), typedWeights());
    expect(read.draft).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toMatch(/^no bids found: no sheet \("My bids"\) has a header row/);
  });
});
