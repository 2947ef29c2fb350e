import {
  BID_COLUMNS,
  COMMITMENT_COLUMNS,
  DELIVERY_COLUMNS,
  IMPACT_COLUMNS,
  INDEX_COLUMNS,
  INPUT_COLUMNS,
  MEASURE_COLUMNS,
  normalizeHeader,
  STAKEHOLDER_COLUMNS,
  showsPercent,
  tenderFromSheets,
} from '@sroi/workbook';

// A header that two fields both accept would be read as whichever comes last,
// without a word: "Social Value (£)" once read as the panel's 0-100 score.

describe('the headers each table accepts', () => {
  it.each([
    ['bids', BID_COLUMNS],
    ['commitments', COMMITMENT_COLUMNS],
    ['deliveries', DELIVERY_COLUMNS],
    ['measures', MEASURE_COLUMNS],
    ['price index', INDEX_COLUMNS],
    ['impact map', IMPACT_COLUMNS],
    ['inputs', INPUT_COLUMNS],
    ['stakeholders', STAKEHOLDER_COLUMNS],
  ] as const)('name one field each in the %s table, once normalised', (_, columns) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const column of columns) {
      for (const header of new Set([column.header, ...column.aliases].map(normalizeHeader))) {
        const other = owner.get(header);
        if (other !== undefined && other !== column.field) clashes.push(`"${header}": ${other} and ${column.field}`);
        owner.set(header, column.field);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('tenderFromSheets on a commissioner’s own bids', () => {
  it('reads "Social Value (£)" and "Social value" as the offer in money, not the panel score', () => {
    const read = tenderFromSheets([
      {
        name: 'Evaluation',
        cells: [
          ['Price weighting', '60%'],
          ['Quality weighting', '30%'],
          ['Social value weighting', '10%'],
          [],
          ['Supplier', 'Total Price (£)', 'Quality Score', 'Social Value (£)'],
          ['Acme Care', 10000, 80, 50000],
          ['Beta Homes', 8000, 70, 20000],
        ],
      },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.value?.bids.map((bid) => [bid.bidder, bid.price, bid.quality, bid.socialValue])).toEqual([
      ['Acme Care', 10000, 80, 50000],
      ['Beta Homes', 8000, 70, 20000],
    ]);
    expect(read.value?.weights).toEqual({ price: 60, quality: 30, socialValue: 10 });
  });
});

describe('showsPercent', () => {
  it('knows a percent format from one that only writes the sign', () => {
    expect(['0%', '0.00%', '#,##0.0%;[Red]-0.0%'].map(showsPercent)).toEqual([true, true, true]);
    expect(['General', '0"%"', '0\\%', '£#,##0.00', undefined].map(showsPercent)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
