// SROI.PRICESCORE, SROI.SOCIALVALUESCORE, SROI.TENDERSCORE and SROI.UPLIFT
// called as Excel calls them, through the built bundle: plain numbers, ranges
// as 2-D arrays, empty cells as Excel desktop (0) and Excel on the web (null,
// "") send them. Expected figures are worked by hand in the comments; the
// tender table is also checked against core's scoreTenders on random tenders.
import fc from 'fast-check';
import { scoreTenders, type PriceMethod } from '@sroi/core';
import { cell, loadFunctionsBundle, type LoadedFunctions } from './helpers/built-addin';

let excel: LoadedFunctions;
const call = (id: string, ...args: unknown[]) => cell(excel, id, ...args);
const value = (message: string) => ({ error: '#VALUE!', message });
const notAvailable = (message: string) => ({ error: '#N/A', message });

beforeAll(() => {
  excel = loadFunctionsBundle();
});

/** A list as a column range, one cell per row. */
const column = (...cells: unknown[]): unknown[][] => cells.map((item) => [item]);

const HEADERS = ['Price points', 'Quality points', 'Social value points', 'Total', 'Rank'];
/** An empty cell as each Excel sends it: desktop 0, web null, and "" for a cell holding empty text. */
const EMPTY_CELLS = [
  ['Excel desktop', 0],
  ['Excel on the web', null],
  ['a cell of empty text', ''],
] as const;

describe('SROI.PRICESCORE', () => {
  it('gives the lowest price the full weight and a higher price lowest / price x weight', () => {
    // 8,000 is lowest: 60. 10,000: 8,000 / 10,000 x 60 = 48.
    expect(call('PRICESCORE', 8000, column(10000, 8000), 60)).toBe(60);
    expect(call('PRICESCORE', 10000, column(10000, 8000), 60)).toBe(48);
    expect(call('PRICESCORE', 10000, column(10000, 8000), 60, 'lowest-price')).toBe(48);
  });

  it('scores linearly from the full weight at the lowest price to none at the highest', () => {
    // Prices 100, 150, 200, weight 50: (200 - p) / (200 - 100) x 50 = 50, 25, 0.
    const prices = column(100, 150, 200);
    expect([100, 150, 200].map((price) => call('PRICESCORE', price, prices, 50, 'linear'))).toEqual([50, 25, 0]);
  });

  it('gives every bid the full weight by the linear method when all prices are the same', () => {
    expect(call('PRICESCORE', 900, column(900, 900), 40, 'linear')).toBe(40);
  });

  it('reads a weight written as a percentage (60%, which Excel passes as 0.6) as 60 points', () => {
    const prices = column(10000, 8000);
    expect(call('PRICESCORE', 10000, prices, 0.6)).toBe(48);
    expect(call('PRICESCORE', 10000, prices, '60%')).toBe(48);
    expect(call('PRICESCORE', 8000, prices, 1)).toBe(100);
  });

  it.each(EMPTY_CELLS)('skips empty cells in prices as %s sends them', (_, empty) => {
    expect(call('PRICESCORE', 10000, column(10000, empty, 8000, empty), 60)).toBe(48);
  });

  it('reads prices from a row as well as a column, and counts the bid even when prices leaves it out', () => {
    expect(call('PRICESCORE', 10000, [[10000, 8000]], 60)).toBe(48);
    expect(call('PRICESCORE', 4000, column(10000, 8000), 60)).toBe(60);
  });

  it.each(['Linear', 'LINEAR', ' linear '])('reads the method %j in any case', (method) => {
    expect(call('PRICESCORE', 150, column(100, 150, 200), 50, method)).toBe(25);
  });

  it.each(EMPTY_CELLS)('takes an empty method from %s as lowest price', (_, empty) => {
    expect(call('PRICESCORE', 10000, column(10000, 8000), 60, empty)).toBe(48);
  });

  it.each([
    [
      'a price of 0, which is also an empty cell in Excel desktop',
      [0, column(10000, 8000), 60],
      value(
        'price must be above 0; got 0 (an empty cell in Excel desktop): a bid is never scored as free; give its price',
      ),
    ],
    [
      'a price left empty (Excel on the web)',
      [null, column(10000, 8000), 60],
      notAvailable("price is missing; give the bid's price, above 0"),
    ],
    ['a negative price', [-5, column(10000, 8000), 60], value('price must be above 0, e.g. 250000; got -5')],
    [
      'prices with nothing in them',
      [10000, column(null, 0, ''), 60],
      notAvailable("prices holds no prices; select every bid's price, this bid's included"),
    ],
    [
      'prices holding text',
      [10000, column(10000, 'TBC'), 60],
      value('price must be a number above 0, e.g. 250000; got "TBC" in row 2 of prices'),
    ],
    [
      'a weight over 100',
      [10000, column(10000, 8000), 120],
      value('weight must be from 0 to 100 (a percentage, such as 60 or 60%); got 120'),
    ],
    [
      'a weight left empty',
      [10000, column(10000, 8000), null],
      notAvailable('weight is missing; give the weight in percent, such as 60 or 60%'),
    ],
    [
      'an unknown method',
      [10000, column(10000, 8000), 60, 'cheapest'],
      value('method must be "lowest-price" or "linear"; got "cheapest"'),
    ],
  ])('refuses %s', (_, args, expected) => {
    expect(call('PRICESCORE', ...args)).toEqual(expected);
  });

  it('lists every problem at once', () => {
    expect(call('PRICESCORE', -5, column(10000, 'TBC'), 120, 'cheapest')).toEqual(
      value(
        'price must be above 0, e.g. 250000; got -5; ' +
          'price must be a number above 0, e.g. 250000; got "TBC" in row 2 of prices; ' +
          'weight must be from 0 to 100 (a percentage, such as 60 or 60%); got 120; and 1 more',
      ),
    );
  });
});

describe('SROI.SOCIALVALUESCORE', () => {
  it('gives the highest offer the full weight and another offer / highest offer x weight', () => {
    // 20,000 / 50,000 x 10 = 4.
    expect(call('SOCIALVALUESCORE', 50000, column(50000, 20000), 10)).toBe(10);
    expect(call('SOCIALVALUESCORE', 20000, column(50000, 20000), 10)).toBe(4);
    expect(call('SOCIALVALUESCORE', 20000, column(50000, 20000), 0.1)).toBe(4);
  });

  it.each(EMPTY_CELLS)('scores nothing when no bid offers anything, with empty cells from %s', (_, empty) => {
    expect(call('SOCIALVALUESCORE', 0, column(empty, empty), 10)).toBe(0);
  });

  it('refuses a negative or missing offer and a negative offer among the offers', () => {
    expect(call('SOCIALVALUESCORE', -1, column(50000), 10)).toEqual(value('offer must be 0 or more; got -1'));
    expect(call('SOCIALVALUESCORE', null, column(50000), 10)).toEqual(
      notAvailable('offer is missing; give a number 0 or more'),
    );
    expect(call('SOCIALVALUESCORE', 1, column(50000, -2), 10)).toEqual(
      value('offer must be 0 or more; got -2 in row 2 of offers'),
    );
  });
});

describe('SROI.TENDERSCORE', () => {
  // The worked example: weights 60/30/10; A 10,000, quality 80, offer 50,000; B 8,000, 70, 20,000.
  // A: 8,000 / 10,000 x 60 = 48; 80 / 100 x 30 = 24; 50,000 / 50,000 x 10 = 10; total 82.
  // B: 60; 70 / 100 x 30 = 21; 20,000 / 50,000 x 10 = 4; total 85. B ranks first.
  const PRICES = column(10000, 8000);
  const QUALITIES = column(80, 70);
  const OFFERS = column(50000, 20000);
  const WORKED = [HEADERS, [48, 24, 10, 82, 2], [60, 21, 4, 85, 1]];

  it('scores and ranks the worked example', () => {
    expect(call('TENDERSCORE', PRICES, QUALITIES, OFFERS, column(60, 30, 10))).toEqual(WORKED);
    expect(call('TENDERSCORE', PRICES, QUALITIES, OFFERS, column(60, 30, 10), 'lowest-price')).toEqual(WORKED);
  });

  it('reads weights written as percentages (60%, 30%, 10%), in a row or a column', () => {
    expect(call('TENDERSCORE', PRICES, QUALITIES, OFFERS, [[0.6, 0.3, 0.1]])).toEqual(WORKED);
    expect(call('TENDERSCORE', PRICES, QUALITIES, OFFERS, column('60%', '30%', '10%'))).toEqual(WORKED);
  });

  it('reads bids given as rows', () => {
    expect(call('TENDERSCORE', [[10000, 8000]], [[80, 70]], [[50000, 20000]], column(60, 30, 10))).toEqual(WORKED);
  });

  it('scores price linearly and gives tied totals the same rank', () => {
    // Weights 50/50/0. Price: (200 - p) / 100 x 50 = 50, 25, 0. Quality: 50, 100, 0 / 100 x 50 = 25, 50, 0.
    // No offers: social value 0 for all. Totals 75, 75, 0: ranks 1, 1, 3.
    const table = call(
      'TENDERSCORE',
      column(100, 150, 200),
      column(50, 100, 0),
      column(0, 0, 0),
      [[50, 50, 0]],
      'linear',
    );
    expect(table).toEqual([HEADERS, [50, 25, 0, 75, 1], [25, 50, 0, 75, 1], [0, 0, 0, 0, 3]]);
  });

  it.each(EMPTY_CELLS)('reads an empty quality or offer from %s as 0', (_, empty) => {
    // A: 48 + 0 + 0 = 48; B: 60 + 21 + 10 (the only offer) = 91.
    const table = call('TENDERSCORE', PRICES, column(empty, 70), column(empty, 20000), column(60, 30, 10));
    expect(table).toEqual([HEADERS, [48, 0, 0, 48, 2], [60, 21, 10, 91, 1]]);
  });

  it.each(EMPTY_CELLS)(
    'keeps an empty row from %s between bids empty, so the scores stay beside their rows',
    (_, e) => {
      const table = call('TENDERSCORE', column(10000, e, 8000), column(80, e, 70), column(50000, e, 20000), [
        [60, 30, 10],
      ]);
      expect(table).toEqual([HEADERS, [48, 24, 10, 82, 2], ['', '', '', '', ''], [60, 21, 4, 85, 1]]);
    },
  );

  it.each([
    ['Excel desktop', 0],
    ['Excel on the web', null],
  ] as const)('spills only as far as the last bid of whole columns from %s', (_, empty) => {
    const whole = (first: number, second: number) => {
      const cells: unknown[][] = new Array(1048576).fill([empty]);
      cells[1] = [first];
      cells[2] = [second];
      return cells;
    };
    const table = call('TENDERSCORE', whole(10000, 8000), whole(80, 70), whole(50000, 20000), column(60, 30, 10));
    expect(table).toEqual([HEADERS, ['', '', '', '', ''], [48, 24, 10, 82, 2], [60, 21, 4, 85, 1]]);
  });

  it('agrees with core scoreTenders on random tenders, points and ranks', () => {
    const bid = fc.record({
      price: fc.integer({ min: 1, max: 100_000_000 }).map((pence) => pence / 100),
      quality: fc.integer({ min: 0, max: 100 }),
      socialValue: fc.integer({ min: 0, max: 5_000_000 }),
    });
    const weights = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
      .filter(([price, quality]) => price + quality <= 100)
      .map(([price, quality]) => ({ price, quality, socialValue: 100 - price - quality }));
    const method = fc.constantFrom<PriceMethod>('lowest-price', 'linear');
    fc.assert(
      fc.property(fc.array(bid, { minLength: 1, maxLength: 8 }), weights, method, (bids, weight, priceMethod) => {
        const table = call(
          'TENDERSCORE',
          column(...bids.map((b) => b.price)),
          column(...bids.map((b) => b.quality)),
          column(...bids.map((b) => b.socialValue)),
          column(weight.price, weight.quality, weight.socialValue),
          priceMethod,
        );
        const core = scoreTenders({
          weights: weight,
          priceMethod,
          bids: bids.map((b, index) => ({ bidder: `Bid ${index + 1}`, ...b })),
        });
        expect(table).toEqual([
          HEADERS,
          ...core.bids.map((scored) => [
            scored.points.price.toNumber(),
            scored.points.quality.toNumber(),
            scored.points.socialValue.toNumber(),
            scored.points.total.toNumber(),
            scored.rank,
          ]),
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'a bid without a price, which is never scored as free',
      [column(10000, 0), QUALITIES, OFFERS, column(60, 30, 10)],
      value(
        'price must be above 0; got 0 in row 2 of prices (an empty cell in Excel desktop): a bid is never scored as free; give its price',
      ),
    ],
    [
      'a bid without a price from Excel on the web',
      [column(10000, null), QUALITIES, OFFERS, column(60, 30, 10)],
      notAvailable("price is missing in row 2 of prices; give the bid's price, above 0"),
    ],
    [
      'ranges of different lengths',
      [column(10000, 8000, 9000), QUALITIES, OFFERS, column(60, 30, 10)],
      value('prices, qualities and socialValues must have one cell per bid each, in the same rows; got 3, 2, 2 cells'),
    ],
    [
      'a block of several rows and columns',
      [
        [
          [10000, 80],
          [8000, 70],
        ],
        QUALITIES,
        OFFERS,
        column(60, 30, 10),
      ],
      value('prices must be one column (or one row), one price per bid; got 2 rows and 2 columns'),
    ],
    [
      'no bids at all',
      [column(null, null), column(null, null), column(0, 0), column(60, 30, 10)],
      notAvailable('prices holds no bids; give one row per bid, with its price, quality and social value'),
    ],
    [
      'weights that do not add up to 100',
      [PRICES, QUALITIES, OFFERS, column(60, 30, 5)],
      value('weights must add up to 100 (such as 60, 30, 10) or to 100% (60%, 30%, 10%); got 60 + 30 + 5 = 95'),
    ],
    [
      'weights in two forms at once',
      [PRICES, QUALITIES, OFFERS, column(0.6, 30, 10)],
      value('weights must add up to 100 (such as 60, 30, 10) or to 100% (60%, 30%, 10%); got 0.6 + 30 + 10 = 40.6'),
    ],
    [
      'two weights instead of three',
      [PRICES, QUALITIES, OFFERS, column(70, 30)],
      value(
        'weights must be 3 cells: the price, quality and social value weights in percent, such as 60, 30, 10; got 2 cells',
      ),
    ],
    [
      'a weight that is not a number',
      [PRICES, QUALITIES, OFFERS, column(60, 'thirty', 10)],
      value(
        'quality weight must be a number from 0 to 100 (a percentage, such as 60 or 60%); got "thirty" in row 2 of weights',
      ),
    ],
    [
      'an unknown price method',
      [PRICES, QUALITIES, OFFERS, column(60, 30, 10), 'cheapest'],
      value('priceMethod must be "lowest-price" or "linear"; got "cheapest"'),
    ],
  ])('refuses %s', (_, args, expected) => {
    expect(call('TENDERSCORE', ...args)).toEqual(expected);
  });

  it('lists every problem at once, each at its cell', () => {
    expect(call('TENDERSCORE', column(10000, -1), column(120, 70), column(50000, 'lots'), column(60, 30, 10))).toEqual(
      value(
        'quality must be from 0 to 100 (a score); got 120 in row 1 of qualities; ' +
          'price must be above 0, e.g. 250000; got -1 in row 2 of prices; ' +
          'social value must be a number 0 or more; got "lots" in row 2 of socialValues',
      ),
    );
  });
});

describe('SROI.UPLIFT', () => {
  const YEARS = column(2020, 2021, 2022, 2023, 2024, 2025);
  const INDEX = column(80, 82, 85, 90, 95, 100);

  it('moves 1,000 in 2020 prices (index 80) to 2025 prices (index 100): 1,000 x 100 / 80 = 1,250', () => {
    expect(call('UPLIFT', 1000, 2020, 2025, YEARS, INDEX)).toBe(1250);
  });

  it('moves 1,000 in 2025 prices back to 2020 prices: 1,000 x 80 / 100 = 800', () => {
    expect(call('UPLIFT', 1000, 2025, 2020, YEARS, INDEX)).toBe(800);
  });

  it('reads the index from rows as well as columns', () => {
    expect(call('UPLIFT', 1000, 2020, 2025, [[2020, 2025]], [[80, 100]])).toBe(1250);
  });

  it('leaves a value in the same year as it is, with or without an index', () => {
    expect(call('UPLIFT', 1234.5, 2022, 2022, YEARS, INDEX)).toBe(1234.5);
    expect(call('UPLIFT', 1234.5, 2022, 2022, column(null), column(null))).toBe(1234.5);
  });

  it.each(EMPTY_CELLS)('passes over years whose index is empty in %s (a sheet listing years ahead)', (_, empty) => {
    const years = column(2020, 2025, 2026, 2027, empty);
    expect(call('UPLIFT', 1000, 2020, 2025, years, column(80, 100, empty, empty, empty))).toBe(1250);
  });

  it('names the year the index does not cover', () => {
    expect(call('UPLIFT', 1000, 2019, 2025, YEARS, INDEX)).toEqual(
      value('the index "indexValues" has no value for 2019; it covers 2020–2025'),
    );
    expect(call('UPLIFT', 1000, 2020, 2026, column(2020, 2026), column(80, null))).toEqual(
      value('the index "indexValues" has no value for 2026; it covers 2020'),
    );
  });

  it.each([
    [
      'a year of 0 (an empty cell in Excel desktop)',
      [1000, 0, 2025, YEARS, INDEX],
      value('fromYear must be a year from 1800 to 2300, such as 2024; got 0'),
    ],
    [
      'a date given for a year',
      [1000, 2020, 45000, YEARS, INDEX],
      value('toYear must be a year from 1800 to 2300, such as 2024; got 45000'),
    ],
    ['a value left empty', [null, 2020, 2025, YEARS, INDEX], notAvailable('value is missing; give a number')],
    [
      'ranges of different sizes',
      [1000, 2020, 2025, YEARS, column(80, 100)],
      value('years and indexValues must be the same size, one index value per year; got 6 and 2 cells'),
    ],
    [
      'an index value below 0',
      [1000, 2020, 2025, column(2020, 2025), column(80, -100)],
      value('index value must be above 0, e.g. 102.5; got -100 in row 2 of indexValues'),
    ],
    [
      'an index value without a year',
      [1000, 2020, 2025, column(2020, null, 2025), column(80, 90, 100)],
      value('the index value in row 2 of indexValues has no year in row 2 of years'),
    ],
    [
      'a year given twice',
      [1000, 2020, 2025, column(2020, 2025, 2020), column(80, 100, 81)],
      value('years gives 2020 twice, in row 1 of years and row 3 of years; give each year once'),
    ],
  ])('refuses %s', (_, args, expected) => {
    expect(call('UPLIFT', ...args)).toEqual(expected);
  });

  it('lists every problem at once', () => {
    expect(call('UPLIFT', 'lots', 1700, 2025, column('2020/21'), column(80))).toEqual(
      value(
        'value must be a number; got "lots"; fromYear must be a year from 1800 to 2300, such as 2024; got 1700; ' +
          'year must be a year from 1800 to 2300, such as 2024; got "2020/21" in row 1 of years',
      ),
    );
  });
});

describe('the procurement functions', () => {
  const anyCell = fc.oneof(
    fc.double(),
    fc.integer({ min: -5, max: 200000 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.string({ maxLength: 6 }),
    fc.constantFrom('linear', '60%', '1e400', '', ' '),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const anyArgument = fc.oneof(
    anyCell,
    fc.array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  );

  it.each(['PRICESCORE', 'SOCIALVALUESCORE', 'TENDERSCORE', 'UPLIFT'])(
    '%s gives a finite number, a table or a spreadsheet error, never an exception',
    (id) => {
      fc.assert(
        fc.property(fc.array(anyArgument, { maxLength: 6 }), (args) => {
          let result: unknown;
          try {
            result = excel.call(id, ...args);
          } catch (error) {
            expect(error).toBeInstanceOf(excel.customFunctions.Error);
            return;
          }
          const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
          for (const item of cells) {
            expect((typeof item === 'number' && Number.isFinite(item)) || typeof item === 'string').toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('leave their range arguments unchanged', () => {
    const ranges = [column(10000, 0, 8000), column(80, null, 70), column(50000, '', 20000), [[60, 30, 10]]];
    const copies = structuredClone(ranges);
    call('TENDERSCORE', ...ranges);
    call('PRICESCORE', 10000, ranges[0], 60);
    call('UPLIFT', 1000, 2020, 2025, ranges[0], ranges[1]);
    expect(ranges).toEqual(copies);
  });
});
